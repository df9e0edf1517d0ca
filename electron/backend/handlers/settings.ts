// settings.*: this device's preferences (clash rules, who uses this laptop, its paper), kept in meta.json rather than as
// recorded changes: they belong to the device and are not synced. Windows hear of a change through data.changed
// with collection 'settings' (see ../change-pushes.ts).
import type { Settings } from '../../../shared/contract';
import { defaultClashSettings } from '../../../shared/domain/clashes';
import { defaultLogisticsSettings } from '../../../shared/domain/logistics/warnings';
import type { Handlers } from '../dispatch';
import type { Store } from '../store/types';
import type { HandlerContext } from './context';

type SettingsHandlers = Pick<Handlers, 'settings.get' | 'settings.update'>;

/** The saved settings over the defaults: a rule added after they were saved starts at its default. */
export function currentSettings(store: Pick<Store, 'meta'>): Settings {
  return { ...defaultClashSettings, ...defaultLogisticsSettings, paper: 'A4', ...store.meta().settings };
}

export function settingsHandlers(ctx: HandlerContext): SettingsHandlers {
  const current = (): Settings => currentSettings(ctx.store);
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
