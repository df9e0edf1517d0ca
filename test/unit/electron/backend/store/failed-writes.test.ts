// Issue 9, item 5: a save the disk refuses is not applied. Nothing of it stays in memory, in the change log, in the
// listeners' indexes or on disk, so trying again once the disk has room saves it exactly once.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { StorageError, openStore } from '../../../../../electron/backend/store';
import type { Store } from '../../../../../electron/backend/store/types';
import { createEvent, createTrip, diskFault, filesUnder, makeDataDir, removeDataDir, testClock } from './fixtures';

let dir: string;
let store: Store;
const open = () => openStore({ dataDir: dir, clock: testClock(), deviceId: 'desk1' });

/** True when any file in the data folder (temp files, backups and the change log included) holds `text`. */
async function onDisk(text: string): Promise<boolean> {
  return [...(await filesUnder(dir)).values()].some((content) => content.includes(text));
}

beforeEach(async () => {
  dir = await makeDataDir();
  store = await open();
  await store.apply([createTrip('t1', '2025-05-10', '2025-05-14', 'Hangzhou visit'), createEvent('e1', 't1', 'Courtesy call')]);
});
afterEach(async () => {
  vi.restoreAllMocks();
  await store.close().catch(() => undefined);
  await removeDataDir(dir);
});

describe('a save on a full disk', () => {
  it('answers StorageError and keeps nothing: memory, listeners, change log, disk; a retry saves it once', async () => {
    const heard = vi.fn();
    store.onChanges(heard);
    const disk = diskFault(dir);
    disk.failing = 'ENOSPC';

    const failed = store.apply([createTrip('t2', '2025-06-01', '2025-06-03', 'Shenzhen visit'), { collection: 'events', id: 'e1', tripId: 't1', fields: { title: 'Renamed call' } }]);
    await expect(failed).rejects.toBeInstanceOf(StorageError);
    await expect(failed).rejects.toMatchObject({ errno: 'ENOSPC', message: expect.stringMatching(/disk .* is full\. Free some disk space, then try again; nothing was saved/) });
    expect(disk.hits).toBeGreaterThan(0);

    expect(await store.get('trips', 't2')).toBeUndefined();
    expect((await store.all('trips')).map((t) => t.id)).toEqual(['t1']);
    expect((await store.get('events', 'e1', 't1'))?.title).toBe('Courtesy call');
    expect(heard).not.toHaveBeenCalled();

    disk.failing = undefined; // space is back: nothing of the failed save is written later either
    await store.flush();
    expect((await store.changes()).map((c) => c.id)).toEqual(['t1', 'e1']);
    expect(await onDisk('Shenzhen visit')).toBe(false);
    expect(await onDisk('Renamed call')).toBe(false);

    await store.close();
    store = await open();
    expect((await store.all('trips')).map((t) => t.id)).toEqual(['t1']);
    expect((await store.get('events', 'e1', 't1'))?.title).toBe('Courtesy call');

    await store.apply([createTrip('t2', '2025-06-01', '2025-06-03', 'Shenzhen visit')]);
    await store.close();
    store = await open();
    expect((await store.all('trips')).filter((t) => t.title === 'Shenzhen visit')).toHaveLength(1);
    expect((await store.changes()).map((c) => c.id)).toEqual(['t1', 'e1', 't2']);
  });

  it('also takes back saves made while the failing write was in flight, and tells their callers', async () => {
    const disk = diskFault(dir);
    disk.failing = 'ENOSPC';
    let release!: () => void;
    disk.hold = new Promise((resolve) => (release = resolve));

    const first = store.apply([createTrip('t2', '2025-06-01', '2025-06-03', 'Shenzhen visit')]);
    await vi.waitFor(() => expect(disk.hits).toBeGreaterThan(0));
    // Made on top of the first save, whose write is now in flight: it joins the next group.
    const second = store.apply([{ collection: 'trips', id: 't2', fields: { title: 'Shenzhen and Guangzhou' } }]);
    const third = store.apply([{ collection: 'events', id: 'e1', tripId: 't1', fields: { title: 'Renamed call' } }]);
    try {
      await vi.waitFor(async () => expect((await store.get('trips', 't2'))?.title).toBe('Shenzhen and Guangzhou')); // staged
    } finally {
      release();
    }
    await expect(first).rejects.toBeInstanceOf(StorageError);
    await expect(second).rejects.toBeInstanceOf(StorageError);
    await expect(third).rejects.toBeInstanceOf(StorageError);

    disk.failing = undefined;
    expect(await store.get('trips', 't2')).toBeUndefined();
    expect((await store.get('events', 'e1', 't1'))?.title).toBe('Courtesy call');
    await store.apply([{ collection: 'events', id: 'e1', tripId: 't1', fields: { title: 'Second try' } }]);
    await store.close();
    store = await open();
    expect(await store.get('trips', 't2')).toBeUndefined();
    expect((await store.get('events', 'e1', 't1'))?.title).toBe('Second try');
    expect(await onDisk('Shenzhen')).toBe(false);
  });

  it('rolls back a trip that changed year, and a settings change', async () => {
    const disk = diskFault(dir);
    disk.failing = 'ENOSPC';
    await expect(store.apply([{ collection: 'trips', id: 't1', fields: { startDate: '2026-05-10', endDate: '2026-05-14' } }])).rejects.toBeInstanceOf(StorageError);
    await expect(store.setMeta({ settings: { transferMinutes: 45 } })).rejects.toBeInstanceOf(StorageError);
    expect((await store.get('trips', 't1'))?.startDate).toBe('2025-05-10');
    expect(store.meta().settings?.transferMinutes).toBeUndefined();
    disk.failing = undefined;
    await store.close();
    store = await open();
    expect((await store.all('trips')).map((t) => [t.id, t.startDate])).toEqual([['t1', '2025-05-10']]);
    expect(store.meta().settings?.transferMinutes).toBeUndefined();
  });

  it('takes back records merged by sync when their files cannot be written (sync reads them again next time)', async () => {
    const heard = vi.fn();
    store.onChanges(heard);
    const disk = diskFault(dir);
    disk.failing = 'ENOSPC';
    const remote = { collection: 'trips' as const, id: 't9', values: { title: 'From a colleague', startDate: '2025-07-01', endDate: '2025-07-02', homeTimeZone: 'Asia/Hong_Kong', createdAt: '2025-02-01T00:00:00.000Z' } };
    await expect(store.applyRemote([remote])).rejects.toBeInstanceOf(StorageError);
    expect(await store.get('trips', 't9')).toBeUndefined();
    expect(heard).not.toHaveBeenCalled();
    disk.failing = undefined;
    await expect(store.applyRemote([remote])).resolves.toMatchObject({ applied: [remote], held: [] });
    expect((await store.get('trips', 't9'))?.title).toBe('From a colleague');
  });

  it('keeps a save once its change log is written, even if a data file then fails (recovery replays the log)', async () => {
    const disk = diskFault(dir);
    disk.failing = 'ENOSPC';
    disk.only = (rel) => !rel.startsWith('changes/');
    await expect(store.apply([createTrip('t2', '2025-06-01', '2025-06-03', 'Shenzhen visit')])).resolves.toHaveLength(1);
    await expect(store.flush()).rejects.toThrow(/kept in the change log/);
    expect((await store.get('trips', 't2'))?.title).toBe('Shenzhen visit');
    disk.failing = undefined;
    await store.close();
    store = await open();
    expect((await store.get('trips', 't2'))?.title).toBe('Shenzhen visit');
  });
});
