// Store benchmark: durable save latency and time to open to the trip list, for 1, 10 and 30 years of history, beside
// the SQLite peer holding the same records (WAL, synchronous=FULL) and the physical floor of this disk. Each figure is
// the median of several fresh processes. The naive single lowdb file (rewritten and fsynced per save) stays as the
// history line it always was. Targets (issue 12): save p95 ≤ 2× SQLite's; data folder ≤ 1.2× the naive file.
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import { type Fixture, YEARS, fixture, writeNaive } from './fixture';
import { prng } from './history';
import type { BenchModule } from './module';
import { runPair, runProbe } from './probes';
import { collectGarbage, percentile, report, reportSpread } from './report';
import type { PeerData } from './sqlite-peer';
import { scoreboard, summarize } from './targets';

/** Fresh processes per figure: five for the 10-year row the targets use, three for the scaling rows. */
const runsFor = (years: number) => (years === 10 ? 5 : 3);
const RUNS = 5;
const NAIVE_SAVES = 20; // each costs hundreds of milliseconds
const FLOOR_SAMPLES = 200;

async function time(action: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await action();
  return performance.now() - started;
}

/** What any durable save must pay on this disk: an append + fsync (a log), and an atomic file replace. */
async function floor(dir: string): Promise<void> {
  const log = await fs.open(path.join(dir, 'floor.log'), 'a');
  const line = Buffer.alloc(199, 'x').toString() + '\n';
  const appends: number[] = [];
  for (let i = 0; i < FLOOR_SAMPLES; i++) appends.push(await time(async () => (await log.appendFile(line), await log.sync())));
  await log.close();
  const body = Buffer.alloc(20_000, 'y');
  const target = path.join(dir, 'floor.json');
  const replaces: number[] = [];
  for (let i = 0; i < FLOOR_SAMPLES / 2; i++) {
    replaces.push(
      await time(async () => {
        const temp = await fs.open(`${target}.tmp`, 'w');
        await temp.writeFile(body);
        await temp.sync();
        await temp.close();
        await fs.rename(`${target}.tmp`, target);
        const folder = await fs.open(dir, 'r');
        await folder.sync();
        await folder.close();
      }),
    );
  }
  report('floor: append 200 B + fsync p50', percentile(appends, 50), 'ms');
  report('floor: append 200 B + fsync p95', percentile(appends, 95), 'ms');
  report('floor: temp + fsync + rename + fsync-dir of 20 KB p50', percentile(replaces, 50), 'ms');
  report('floor: temp + fsync + rename + fsync-dir of 20 KB p95', percentile(replaces, 95), 'ms');
}

/** The naive single file, rewritten whole (and fsynced) for each event edit: the old comparison, kept as history. */
async function naiveSaves(file: string): Promise<number[]> {
  const db = new Low<PeerData>(new JSONFile(file), {} as PeerData);
  await db.read();
  const rand = prng(8);
  const samples: number[] = [];
  for (let i = 0; i < NAIVE_SAVES; i++) {
    const events = db.data.events;
    const k = Math.floor(rand() * events.length);
    samples.push(await time(() => ((events[k] = { ...events[k]!, title: `Courtesy call ${i}` }), writeNaive(file, db))));
  }
  return samples;
}

/** One row per history length: the app and SQLite side by side. Returns the 10-year save figures for the targets. */
async function row(f: Fixture) {
  const y = `${f.years}-year`;
  const trips = f.tripIds.length + 1;
  const check = (runs: { trips: number }[], who: string) => {
    if (runs.some((r) => r.trips !== trips)) throw new Error(`${who} opened ${runs.map((r) => r.trips).join('/')} trips, expected ${trips}`);
  };
  report(`data folder (${y}, without backups)`, f.bytes.folder / 1e6, 'MB');
  report(`sqlite file (${y}, with its FTS5 index)`, f.bytes.sqlite / 1e6, 'MB');
  report(`naive single file (${y})`, f.bytes.naive / 1e6, 'MB');
  const { a: open, b: sqliteOpen } = await runPair(['app-open', [f.dataDir]], ['sqlite-open', [f.sqliteFile]], runsFor(f.years));
  check(open, 'the store');
  check(sqliteOpen, 'SQLite');
  reportSpread(`open to trip list, fresh process (${y})`, summarize(open.map((r) => r.ms)), 'ms');
  reportSpread(`sqlite open to trip list, fresh process (${y})`, summarize(sqliteOpen.map((r) => r.ms)), 'ms');
  const { a: saves, b: sqliteSaves } = await runPair(['app-save', [f.dataDir]], ['sqlite-save', [f.sqliteFile]], runsFor(f.years));
  reportSpread(`save p50 (event edit, ${y})`, summarize(saves.map((r) => r.p50)), 'ms');
  reportSpread(`save p95 (event edit, ${y})`, summarize(saves.map((r) => r.p95)), 'ms');
  reportSpread(`sqlite save p50 (event UPDATE, WAL, synchronous=FULL, ${y})`, summarize(sqliteSaves.map((r) => r.p50)), 'ms');
  reportSpread(`sqlite save p95 (event UPDATE, WAL, synchronous=FULL, ${y})`, summarize(sqliteSaves.map((r) => r.p95)), 'ms');
  return { saves, sqliteSaves, open };
}

export const storeBench: BenchModule = {
  name: 'store',
  async run() {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'planner-bench-floor-'));
    await floor(dir).finally(() => fs.rm(dir, { recursive: true, force: true }));
    for (const years of YEARS) {
      const f = await fixture(years);
      collectGarbage();
      const { saves, sqliteSaves } = await row(f);
      if (years !== 10) continue;
      // Run i of each side ran back to back (runPair), so each ratio compares the two at the same load.
      const ratios = summarize(saves.map((s, i) => s.p95 / sqliteSaves[i]!.p95));
      scoreboard.check('save p95 vs sqlite (10-year)', ratios.median, '×', ratios);
      scoreboard.check('data folder vs naive single file (10-year)', f.bytes.folder / f.bytes.naive, '×');
      report('data folder vs sqlite file (10-year)', f.bytes.folder / f.bytes.sqlite, '×');
      const naive = await naiveSaves(f.naiveFile);
      report(`naive save p50 (event edit, ${NAIVE_SAVES} saves, 10-year)`, percentile(naive, 50), 'ms');
      report(`naive save p95 (event edit, ${NAIVE_SAVES} saves, 10-year)`, percentile(naive, 95), 'ms');
      report('speed-up p95 vs naive single file (event edit, 10-year)', percentile(naive, 95) / summarize(saves.map((s) => s.p95)).median, '×');
      const naiveOpen = await runProbe('naive-open', [f.naiveFile], RUNS);
      reportSpread('naive open to trip list, fresh process (10-year)', summarize(naiveOpen.map((r) => r.ms)), 'ms');
    }
  },
};
