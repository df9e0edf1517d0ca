// Sync handlers: where to sync, sync now, and the review list of concurrent overwrites. The work is the engine's.
import type { Handlers } from '../dispatch';
import type { HandlerContext } from './context';

type Group = Pick<Handlers, 'sync.status' | 'sync.configure' | 'sync.now' | 'sync.review' | 'sync.resolve'>;

export function syncHandlers(ctx: HandlerContext): Group {
  return {
    'sync.status': () => ctx.sync.status(),
    'sync.configure': (input) => ctx.sync.configure(input),
    'sync.now': () => ctx.sync.now(),
    'sync.review': () => ctx.sync.review(),
    'sync.resolve': ({ id, keep }) => ctx.sync.resolve(id, keep),
  };
}
