// PLACEHOLDER while issue 5 is built in parallel: replaced by the real handlers before anything lands.
import type { Handlers } from '../dispatch';
import type { MadeFile } from '../files/held-files';
import type { HandlerContext } from './context';
import { exportItineraryPdf } from '../export/itinerary-handler';
import { exportBriefingPdf, exportPressRelease, exportReportDocx, exportReportMarkdown, exportReportPdf } from '../export/reports';

type Group = Pick<Handlers, 'export.itineraryPdf' | 'export.briefingPdf' | 'export.reportPdf' | 'export.reportDocx' | 'export.reportMarkdown' | 'export.pressRelease'>;

export function documentsHandlers(ctx: HandlerContext): Group {
  // The made file stays here; the window gets its handle and saves it by id (handlers/files.ts).
  const hold = (file: MadeFile) => ctx.files.hold(file);
  return {
    'export.itineraryPdf': async (input) => hold(await exportItineraryPdf(ctx, input)),
    'export.briefingPdf': async (input) => hold(await exportBriefingPdf(ctx, input)),
    'export.reportPdf': async (input) => hold(await exportReportPdf(ctx, input)),
    'export.reportDocx': async (input) => hold(await exportReportDocx(ctx, input)),
    'export.reportMarkdown': async (input) => hold(await exportReportMarkdown(ctx, input)),
    'export.pressRelease': async (input) => {
      const { text, file } = await exportPressRelease(ctx, input);
      return { text, file: hold(file) };
    },
  };
}
