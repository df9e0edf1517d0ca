// A purged note's text leaves the search index's files too (notes.delete with purge): whether the index was saved by
// an earlier session and not opened since, or is open now, and whether its words sit in the saved delta or in a
// segment built in the worker. The purge's hook (dropPurgedText) resolves only once the files are rewritten, and the
// index still answers for the notes that were kept.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { indexDir, segmentFile } from '../../../../../electron/backend/search/index-files';
import { dropPurgedText } from '../../../../../electron/backend/search/purged-text';
import { SearchIndex, type SearchIndexOptions } from '../../../../../electron/backend/search/search-index';
import { openStore } from '../../../../../electron/backend/store';
import type { Store } from '../../../../../electron/backend/store/types';
import { createEvent, createNote, createTrip, makeDataDir, removeDataDir, testClock } from '../store/fixtures';

vi.setConfig({ testTimeout: 60_000 });

// Words of the purged note (each as the index's tokens would hold them, lower case) and of a kept one.
const PURGED = ['zephyrine', 'quolbatt'];
const KEPT = 'marmalore';

let dataDir: string;
let dir: string;
let store: Store;
const open: SearchIndex[] = [];

const disk = (options: SearchIndexOptions) => {
  const index = new SearchIndex(store, { dir, ...options });
  open.push(index);
  return index;
};

/** The index's files whose bytes hold any of `words` (any case). */
async function indexFilesHolding(words: string[]): Promise<string[]> {
  const found: string[] = [];
  for (const name of await fs.readdir(dir).catch(() => [])) {
    const text = (await fs.readFile(path.join(dir, name))).toString('latin1').toLowerCase();
    if (words.some((w) => text.includes(w))) found.push(name);
  }
  return found.sort();
}

async function reopenStore(): Promise<void> {
  await store.close();
  store = await openStore({ dataDir, clock: testClock(Date.parse('2025-04-01T09:00:00Z')), deviceId: 'desk1' });
}

/** A session that searched (so saved its index, holding the note's text) and quit. */
async function searchAndClose(options: SearchIndexOptions): Promise<void> {
  const first = disk(options);
  await first.query(PURGED[0]!, 8); // a build in the worker answers before it is done: asked again once it is
  await first.settled();
  expect((await first.query(PURGED[0]!, 8)).groups.length).toBeGreaterThan(0);
  await first.close();
}

async function purgeNote(): Promise<void> {
  await store.apply([{ collection: 'notes', id: 'n-purged', tripId: 'hz', fields: { deleted: true } }]);
  await store.purgeNoteText({ tripId: 'hz', noteId: 'n-purged' });
  await dropPurgedText(store);
}

beforeEach(async () => {
  dataDir = await makeDataDir();
  dir = indexDir(dataDir);
  store = await openStore({ dataDir, clock: testClock(), deviceId: 'desk1' });
  await store.apply([
    createTrip('hz', '2025-05-13', '2025-05-16', 'Delegation to Hangzhou'),
    createEvent('bureau', 'hz', 'Courtesy call on the Bureau'),
    createNote('n-purged', 'hz', 'bureau', `Zephyrine first draft — quolbatt will not relocate`),
    createNote('n-kept', 'hz', 'bureau', `${KEPT}: the bureau offers a site visit`),
  ]);
});
afterEach(async () => {
  for (const index of open.splice(0)) await index.close();
  await store.close();
  await removeDataDir(dataDir);
});

describe('purging a note from the search index on disk', () => {
  for (const [where, options] of [
    ['the saved delta (no segment)', { workerFromTrips: 1_000 }],
    ['a segment built in the worker', { workerFromTrips: 0 }],
  ] as const) {
    it(`leaves its text in no index file when ${where} held it and no index was open at the purge`, async () => {
      await searchAndClose(options);
      if (options.workerFromTrips === 0) await expect(fs.stat(segmentFile(dir))).resolves.toBeTruthy();
      expect(await indexFilesHolding(PURGED)).not.toEqual([]); // the check does find text
      await reopenStore();
      // The index of this session exists (as the app makes it at start) but was not opened before the purge.
      const index = disk(options);
      await purgeNote();
      expect(await indexFilesHolding(PURGED)).toEqual([]);
      expect((await index.query(KEPT, 8)).groups.map((g) => g.hits.map((h) => h.id))).toEqual([['n-kept']]);
      expect((await index.query(PURGED[0]!, 8)).groups).toEqual([]);
      await index.close();
      expect(await indexFilesHolding(PURGED)).toEqual([]);
      expect(await indexFilesHolding([KEPT])).not.toEqual([]);
    });

    it(`leaves its text in no index file when ${where} held it and the index is open`, async () => {
      await searchAndClose(options);
      await reopenStore();
      const index = disk(options);
      expect((await index.query(PURGED[1]!, 8)).groups.length).toBeGreaterThan(0);
      await purgeNote();
      expect(await indexFilesHolding(PURGED)).toEqual([]);
      expect((await index.query(KEPT, 8)).groups.map((g) => g.hits.map((h) => h.id))).toEqual([['n-kept']]);
      await index.close();
      expect(await indexFilesHolding(PURGED)).toEqual([]);
      // A later session opens what the purge left, and still finds the kept note only.
      const later = disk(options);
      expect((await later.query(KEPT, 8)).groups.map((g) => g.hits.map((h) => h.id))).toEqual([['n-kept']]);
      expect((await later.query(PURGED[1]!, 8)).groups).toEqual([]);
    });
  }

  it('is not brought back by the index of a closed session that was never opened (its warm-up comes late)', async () => {
    await searchAndClose({ workerFromTrips: 1_000 });
    const ended = disk({ workerFromTrips: 1_000 }); // a session that quit before its index warmed up
    await ended.close();
    await reopenStore();
    const index = disk({ workerFromTrips: 1_000 });
    await purgeNote();
    expect(await indexFilesHolding(PURGED)).toEqual([]);
    // The closed session's warm-up fires now: it must not open the index over its closed store and save it.
    ended.warm();
    await expect(ended.query(KEPT, 8)).rejects.toThrow(/closed/);
    await ended.settled();
    expect(await indexFilesHolding(PURGED)).toEqual([]);
    expect((await index.query(KEPT, 8)).groups.map((g) => g.hits.map((h) => h.id))).toEqual([['n-kept']]);
  });
});
