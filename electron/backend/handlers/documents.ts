// PLACEHOLDER while issue 5 is built in parallel: replaced by the real handlers before anything lands.
import type { Handlers } from '../dispatch';
import { BackendError } from '../errors';
import type { HandlerContext } from './context';

type Group = Pick<Handlers, 'export.itineraryPdf' | 'export.briefingPdf' | 'export.reportPdf' | 'export.reportDocx' | 'export.reportMarkdown' | 'export.pressRelease'>;

const unbuilt = (method: string) => async (): Promise<never> => {
  throw new BackendError('internal', `${method} is being built`);
};

export function documentsHandlers(_ctx: HandlerContext): Group {
  return {
    'export.itineraryPdf': unbuilt('export.itineraryPdf'),
    'export.briefingPdf': unbuilt('export.briefingPdf'),
    'export.reportPdf': unbuilt('export.reportPdf'),
    'export.reportDocx': unbuilt('export.reportDocx'),
    'export.reportMarkdown': unbuilt('export.reportMarkdown'),
    'export.pressRelease': unbuilt('export.pressRelease'),
  };
}
