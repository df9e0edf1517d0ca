// The store's contract: what apply() saves comes back after a reopen, refused applies change nothing, records live
// in the files the layout promises, and files are read only when first needed.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StoreValidationError, openStore } from '../../../../../electron/backend/store';
import type { Store } from '../../../../../electron/backend/store/types';
import { createEvent, createNote, createOrganisation, createTrip, filesUnder, makeDataDir, readJson, removeDataDir, testClock } from './fixtures';

let dir: string;
let clock: ReturnType<typeof testClock>;
const open = (): Promise<Store> => openStore({ dataDir: dir, clock, deviceId: 'desk1' });

beforeEach(async () => {
  dir = await makeDataDir();
  clock = testClock();
});
afterEach(() => removeDataDir(dir));

describe('store', () => {
  it('gives back after a reopen exactly what was saved', async () => {
    const store = await open();
    await store.apply([createTrip('t1'), createEvent('e1', 't1'), createNote('n1', 't1', 'e1', 'Minister asked about the MoU'), createOrganisation('o1', 'Acme')]);
    await store.apply([{ collection: 'events', id: 'e1', tripId: 't1', fields: { title: 'Courtesy call' } }]);
    const before = {
      trips: await store.all('trips'),
      events: await store.ofTrip('events', 't1'),
      notes: await store.ofTrip('notes', 't1'),
      organisations: await store.all('organisations'),
      changes: await store.changes(),
    };
    await store.close();

    const again = await open();
    expect(again.deviceId).toBe('desk1');
    expect(await again.all('trips')).toEqual(before.trips);
    expect(await again.ofTrip('events', 't1')).toEqual(before.events);
    expect(await again.ofTrip('notes', 't1')).toEqual(before.notes);
    expect(await again.all('organisations')).toEqual(before.organisations);
    expect(await again.changes()).toEqual(before.changes);
    expect(before.events[0]!.title).toBe('Courtesy call');
    expect(again.notices()).toEqual([]);
    await again.close();
  });

  it('stamps records and records one change per mutation, with only the fields that changed', async () => {
    const store = await open();
    const [created] = await store.apply([createTrip('t1')]);
    expect(created!.fields).toMatchObject({ title: 'Trip t1', startDate: '2025-05-10', deleted: false });
    const changes = await store.apply([
      { collection: 'trips', id: 't1', fields: { title: 'Trip t1', purpose: 'Trade' } },
      { collection: 'trips', id: 't1', fields: { status: 'draft' } }, // already draft: nothing changed, no change
    ]);
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ collection: 'trips', id: 't1', fields: { purpose: 'Trade' }, device: 'desk1' });
    expect(changes[0]!.hlc > created!.hlc).toBe(true);
    const trip = await store.get('trips', 't1');
    expect(trip!.updatedAt).toBe(changes[0]!.at);
    expect(trip!.createdAt).toBe(created!.at);
    expect(() => ((trip as { title: string }).title = 'changed by accident')).toThrow();
    await store.close();
  });

  it('refuses an invalid apply as a whole and changes nothing in memory or on disk', async () => {
    const store = await open();
    await store.apply([createTrip('t1'), createEvent('e1', 't1')]);
    await store.flush();
    const disk = await filesUnder(dir);
    const trips = await store.all('trips');
    const changes = await store.changes();

    const attempt = store.apply([
      { collection: 'events', id: 'e1', tripId: 't1', fields: { title: 'Renamed' } },
      { collection: 'trips', id: 't1', fields: { endDate: '2025-05-01' } },
    ]);
    await expect(attempt).rejects.toBeInstanceOf(StoreValidationError);
    const error = (await attempt.catch((e: unknown) => e)) as StoreValidationError;
    expect(error.issues).toEqual([{ path: 'trips[t1].endDate', message: 'the trip cannot end before it starts' }]);
    expect(error.message).toContain('trips[t1].endDate: the trip cannot end before it starts');

    expect(await store.all('trips')).toEqual(trips);
    expect((await store.ofTrip('events', 't1'))[0]!.title).toBe('Meeting e1');
    expect(await store.changes()).toEqual(changes);
    await store.flush();
    expect(await filesUnder(dir)).toEqual(disk);
    await store.close();
  });

  it('files trips by start year and moves a trip that changes year in one apply', async () => {
    const store = await open();
    await store.apply([createTrip('t1', '2024-11-02', '2024-11-05'), createTrip('t2', '2024-03-01', '2024-03-02')]);
    await store.flush(); // the data files are written by a checkpoint (decision 010)
    expect(((await readJson(dir, 'trips/index-2024.json')).trips as unknown[]).length).toBe(2);

    await store.apply([{ collection: 'trips', id: 't1', fields: { startDate: '2025-01-10', endDate: '2025-01-12' } }]);
    await store.flush();
    const y2024 = (await readJson(dir, 'trips/index-2024.json')).trips as { id: string }[];
    const y2025 = (await readJson(dir, 'trips/index-2025.json')).trips as { id: string }[];
    expect(y2024.map((t) => t.id)).toEqual(['t2']);
    expect(y2025.map((t) => t.id)).toEqual(['t1']);
    await store.close();

    const again = await open();
    expect((await again.all('trips')).map((t) => t.id).sort()).toEqual(['t1', 't2']);
    await again.close();
  });

  it('keeps deleted records as tombstones, and their files', async () => {
    const store = await open();
    await store.apply([createTrip('t1'), createEvent('e1', 't1')]);
    const [change] = await store.apply([{ collection: 'trips', id: 't1', fields: { deleted: true } }]);
    expect(change!.fields).toEqual({ deleted: true });
    expect((await store.all('trips'))[0]).toMatchObject({ id: 't1', deleted: true });
    await store.close();
    await expect(fs.stat(path.join(dir, 'trips', 't1.json'))).resolves.toBeTruthy();
  });

  it('reads only meta and the trip index when opening; trip files and the directory on first use', async () => {
    const store = await open();
    await store.apply([createTrip('t1'), createEvent('e1', 't1'), createOrganisation('o1', 'Acme')]);
    // Opening re-checks the last saved group against the data files; let that be a trip-only save.
    await store.apply([{ collection: 'trips', id: 't1', fields: { purpose: 'Trade' } }]);
    await store.close();

    const again = await open();
    // Swap the files under the open store: if it had read them already, it would not see the swap.
    const tripPath = path.join(dir, 'trips', 't1.json');
    const tripDoc = JSON.parse(await fs.readFile(tripPath, 'utf8')) as { events: { title: string }[] };
    tripDoc.events[0]!.title = 'Read lazily';
    await fs.writeFile(tripPath, JSON.stringify(tripDoc));
    const shards = await fs.readdir(path.join(dir, 'directory', 'organisations'));
    expect(shards).toHaveLength(1);
    const shardPath = path.join(dir, 'directory', 'organisations', shards[0]!);
    await fs.writeFile(shardPath, (await fs.readFile(shardPath, 'utf8')).replace('Acme', 'Acme Lazy'));

    expect((await again.ofTrip('events', 't1'))[0]!.title).toBe('Read lazily');
    expect((await again.all('organisations'))[0]!.name.en).toBe('Acme Lazy');
    await again.close();
  });

  it('spreads the directory over hash shards and the change log over segments', async () => {
    const store = await open();
    const orgs = Array.from({ length: 300 }, (_, i) => createOrganisation(`org${i}`, `Organisation ${i}`));
    await store.apply(orgs.slice(0, 150));
    await store.apply(orgs.slice(150));
    await store.flush();
    const shards = await fs.readdir(path.join(dir, 'directory', 'organisations'));
    expect(shards.length).toBeGreaterThan(40);
    expect(shards.every((n) => /^[0-9a-f]{2}\.json$/.test(n))).toBe(true);
    const segments = await fs.readdir(path.join(dir, 'changes', 'desk1'));
    expect(segments).toEqual(['00000001.jsonl', 'checkpoint.json']);
    expect((await store.changes(290)).map((c) => c.id)).toEqual(orgs.slice(290).map((m) => m.id));
    await store.close();
  });

  it('finishes a save that a crash cut off between the change log and the data file', async () => {
    const store = await open();
    await store.apply([createTrip('t1'), createEvent('e1', 't1')]);
    await store.flush();
    const tripPath = path.join(dir, 'trips', 't1.json');
    const markerPath = path.join(dir, 'changes', 'desk1', 'checkpoint.json');
    const [beforeEdit, markerBefore] = await Promise.all([fs.readFile(tripPath, 'utf8'), fs.readFile(markerPath, 'utf8')]);
    await store.apply([{ collection: 'events', id: 'e1', tripId: 't1', fields: { title: 'Edited before the crash' } }]);
    await store.close();
    // As if the process died after the log was written: neither the data file nor the checkpoint marker moved on.
    await fs.writeFile(tripPath, beforeEdit);
    await fs.writeFile(markerPath, markerBefore);

    const again = await open();
    expect((await again.ofTrip('events', 't1'))[0]!.title).toBe('Edited before the crash');
    await again.close();
    expect(await fs.readFile(tripPath, 'utf8')).toContain('Edited before the crash');
  });

  it('keeps meta durable and resumes the clock after the last stamp', async () => {
    const store = await open();
    expect(store.meta()).toMatchObject({ schemaVersion: 1, deviceId: 'desk1', samplesAnswered: false });
    await store.setMeta({ samplesAnswered: true, settings: { transferMinutes: 45 } });
    await expect(store.setMeta({ settings: { transferMinutes: -5 } })).rejects.toThrow(StoreValidationError);
    const [change] = await store.apply([createTrip('t1')]);
    await store.close();

    const frozenClock = { now: () => Date.parse('2020-01-01T00:00:00Z') }; // wall clock went backwards
    const again = await openStore({ dataDir: dir, clock: frozenClock });
    expect(again.meta()).toMatchObject({ samplesAnswered: true, settings: { transferMinutes: 45 } });
    const [later] = await again.apply([{ collection: 'trips', id: 't1', fields: { purpose: 'x' } }]);
    expect(later!.hlc > change!.hlc).toBe(true);
    await again.close();
  });

  it('refuses trip records without their trip, gets without the trip id, and ids that are not ids', async () => {
    const store = await open();
    await expect(store.apply([{ collection: 'events', id: 'e1', fields: { title: 'x' } }])).rejects.toThrow(/events\[e1\]\.tripId/);
    await expect(store.get('events', 'e1')).rejects.toThrow(TypeError);
    // Ids never become other paths: a name no trip can have holds nothing (issue 9: a 4xx for callers, not a crash).
    await store.apply([createTrip('t1', '2025-05-10')]); // trips/index-2025.json exists
    await expect(store.ofTrip('events', '../meta')).resolves.toEqual([]);
    await expect(store.ofTrip('events', 'index-2025')).resolves.toEqual([]);
    await expect(store.get('events', 'e1', 'index-2025')).resolves.toBeUndefined();
    await expect(store.apply([createEvent('e1', 'index-2025')])).rejects.toThrow(/events\[e1\]\.tripId/);
    expect(await store.all('trips')).toHaveLength(1);
    await store.close();
  });
});
