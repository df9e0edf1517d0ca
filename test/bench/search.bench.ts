// Search benchmark: the first search after start and the query mix (queries.ts), the app's search.query beside the
// SQLite peer's FTS5 trigram index over the same text, for 1, 10 and 30 years, each in several fresh processes; and
// which queries each finds (the app must find at least every query SQLite finds). Also, in one process: the index
// build alone and a search right after a note edit. Targets (issue 12): first search ≤ 150 ms, p95 ≤ SQLite's,
// backend RSS after the first search ≤ 250 MB (10-year) and ≤ 300 MB (30-year).
import { createBackend } from '../../electron/backend';
import { indexDir } from '../../electron/backend/search/index-files';
import { SearchIndex } from '../../electron/backend/search/search-index';
import { openStore } from '../../electron/backend/store';
import { type Fixture, YEARS, clock, fixture } from './fixture';
import type { BenchModule } from './module';
import { runPair } from './probes';
import { QUERIES } from './queries';
import { collectGarbage, percentile, report, reportSpread } from './report';
import { scoreboard, summarize } from './targets';

/** Fresh processes per history, and rounds of the query mix in each (the 30-year first search alone takes a while). */
const PLAN: Record<number, { runs: number; rounds: number }> = { 1: { runs: 3, rounds: 3 }, 10: { runs: 3, rounds: 5 }, 30: { runs: 3, rounds: 2 } };

const heapMb = () => {
  collectGarbage();
  return process.memoryUsage().heapUsed / 1e6;
};

/** The index on its own, over records already in memory, so its build time and heap are told apart from the store's. */
async function indexAlone(f: Fixture): Promise<void> {
  const store = await openStore({ dataDir: f.dataDir, clock });
  for (const c of ['organisations', 'contacts'] as const) await store.all(c);
  for (const trip of await store.all('trips')) await Promise.all([store.ofTrip('events', trip.id), store.ofTrip('notes', trip.id), store.ofTrip('followups', trip.id)]);
  const before = heapMb();
  const index = new SearchIndex(store);
  const started = performance.now();
  await index.query('warm', 8);
  report('search index build (10-year, records already in memory)', performance.now() - started, 'ms');
  report('search index heap (10-year)', heapMb() - before, 'MB');
  index.dispose();
  await store.close();
}

/**
 * The index on disk as a running app keeps it: the fixture is seeded through the store alone, so build it once (in the
 * worker, as a rebuild runs) before the fresh processes that measure the first search after start.
 */
async function indexOnDisk(f: Fixture): Promise<void> {
  const store = await openStore({ dataDir: f.dataDir, clock });
  const index = new SearchIndex(store, { dir: indexDir(f.dataDir) });
  const started = performance.now();
  index.warm();
  await index.query('warm', 8);
  await index.settled();
  report(`search index rebuild on disk, in a worker (${f.years}-year)`, performance.now() - started, 'ms');
  await index.close();
  // What the index kept on disk costs in memory once open and queried (the in-memory figure is below, 10-year).
  const before = heapMb();
  const reopened = new SearchIndex(store, { dir: indexDir(f.dataDir) });
  await reopened.query('investment', 8);
  report(`search index heap, on disk once opened and queried (${f.years}-year)`, heapMb() - before, 'MB');
  await reopened.close();
  await store.close();
}

/** An edit then a search: the index takes in the change before answering. */
async function afterEdit(f: Fixture): Promise<void> {
  const backend = await createBackend({ dataDir: f.dataDir, clock });
  const call = async (method: string, input: unknown) => {
    const reply = await backend.dispatch(method, input);
    if (!reply.ok) throw new Error(`${method} failed: ${reply.error.message}`);
  };
  await call('search.query', { text: 'warm', limit: 8 });
  const edits: number[] = [];
  for (let i = 0; i < 20; i++) {
    const tripId = f.tripIds[i * 7]!;
    await call('notes.save', { tripId, eventId: `${tripId}-ev00`, body: `Edited note ${i} about 北部都會區 land supply` });
    const started = performance.now();
    await call('search.query', { text: `edited note ${i}`, limit: 8 });
    edits.push(performance.now() - started);
  }
  report('search p95 right after a note edit (10-year)', percentile(edits, 95), 'ms');
  await backend.close();
}

async function row(f: Fixture) {
  const y = `${f.years}-year`;
  const { runs, rounds } = PLAN[f.years]!;
  const { a: app, b: peer } = await runPair(['app-search', [f.dataDir, String(rounds)]], ['sqlite-search', [f.sqliteFile, String(rounds)]], runs);
  const mix = `${QUERIES.length} queries × ${rounds}`;
  const indexing = app.filter((r) => r.firstIndexing).length;
  console.log(`#   first search answered while the index was still being built (${y}): ${indexing} of ${app.length} runs`);
  reportSpread(`first search after start, app (${y})`, summarize(app.map((r) => r.firstMs)), 'ms');
  reportSpread(`first search after start, sqlite (${y})`, summarize(peer.map((r) => r.firstMs)), 'ms');
  reportSpread(`search p95, app (${y}, ${mix})`, summarize(app.map((r) => r.p95)), 'ms');
  reportSpread(`search p95, sqlite FTS5 trigram (${y}, ${mix})`, summarize(peer.map((r) => r.p95)), 'ms');
  reportSpread(`backend rss after first search, app (${y})`, summarize(app.map((r) => r.rssMb)), 'MB');
  const appFound = new Set(app[0]!.found);
  const peerFound = new Set(peer[0]!.found);
  report(`search queries found, app (${y}, of ${QUERIES.length})`, appFound.size, 'queries');
  report(`search queries found, sqlite (${y}, of ${QUERIES.length})`, peerFound.size, 'queries');
  const missed = [...peerFound].filter((q) => !appFound.has(q));
  const onlyApp = [...appFound].filter((q) => !peerFound.has(q));
  console.log(`#   found by SQLite, missed by the app (${y}): ${missed.length ? missed.map((q) => JSON.stringify(q)).join(', ') : 'none'}`);
  console.log(`#   found by the app only (${y}): ${onlyApp.map((q) => JSON.stringify(q)).join(', ') || 'none'}`);
  return { app, peer, missed };
}

export const searchBench: BenchModule = {
  name: 'search',
  async run() {
    for (const years of YEARS) {
      const f = await fixture(years);
      await indexOnDisk(f);
      collectGarbage();
      const { app, peer, missed } = await row(f);
      const rss = summarize(app.map((r) => r.rssMb));
      if (years === 30) scoreboard.check('backend rss after first search (30-year)', rss.median, 'MB', rss);
      if (years !== 10) continue;
      const first = summarize(app.map((r) => r.firstMs));
      const complete = app.every((r) => !r.firstIndexing);
      scoreboard.check('first search after start (10-year)', first.median, 'ms', first, { what: 'answered from a complete index', holds: complete });
      const ratio = summarize(app.map((r, i) => r.p95 / peer[i]!.p95));
      scoreboard.check('search p95 vs sqlite (10-year)', ratio.median, '×', ratio, { what: 'finds every query SQLite finds', holds: missed.length === 0 });
      scoreboard.check('backend rss after first search (10-year)', rss.median, 'MB', rss);
      await indexAlone(f);
      collectGarbage();
      await afterEdit(f);
    }
  },
};
