// The histories every module measures, built once per run into one temp folder: for 1, 10 and 30 years, the app's data
// folder (seeded through store.apply, as the app writes), the naive single lowdb file and the SQLite peer, all holding
// the same records (the file and the peer are loaded from what the store holds). Each history also has one 200-event
// trip (the "open 200-event trip" and "itinerary PDF" figures). Built lazily, so running one module builds
// only what it needs; run.ts removes the folder at the end.
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import { openStore } from '../../electron/backend/store';
import type { Mutation } from '../../electron/backend/store/types';
import { generateHistory } from './history';
import { report } from './report';
import { COLLECTIONS, type PeerData, buildPeer } from './sqlite-peer';

export const clock = { now: () => Date.now() };
export const BIG_TRIP = 'trip-bench-200';
/** The history lengths each scaling row is measured for; BENCH_YEARS=1 makes a quick run while developing a module. */
export const YEARS = (process.env.BENCH_YEARS ?? '1,10,30').split(',').map(Number);

export interface Fixture {
  years: number;
  dataDir: string;
  naiveFile: string;
  sqliteFile: string;
  tripIds: string[];
  /** Measured right after seeding, before any module edits the folder. */
  bytes: { folder: number; naive: number; sqlite: number };
}

let root: Promise<string> | undefined;
const built = new Map<number, Promise<Fixture>>();

export function fixture(years: number): Promise<Fixture> {
  let f = built.get(years);
  if (!f) built.set(years, (f = build(years)));
  return f;
}

export async function removeFixtures(): Promise<void> {
  if (root) await fs.rm(await root, { recursive: true, force: true });
}

/** 200 events over ten days in Shanghai, as a busy trip's itinerary would have. */
function bigTrip(): Mutation[] {
  const tripId = BIG_TRIP;
  const leg = { id: `${tripId}-leg0`, city: 'Shanghai', country: 'China', timeZone: 'Asia/Shanghai', startDate: '2024-11-04', endDate: '2024-11-13' };
  const trip: Mutation = { collection: 'trips', id: tripId, fields: { title: 'Bench: 200-event mission to Shanghai', purpose: 'Meet AI and fintech companies.', organisingBody: 'Trade and Industry Bureau', status: 'confirmed', startDate: leg.startDate, endDate: leg.endDate, legs: [leg], memberIds: ['mem-0001', 'mem-0002', 'mem-0003'] } };
  const events: Mutation[] = Array.from({ length: 200 }, (_, i) => {
    const start = Date.UTC(2024, 10, 4 + (i % 10), 0, 30 * Math.floor(i / 10));
    return {
      collection: 'events',
      id: `${tripId}-ev${String(i).padStart(3, '0')}`,
      tripId,
      fields: { tripId, kind: 'meeting', title: `Meeting ${i + 1} with Company ${i % 20}`, start: new Date(start).toISOString(), end: new Date(start + 1_800_000).toISOString(), timeZone: 'Asia/Shanghai', venue: { en: `Tower ${i + 1}, Lujiazui`, zh: `陸家嘴第${i + 1}大廈` }, organisationIds: [`org-${String(i).padStart(5, '0')}`], contactIds: [`con-${String(i).padStart(5, '0')}`], memberIds: ['mem-0001', 'mem-0002'], status: 'confirmed', description: 'Courtesy call and a discussion of setting up in Hong Kong.' },
    };
  });
  return [trip, ...events];
}

export async function folderBytes(dir: string): Promise<number> {
  let bytes = 0;
  for (const entry of await fs.readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && !entry.parentPath.includes(`${path.sep}backups`)) bytes += (await fs.stat(path.join(entry.parentPath, entry.name))).size;
  }
  return bytes;
}

/** lowdb renames a temp file over the target but never fsyncs: add what our store pays for durability. */
export async function writeNaive(file: string, db: Low<PeerData>): Promise<void> {
  await db.write();
  const handle = await fs.open(file, 'r+');
  await handle.sync();
  await handle.close();
  const dir = await fs.open(path.dirname(file), 'r');
  await dir.sync();
  await dir.close();
}

async function build(years: number): Promise<Fixture> {
  root ??= fs.mkdtemp(path.join(os.tmpdir(), 'planner-bench-'));
  const base = path.join(await root, `${years}y`);
  const dataDir = path.join(base, 'data');
  const naiveFile = path.join(base, 'naive', 'db.json');
  const sqliteFile = path.join(base, 'sqlite', 'planner.db');
  await fs.mkdir(path.dirname(naiveFile), { recursive: true });
  await fs.mkdir(path.dirname(sqliteFile), { recursive: true });

  let started = performance.now();
  const history = generateHistory(undefined, years);
  const store = await openStore({ dataDir, clock });
  for (const batch of history.directory) await store.apply(batch);
  // Ten trips at a time: their saves share group writes.
  for (let i = 0; i < history.trips.length; i += 10) await Promise.all(history.trips.slice(i, i + 10).map((t) => store.apply(t.mutations)));
  await store.apply(bigTrip());
  await store.close();
  report(`seed ${years}-year history through apply()`, (performance.now() - started) / 1000, 's');
  const tripIds = history.trips.map((t) => t.tripId);

  started = performance.now();
  const reader = await openStore({ dataDir, clock });
  const data = Object.fromEntries(COLLECTIONS.map((c) => [c, []])) as unknown as PeerData;
  data.trips = await reader.all('trips');
  for (const c of ['members', 'organisations', 'contacts'] as const) data[c] = await reader.all(c);
  for (const tripId of [...tripIds, BIG_TRIP]) for (const c of ['events', 'notes', 'followups'] as const) data[c].push(...(await reader.ofTrip(c, tripId)));
  await reader.close();
  await writeNaive(naiveFile, new Low<PeerData>(new JSONFile(naiveFile), data));
  buildPeer(sqliteFile, data);
  report(`load the same ${years}-year history into the naive file and SQLite`, (performance.now() - started) / 1000, 's');

  const bytes = { folder: await folderBytes(dataDir), naive: (await fs.stat(naiveFile)).size, sqlite: await folderBytes(path.dirname(sqliteFile)) };
  return { years, dataDir, naiveFile, sqliteFile, tripIds, bytes };
}
