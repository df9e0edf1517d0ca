// One test per migration: a file as that version wrote it opens as the current version and is rewritten as such.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NewerVersionError, openStore } from '../../../../../electron/backend/store';
import { CURRENT_SCHEMA_VERSION, migrateToCurrent, migrations } from '../../../../../electron/backend/store/migrations';
import { createTrip, filesUnder, makeDataDir, readJson, removeDataDir, testClock } from './fixtures';

let dir: string;
beforeEach(async () => {
  dir = await makeDataDir();
});
afterEach(() => removeDataDir(dir));

async function put(rel: string, doc: unknown): Promise<void> {
  const file = path.join(dir, ...rel.split('/'));
  await fs.mkdir(path.dirname(file), { recursive: true });
  await fs.writeFile(file, JSON.stringify(doc));
}

const stamp = '2023-06-01T08:00:00.000Z';
/** What the version-0 pilot wrote: no schemaVersion, trips with `name`, no home zone, events with `location`. */
const v0Files = {
  'meta.json': { deviceId: 'pilot1', createdAt: stamp },
  'trips/index-2023.json': {
    trips: [{ id: 'gba23', name: 'Greater Bay Area mission', startDate: '2023-09-04', endDate: '2023-09-08', createdAt: stamp, updatedAt: stamp }],
  },
  'trips/gba23.json': {
    events: [
      {
        id: 'ev1',
        tripId: 'gba23',
        title: 'Signing ceremony',
        location: 'Qianhai Authority, Shenzhen',
        start: '2023-09-05T02:00:00.000Z',
        end: '2023-09-05T03:00:00.000Z',
        timeZone: 'Asia/Shanghai',
        createdAt: stamp,
        updatedAt: stamp,
      },
    ],
    notes: [],
    followups: [],
  },
};

