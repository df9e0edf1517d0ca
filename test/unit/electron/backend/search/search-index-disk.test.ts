// The search index kept on disk: built in a worker, it answers as the in-memory index does; it is opened again without
// reading trip files; it catches up with changes made after it was saved (this device's log) and with sync merges;
// and a damaged or other-version file is rebuilt in the background while queries answer and say so.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SearchResults } from '../../../../../shared/contract';
import { indexDir, segmentFile } from '../../../../../electron/backend/search/index-files';
import { SearchIndex, type SearchIndexOptions } from '../../../../../electron/backend/search/search-index';
import { openStore } from '../../../../../electron/backend/store';
import type { Mutation, Store } from '../../../../../electron/backend/store/types';
import { createEvent, createNote, createOrganisation, createTrip, makeDataDir, removeDataDir, testClock } from '../store/fixtures';

vi.setConfig({ testTimeout: 60_000 });

let dataDir: string;
let dir: string;
let store: Store;
let index: SearchIndex | undefined;

const corpus: Mutation[] = [
  { ...createTrip('hz', '2025-05-13', '2025-05-16', 'OASES delegation to Hangzhou') },
  { ...createTrip('bj', '2025-06-02', '2025-06-04', 'CEO visit to Beijing universities') },
  createEvent('bureau', 'hz', 'Courtesy call on the Science and Technology Bureau'),
  createEvent('dinner', 'hz', 'Working dinner with Alibaba Cloud'),
  createEvent('tsinghua', 'bj', 'Seminar at Tsinghua University'),
  createNote('n-zh', 'hz', 'bureau', '我們與**香港科學技術園公司**討論了人工智能孵化計劃。'),
  createNote('n-en', 'hz', 'dinner', 'Alibaba Cloud asked about the data centre incentives and the visa scheme.'),
  createNote('n-bj', 'bj', 'tsinghua', 'Tsinghua wants a joint lab on green finance; 綠色金融.'),
  createOrganisation('hkstp', 'Hong Kong Science and Technology Parks Corporation'),
  createOrganisation('cyber', 'Cyberport'),
];

const QUERIES = ['alibaba', 'alib', 'science', 'sci', 'hangzhou', '科學技術', '科学', '科', '金融', 'green fin', 'tsinghua', 'cloud incent', 'nowhere', 'ca'];

const disk = (options: SearchIndexOptions = {}) => new SearchIndex(store, { dir, workerFromTrips: 0, ...options });

/** "kind:id" of every hit, in order, and whether the answer said it was still indexing. */
async function ask(text: string, on = index!): Promise<{ hits: string[]; indexing: SearchResults['indexing'] }> {
  const result = await on.query(text, 8);
  return { hits: result.groups.flatMap((g) => g.hits.map((h) => `${g.kind}:${h.id}`)), indexing: result.indexing };
}

async function hits(text: string): Promise<string[]> {
  return (await ask(text)).hits;
}

/** Builds the index on disk (in the worker) and closes it, as a session that ran and quit. */
async function buildAndClose(): Promise<void> {
  const first = disk();
  first.warm();
  await first.query('warm', 8);
  await first.settled();
  await first.close();
}

async function reopenStore(): Promise<void> {
  await store.close();
  store = await openStore({ dataDir, clock: testClock(Date.parse('2025-04-01T09:00:00Z')), deviceId: 'desk1' });
}

beforeEach(async () => {
  dataDir = await makeDataDir();
  dir = indexDir(dataDir);
  store = await openStore({ dataDir, clock: testClock(), deviceId: 'desk1' });
  await store.apply(corpus);
});
afterEach(async () => {
  await index?.close();
  index = undefined;
  await store.close();
  await removeDataDir(dataDir);
});

