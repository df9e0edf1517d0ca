// Issue 12, item 3: the change log compacts. Segments whose changes are all in the data files (the checkpoint), sealed
// for sync (keepChangesAfter) and held by a backup of each file they touched are removed; asking for changes older
// than the oldest kept says so clearly; undo and the rebuild of a damaged file still work.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { History } from '../../../../../electron/backend/history';
import { ChangesCompactedError, openStore } from '../../../../../electron/backend/store';
import type { Mutation, Store } from '../../../../../electron/backend/store/types';
import { createEvent, createTrip, makeDataDir, removeDataDir, testClock, tripFields } from './fixtures';

let dir: string;
let clock: ReturnType<typeof testClock>;
const stores: Store[] = [];
const open = async () => {
  const store = await openStore({ dataDir: dir, clock, deviceId: 'desk1', checkpointDelayMs: 3_600_000 });
  stores.push(store);
  return store;
};
const logDir = () => path.join(dir, 'changes', 'desk1');
const segments = async () => (await fs.readdir(logDir())).filter((n) => n.endsWith('.jsonl')).sort();
async function logBytes(): Promise<number> {
  let bytes = 0;
  for (const name of await segments()) bytes += (await fs.stat(path.join(logDir(), name))).size;
  return bytes;
}

/** Edits of trips in 2030, big enough (26 × 5 KB) to fill a change-log segment, so the next save starts a new one. */
function filler(round: number): Mutation[] {
  return Array.from({ length: 26 }, (_, i) => ({ collection: 'trips', id: `fill${i}`, fields: { ...tripFields(`Fill ${i} round ${round}`, '2030-01-01'), purpose: `${round}`.repeat(5000) } }));
}

/** Four full segments and a fifth being written, every save checkpointed; returns the store. */
async function history(store: Store): Promise<void> {
  await store.apply([createTrip('t1', '2025-05-10', '2025-05-14', 'Kept trip'), createEvent('e1', 't1', 'First call')]);
  for (let round = 0; round < 4; round++) await store.apply(filler(round));
  await store.apply([{ collection: 'events', id: 'e1', tripId: 't1', fields: { title: 'Last call' } }]);
  await store.flush();
}

beforeEach(async () => {
  dir = await makeDataDir();
  clock = testClock();
});
afterEach(async () => {
  await Promise.all(stores.splice(0).map((s) => s.close().catch(() => undefined)));
  await removeDataDir(dir);
});

describe('compaction', () => {
  it('removes the segments the data files hold, the folder shrinks, and older changes are refused clearly', async () => {
    const store = await open();
    await history(store);
    const before = await segments();
    expect(before.length).toBeGreaterThanOrEqual(4);
    const bytesBefore = await logBytes();
    const trips = await store.all('trips');

    await store.compact();
    expect(await segments()).toEqual([before.at(-1)]); // the newest takes appends, so it stays
    expect(await logBytes()).toBeLessThan(bytesBefore / 3);
    const oldest = store.oldestSeq();
    expect(oldest).toBeGreaterThan(1);
    const error = await store.changes(0).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ChangesCompactedError);
    expect(error).toMatchObject({ sinceSeq: 0, oldestSeq: oldest });
    expect((await store.changes(oldest - 1)).length).toBe(store.lastSeq() - oldest + 1);

    await store.close();
    const again = await open();
    expect(again.notices()).toEqual([]);
    expect(await again.all('trips')).toEqual(trips);
    expect((await again.get('events', 'e1', 't1'))?.title).toBe('Last call');
    expect(again.oldestSeq()).toBe(oldest);
  });

  it('keeps what the checkpoint has not written yet, and what sync has not sealed, across restarts', async () => {
    const unwritten = await open();
    await unwritten.apply([createTrip('t1')]);
    for (let round = 0; round < 3; round++) await unwritten.apply(filler(round));
    await unwritten.compact(); // nothing checkpointed yet: every segment is still needed to redo the saves
    expect(await segments()).toHaveLength(3);
    await unwritten.keepChangesAfter(0); // sync set up, nothing sealed
    await unwritten.close();

    const store = await open();
    await store.compact();
    expect(await segments()).toHaveLength(3); // held for sync, after a restart too
    await store.keepChangesAfter(store.lastSeq() - 1); // sealed all but the last change
    await store.compact();
    expect(await segments()).toHaveLength(1);
    expect((await store.changes(store.lastSeq() - 1)).length).toBe(1);
  });

  it('still rebuilds a damaged data file whose changes were compacted away, from the backup compaction took', async () => {
    const store = await open();
    await history(store);
    const trips = await store.all('trips');
    const events = await store.ofTrip('events', 't1');
    await store.compact();
    await store.close();
    // Damaged as a file is replaced (a new inode): the backup is a hard link of the file as compaction found it, so
    // it shares the blocks of that file until the next checkpoint replaces it (decision 010 says so).
    for (const rel of ['index-2030.json', 't1.json']) {
      await fs.rm(path.join(dir, 'trips', rel));
      await fs.writeFile(path.join(dir, 'trips', rel), '{ damaged');
    }

    const again = await open();
    expect(await again.all('trips')).toEqual(trips);
    expect(await again.ofTrip('events', 't1')).toEqual(events);
    const messages = again.notices().map((n) => n.message);
    expect(messages).toHaveLength(2);
    for (const message of messages) expect(message).toMatch(/rebuilt from the backup of .* so nothing should be missing/);
  });

  it('holds a folder from before the line format whole until told that sync needs nothing (or what it needs)', async () => {
    const store = await open();
    await store.apply([createTrip('t1')]);
    const logged = await store.changes();
    await store.close();
    // As the previous version left it: one .json segment, no checkpoint marker.
    await fs.rm(logDir(), { recursive: true });
    await fs.mkdir(logDir());
    await fs.writeFile(path.join(logDir(), '00000001.json'), JSON.stringify({ schemaVersion: 1, device: 'desk1', firstSeq: 1, lastBatchFrom: 1, changes: logged }));
    const upgraded = await open();
    for (let round = 0; round < 2; round++) await upgraded.apply(filler(round));
    await upgraded.flush();
    await upgraded.compact();
    expect(upgraded.oldestSeq()).toBe(1); // it may have sync set up: nothing is dropped before sync says
    await upgraded.keepChangesAfter(undefined); // what the backend says at start when no sync place is set up
    await upgraded.compact();
    expect(upgraded.oldestSeq()).toBeGreaterThan(1);
    expect((await fs.readdir(logDir())).filter((n) => n.endsWith('.json') && n !== 'checkpoint.json')).toEqual([]);
    expect((await upgraded.get('trips', 't1'))?.title).toBe('Trip t1');
  });

  it('leaves undo working for the steps it keeps', async () => {
    const store = await open();
    const undo = new History(store, clock);
    await undo.apply({ action: 'create', subject: 'trip' }, [createTrip('t1', '2025-05-10', '2025-05-14', 'Before')]);
    await undo.apply({ action: 'rename', subject: 'trip' }, [{ collection: 'trips', id: 't1', fields: { title: 'After' } }]);
    for (let round = 0; round < 3; round++) await store.apply(filler(round));
    await store.flush();
    await store.compact();
    await expect(store.changes(0)).rejects.toBeInstanceOf(ChangesCompactedError); // the rename's change is gone
    expect(await undo.undo()).toMatchObject({ action: 'rename' });
    expect((await store.get('trips', 't1'))?.title).toBe('Before');
    expect(await undo.redo()).toMatchObject({ action: 'rename' });
    expect((await store.get('trips', 't1'))?.title).toBe('After');
  });
});
