// Store benchmark: durable save latency and time to open, on a 10-year history, beside a naive single-file lowdb
// store of the same data (with fsync, so both pay for durability). Targets: save p95 ≤ 10 ms and ≥ 50× faster than
// the single file; open ≤ 300 ms.
import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import { openStore } from '../../electron/backend/store';
import type { Store } from '../../electron/backend/store/types';
import { generateHistory, prng } from './history';
import { collectGarbage, percentile, report } from './report';
import type { BenchModule } from './run';

const SAVES = 200;
const NAIVE_SAVES = 20; // each costs hundreds of milliseconds
const OPEN_RUNS = 5;
const here = path.dirname(fileURLToPath(import.meta.url));
const clock = { now: () => Date.now() };

type NaiveData = Record<'trips' | 'events' | 'notes' | 'followups' | 'members' | 'organisations' | 'contacts', { id: string; [k: string]: unknown }[]>;

async function time(action: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await action();
  return performance.now() - started;
}

async function seed(dataDir: string): Promise<{ tripIds: string[] }> {
  const history = generateHistory();
  const store = await openStore({ dataDir, clock });
  const started = performance.now();
  for (const batch of history.directory) await store.apply(batch);
  // Ten trips at a time: their saves share group writes.
  for (let i = 0; i < history.trips.length; i += 10) await Promise.all(history.trips.slice(i, i + 10).map((t) => store.apply(t.mutations)));
  await store.close();
  report('seed 10-year history through apply()', (performance.now() - started) / 1000, 's');
  return { tripIds: history.trips.map((t) => t.tripId) };
}

/** Opens in a fresh process (nothing warm but the OS file cache) and returns the median of a few runs. */
async function openTime(kind: 'store' | 'naive', target: string): Promise<number> {
  const runs: number[] = [];
  for (let i = 0; i < OPEN_RUNS; i++) {
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', path.join(here, 'open-probe.ts'), kind, target], { maxBuffer: 1 << 20 });
    const result = JSON.parse(stdout.trim().split('\n').at(-1)!) as { ms: number; trips: number };
    if (result.trips !== 500) throw new Error(`open probe saw ${result.trips} trips, expected 500`);
    runs.push(result.ms);
  }
  return percentile(runs, 50);
}

async function storeSaves(store: Store, tripIds: string[]) {
  const rand = prng(7);
  const eventEdit: number[] = [];
  const firstTouch: number[] = [];
  for (let i = 0; i < SAVES; i++) {
    const tripId = tripIds[Math.floor(rand() * tripIds.length)]!;
    // The trip is open on screen when someone edits its event: its file is loaded before the save is timed...
    const events = await store.ofTrip('events', tripId);
    const event = events[Math.floor(rand() * events.length)]!;
    eventEdit.push(await time(() => store.apply([{ collection: 'events', id: event.id, tripId, fields: { title: `Courtesy call ${i}` } }])));
  }
  for (let i = 0; i < 50; i++) {
    // ...but a save from elsewhere (a sync, a bulk action) may be the first touch of a trip's file.
    const tripId = tripIds[(i * 37 + 11) % tripIds.length]!;
    const id = `${tripId}-ev${String(i % 50).padStart(2, '0')}`;
    firstTouch.push(await time(() => store.apply([{ collection: 'events', id, tripId, fields: { title: `Bulk edit ${i}` } }])));
  }
  const organisations = await store.all('organisations');
  const orgRename: number[] = [];
  for (let i = 0; i < SAVES; i++) {
    const org = organisations[Math.floor(rand() * organisations.length)]!;
    orgRename.push(await time(() => store.apply([{ collection: 'organisations', id: org.id, fields: { name: { ...org.name, en: `${org.name.en} (${i})` } } }])));
  }
  return { eventEdit, firstTouch, orgRename };
}

async function writeNaive(file: string, db: Low<NaiveData>): Promise<void> {
  await db.write();
  // lowdb renames a temp file over the target but never fsyncs: add what our store pays for durability.
  const handle = await fs.open(file, 'r+');
  await handle.sync();
  await handle.close();
  const dir = await fs.open(path.dirname(file), 'r');
  await dir.sync();
  await dir.close();
}

