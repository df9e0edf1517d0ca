// Store.onChanges, the feed the search index (and other caches) keep themselves current from.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Change } from '../../../../../shared/model';
import { StoreValidationError, openStore } from '../../../../../electron/backend/store';
import type { Store } from '../../../../../electron/backend/store/types';
import { createEvent, createTrip, makeDataDir, removeDataDir, testClock } from '../store/fixtures';

let dir: string;
let store: Store;

beforeEach(async () => {
  dir = await makeDataDir();
  store = await openStore({ dataDir: dir, clock: testClock(), deviceId: 'desk1' });
});
afterEach(async () => {
  vi.restoreAllMocks();
  await store.close();
  await removeDataDir(dir);
});

describe('store.onChanges', () => {
  it("calls each listener once per apply with that apply's changes, in memory before apply resolves", async () => {
    const seen: Change[][] = [];
    let visible: unknown;
    store.onChanges((changes) => {
      seen.push(changes);
      // Synchronous, and after the records are in memory: a get started now sees the change.
      visible = store.get('trips', 't1');
    });
    const recorded = await store.apply([createTrip('t1'), createEvent('e1', 't1')]);
    expect(seen).toEqual([recorded]);
    expect(seen[0]!.map((c) => `${c.collection}/${c.id}`)).toEqual(['trips/t1', 'events/e1']);
    expect(await visible).toMatchObject({ id: 't1' });

    await store.apply([{ collection: 'events', id: 'e1', tripId: 't1', fields: { title: 'Courtesy call' } }]);
    expect(seen).toHaveLength(2);
    expect(seen[1]).toMatchObject([{ collection: 'events', id: 'e1', tripId: 't1', fields: { title: 'Courtesy call' } }]);
  });

  it('is not called for an apply that changes nothing or is refused', async () => {
    await store.apply([createTrip('t1')]);
    const listener = vi.fn();
    store.onChanges(listener);
    await store.apply([{ collection: 'trips', id: 't1', fields: { title: 'Trip t1' } }]); // same value: no change
    await store.apply([]);
    await expect(store.apply([{ collection: 'trips', id: 't1', fields: { startDate: 'not a date' } }])).rejects.toBeInstanceOf(StoreValidationError);
    expect(listener).not.toHaveBeenCalled();
  });

  it('survives a listener that throws: the apply lands and the other listeners still hear of it', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const after = vi.fn();
    store.onChanges(() => {
      throw new Error('listener bug');
    });
    store.onChanges(after);
    await expect(store.apply([createTrip('t1')])).resolves.toHaveLength(1);
    expect(after).toHaveBeenCalledTimes(1);
    expect(error).toHaveBeenCalledTimes(1);
    expect(await store.get('trips', 't1')).toMatchObject({ id: 't1' });
    await store.close();
    const reopened = await openStore({ dataDir: dir, clock: testClock(), deviceId: 'desk1' });
    expect(await reopened.get('trips', 't1')).toMatchObject({ id: 't1' }); // and it is durable
    store = reopened;
  });

  it('stops calling a listener once unsubscribed', async () => {
    const listener = vi.fn();
    const stop = store.onChanges(listener);
    await store.apply([createTrip('t1')]);
    stop();
    await store.apply([createTrip('t2')]);
    expect(listener).toHaveBeenCalledTimes(1);
  });
});
