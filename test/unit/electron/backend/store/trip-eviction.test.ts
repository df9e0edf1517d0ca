// Trip files leave memory when cold (issue 12 item 4): a scan over every trip keeps at most TRIP_FILES_KEPT of them
// loaded, an evicted trip reads back exactly as it was, and a file with a change not yet on disk is never let go.
import { setImmediate as tick } from 'node:timers/promises';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openStore } from '../../../../../electron/backend/store';
import type { StoreFiles } from '../../../../../electron/backend/store/store-files';
import { TRIP_FILES_KEPT, TripFileCache } from '../../../../../electron/backend/store/trip-file-cache';
import type { Store } from '../../../../../electron/backend/store/types';
import { createEvent, createNote, createTrip, diskFault, makeDataDir, removeDataDir, testClock } from './fixtures';

let dir: string;
const TRIPS = TRIP_FILES_KEPT * 2 + 5;
const ids = Array.from({ length: TRIPS }, (_, i) => `trip${String(i).padStart(3, '0')}`);
const open = (): Promise<Store> => openStore({ dataDir: dir, clock: testClock(), deviceId: 'desk1' });
/** The store's file table, to count what is loaded (not part of the Store interface). */
const filesOf = (store: Store): StoreFiles => (store as unknown as { parts: { files: StoreFiles } }).parts.files;
/** Lets scheduled evictions run (they wait for the callers' continuations: setImmediate). */
const settle = async () => {
  for (let i = 0; i < 3; i++) await tick();
};

async function seed(): Promise<void> {
  const store = await open();
  for (const id of ids) await store.apply([createTrip(id), createEvent(`${id}-e`, id), createNote(`${id}-n`, id, `${id}-e`, `Notes of ${id}`)]);
  await store.close();
}

beforeEach(async () => {
  dir = await makeDataDir();
});
afterEach(async () => {
  vi.restoreAllMocks();
  await removeDataDir(dir);
});

describe('trip file eviction', () => {
  it('keeps at most the bound loaded while every trip is read, and an evicted trip reads back identically', async () => {
    await seed();
    const store = await open();
    const first = { events: await store.ofTrip('events', ids[0]!), notes: await store.ofTrip('notes', ids[0]!) };
    let most = 0;
    for (const id of ids) {
      await store.ofTrip('notes', id);
      await settle();
      most = Math.max(most, filesOf(store).loadedTripFiles().length);
    }
    expect(most).toBeLessThanOrEqual(TRIP_FILES_KEPT + 1); // the one just read may wait for the next pass
    expect(filesOf(store).loadedTripFiles()).not.toContain(`trips/${ids[0]}.json`);
    expect(await store.ofTrip('events', ids[0]!)).toEqual(first.events);
    expect(await store.ofTrip('notes', ids[0]!)).toEqual(first.notes);
    await store.close();
  });

  it('reads many trips at once (one await) without losing any of them before the caller uses them', async () => {
    await seed();
    const store = await open();
    const all = await Promise.all(ids.map((id) => store.ofTrip('events', id)));
    expect(all.map((events) => events[0]?.id)).toEqual(ids.map((id) => `${id}-e`));
    // One apply touching every trip: each file must still be loaded when its change is staged.
    await store.apply(ids.map((id) => ({ collection: 'events' as const, id: `${id}-e`, tripId: id, fields: { title: `Renamed ${id}` } })));
    await settle();
    // Journal-first: the renamed trips' files are dirty (their change is only in the log) until a checkpoint writes
    // them, so none may leave memory yet; once written, the bound applies again.
    expect(filesOf(store).loadedTripFiles().length).toBe(TRIPS);
    await store.flush();
    await settle();
    expect(filesOf(store).loadedTripFiles().length).toBeLessThanOrEqual(TRIP_FILES_KEPT);
    for (const id of ids) expect((await store.get('events', `${id}-e`, id))!.title).toBe(`Renamed ${id}`);
    await store.close();
    const again = await open();
    expect((await again.get('events', `${ids[0]}-e`, ids[0]))!.title).toBe(`Renamed ${ids[0]}`);
    await again.close();
  });

  it('never evicts a trip file whose change is not yet on disk, and the change is not lost', async () => {
    await seed();
    const store = await open();
    const fault = diskFault(dir);
    const dirtyTrip = ids[0]!;
    // The data file cannot be written: the change stays in memory (and the log) with its file dirty.
    fault.failing = 'ENOSPC';
    fault.only = (rel) => rel === `trips/.${dirtyTrip}.json.tmp`;
    await store.apply([{ collection: 'notes', id: `${dirtyTrip}-n`, tripId: dirtyTrip, fields: { body: 'Unsaved in the data file' } }]);
    // The save is durable in the log; the checkpoint that would write its data file fails.
    await store.flush().catch(() => undefined);
    expect(fault.hits).toBeGreaterThan(0);
    fault.failing = undefined;
    for (const id of ids.slice(1)) {
      await store.ofTrip('events', id);
      await settle();
    }
    expect(filesOf(store).loadedTripFiles()).toContain(`trips/${dirtyTrip}.json`);
    expect((await store.get('notes', `${dirtyTrip}-n`, dirtyTrip))!.body).toBe('Unsaved in the data file');
    await store.close();
    const again = await open();
    expect((await again.get('notes', `${dirtyTrip}-n`, dirtyTrip))!.body).toBe('Unsaved in the data file');
    await again.close();
  });
});

describe('TripFileCache', () => {
  it('offers nothing held by a write or pinned by a use whose loads are still running', async () => {
    const cache = new TripFileCache(1);
    const evictions: string[][] = [];
    cache.touch('trips/a.json');
    cache.touch('trips/b.json');
    cache.touch('trips/c.json');
    const load = cache.loadStarted(); // a load begun with the uses: they wait for it
    await Promise.resolve();
    expect(cache.candidates()).toEqual([]);
    cache.hold(['trips/a.json']);
    cache.loadEnded(load, () => evictions.push(cache.candidates()));
    await tick();
    expect(evictions).toEqual([['trips/b.json', 'trips/c.json']]);
    cache.release(['trips/a.json'], () => evictions.push(cache.candidates()));
    await tick();
    expect(evictions[1]).toEqual(['trips/a.json', 'trips/b.json', 'trips/c.json']);
  });
});
