// Measurements that must start from a fresh process (nothing warm but the OS file cache), and the driver that runs
// one several times and hands back every run's answer. probe.ts is the process; the modules call runProbe().
import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import type { Backend } from '../../electron/backend';
import { openStore } from '../../electron/backend/store';
import { BIG_TRIP, clock } from './fixture';
import { prng } from './history';
import { QUERIES } from './queries';
import { percentile } from './report';
import { openPeer, peerEvents, peerSaveEventTitle, peerSearch, peerTrips } from './sqlite-peer';

const SAVES = 200;
/** A person's pause between seeing a screen and the next click (see app-pdf-after-first-screen). */
export const USER_PAUSE_MS = 2_000;
const here = path.dirname(fileURLToPath(import.meta.url));
const mb = () => process.memoryUsage().rss / 1e6;
// Loaded by the probes that need them, before their clock starts: each probe is a fresh process, and on a loaded
// machine importing the whole backend (and Chromium's driver) for a probe that only opens the store costs seconds.
const backendModule = () => import('../../electron/backend');

async function timed<T>(action: () => T | Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await action();
  return { ms: performance.now() - started, value };
}

async function backendCall(backend: Backend, method: string, input: unknown): Promise<unknown> {
  const reply = await backend.dispatch(method, input);
  if (!reply.ok) throw new Error(`${method} failed: ${reply.error.message}`);
  return reply.result;
}

/** Times every query of the mix `rounds` times; `found` is the queries with at least one hit. */
async function queryMix(search: (text: string) => Promise<number>, rounds: number): Promise<{ p95: number; found: string[] }> {
  const samples: number[] = [];
  const found = new Set<string>();
  for (let round = 0; round < rounds; round++) {
    for (const text of QUERIES) {
      const started = performance.now();
      const hits = await search(text);
      samples.push(performance.now() - started);
      if (hits > 0) found.add(text);
    }
  }
  return { p95: samples.length ? percentile(samples, 95) : 0, found: [...found] };
}

