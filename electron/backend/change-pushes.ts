// `data.changed` is derived from what the store announces, not written by hand in each handler: a handler cannot
// forget to push, nor push a list of collections that drifts from what it wrote. Every store write a call makes is
// held until the call has finished (its other state too: a closed review item, a cleared undo history) and then
// pushed once, before its answer goes back; a write made outside any call is pushed at once.
import { AsyncLocalStorage } from 'node:async_hooks';
import type { PushEvents } from '../../shared/contract';
import type { Change } from '../../shared/model';
import type { Handlers } from './dispatch';
import type { PushListener } from './push';
import type { Store } from './store/types';

export type DataChanged = PushEvents['data.changed'];

/** What windows need to know to re-read: the collections, the trips (a trip record counts as its own) and the records. */
export function summarise(changes: readonly Change[]): DataChanged {
  const collections = new Set<string>();
  const tripIds = new Set<string>();
  const ids = new Set<string>();
  for (const change of changes) {
    collections.add(change.collection);
    const tripId = change.tripId ?? (change.collection === 'trips' ? change.id : undefined);
    if (tripId) tripIds.add(tripId);
    ids.add(change.id);
  }
  return { collections: [...collections], tripIds: [...tripIds], ids: [...ids] };
}

/** The changes of one call, kept until it ends; after that, a straggler (a timer the call started) pushes at once. */
interface CallChanges {
  changes: Change[];
  open: boolean;
}

export class ChangePushes {
  /** Which call a change belongs to follows the async context, so concurrent calls neither wait for nor merge with each other. */
  private readonly calls = new AsyncLocalStorage<CallChanges>();
  private readonly stop: () => void;
  /** Settings are per-device meta, not recorded changes, so onChanges never hears of them: compared after each call. */
  private settingsSeen: string;

  constructor(
    private readonly store: Store,
    private readonly push: PushListener,
  ) {
    this.settingsSeen = this.settingsNow();
    this.stop = store.onChanges((changes) => {
      const call = this.calls.getStore();
      if (call?.open) call.changes.push(...changes);
      else this.push('data.changed', summarise(changes));
    });
  }

  /** Runs `work` as one call: whatever it writes is pushed once, when it has finished (failed or not). */
  async during<T>(work: () => Promise<T>): Promise<T> {
    const call: CallChanges = { changes: [], open: true };
    try {
      return await this.calls.run(call, work);
    } finally {
      call.open = false;
      if (call.changes.length > 0) this.push('data.changed', summarise(call.changes));
      this.pushSettingsIfChanged();
    }
  }

  /** Every handler wrapped in during(). */
  around(handlers: Handlers): Handlers {
    const wrapped: Record<string, (input: unknown) => Promise<unknown>> = {};
    for (const [method, handler] of Object.entries(handlers) as [string, (input: unknown) => Promise<unknown>][]) {
      wrapped[method] = (input) => this.during(() => handler(input));
    }
    return wrapped as Handlers;
  }

  dispose(): void {
    this.stop();
  }

  private settingsNow(): string {
    return JSON.stringify(this.store.meta().settings ?? {});
  }

  private pushSettingsIfChanged(): void {
    const now = this.settingsNow();
    if (now === this.settingsSeen) return;
    this.settingsSeen = now;
    this.push('data.changed', { collections: ['settings'], tripIds: [], ids: [] });
  }
}
