// Crash safety: a child process saves in a loop and is killed with SIGKILL at random moments, 200 times. After each
// kill the data folder must open cleanly, hold every save the child reported, and hold each save whole or not at all.
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openStore } from '../../../../../electron/backend/store';
import { makeDataDir, readJson, removeDataDir } from './fixtures';

const KILLS = 200;
const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../../../../..');

interface Child {
  process: ChildProcessWithoutNullStreams;
  printed: number[];
  waitFor(line: string): Promise<void>;
  exited: Promise<void>;
}

/**
 * The child script and the store bundled into one file once: `node --import tsx` costs ~250 ms of CPU per start,
 * which 200 starts on two cores cannot afford. Same source, compiled by the same esbuild that tsx uses.
 */
async function bundleChild(outdir: string): Promise<string> {
  const outfile = path.join(outdir, 'crash-child.mjs');
  await build({ entryPoints: [path.join(here, 'crash-child.ts')], bundle: true, platform: 'node', format: 'esm', outfile, logLevel: 'warning' });
  return outfile;
}

/** Starts a child that loads Node and the store, then waits for "go": the next kill costs no start-up time. */
function startChild(): Child {
  const child = spawn(process.execPath, [childScript], { cwd: root, stdio: 'pipe' });
  const printed: number[] = [];
  const seen = new Set<string>();
  const waiting = new Map<string, () => void>();
  let buffer = '';
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  child.stdout.on('data', (chunk: Buffer) => {
    buffer += chunk.toString();
    const lines = buffer.split('\n');
    buffer = lines.pop()!;
    for (const line of lines) {
      if (/^\d+$/.test(line)) printed.push(Number(line));
      seen.add(line);
      waiting.get(line)?.();
    }
  });
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  return {
    process: child,
    printed,
    exited,
    waitFor: (line) =>
      seen.has(line)
        ? Promise.resolve()
        : new Promise<void>((resolve, reject) => {
            waiting.set(line, resolve);
            void exited.then(() => reject(new Error(`child exited before "${line}": ${stderr}`)));
          }),
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitUntil(test: () => boolean, limitMs: number): Promise<void> {
  const end = Date.now() + limitMs;
  while (!test()) {
    if (Date.now() > end) throw new Error(`gave up waiting after ${limitMs} ms`);
    await sleep(2);
  }
}
let dir: string;
let bundleDir: string;
let childScript: string;
let spare: Child | undefined;

beforeAll(async () => {
  dir = await makeDataDir();
  bundleDir = await makeDataDir();
  childScript = await bundleChild(bundleDir);
});
afterAll(async () => {
  spare?.process.kill('SIGKILL');
  await removeDataDir(dir);
  await removeDataDir(bundleDir);
});

it(`keeps every reported save, whole, across ${KILLS} kills at random moments`, { timeout: 180_000 }, async () => {
  const reported = new Set<number>();
  let duringOpen = 0;
  let amidSaves = 0;
  let compacted = 1;
  spare = startChild();
  for (let i = 0; i < KILLS; i++) {
    const child = spare;
    await child.waitFor('loaded');
    spare = startChild(); // warms up while this one runs
    child.process.stdin.write(`go ${dir}\n`);
    if (i % 4 === 0) {
      await sleep(Math.random() * 15); // sometimes while it opens (and redoes a cut-off save)
      duringOpen++;
    } else {
      await child.waitFor('ready');
      // Half the kills wait for a first completed save, so they land among saves however slow the machine is.
      if (i % 4 !== 3) await waitUntil(() => child.printed.length > 0, 10_000);
      await sleep(Math.random() * 40);
    }
    child.process.kill('SIGKILL');
    await child.exited;
    for (const k of child.printed) reported.add(k);
    if (child.printed.length > 0) amidSaves++; // it had finished a save, so the kill cut the loop of saves
    const store = await openStore({ dataDir: dir, clock: { now: () => Date.now() } });
    expect(store.notices()).toEqual([]);
    const trip = await store.get('trips', 't1');
    if (!trip) {
      expect(reported.size).toBe(0); // killed before the very first save
      await store.close();
      continue;
    }
    const last = Number(trip.title.replace('save ', ''));
    // Every reported save is there; the last save is whole: trip, event, organisation and note agree.
    expect(last).toBeGreaterThanOrEqual(Math.max(0, ...reported));
    expect((await store.get('events', 'e1', 't1'))!.title).toBe(`save ${last}`);
    expect((await store.get('organisations', 'o1'))!.name.en).toBe(`save ${last}`);
    const notes = new Set((await store.ofTrip('notes', 't1')).map((n) => Number(n.id.slice(1))));
    for (const k of reported) expect(notes.has(k)).toBe(true);
    expect(notes.size).toBe(last);
    // The change log agrees with the data: one note change per note, for the saves it still keeps (compaction folds
    // away the oldest segments once the data files hold them, so what is kept is the newest saves, without a gap).
    const oldest = store.oldestSeq();
    const logged = (await store.changes(oldest - 1)).filter((c) => c.collection === 'notes').map((c) => Number(c.id.slice(1)));
    const first = logged.length > 0 ? Math.min(...logged) : last + 1;
    expect(logged.sort((a, b) => a - b)).toEqual(Array.from({ length: last - first + 1 }, (_, i) => first + i));
    compacted = Math.max(compacted, oldest);
    await store.close();

    // On disk the trip is filed once, under its own year.
    const year = trip.startDate.slice(0, 4);
    const other = year === '2025' ? '2024' : '2025';
    expect(((await readJson(dir, `trips/index-${year}.json`)).trips as { id: string }[]).map((t) => t.id)).toEqual(['t1']);
    const otherFile = await readJson(dir, `trips/index-${other}.json`).catch(() => ({ trips: [] }));
    expect(otherFile.trips).toEqual([]);
  }
  spare.process.kill('SIGKILL');
  await expect(fs.readdir(path.join(dir, 'corrupt'))).rejects.toThrow(/ENOENT/);
  expect(amidSaves).toBeGreaterThan(KILLS / 3); // the kills really landed among saves
  expect(duringOpen).toBe(KILLS / 4);
  expect(compacted).toBeGreaterThan(1); // background compaction ran (and was killed) amid the saves
});
