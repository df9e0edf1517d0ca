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

  it('refuses a file from a newer version without touching or moving it', async () => {
    await put('meta.json', { schemaVersion: 1, deviceId: 'd1', createdAt: stamp, samplesAnswered: true });
    await put('trips/index-2024.json', { schemaVersion: 7, trips: [] });
    const before = await filesUnder(dir);
    await expect(openStore({ dataDir: dir, clock: testClock() })).rejects.toThrow(NewerVersionError);
    await expect(openStore({ dataDir: dir, clock: testClock() })).rejects.toThrow(/newer version of Delegation Planner/);
    expect(await filesUnder(dir)).toEqual(before);
  });
});
