// Long exports are made off the thread that answers calls (issue 12, item 5): with the ten-year directory (15,000
// contacts, 5,000 organisations) and a slice of its trips, a contacts workbook and a backup are made in the worker;
// trips.list answers while they are made, export.progress pushes arrive, the bytes are those the calling-thread code
// makes from the same records (for the workbook, the same files inside the zip), and a worker that fails says so in words while the app carries on.
import JSZip from 'jszip';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ExportFile, ExportProgress, InputOf } from '../../../../../shared/contract';
import { createBackend, type LocalBackend } from '../../../../../electron/backend';
import { collectAll } from '../../../../../electron/backend/backup/collect';
import { encodeBackup } from '../../../../../electron/backend/backup/format';
import { buildTable } from '../../../../../electron/backend/export/tables/build';
import { toCsv } from '../../../../../electron/backend/export/tables/csv';
import { toXlsx } from '../../../../../electron/backend/export/tables/xlsx';
import { openStore } from '../../../../../electron/backend/store';
import { backupParts, recordCount } from '../../../../../electron/backend/workers/export-tasks';
import { runBounded } from '../../../../../electron/backend/workers/run-bounded';
import type * as WorkerEntry from '../../../../../electron/backend/workers/worker-entry';
import { workerEntry } from '../../../../../electron/backend/workers/worker-entry';
import { generateHistory } from '../../../../bench/history';
import { tempDir } from '../../../helpers/tmp';

// A worker that cannot start, on demand: the rest of the time the real entry.
const broken = vi.hoisted(() => ({ on: false }));
vi.mock('../../../../../electron/backend/workers/worker-entry', async (importOriginal) => {
  const real = await importOriginal<typeof WorkerEntry>();
  return { ...real, workerEntry: () => (broken.on ? Promise.resolve(new URL('data:text/javascript,throw new Error("the worker broke")')) : real.workerEntry()) };
});

const NOW = Date.parse('2026-01-05T02:00:00Z');
const clock = { now: () => NOW };
const TRIPS = 20;

let dir: string;
let cleanup: () => Promise<void>;
let backend: LocalBackend;
const pushes: ExportProgress[] = [];

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir('planner-offthread-'));
  const history = generateHistory(20150101, 10);
  const store = await openStore({ dataDir: dir, clock });
  for (const batch of history.directory) await store.apply(batch);
  for (const trip of history.trips.slice(0, TRIPS)) await store.apply(trip.mutations);
  await store.close();
  backend = await createBackend({ dataDir: dir, clock });
  backend.onPush((event, payload) => {
    if (event === 'export.progress') pushes.push(payload as ExportProgress);
  });
  // Run from the sources, the worker is bundled on first use; the built app ships it ready.
  await workerEntry();
}, 240_000);

afterAll(async () => {
  await backend?.close();
  await cleanup?.();
});

async function call<M extends 'export.table' | 'backup.export' | 'trips.list'>(method: M, input: InputOf<M>) {
  const reply = await backend.dispatch(method, input);
  if (!reply.ok) throw new Error(`${method} failed: ${reply.error.message}`);
  return reply.result as M extends 'trips.list' ? unknown[] : ExportFile;
}

function bytesOf(file: ExportFile): Buffer {
  const { bytes } = backend.heldFile(file.id);
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/**
 * Starts an export and, once its first `making` push says the worker is at it, asks for the trip list: that answer
 * must come while the file is still being made.
 */
async function whileMaking(jobId: string, start: () => Promise<ExportFile>) {
  let finished = false;
  const exported = start().finally(() => (finished = true));
  const making = await new Promise<boolean>((resolve) => {
    const stop = backend.onPush((event, payload) => {
      if (event === 'export.progress' && (payload as ExportProgress).jobId === jobId && (payload as ExportProgress).phase === 'making') {
        stop();
        resolve(true);
      }
    });
    void exported.then(() => resolve(false), () => resolve(false));
  });
  expect(making, 'a making push before the export finished').toBe(true);
  const trips = await call('trips.list', {});
  const answeredWhileMaking = !finished;
  return { file: await exported, trips, answeredWhileMaking };
}

async function entries(bytes: Buffer): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, string>();
  for (const [name, entry] of Object.entries(zip.files)) if (!entry.dir) out.set(name, await entry.async('string'));
  return out;
}

/** The same record gathering and building on the calling thread, as the app did before (backend closed meanwhile). */
async function onCallingThread<T>(build: (store: Awaited<ReturnType<typeof openStore>>) => Promise<T>): Promise<T> {
  await backend.close();
  const store = await openStore({ dataDir: dir, clock });
  try {
    return await build(store);
  } finally {
    await store.close();
    backend = await createBackend({ dataDir: dir, clock });
    backend.onPush((event, payload) => {
      if (event === 'export.progress') pushes.push(payload as ExportProgress);
    });
  }
}

