// PLACEHOLDER while issue 6 is wired in parallel: replaced by the real handlers before anything lands.
import type { Handlers } from '../dispatch';
import { BackendError } from '../errors';
import type { HandlerContext } from './context';

type Group = Pick<Handlers, 'sync.status' | 'sync.configure' | 'sync.now' | 'sync.review' | 'sync.resolve'>;

const unbuilt = (method: string) => async (): Promise<never> => {
  throw new BackendError('internal', `${method} is being built`);
};

export function syncHandlers(_ctx: HandlerContext): Group {
  return {
    'sync.status': unbuilt('sync.status'),
    'sync.configure': unbuilt('sync.configure'),
    'sync.now': unbuilt('sync.now'),
    'sync.review': unbuilt('sync.review'),
    'sync.resolve': unbuilt('sync.resolve'),
  };
}
