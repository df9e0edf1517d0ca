// Shared by the store tests: a data directory per test, a clock the test moves, and valid records to start from.
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { vi } from 'vitest';
import type { Mutation } from '../../../../../electron/backend/store/types';

export async function makeDataDir(): Promise<string> {
  return fs.mkdtemp(path.join(os.tmpdir(), 'planner-store-'));
}

export async function removeDataDir(dir: string): Promise<void> {
  await fs.rm(dir, { recursive: true, force: true });
}

/** A clock that moves one second per reading unless the test moves it further. */
export function testClock(start = Date.parse('2025-03-01T09:00:00Z')) {
  let ms = start;
  return {
    now: () => (ms += 1000),
    advance: (minutes: number) => (ms += minutes * 60_000),
  };
}

export function tripFields(title: string, startDate: string, endDate = startDate) {
  return { title, startDate, endDate, homeTimeZone: 'Asia/Hong_Kong' };
}

export function createTrip(id: string, startDate = '2025-05-10', endDate = '2025-05-14', title = `Trip ${id}`): Mutation {
  return { collection: 'trips', id, fields: tripFields(title, startDate, endDate) };
}

export function createEvent(id: string, tripId: string, title = `Meeting ${id}`): Mutation {
  return {
    collection: 'events',
    id,
    tripId,
    fields: { tripId, title, start: '2025-05-11T01:00:00.000Z', end: '2025-05-11T02:00:00.000Z', timeZone: 'Asia/Shanghai' },
  };
}

export function createNote(id: string, tripId: string, eventId: string, body: string): Mutation {
  return { collection: 'notes', id, tripId, fields: { tripId, eventId, body } };
}

export function createOrganisation(id: string, en: string): Mutation {
  return { collection: 'organisations', id, fields: { name: { en, zhHant: '', zhHans: '' } } };
}

/** Every file under `dir` (relative path → bytes), to prove that something changed nothing on disk. */
export async function filesUnder(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  async function walk(d: string): Promise<void> {
    for (const entry of await fs.readdir(d, { withFileTypes: true })) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) await walk(full);
      else out.set(path.relative(dir, full).split(path.sep).join('/'), await fs.readFile(full, 'utf8'));
    }
  }
  await walk(dir);
  return out;
}

export async function readJson(dir: string, rel: string): Promise<Record<string, unknown>> {
  return JSON.parse(await fs.readFile(path.join(dir, ...rel.split('/')), 'utf8')) as Record<string, unknown>;
}

/**
 * A disk that refuses writes, as a full one does: while `failing` is set, writing any temp file under `dir` (or an
 * append to a change-log segment, `.jsonl`) fails
 * with that code (after the file is opened, as on a real full disk). `hold` makes the failing writes wait until
 * released, to catch a write in flight. Undo with vi.restoreAllMocks().
 */
export function diskFault(dir: string) {
  const realOpen = fs.open.bind(fs);
  const state = {
    failing: undefined as string | undefined,
    /** Only paths this accepts fail (all temp files by default). */
    only: (_rel: string) => true,
    hold: undefined as Promise<void> | undefined,
    hits: 0,
  };
  vi.spyOn(fs, 'open').mockImplementation((async (file: Parameters<typeof fs.open>[0], ...rest: [string?, number?]) => {
    const handle = await realOpen(file, ...rest);
    const rel = path.relative(dir, String(file)).split(path.sep).join('/');
    const code = state.failing;
    if (!code || rel.startsWith('..') || !(rel.endsWith('.tmp') || rel.endsWith('.jsonl')) || !state.only(rel)) return handle;
    const refuse = async () => {
      state.hits++;
      await state.hold;
      throw Object.assign(new Error(`${code}: simulated, write '${String(file)}'`), { code, errno: -28, syscall: 'write' });
    };
    return new Proxy(handle, {
      get(target, prop) {
        if (prop === 'writeFile' || prop === 'write') return refuse;
        const value = Reflect.get(target, prop, target) as unknown;
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    });
  }) as typeof fs.open);
  return state;
}
