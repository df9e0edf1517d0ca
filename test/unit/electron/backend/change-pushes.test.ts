// data.changed is derived from the store's announcements (electron/backend/change-pushes.ts): one push per call that
// wrote, naming the collections, trips and records, sent once the change can be read; no handler pushes it by hand.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ChangePushes } from '../../../../electron/backend/change-pushes';
import { openStore } from '../../../../electron/backend/store';
import type { PushEvents } from '../../../../shared/contract';
import { tempDir } from '../../helpers/tmp';
import { openTestBackend, type TestBackend } from './backend-fixture';
import { meeting, syncTestKit, trip } from './sync/engine-helpers';

type DataChanged = PushEvents['data.changed'];

let t: TestBackend | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

/** The data.changed pushes `work` causes, in order. */
async function pushesDuring(backend: TestBackend, work: () => Promise<unknown>): Promise<DataChanged[]> {
  const seen: DataChanged[] = [];
  const stop = backend.backend.onPush((event, payload) => {
    if (event === 'data.changed') seen.push(payload as DataChanged);
  });
  try {
    await work();
  } finally {
    stop();
  }
  return seen;
}

const sorted = (p: DataChanged) => ({ collections: [...p.collections].sort(), tripIds: [...p.tripIds].sort(), ids: [...p.ids].sort() });

describe('derived data.changed pushes', () => {
  it('pushes once for a step that writes several records, naming every collection, trip and record', async () => {
    t = await openTestBackend();
    const source = await t.call('trips.create', trip);
    const first = await t.call('events.create', meeting(source.id));
    const second = await t.call('events.create', { ...meeting(source.id), title: 'Lunch with the mayor' });

    let copyId = '';
    const pushed = await pushesDuring(t, async () => {
      copyId = (await t!.call('trips.duplicate', { id: source.id, startDate: '2025-06-02' })).id;
    });
    const copied = (await t.call('trips.get', { id: copyId })).events.map((e) => e.id);
    expect(copied).toHaveLength(2);
    expect(copied).not.toContain(first.id);
    expect(copied).not.toContain(second.id);
    expect(pushed.map(sorted)).toEqual([{ collections: ['events', 'trips'], tripIds: [copyId], ids: [copyId, ...copied].sort() }]);
  });

  it('pushes an undo and a redo with what they changed back', async () => {
    t = await openTestBackend();
    const made = await t.call('trips.create', trip);
    const event = await t.call('events.create', meeting(made.id));
    const undo = await pushesDuring(t, () => t!.call('history.undo', { tripId: made.id }));
    expect(undo).toEqual([{ collections: ['events'], tripIds: [made.id], ids: [event.id] }]);
    const redo = await pushesDuring(t, () => t!.call('history.redo', { tripId: made.id }));
    expect(redo).toEqual([{ collections: ['events'], tripIds: [made.id], ids: [event.id] }]);
  });

  it('pushes only once the change can be read: a window re-reading on the push sees it', async () => {
    t = await openTestBackend();
    const made = await t.call('trips.create', trip);
    let readOnPush: Promise<string[]> | undefined;
    const stop = t.backend.onPush((event) => {
      if (event === 'data.changed') readOnPush ??= t!.call('trips.get', { id: made.id }).then((d) => d.events.map((e) => e.title));
    });
    await t.call('events.create', meeting(made.id));
    stop();
    expect(await readOnPush).toEqual([meeting(made.id).title]);
  });

  it('pushes settings, which are kept per device and not as recorded changes', async () => {
    t = await openTestBackend();
    expect(await pushesDuring(t, () => t!.call('settings.update', { transferMinutes: 45 }))).toEqual([{ collections: ['settings'], tripIds: [], ids: [] }]);
    // The same values again change nothing, and a read pushes nothing.
    expect(await pushesDuring(t, () => t!.call('settings.update', { transferMinutes: 45 }))).toEqual([]);
    expect(await pushesDuring(t, () => t!.call('trips.list', {}))).toEqual([]);
  });

  it('pushes nothing for a call that fails before writing', async () => {
    t = await openTestBackend();
    const pushed = await pushesDuring(t, () => t!.fail('events.create', meeting('no-such-trip')));
    expect(pushed).toEqual([]);
  });
});

describe('ChangePushes on a store', () => {
  it('holds the writes of one call and pushes them together once it ends; a write outside any call pushes at once', async () => {
    const { dir, cleanup } = await tempDir();
    let now = Date.parse('2026-01-05T02:00:00Z');
    const store = await openStore({ dataDir: dir, clock: { now: () => (now += 1000) } });
    const pushed: { event: string; payload: unknown }[] = [];
    const changes = new ChangePushes(store, (event, payload) => pushed.push({ event, payload }));
    try {
      const member = (id: string) => ({ collection: 'members' as const, id, fields: { id, name: { en: `Member ${id}` }, rank: 1 } });
      await changes.during(async () => {
        await store.apply([member('m1'), member('m2')]);
        await store.apply([member('m3')]);
        expect(pushed).toEqual([]); // nothing until the call is over
      });
      expect(pushed).toEqual([{ event: 'data.changed', payload: { collections: ['members'], tripIds: [], ids: ['m1', 'm2', 'm3'] } }]);

      await store.apply([{ collection: 'members', id: 'm1', fields: { rank: 2 } }]);
      expect(pushed).toHaveLength(2);
      expect(pushed[1]).toEqual({ event: 'data.changed', payload: { collections: ['members'], tripIds: [], ids: ['m1'] } });
    } finally {
      changes.dispose();
      await store.close();
      await cleanup();
    }
  });
});

describe('sync', () => {
  const { team } = syncTestKit();

  it('pushes what a sync brought in', async () => {
    const { devices: [a, b] } = await team(2);
    const made = await a.call('trips.create', trip);
    const event = await a.call('events.create', meeting(made.id));
    await a.call('sync.now', {});
    b.events.length = 0;
    await b.call('sync.now', {});
    const changed = b.events.filter((e) => e.event === 'data.changed').map((e) => sorted(e.payload as DataChanged));
    expect(changed).toEqual([{ collections: ['events', 'trips'], tripIds: [made.id], ids: [event.id, made.id].sort() }]);
  });
});

describe('handlers', () => {
  it('contain no hand-written data.changed push (it is derived from the store)', async () => {
    const folders = ['electron/backend/handlers', 'electron/backend/sync'];
    const offenders: string[] = [];
    for (const folder of folders) {
      for (const name of await fs.readdir(folder)) {
        const text = await fs.readFile(path.join(folder, name), 'utf8');
        if (/push\(\s*['"]data\.changed['"]/.test(text)) offenders.push(path.join(folder, name));
      }
    }
    expect(offenders).toEqual([]);
  });
});
