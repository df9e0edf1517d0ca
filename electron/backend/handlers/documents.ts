// export.*: the trip documents (itinerary PDF, briefing pack, post-trip report, press-release draft). Each is built
// in ../export/ from the store and the host's PDF engine; this file only routes the methods there.
import type { Paper } from '../../../shared/contract';
import type { Handlers } from '../dispatch';
import type { MadeFile } from '../files/held-files';
import type { DocumentSources } from '../export/sources';
import type { HandlerContext } from './context';
import { exportItineraryPdf } from '../export/itinerary-handler';
import { exportBriefingPdf, exportPressRelease, exportReportDocx, exportReportMarkdown, exportReportPdf } from '../export/reports';

type Group = Pick<Handlers, 'export.itineraryPdf' | 'export.briefingPdf' | 'export.reportPdf' | 'export.reportDocx' | 'export.reportMarkdown' | 'export.pressRelease'>;

/** A call that names no paper gets this device's (settings.paper, A4 unless changed), as the dialogs start from. */
export function paperOf(ctx: HandlerContext) {
  return <T extends { paper?: Paper }>(input: T): T & { paper: Paper } => ({ ...input, paper: input.paper ?? ctx.store.meta().settings?.paper ?? 'A4' });
}

export function documentsHandlers(ctx: HandlerContext): Group {
    // The builders read the store and print through the PDF port; nothing else of the handlers' context.
    const sources: DocumentSources = { store: ctx.store, pdf: ctx.ports.pdf };
  // The made file stays here; the window gets its handle and saves it by id (handlers/files.ts).
  const hold = (file: MadeFile) => ctx.files.hold(file);
  // A PDF's engine starts while its HTML is built (browser mode's Chromium launches in its own processes meanwhile).
  const prepare = () => sources.pdf?.prepare?.();
  const withPaper = paperOf(ctx);
  return {
    'export.itineraryPdf': async (input) => {
      prepare();
      return hold(await exportItineraryPdf(sources, withPaper(input)));
    },
    'export.briefingPdf': async (input) => {
      prepare();
      return hold(await exportBriefingPdf(sources, withPaper(input)));
    },
    'export.reportPdf': async (input) => {
      prepare();
      return hold(await exportReportPdf(sources, withPaper(input)));
    },
    'export.reportDocx': async (input) => hold(await exportReportDocx(sources, withPaper(input))),
    'export.reportMarkdown': async (input) => hold(await exportReportMarkdown(sources, withPaper(input))),
    'export.pressRelease': async (input) => {
      const { text, file } = await exportPressRelease(sources, input);
      return { text, file: hold(file) };
    },
  };
}
