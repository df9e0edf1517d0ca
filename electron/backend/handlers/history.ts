// history.* and settings.*: undo/redo of the user's steps, and this device's preferences.
import type { Settings } from '../../../shared/contract';
import { defaultClashSettings } from '../../../shared/domain/clashes';
import { COLLECTION_NAMES } from '../../../shared/model';
import type { Handlers } from '../dispatch';
import type { HandlerContext } from './context';

type HistoryHandlers = Pick<Handlers, 'history.undo' | 'history.redo'>;

export function historyHandlers(ctx: HandlerContext): HistoryHandlers {
  function changed(tripId: string | undefined): void {
    // A step can touch any collection: every one the registry declares.
    ctx.push('data.changed', { collections: [...COLLECTION_NAMES], tripIds: tripId ? [tripId] : [] });
  }
  return {
    async 'history.undo'({ tripId }) {
      const step = await ctx.history.undo(tripId);
      if (step) changed(step.tripId);
      return { step };
    },
    async 'history.redo'({ tripId }) {
      const step = await ctx.history.redo(tripId);
      if (step) changed(step.tripId);
      return { step };
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
      ctx.push('data.changed', { collections: ['settings'], tripIds: [] });
      return current();
    },
  };
}
