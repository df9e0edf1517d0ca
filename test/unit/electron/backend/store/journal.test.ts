// Issue 12, item 1: a save is durable once its change is one line appended (and fsynced) to the change log; the data
// files follow at a checkpoint (background, flush, close), and opening redoes every group logged after the checkpoint.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openStore } from '../../../../../electron/backend/store';
import type { Store } from '../../../../../electron/backend/store/types';
import { createEvent, createOrganisation, createTrip, filesUnder, makeDataDir, removeDataDir, testClock } from './fixtures';

let dir: string;
const stores: Store[] = [];
/** A checkpoint delay of an hour: nothing is written in the background while a test looks. */
const open = async (at = dir, checkpointDelayMs = 3_600_000) => {
  const store = await openStore({ dataDir: at, clock: testClock(), deviceId: 'desk1', checkpointDelayMs });
  stores.push(store);
  return store;
};
const dataFiles = async (at = dir) => new Map([...(await filesUnder(at))].filter(([rel]) => !rel.startsWith('changes/') && !rel.startsWith('backups/')));
const segmentPath = (name = '00000001.jsonl') => path.join(dir, 'changes', 'desk1', name);

beforeEach(async () => {
  dir = await makeDataDir();
});
afterEach(async () => {
  vi.restoreAllMocks();
  await Promise.all(stores.splice(0).map((s) => s.close().catch(() => undefined)));
  await removeDataDir(dir);
});

