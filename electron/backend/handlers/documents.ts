// export.*: the trip documents (itinerary PDF, briefing pack, post-trip report, press-release draft). Each is built
// in ../export/ from the store and the host's PDF engine; this file only routes the methods there.
import type { Handlers } from '../dispatch';
import type { DocumentSources } from '../export/sources';
import type { HandlerContext } from './context';
import { exportItineraryPdf } from '../export/itinerary-handler';
import { exportBriefingPdf, exportPressRelease, exportReportDocx, exportReportMarkdown, exportReportPdf } from '../export/reports';

type Group = Pick<Handlers, 'export.itineraryPdf' | 'export.briefingPdf' | 'export.reportPdf' | 'export.reportDocx' | 'export.reportMarkdown' | 'export.pressRelease'>;

export function documentsHandlers(ctx: HandlerContext): Group {
  // The builders read the store and print through the PDF port; nothing else of the handlers' context.
  const sources: DocumentSources = { store: ctx.store, pdf: ctx.ports.pdf };
  return {
    'export.itineraryPdf': (input) => exportItineraryPdf(sources, input),
    'export.briefingPdf': (input) => exportBriefingPdf(sources, input),
    'export.reportPdf': (input) => exportReportPdf(sources, input),
    'export.reportDocx': (input) => exportReportDocx(sources, input),
    'export.reportMarkdown': (input) => exportReportMarkdown(sources, input),
    'export.pressRelease': (input) => exportPressRelease(sources, input),
  };
}
