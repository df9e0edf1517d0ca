// Decision 016: a save never waits for a checkpoint. Proven by the order of file operations with the file layer held
// still at chosen points (fs.open blocked until the test lets it go), never by timing.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openStore } from '../../../../../electron/backend/store';
import type { Store } from '../../../../../electron/backend/store/types';
import { createEvent, createTrip, filesUnder, makeDataDir, removeDataDir, testClock } from './fixtures';

let dir: string;
const stores: Store[] = [];
/** No background checkpoint: the test starts each one itself (flush). */
const open = async (at = dir) => {
  const store = await openStore({ dataDir: at, clock: testClock(), deviceId: 'desk1', checkpointDelayMs: 3_600_000 });
  stores.push(store);
  return store;
};
const rename = (id: string, title: string) => ({ collection: 'trips' as const, id, fields: { title } });

/** Some turns of the event loop: enough for any write already started to reach its next file operation. */
async function turns(n = 20): Promise<void> {
  for (let i = 0; i < n; i++) await new Promise((resolve) => setImmediate(resolve));
}

function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

/**
 * Records every fs.open under the data folder, in order, as `log` (the change log) or `data` (a temp file of a data
 * file or the marker); `hold(kind)` makes the next opens of that kind wait until the returned gate is opened.
 */
function watchOpens() {
  const order: string[] = [];
  const holds = new Map<string, { opened: Promise<void>; reached: () => void }>();
  const realOpen = fs.open.bind(fs);
  vi.spyOn(fs, 'open').mockImplementation((async (file: Parameters<typeof fs.open>[0], ...rest: [string?, number?]) => {
    const rel = path.relative(dir, String(file)).split(path.sep).join('/');
    const kind = rel.endsWith('.jsonl') ? 'log' : rel.endsWith('.tmp') ? 'data' : 'other';
    if (rel.startsWith('..')) return realOpen(file, ...rest); // another folder (the crash copy below)
    order.push(`${kind} open`);
    const held = holds.get(kind);
    if (held) {
      held.reached();
      await held.opened;
    }
    return realOpen(file, ...rest);
  }) as typeof fs.open);
  return {
    order,
    /** Holds opens of `kind` until `release()`; `reached` resolves when the first one is held. */
    hold(kind: 'log' | 'data') {
      const g = gate();
      const reached = gate();
      holds.set(kind, { opened: g.opened, reached: reached.open });
      return {
        reached: reached.opened,
        release: () => {
          holds.delete(kind);
          g.open();
        },
      };
    },
  };
}

beforeEach(async () => {
  dir = await makeDataDir();
});
afterEach(async () => {
  vi.restoreAllMocks();
  await Promise.all(stores.splice(0).map((s) => s.close().catch(() => undefined)));
  await removeDataDir(dir);
});

