// PLACEHOLDER while issue 5 is built in parallel: replaced by the real handlers before anything lands.
import type { Handlers } from '../dispatch';
import { BackendError } from '../errors';
import type { HandlerContext } from './context';

type Group = Pick<Handlers, 'export.ics' | 'import.icsPreview' | 'import.icsApply'>;

const unbuilt = (method: string) => async (): Promise<never> => {
  throw new BackendError('internal', `${method} is being built`);
};

export function icsHandlers(_ctx: HandlerContext): Group {
  return {
    'export.ics': unbuilt('export.ics'),
    'import.icsPreview': unbuilt('import.icsPreview'),
    'import.icsApply': unbuilt('import.icsApply'),
  };
}
