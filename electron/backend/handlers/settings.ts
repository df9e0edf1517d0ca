// settings.*: this device's preferences (clash rules, who uses this laptop, its paper), kept in meta.json rather than as
// recorded changes: they belong to the device and are not synced. Windows hear of a change through data.changed
// with collection 'settings' (see ../change-pushes.ts).
import type { Settings } from '../../../shared/contract';
import { defaultClashSettings } from '../../../shared/domain/clashes';
import type { Handlers } from '../dispatch';
import type { HandlerContext } from './context';

type SettingsHandlers = Pick<Handlers, 'settings.get' | 'settings.update'>;

export function settingsHandlers(ctx: HandlerContext): SettingsHandlers {
  const current = (): Settings => ({ ...defaultClashSettings, paper: 'A4', ...ctx.store.meta().settings });
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