describe('journal-first saves', () => {
  it('returns from a save after one append to the change log, leaving the data files to the checkpoint', async () => {
    const store = await open();
    await store.apply([createTrip('t1'), createEvent('e1', 't1'), createOrganisation('o1', 'Acme')]);
    await store.flush();
    const before = await dataFiles();

    const opened: string[] = [];
    const realOpen = fs.open.bind(fs);
    vi.spyOn(fs, 'open').mockImplementation((async (file: Parameters<typeof fs.open>[0], ...rest: [string?, number?]) => {
      opened.push(path.relative(dir, String(file)).split(path.sep).join('/'));
      return realOpen(file, ...rest);
    }) as typeof fs.open);
    const probe = await realOpen(segmentPath(), 'r');
    const sync = vi.spyOn(Object.getPrototypeOf(probe) as { sync(): Promise<void> }, 'sync');
    await probe.close();
    await store.apply([
      { collection: 'events', id: 'e1', tripId: 't1', fields: { title: 'Moved to 3pm' } },
      { collection: 'trips', id: 't1', fields: { purpose: 'Trade' } },
      { collection: 'organisations', id: 'o1', fields: { name: { en: 'Acme Ltd', zhHant: '', zhHans: '' } } },
    ]);
    expect(opened).toEqual(['changes/desk1/00000001.jsonl']); // one file: the log, not the three data files
    expect(sync).toHaveBeenCalledTimes(1); // one fsync
    expect(await dataFiles()).toEqual(before); // the data files wait for the checkpoint

    vi.restoreAllMocks();
    await store.flush(); // the checkpoint writes them
    const after = await dataFiles();
    expect(after.get('trips/t1.json')).toContain('Moved to 3pm');
    expect(after.get('trips/index-2025.json')).toContain('Trade');
    expect([...after.values()].some((text) => text.includes('Acme Ltd'))).toBe(true);
  });

  it('writes the data files on close, and in the background a moment after the last save', async () => {
    const store = await open();
    await store.apply([createTrip('t1', '2025-05-10', '2025-05-14', 'Closing time')]);
    expect((await dataFiles()).has('trips/index-2025.json')).toBe(false);
    await store.close();
    expect((await dataFiles()).get('trips/index-2025.json')).toContain('Closing time');

    const quick = await open(dir, 20);
    await quick.apply([{ collection: 'trips', id: 't1', fields: { title: 'Written behind' } }]);
    await vi.waitFor(async () => expect((await dataFiles()).get('trips/index-2025.json')).toContain('Written behind'), { timeout: 5000 });
  });

  it('after a crash (data files stale, the log ahead of them) redoes every group logged since the checkpoint', async () => {
    const store = await open();
    await store.apply([createTrip('t1', '2025-05-10', '2025-05-14', 'First'), createEvent('e1', 't1', 'Call')]);
    await store.flush();
    await store.apply([{ collection: 'events', id: 'e1', tripId: 't1', fields: { title: 'Call moved' } }]);
    await store.apply([{ collection: 'trips', id: 't1', fields: { title: 'Second', startDate: '2026-05-10', endDate: '2026-05-14' } }, createOrganisation('o1', 'Acme')]);
    await store.apply([{ collection: 'trips', id: 't1', fields: { title: 'Third' } }]);
    // The process dies now: copy the folder as it is on disk (the open store never writes to the copy).
    const crashed = await makeDataDir();
    try {
      await fs.cp(dir, crashed, { recursive: true });
      expect((await dataFiles(crashed)).get('trips/t1.json')).not.toContain('Call moved');
      const again = await open(crashed);
      expect(again.notices()).toEqual([]);
      expect(await again.all('trips')).toEqual(await store.all('trips'));
      expect((await again.get('trips', 't1'))).toMatchObject({ title: 'Third', startDate: '2026-05-10' });
      expect((await again.get('events', 'e1', 't1'))?.title).toBe('Call moved');
      expect((await again.get('organisations', 'o1'))?.name.en).toBe('Acme');
      await again.close();
      const files = await dataFiles(crashed);
      expect(files.get('trips/index-2026.json')).toContain('Third');
      expect(JSON.parse(files.get('trips/index-2025.json')!)).toMatchObject({ trips: [] }); // the year move finished
    } finally {
      await removeDataDir(crashed);
    }
  });

  it('drops a torn last line (a save cut off before it returned) quietly, keeps the groups before it, and appends after them', async () => {
    const store = await open();
    await store.apply([createTrip('t1', '2025-05-10', '2025-05-14', 'Kept')]);
    await store.apply([{ collection: 'trips', id: 't1', fields: { purpose: 'Also kept' } }]);
    await store.close();
    const whole = await fs.readFile(segmentPath(), 'utf8');
    await fs.appendFile(segmentPath(), '{"v":1,"seq":3,"changes":[{"collection":"trips","id":"t1","fields":{"title":"Torn');

    const again = await open();
    expect(again.notices()).toEqual([]);
    expect(await again.get('trips', 't1')).toMatchObject({ title: 'Kept', purpose: 'Also kept' });
    expect((await again.changes()).map((c) => c.fields)).toEqual([expect.objectContaining({ title: 'Kept' }), { purpose: 'Also kept' }]);
    expect(await fs.readFile(segmentPath(), 'utf8')).toBe(whole); // trimmed back to the last whole line
    await again.apply([{ collection: 'trips', id: 't1', fields: { title: 'After the crash' } }]);
    await again.close();
    const third = await open();
    expect((await third.get('trips', 't1'))?.title).toBe('After the crash');
    expect((await third.changes(2)).map((c) => c.fields)).toEqual([{ title: 'After the crash' }]);
  });

  it('reads change-log segments written before (one JSON document each) and redoes their last group', async () => {
    // A folder as the previous version left it: a .json segment whose last group missed the data file.
    const store = await open();
    await store.apply([createTrip('t1', '2025-05-10', '2025-05-14', 'Old'), createEvent('e1', 't1', 'Old call')]);
    await store.flush();
    const staleTrip = (await dataFiles()).get('trips/t1.json')!;
    await store.apply([{ collection: 'events', id: 'e1', tripId: 't1', fields: { title: 'Old call, moved' } }]);
    const logged = await store.changes();
    await store.close();
    await fs.rm(path.join(dir, 'changes', 'desk1'), { recursive: true });
    await fs.mkdir(path.join(dir, 'changes', 'desk1'));
    const legacy = { schemaVersion: 1, device: 'desk1', firstSeq: 1, lastBatchFrom: 3, changes: logged };
    await fs.writeFile(segmentPath('00000001.json'), JSON.stringify(legacy));
    await fs.writeFile(path.join(dir, 'trips', 't1.json'), staleTrip);

    const again = await open();
    expect(again.notices()).toEqual([]);
    expect((await again.get('events', 'e1', 't1'))?.title).toBe('Old call, moved');
    expect(await again.changes()).toEqual(logged);
    await again.apply([{ collection: 'trips', id: 't1', fields: { title: 'New' } }]);
    expect((await again.changes(3)).map((c) => c.fields)).toEqual([{ title: 'New' }]);
    await again.close();
    expect((await fs.readdir(path.join(dir, 'changes', 'desk1'))).sort()).toEqual(['00000001.json', '00000004.jsonl', 'checkpoint.json']);
    const third = await open();
    expect((await third.changes()).length).toBe(4);
    expect((await third.get('trips', 't1'))?.title).toBe('New');
  });

  it('keeps sync merges durable on return: their records are in the data files when applyRemote resolves', async () => {
    const store = await open();
    const remote = { collection: 'trips' as const, id: 't9', values: { title: 'From a colleague', startDate: '2025-07-01', endDate: '2025-07-02', homeTimeZone: 'Asia/Hong_Kong', createdAt: '2025-02-01T00:00:00.000Z' } };
    await store.applyRemote([remote]);
    expect((await dataFiles()).get('trips/index-2025.json')).toContain('From a colleague');
  });
});