describe('the search index on disk', () => {
  it('built in a worker, answers every query exactly as the in-memory index does', async () => {
    index = disk();
    await index.query('warm', 8);
    await index.settled();
    const memory = new SearchIndex(store);
    for (const text of QUERIES) expect({ text, ...(await ask(text)) }).toEqual({ text, ...(await ask(text, memory)), indexing: undefined });
    memory.dispose();
    await expect(fs.stat(segmentFile(dir))).resolves.toMatchObject({ size: expect.any(Number) });
  });

  it('opens again without reading any trip file, and answers at once with nothing left to index', async () => {
    await buildAndClose();
    await reopenStore();
    const ofTrip = vi.spyOn(store, 'ofTrip');
    const all = vi.spyOn(store, 'all');
    index = disk();
    expect(await ask('alibaba')).toEqual({ hits: ['event:dinner', 'note:n-en'], indexing: undefined });
    expect(await hits('科學技術')).toEqual(['note:n-zh']);
    expect(await hits('science')).toEqual(['event:bureau', 'organisation:hkstp']);
    expect(ofTrip).not.toHaveBeenCalled();
    expect(all).not.toHaveBeenCalled();
  });

  it('finds a change made after reopening, and no longer finds what it replaced', async () => {
    await buildAndClose();
    await reopenStore();
    index = disk();
    expect(await hits('alibaba')).toEqual(['event:dinner', 'note:n-en']);
    await store.apply([{ collection: 'events', id: 'dinner', tripId: 'hz', fields: { title: 'Working dinner with Tencent' } }]);
    expect(await hits('tencent')).toEqual(['event:dinner']);
    expect(await hits('alibaba')).toEqual(['note:n-en']);
  });

  it('catches up at open with changes made while it was closed (its file stale, the log ahead)', async () => {
    await buildAndClose();
    await reopenStore();
    // A session that never opened the index: the changes are only in the store and its log.
    await store.apply([createNote('n-new', 'bj', 'tsinghua', 'Quantum computing lab tour'), { collection: 'notes', id: 'n-en', tripId: 'hz', fields: { deleted: true } }]);
    await store.apply([{ collection: 'trips', id: 'bj', fields: { deleted: true } }]);
    await store.apply([{ collection: 'trips', id: 'bj', fields: { deleted: false } }, createOrganisation('invest', 'InvestHK')]);
    await reopenStore();
    const ofTrip = vi.spyOn(store, 'ofTrip');
    index = disk();
    expect(await ask('quantum')).toEqual({ hits: ['note:n-new'], indexing: undefined });
    expect(await hits('investhk')).toEqual(['organisation:invest']);
    expect(await hits('alibaba')).toEqual(['event:dinner']);
    expect(ofTrip).not.toHaveBeenCalled();
  });

  it('keeps a deleted trip hidden across a reopen, and shows it again once restored', async () => {
    index = disk();
    await index.query('warm', 8);
    await index.settled();
    await store.apply([{ collection: 'trips', id: 'bj', fields: { deleted: true } }]);
    expect(await hits('tsinghua')).toEqual([]);
    await index.close();
    await reopenStore();
    index = disk();
    expect(await hits('tsinghua')).toEqual([]);
    await store.apply([{ collection: 'trips', id: 'bj', fields: { deleted: false } }]);
    expect(await hits('tsinghua')).toEqual(['event:tsinghua', 'note:n-bj']);
  });

  it('finds records a sync merge wrote, after a clean close and reopen', async () => {
    await buildAndClose();
    await reopenStore();
    index = disk();
    await index.query('warm', 8);
    const values = { name: { en: 'Zhejiang Lab', zhHant: '之江實驗室', zhHans: '之江实验室' }, createdAt: '2025-02-01T00:00:00.000Z' };
    await store.applyRemote([{ collection: 'organisations', id: 'zj', values }]);
    expect(await hits('zhejiang')).toEqual(['organisation:zj']);
    await index.close();
    await reopenStore();
    index = disk();
    expect(await ask('之江')).toEqual({ hits: ['organisation:zj'], indexing: undefined });
  });

  it('rebuilds after a session that merged from sync and stopped before saving the index', async () => {
    await buildAndClose();
    await reopenStore();
    index = disk();
    await index.query('warm', 8);
    const values = { name: { en: 'Zhejiang Lab', zhHant: '', zhHans: '' }, createdAt: '2025-02-01T00:00:00.000Z' };
    await store.applyRemote([{ collection: 'organisations', id: 'zj', values }]);
    index.dispose(); // the app stopped: the delta was never saved
    await reopenStore();
    index = disk();
    const first = await ask('zhejiang');
    expect(first.indexing).toBeDefined();
    await index.settled();
    expect(await ask('zhejiang')).toEqual({ hits: ['organisation:zj'], indexing: undefined });
  });

  const damages: [string, (file: string) => Promise<void>][] = [
    ['truncated', async (file) => fs.truncate(file, Math.floor((await fs.stat(file)).size / 2))],
    ['garbage', (file) => fs.writeFile(file, Buffer.alloc(4096, 0x5a))],
    [
      'of another version',
      async (file) => {
        const bytes = await fs.readFile(file);
        const at = bytes.indexOf('"version":1');
        bytes.write('"version":9', at, 'latin1');
        await fs.writeFile(file, bytes);
      },
    ],
    ['missing', (file) => fs.rm(path.dirname(file), { recursive: true })],
  ];
  for (const [damage, spoil] of damages) {
    it(`rebuilds a ${damage} index file in the background while queries answer and say they are indexing`, async () => {
      await buildAndClose();
      await spoil(segmentFile(dir));
      await reopenStore();
      index = disk();
      const during = await ask('alibaba');
      expect(during.indexing).toMatchObject({ total: 3 });
      // Another call answers while the build runs.
      const meanwhile = await ask('tsinghua');
      expect(meanwhile.indexing).toBeDefined();
      await index.settled();
      expect(await ask('alibaba')).toEqual({ hits: ['event:dinner', 'note:n-en'], indexing: undefined });
      expect(await hits('科學技術')).toEqual(['note:n-zh']);
      await index.close();
      // The rebuilt file is whole: a further start reads it as it is.
      await reopenStore();
      index = disk();
      expect(await ask('tsinghua')).toEqual({ hits: ['event:tsinghua', 'note:n-bj'], indexing: undefined });
    });
  }

  it('merges a grown delta into a new segment in the background, and answers the same after', async () => {
    index = disk({ mergeAt: 3 });
    await index.query('warm', 8);
    await index.settled();
    const before = (await fs.stat(segmentFile(dir))).mtimeMs;
    await store.apply([createNote('m1', 'hz', 'dinner', 'Merge test alpha'), createNote('m2', 'hz', 'dinner', 'Merge test beta'), createOrganisation('o3', 'Merge Org')]);
    await store.apply([{ collection: 'events', id: 'bureau', tripId: 'hz', fields: { deleted: true } }]);
    expect(await hits('merge')).toEqual(['note:m1', 'note:m2', 'organisation:o3']);
    await index.settled();
    expect((await fs.stat(segmentFile(dir))).mtimeMs).toBeGreaterThan(before);
    expect(await hits('merge')).toEqual(['note:m1', 'note:m2', 'organisation:o3']);
    expect(await hits('bureau')).toEqual([]);
    await index.close();
    await reopenStore();
    index = disk();
    expect(await hits('merge test')).toEqual(['note:m1', 'note:m2']);
  });
});

describe('a segment damaged past the checks made at open', () => {
  it('is rebuilt once a query meets the damage, and that query still answers, saying it is indexing', async () => {
    await buildAndClose();
    // The postings come last in the file: spoil their tail, which opening does not read.
    const file = segmentFile(dir);
    const { size } = await fs.stat(file);
    const handle = await fs.open(file, 'r+');
    await handle.write(Buffer.alloc(64, 0xff), 0, 64, size - 64);
    await handle.close();
    await reopenStore();
    index = disk();
    const answers = await Promise.all(['alibaba', 'tsinghua', '科學技術', '香港', '金融', '香', '金'].map((text) => ask(text)));
    expect(answers.some((a) => a.indexing !== undefined)).toBe(true);
    await index.settled();
    expect(await ask('alibaba')).toEqual({ hits: ['event:dinner', 'note:n-en'], indexing: undefined });
    expect(await ask('tsinghua')).toEqual({ hits: ['event:tsinghua', 'note:n-bj'], indexing: undefined });
  });
});
