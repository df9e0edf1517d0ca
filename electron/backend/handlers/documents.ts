// PLACEHOLDER while issue 5 is built in parallel: replaced by the real handlers before anything lands.
import type { Handlers } from '../dispatch';
import type { HandlerContext } from './context';
import { exportItineraryPdf } from '../export/itinerary-handler';
import { exportBriefingPdf, exportPressRelease, exportReportDocx, exportReportMarkdown, exportReportPdf } from '../export/reports';

type Group = Pick<Handlers, 'export.itineraryPdf' | 'export.briefingPdf' | 'export.reportPdf' | 'export.reportDocx' | 'export.reportMarkdown' | 'export.pressRelease'>;

export function documentsHandlers(ctx: HandlerContext): Group {
  return {
    'export.itineraryPdf': (input) => exportItineraryPdf(ctx, input),
    'export.briefingPdf': (input) => exportBriefingPdf(ctx, input),
    'export.reportPdf': (input) => exportReportPdf(ctx, input),
    'export.reportDocx': (input) => exportReportDocx(ctx, input),
    'export.reportMarkdown': (input) => exportReportMarkdown(ctx, input),
    'export.pressRelease': (input) => exportPressRelease(ctx, input),
  };
}