export const probes = {
  /** Open to the trip list, as the app starts. */
  async 'app-open'(dataDir: string) {
    const { ms, value } = await timed(async () => (await (await openStore({ dataDir, clock })).all('trips')).length);
    return { ms, trips: value };
  },
  async 'naive-open'(file: string) {
    const { ms, value } = await timed(async () => {
      const db = new Low<{ trips: unknown[] }>(new JSONFile(file), { trips: [] });
      await db.read();
      return db.data.trips.length;
    });
    return { ms, trips: value };
  },
  async 'sqlite-open'(file: string) {
    const { ms, value } = await timed(() => peerTrips(openPeer(file)).length);
    return { ms, trips: value };
  },

  /** Durable event edits on trips already open on screen (their file loaded before the clock starts). */
  async 'app-save'(dataDir: string) {
    const store = await openStore({ dataDir, clock });
    const trips = (await store.all('trips')).map((t) => t.id);
    const rand = prng(7);
    const samples: number[] = [];
    for (let i = 0; i < SAVES; i++) {
      const tripId = trips[Math.floor(rand() * trips.length)]!;
      const events = await store.ofTrip('events', tripId);
      const event = events[Math.floor(rand() * events.length)]!;
      // A title no earlier run gave it: an unchanged record would be a save with nothing to write.
      const { ms, value } = await timed(() => store.apply([{ collection: 'events', id: event.id, tripId, fields: { title: `Courtesy call ${i} (${process.pid})` } }]));
      if (value.length !== 1) throw new Error(`save ${i} changed ${value.length} records, expected 1`);
      samples.push(ms);
    }
    await store.close();
    return { p50: percentile(samples, 50), p95: percentile(samples, 95) };
  },
  async 'sqlite-save'(file: string) {
    const db = openPeer(file);
    const trips = peerTrips(db).map((t) => t.id);
    const rand = prng(7);
    const samples: number[] = [];
    for (let i = 0; i < SAVES; i++) {
      const events = peerEvents(db, trips[Math.floor(rand() * trips.length)]!);
      const event = events[Math.floor(rand() * events.length)]!;
      samples.push((await timed(() => peerSaveEventTitle(db, event, `Courtesy call ${i} (${process.pid})`))).ms);
    }
    db.close();
    return { p50: percentile(samples, 50), p95: percentile(samples, 95) };
  },

  /** The first search after start (the app builds its index then), the memory it leaves, then the mix `rounds` times. */
  async 'app-search'(dataDir: string, rounds = '0') {
    const { createBackend } = await backendModule();
    const backend = await createBackend({ dataDir, clock });
    type Results = { groups: { hits: unknown[] }[]; indexing?: unknown };
    const search = async (text: string) => ((await backendCall(backend, 'search.query', { text, limit: 8 })) as Results).groups.length;
    const first = await timed(() => backendCall(backend, 'search.query', { text: 'investment', limit: 8 }) as Promise<Results>);
    const rssMb = mb();
    const mix = await queryMix(search, Number(rounds));
    await backend.close();
    // A first search answered while the index was being rebuilt would be fast but incomplete: say so.
    return { firstMs: first.ms, firstIndexing: first.value.indexing !== undefined, rssMb, ...mix };
  },
  async 'sqlite-search'(file: string, rounds = '0') {
    const db = openPeer(file);
    const search = (text: string) => Promise.resolve(peerSearch(db, text).length);
    const first = await timed(() => search('investment'));
    const mix = await queryMix(search, Number(rounds));
    db.close();
    return { firstMs: first.ms, ...mix };
  },

  /** What the trip page asks for first (trips.get: the trip with its events), right after start. */
  async 'app-trip'(dataDir: string) {
    const { createBackend } = await backendModule();
    const backend = await createBackend({ dataDir, clock });
    const { ms, value } = await timed(() => backendCall(backend, 'trips.get', { id: BIG_TRIP }) as Promise<{ events: unknown[] }>);
    await backend.close();
    return { ms, events: value.events.length };
  },

  /**
   * The first itinerary PDF at the instant the backend is created, Chromium's launch included (browser mode's renderer):
   * no idle moment, so no warm-up can help. Kept as the worst case beside app-pdf-after-first-screen.
   */
  async 'app-pdf'(dataDir: string) {
    const [{ createBackend }, { createBrowserPdfRenderer }] = await Promise.all([backendModule(), import('../../electron/web/pdf')]);
    const backend = await createBackend({ dataDir, clock, ports: { pdf: createBrowserPdfRenderer() } });
    const { ms, value } = await timed(() => backendCall(backend, 'export.itineraryPdf', { tripId: BIG_TRIP }) as Promise<{ id: string }>);
    // The export answers a handle; the bytes stay in the backend until saved.
    const head = Buffer.from(backend.heldFile(value.id).bytes.subarray(0, 5));
    await backend.close();
    if (!head.equals(Buffer.from('%PDF-'))) throw new Error('not a PDF');
    return { ms };
  },

  /**
   * The first itinerary PDF as a user meets it in browser mode: the server (the same pieces and wiring as
   * electron/web/main.ts: backend, web server, Chromium renderer warmed with the warm-up document by
   * `whenIdleAfterFirstScreen`) answers the first
   * screen's calls; the user looks at the list for USER_PAUSE_MS, opens the 200-event trip (trips.get), takes
   * USER_PAUSE_MS again to choose Export → Itinerary PDF, and the clock runs from that request, over HTTP, until the
   * answer, so whatever of Chromium's launch, page, the HTML and the print is not done yet is counted. `warm` = 'off'
   * leaves the warm-up out (the A of the A/B): the same path with Chromium launched by the export; 'page-only' warms
   * the browser and page without printing the warm-up document (as before decision 022).
   */
  async 'app-pdf-after-first-screen'(dataDir: string, warm = 'on') {
    const [{ createBackend, warmUpDocument }, { createBrowserPdfRenderer }, { startWebServer }] = await Promise.all([backendModule(), import('../../electron/web/pdf'), import('../../electron/web/server')]);
    const pdf = createBrowserPdfRenderer();
    const backend = await createBackend({ dataDir, clock, ports: { pdf } });
    const staticDir = path.join(here, '..', '..', 'dist', 'renderer');
    const web = await startWebServer({ backend, staticDir, port: 0, whenIdleAfterFirstScreen: warm === 'off' ? undefined : () => pdf.prepare?.(warm === 'page-only' ? undefined : warmUpDocument()) });
    const call = async (method: string, input: unknown) => {
      const response = await fetch(`http://127.0.0.1:${web.port}/api/${method}`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${web.token}`, 'Content-Type': 'application/json', Origin: `http://127.0.0.1:${web.port}` },
        body: JSON.stringify(input),
      });
      const reply = (await response.json()) as { ok: boolean; result?: unknown; error?: { message: string } };
      if (!reply.ok) throw new Error(`${method} failed: ${reply.error?.message}`);
      return reply.result;
    };
    const pause = () => new Promise((resolve) => setTimeout(resolve, USER_PAUSE_MS));
    try {
      await Promise.all(['trips.list', 'app.info', 'sync.status'].map((method) => call(method, {})));
      await pause();
      await call('trips.get', { id: BIG_TRIP });
      await pause();
      const { ms, value } = await timed(() => call('export.itineraryPdf', { tripId: BIG_TRIP }) as Promise<{ id: string }>);
      const head = Buffer.from(backend.heldFile(value.id).bytes.subarray(0, 5));
      if (!head.equals(Buffer.from('%PDF-'))) throw new Error('not a PDF');
      return { ms };
    } finally {
      await web.close();
      await backend.close();
    }
  },

  /** Call latency while a 20,000-event calendar is imported. */
  async 'app-import'() {
    return (await import('./import-run')).importWhileCalling();
  },
};

export type ProbeKind = keyof typeof probes;
type Answer<K extends ProbeKind> = Awaited<ReturnType<(typeof probes)[K]>>;

/** Runs a probe in `runs` fresh processes, one after another (never side by side: they would time each other). */
export async function runProbe<K extends ProbeKind>(kind: K, args: string[], runs: number): Promise<Answer<K>[]> {
  const answers: Answer<K>[] = [];
  for (let i = 0; i < runs; i++) {
    const { stdout } = await promisify(execFile)(process.execPath, ['--expose-gc', '--import', 'tsx', path.join(here, 'probe.ts'), kind, ...args], { maxBuffer: 1 << 24 });
    answers.push(JSON.parse(stdout.trim().split('\n').at(-1)!) as Answer<K>);
  }
  return answers;
}

/**
 * Runs two probes in turn, `runs` times (A, B, A, B, ...), so run i of each saw the same moment of a machine whose
 * load drifts: their ratio is then the fairest comparison.
 */
export async function runPair<A extends ProbeKind, B extends ProbeKind>(a: [A, string[]], b: [B, string[]], runs: number): Promise<{ a: Answer<A>[]; b: Answer<B>[] }> {
  const out = { a: [] as Answer<A>[], b: [] as Answer<B>[] };
  for (let i = 0; i < runs; i++) {
    out.a.push(...(await runProbe(a[0], a[1], 1)));
    out.b.push(...(await runProbe(b[0], b[1], 1)));
  }
  return out;
}