async function naiveSaves(file: string) {
  const db = new Low<NaiveData>(new JSONFile(file), {} as NaiveData);
  await db.read();
  const rand = prng(8);
  const eventEdit: number[] = [];
  const orgRename: number[] = [];
  for (let i = 0; i < NAIVE_SAVES; i++) {
    const events = db.data.events;
    const k = Math.floor(rand() * events.length);
    eventEdit.push(await time(() => ((events[k] = { ...events[k]!, title: `Courtesy call ${i}` }), writeNaive(file, db))));
  }
  for (let i = 0; i < NAIVE_SAVES; i++) {
    const orgs = db.data.organisations;
    const k = Math.floor(rand() * orgs.length);
    orgRename.push(await time(() => ((orgs[k] = { ...orgs[k]!, sector: `Renamed ${i}` }), writeNaive(file, db))));
  }
  return { eventEdit, orgRename };
}

async function exportNaive(store: Store, tripIds: string[], file: string): Promise<number> {
  const data: NaiveData = { trips: [], events: [], notes: [], followups: [], members: [], organisations: [], contacts: [] };
  data.trips = await store.all('trips');
  for (const c of ['members', 'organisations', 'contacts'] as const) data[c] = await store.all(c);
  for (const tripId of tripIds) for (const c of ['events', 'notes', 'followups'] as const) data[c].push(...(await store.ofTrip(c, tripId)));
  const db = new Low<NaiveData>(new JSONFile(file), data);
  await writeNaive(file, db);
  return (await fs.stat(file)).size;
}

async function folderSize(dir: string): Promise<{ bytes: number; files: number; largest: number }> {
  let bytes = 0;
  let files = 0;
  let largest = 0;
  for (const entry of await fs.readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || entry.parentPath.includes(`${path.sep}backups`)) continue;
    const size = (await fs.stat(path.join(entry.parentPath, entry.name))).size;
    bytes += size;
    files++;
    largest = Math.max(largest, size);
  }
  return { bytes, files, largest };
}

export const storeBench: BenchModule = {
  name: 'store',
  async run() {
    const root = await fs.mkdtemp(path.join(os.tmpdir(), 'planner-bench-'));
    try {
      const dataDir = path.join(root, 'data');
      const naiveFile = path.join(root, 'naive', 'db.json');
      await fs.mkdir(path.dirname(naiveFile), { recursive: true });
      const { tripIds } = await seed(dataDir);
      const size = await folderSize(dataDir);
      report('data folder (without backups)', size.bytes / 1e6, 'MB');
      report('data folder files', size.files, 'files');
      report('largest file in the data folder', size.largest / 1e3, 'KB');

      const store = await openStore({ dataDir, clock });
      report('naive single file size', (await exportNaive(store, tripIds, naiveFile)) / 1e6, 'MB');
      await store.close();
      collectGarbage();

      const ours = { open: await openTime('store', dataDir) };
      const naiveOpen = await openTime('naive', naiveFile);
      report('open to trip index (store, fresh process, median of 5)', ours.open, 'ms');
      report('open to trip index (naive single file, fresh process, median of 5)', naiveOpen, 'ms');

      collectGarbage();
      const session = await openStore({ dataDir, clock });
      const saves = await storeSaves(session, tripIds);
      await session.close();
      report('save p50 (event edit)', percentile(saves.eventEdit, 50), 'ms');
      report('save p95 (event edit)', percentile(saves.eventEdit, 95), 'ms');
      report("save p95 (event edit, trip's file not loaded yet)", percentile(saves.firstTouch, 95), 'ms');
      report('save p50 (organisation rename)', percentile(saves.orgRename, 50), 'ms');
      report('save p95 (organisation rename)', percentile(saves.orgRename, 95), 'ms');

      collectGarbage();
      const naive = await naiveSaves(naiveFile);
      report(`naive save p50 (event edit, ${NAIVE_SAVES} saves)`, percentile(naive.eventEdit, 50), 'ms');
      report(`naive save p95 (event edit, ${NAIVE_SAVES} saves)`, percentile(naive.eventEdit, 95), 'ms');
      report(`naive save p50 (organisation rename, ${NAIVE_SAVES} saves)`, percentile(naive.orgRename, 50), 'ms');
      report(`naive save p95 (organisation rename, ${NAIVE_SAVES} saves)`, percentile(naive.orgRename, 95), 'ms');
      report('speed-up p95 (event edit)', percentile(naive.eventEdit, 95) / percentile(saves.eventEdit, 95), '×');
      report('speed-up p95 (organisation rename)', percentile(naive.orgRename, 95) / percentile(saves.orgRename, 95), '×');
      report('speed-up open to trip index', naiveOpen / ours.open, '×');
    } finally {
      await fs.rm(root, { recursive: true, force: true });
    }
  },
};