describe('migrations', () => {
  it('has one migration per version below the current one', () => {
    expect(migrations).toHaveLength(CURRENT_SCHEMA_VERSION);
  });

  it('v0 → v1: trip name becomes title, home zone is Hong Kong, event location becomes the venue', () => {
    const trips = migrateToCurrent(v0Files['trips/index-2023.json'], 'trip-index', 'x') as { schemaVersion: number; trips: object[] };
    expect(trips.schemaVersion).toBe(1);
    expect(trips.trips[0]).toEqual({ ...v0Files['trips/index-2023.json'].trips[0], name: undefined, title: 'Greater Bay Area mission', homeTimeZone: 'Asia/Hong_Kong' });
    expect(trips.trips[0]).not.toHaveProperty('name');
    const tripFile = migrateToCurrent(v0Files['trips/gba23.json'], 'trip-file', 'x') as { events: object[] };
    expect(tripFile.events[0]).toMatchObject({ venue: { en: 'Qianhai Authority, Shenzhen', zh: '' } });
    expect(tripFile.events[0]).not.toHaveProperty('location');
    expect(migrateToCurrent(v0Files['meta.json'], 'meta', 'x')).toEqual({ ...v0Files['meta.json'], samplesAnswered: false, schemaVersion: 1 });
  });

  it('opens a version-0 data folder as version 1 and rewrites each file as version 1 at the next save', async () => {
    for (const [rel, doc] of Object.entries(v0Files)) await put(rel, doc);
    const store = await openStore({ dataDir: dir, clock: testClock() });
    expect(store.deviceId).toBe('pilot1');
    expect(store.notices()).toEqual([]);
    const [trip] = await store.all('trips');
    expect(trip).toMatchObject({ id: 'gba23', title: 'Greater Bay Area mission', homeTimeZone: 'Asia/Hong_Kong' });
    const [event] = await store.ofTrip('events', 'gba23');
    expect(event!.venue).toEqual({ en: 'Qianhai Authority, Shenzhen', zh: '' });
    expect(await readJson(dir, 'trips/index-2023.json')).not.toHaveProperty('schemaVersion'); // not yet saved

    await store.apply([createTrip('new25')]); // any save carries the migrated files with it
    await store.close();
    const index = await readJson(dir, 'trips/index-2023.json');
    expect(index.schemaVersion).toBe(1);
    expect((index.trips as object[])[0]).toMatchObject({ title: 'Greater Bay Area mission' });
    expect((await readJson(dir, 'trips/gba23.json')).schemaVersion).toBe(1);
    expect(await readJson(dir, 'meta.json')).toMatchObject({ schemaVersion: 1, deviceId: 'pilot1', samplesAnswered: false });
    // The version-0 originals stay in the backups.
    const backups = [...(await filesUnder(dir)).entries()].filter(([rel]) => rel.startsWith('backups/trips/index-2023.json/'));
    expect(backups.map(([, text]) => JSON.parse(text) as object)).toEqual([v0Files['trips/index-2023.json']]);
  });

  // Issue 9, item 6: a newer file no longer stops the whole folder from opening (it did, with a stack trace).
  it('opens beside a trip index from a newer version: says so, leaves the file untouched, refuses changes to it', async () => {
    await put('meta.json', { schemaVersion: 1, deviceId: 'd1', createdAt: stamp, samplesAnswered: true });
    await put('trips/index-2024.json', { schemaVersion: 7, trips: [{ id: 'future1', shape: 'unknown here' }] });
    const newer = (await filesUnder(dir)).get('trips/index-2024.json');
    const store = await openStore({ dataDir: dir, clock: testClock() });
    expect(store.notices().map((n) => n.message)).toEqual([
      'The file trips/index-2024.json (the list of trips starting in 2024) was saved by a newer version of Delegation Planner (data version 7; this one reads up to 1). It is left untouched and read-only here (the trips in it are not shown); update the app to open it.',
    ]);
    expect(await store.all('trips')).toEqual([]);
    await store.apply([createTrip('t25', '2025-03-01', '2025-03-02')]); // the rest of the folder works
    await expect(store.apply([createTrip('t24', '2024-03-01', '2024-03-02')])).rejects.toThrow(
      /^The file trips\/index-2024\.json .* was saved by a newer version of Delegation Planner, .* Nothing was changed; update the app to open it\.$/,
    );
    await expect(store.apply([{ collection: 'trips', id: 't25', fields: { startDate: '2024-12-30' } }])).rejects.toThrow(/newer version/);
    await store.close();
    const after = await filesUnder(dir);
    expect(after.get('trips/index-2024.json')).toBe(newer);
    expect([...after.keys()].filter((rel) => rel.startsWith('corrupt/') || rel.startsWith('backups/trips/index-2024'))).toEqual([]);
  });

  it("opens beside a trip's file from a newer version: named by the trip's title, refused when opened, untouched", async () => {
    const store = await openStore({ dataDir: dir, clock: testClock() });
    await store.apply([createTrip('t1', '2025-05-10', '2025-05-14', 'Hangzhou visit'), createTrip('t2', '2025-06-10', '2025-06-14')]);
    await store.close();
    await put('trips/t1.json', { schemaVersion: 2, events: [], notes: [], followups: [], sessions: [] });
    const newer = (await filesUnder(dir)).get('trips/t1.json');
    const reopened = await openStore({ dataDir: dir, clock: testClock() });
    await expect(reopened.ofTrip('events', 't1')).rejects.toThrow(/^The trip "Hangzhou visit" was saved by a newer version .* cannot be opened or changed here/);
    await expect(reopened.get('events', 'e1', 't1')).rejects.toThrow(/newer version/);
    await expect(reopened.apply([{ collection: 'events', id: 'e1', tripId: 't1', fields: { tripId: 't1', title: 'Call', start: '2025-05-11T01:00:00.000Z', end: '2025-05-11T02:00:00.000Z', timeZone: 'Asia/Shanghai' } }])).rejects.toThrow(/newer version/);
    expect(reopened.notices().map((n) => n.message)).toEqual([expect.stringMatching(/^The trip "Hangzhou visit" was saved by a newer version of Delegation Planner \(data version 2; .*left untouched and read-only here; update the app to open it\.$/)]);
    expect(await reopened.ofTrip('events', 't2')).toEqual([]); // the other trips open as before
    await reopened.close();
    expect((await filesUnder(dir)).get('trips/t1.json')).toBe(newer);
  });

  it('opens beside a meta.json from a newer version: same device, settings for this session only, file untouched', async () => {
    const first = await openStore({ dataDir: dir, clock: testClock() });
    await first.apply([createTrip('t1', '2025-05-10', '2025-05-14')]);
    const deviceId = first.deviceId;
    await first.close();
    await put('meta.json', { schemaVersion: 4, deviceId, createdAt: stamp, profile: { fancy: true } });
    const newer = (await filesUnder(dir)).get('meta.json');
    const store = await openStore({ dataDir: dir, clock: testClock() });
    expect(store.deviceId).toBe(deviceId);
    expect(store.notices().map((n) => n.message)).toEqual([expect.stringMatching(/^The app settings for this computer \(meta\.json\) were saved by a newer version of Delegation Planner \(data version 4; .*left untouched and read-only here/)]);
    expect((await store.all('trips')).map((t) => t.id)).toEqual(['t1']);
    await store.setMeta({ settings: { transferMinutes: 45 } });
    expect(store.meta().settings?.transferMinutes).toBe(45);
    await store.apply([createTrip('t2', '2025-06-10', '2025-06-14')]);
    await store.close();
    expect((await filesUnder(dir)).get('meta.json')).toBe(newer);
    const again = await openStore({ dataDir: dir, clock: testClock() });
    expect((await again.all('trips')).map((t) => t.id).sort()).toEqual(['t1', 't2']);
    await again.close();
  });

  it('still refuses to migrate a newer file by itself, saying so', () => {
    expect(() => migrateToCurrent({ schemaVersion: 7 }, 'trip-index', 'x.json')).toThrow(NewerVersionError);
  });
});
