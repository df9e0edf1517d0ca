// history.*: undo and redo of the user's steps (the steps themselves are kept by ../history.ts).
import type { Handlers } from '../dispatch';
import type { HandlerContext } from './context';

type HistoryHandlers = Pick<Handlers, 'history.undo' | 'history.redo'>;

export function historyHandlers(ctx: HandlerContext): HistoryHandlers {
  return {
    async 'history.undo'({ tripId }) {
      return { step: await ctx.history.undo(tripId) };
    },
    async 'history.redo'({ tripId }) {
      return { step: await ctx.history.redo(tripId) };
    },
  };
}