describe('exports made off the calling thread', () => {
  it('makes the 15,000-contact workbook in the worker, answers trips.list meanwhile, and writes what the calling thread wrote', async () => {
    const { file, trips, answeredWhileMaking } = await whileMaking('contacts-xlsx', () => call('export.table', { table: 'contacts', format: 'xlsx', jobId: 'contacts-xlsx' }));
    expect(trips).toHaveLength(TRIPS);
    expect(answeredWhileMaking).toBe(true);
    const mine = pushes.filter((p) => p.jobId === 'contacts-xlsx');
    expect(mine[0]).toMatchObject({ phase: 'gathering' });
    expect(mine.filter((p) => p.phase === 'making').map((p) => p.done)).toEqual([0, ...Array.from({ length: 15 }, (_, i) => (i + 1) * 1000)]);
    expect(mine.at(-1)).toMatchObject({ phase: 'making', total: 15_000 });

    const made = await entries(bytesOf(file));
    const expected = await onCallingThread(async (store) => entries(Buffer.from(await toXlsx(await buildTable(store, 'contacts'), new Date(NOW)))));
    // The zip's own entry dates are the wall clock's; every file inside is the same.
    expect([...made.keys()].sort()).toEqual([...expected.keys()].sort());
    for (const [name, text] of expected) expect(made.get(name), name).toBe(text);
  }, 120_000);

  it('makes the same CSV bytes in the worker as on the calling thread', async () => {
    const file = await call('export.table', { table: 'contacts', format: 'csv', jobId: 'contacts-csv' });
    expect(pushes.some((p) => p.jobId === 'contacts-csv' && p.phase === 'making')).toBe(true);
    const made = bytesOf(file);
    const expected = await onCallingThread(async (store) => Buffer.from(toCsv(await buildTable(store, 'contacts'))));
    expect(made.equals(expected)).toBe(true);
  }, 120_000);

  it('makes a backup in the worker with progress and answers trips.list meanwhile', async () => {
    const { file, answeredWhileMaking } = await whileMaking('backup', () => call('backup.export', { jobId: 'backup' }));
    expect(answeredWhileMaking).toBe(true);
    const mine = pushes.filter((p) => p.jobId === 'backup');
    expect(mine.filter((p) => p.phase === 'gathering').at(-1)).toMatchObject({ done: TRIPS, total: TRIPS });
    const making = mine.filter((p) => p.phase === 'making');
    expect(making.length).toBeGreaterThan(10); // 20,000 directory records and the trips', 2,000 at a time
    expect(making.at(-1)!.done).toBe(making.at(-1)!.total);

    // A whole backup of what the store holds: every collection, counted as the store counts it.
    const { header } = JSON.parse(gunzipSync(bytesOf(file)).toString('utf8')) as { header: { counts: Record<string, number> } };
    expect(header.counts).toMatchObject({ trips: TRIPS, members: 120, organisations: 5000, contacts: 15_000 });
  }, 120_000);

  it('encodes a backup in the worker to the very bytes the calling thread encoded from the same records', async () => {
    // The store lists some collections in no fixed order from one opening to the next, so both encodings are made
    // from one gathering.
    const { made, expected } = await onCallingThread(async (store) => {
      const data = await collectAll(store);
      const about = { exportedAt: new Date(NOW).toISOString(), deviceId: store.deviceId, appVersion: '1.2.3' };
      const inWorker = await runBounded('backup.encode', { about, total: recordCount(data) }, { what: 'The backup', doing: 'make', parts: backupParts(data) });
      return { made: Buffer.from(inWorker), expected: await encodeBackup(data, about) };
    });
    expect(made.length).toBeGreaterThan(100_000);
    expect(made.equals(expected)).toBe(true);
  }, 120_000);

  it('says in words when the worker fails, changes nothing, and the next export works', async () => {
    broken.on = true;
    try {
      const reply = await backend.dispatch('backup.export', {});
      expect(reply.ok).toBe(false);
      if (reply.ok) return;
      expect(reply.error).toMatchObject({ code: 'internal', details: { reason: 'worker' } });
      expect(reply.error.message).toMatch(/^The backup could not be made: the worker broke\. Nothing was changed\./);
      const table = await backend.dispatch('export.table', { table: 'contacts', format: 'csv' });
      expect(table.ok).toBe(false);
      if (!table.ok) expect(table.error.message).toMatch(/^The contacts table could not be made/);
    } finally {
      broken.on = false;
    }
    expect(await call('trips.list', {})).toHaveLength(TRIPS);
    const file = await call('backup.export', {});
    expect(bytesOf(file).length).toBeGreaterThan(1000);
  }, 120_000);
});
