// history.* and settings.*: undo/redo of the user's steps, and this device's preferences.
import type { Settings } from '../../../shared/contract';
import { defaultClashSettings } from '../../../shared/domain/clashes';
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

type SettingsHandlers = Pick<Handlers, 'settings.get' | 'settings.update'>;

export function settingsHandlers(ctx: HandlerContext): SettingsHandlers {
  const current = (): Settings => ({ ...defaultClashSettings, ...ctx.store.meta().settings });
  return {
    async 'settings.get'() {
      return current();
    },
    async 'settings.update'(patch) {
      await ctx.store.setMeta({ settings: { ...current(), ...patch } });
      return current();
    },
  };
}