describe('a save beside a checkpoint', () => {
  it('is appended, fsynced and returned while a checkpoint is held writing the data files, and is durable then', async () => {
    const store = await open();
    await store.apply([createTrip('t1', '2025-05-10', '2025-05-14', 'First'), createEvent('e1', 't1'), createTrip('t2', '2026-02-01', '2026-02-03')]);
    await store.flush();
    await store.apply([rename('t1', 'Written by the checkpoint')]);

    const fsWatch = watchOpens();
    const dataHeld = fsWatch.hold('data');
    const events: string[] = [];
    const checkpoint = store.flush().then(() => events.push('checkpoint done'));
    await dataHeld.reached; // the checkpoint is writing its first data file, and stays there
    const save = store.apply([rename('t2', 'Saved during the checkpoint')]).then(() => events.push('save returned'));
    // Before 016 the save queued behind the checkpoint and never returned while it was held: the bound only stops a
    // wait that would otherwise never end; the order is what is checked.
    await Promise.race([save, new Promise((resolve) => setTimeout(resolve, 10_000))]);
    expect(events).toEqual(['save returned']);
    expect(fsWatch.order.filter((o) => o !== 'other open')).toEqual(['data open', 'log open']);

    // Durable now, with the checkpoint still held: a copy of the folder as it is (a crash) opens with the save in it.
    const crashed = await makeDataDir();
    try {
      await fs.cp(dir, crashed, { recursive: true });
      const again = await openStore({ dataDir: crashed, clock: testClock(), deviceId: 'desk1', checkpointDelayMs: 3_600_000 });
      expect((await again.get('trips', 't2'))?.title).toBe('Saved during the checkpoint');
      expect((await again.get('trips', 't1'))?.title).toBe('Written by the checkpoint');
      await again.close();
    } finally {
      await removeDataDir(crashed);
    }

    dataHeld.release();
    await checkpoint;
    expect(events).toEqual(['save returned', 'checkpoint done']);
    vi.restoreAllMocks();
    await store.flush(); // the save's file waited for the next checkpoint
    const files = await filesUnder(dir);
    expect(files.get('trips/index-2025.json')).toContain('Written by the checkpoint');
    expect(files.get('trips/index-2026.json')).toContain('Saved during the checkpoint');
  });

  it('starts no data file while a save is appending, and lets no file take its place before the log holds its changes', async () => {
    const store = await open();
    await store.apply([createTrip('t1', '2025-05-10'), createTrip('t2', '2026-05-10', '2026-05-12'), createTrip('t3', '2027-05-10', '2027-05-12')]);
    await store.flush();

    const fsWatch = watchOpens();
    const logHeld = fsWatch.hold('log');
    const save = store.apply([rename('t1', 'One'), rename('t2', 'Two'), rename('t3', 'Three')]);
    await logHeld.reached; // the save's append is in flight
    const checkpoint = store.flush();
    await turns(); // a checkpoint that did not wait for the save would have opened its temp files by now
    expect(fsWatch.order.filter((o) => o !== 'other open')).toEqual(['log open']);
    const onDisk = await filesUnder(dir);
    expect(onDisk.get('trips/index-2025.json')).not.toContain('"One"');

    logHeld.release();
    await save;
    await checkpoint;
    const opens = fsWatch.order.filter((o) => o !== 'other open');
    expect(opens[0]).toBe('log open');
    expect(opens.slice(1).every((o) => o === 'data open')).toBe(true);
    const files = await filesUnder(dir);
    expect(files.get('trips/index-2025.json')).toContain('"One"');
    expect(files.get('trips/index-2026.json')).toContain('"Two"');
    expect(files.get('trips/index-2027.json')).toContain('"Three"');
  });

  it('keeps a checkpoint from putting in place a save whose append failed', async () => {
    const store = await open();
    await store.apply([createTrip('t1', '2025-05-10', '2025-05-14', 'Kept')]);
    await store.flush();

    const fsWatch = watchOpens();
    const logHeld = fsWatch.hold('log');
    const realOpen = vi.mocked(fs.open).getMockImplementation()!;
    vi.mocked(fs.open).mockImplementation((async (file: Parameters<typeof fs.open>[0], ...rest: [string?, number?]) => {
      const handle = await realOpen(file, ...rest);
      if (String(file).endsWith('.jsonl')) {
        await handle.close();
        throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
      }
      return handle;
    }) as typeof fs.open);
    const save = store.apply([rename('t1', 'Never saved')]);
    save.catch(() => undefined);
    await logHeld.reached;
    const checkpoint = store.flush(); // its snapshot holds the save, whose append is about to fail
    checkpoint.catch(() => undefined);
    logHeld.release();
    await expect(save).rejects.toThrow(/^Not saved/);
    await checkpoint.catch(() => undefined);
    vi.restoreAllMocks();
    expect((await filesUnder(dir)).get('trips/index-2025.json')).not.toContain('Never saved');
    expect((await store.get('trips', 't1'))?.title).toBe('Kept');
    await store.flush();
    expect((await filesUnder(dir)).get('trips/index-2025.json')).toContain('"Kept"');
  });
});
