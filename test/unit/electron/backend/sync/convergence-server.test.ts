// Property: three devices editing offline with skewed clocks converge through a real server (pouchdb-server standing
// in for CouchDB), and through a folder and the server at once. The simulator and oracle are a trimmed copy of
// test/unit/shared/domain/sync/convergence.test.ts (which exports nothing); fewer actions, as every sync is HTTP.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Change, Collection } from '../../../../../shared/model/change';
import { HlcClock } from '../../../../../shared/domain/hlc';
import { acceptBatches } from '../../../../../shared/domain/sync/batch';
import { recordValues } from '../../../../../shared/domain/sync/merge';
import type { TextCell } from '../../../../../shared/domain/sync/merge';
import { loadNoteDoc, noteUpdateFromEdit, seedNote, smallestEdit } from '../../../../../shared/domain/sync/notes';
import { Replica, syncOnce } from '../../../../../shared/domain/sync/replica';
import type { SyncTransport } from '../../../../../shared/domain/sync/transport';
import { createCouchTransport } from '../../../../../electron/backend/sync/couch';
import { FolderTransport } from '../../../../../electron/backend/sync/folder';
import { startPouchServer } from '../../../helpers/pouchdb-server';
import type { PouchServer } from '../../../helpers/pouchdb-server';

const DAY = 24 * 60 * 60 * 1000;
const BASE = Date.UTC(2025, 5, 1);
const DEVICES = ['devA', 'devB', 'devC'] as const;

type Action =
  | { kind: 'create'; dev: number; notes: boolean }
  | { kind: 'edit'; dev: number; pick: number; field: 'title' | 'place'; clear: boolean }
  | { kind: 'delete' | 'restore'; dev: number; pick: number }
  | { kind: 'insert'; dev: number; pick: number; at: number }
  | { kind: 'cut'; dev: number; pick: number; at: number; length: number }
  /** `route` (both-mode only): 0 folder alone, 1 server alone, 2 both, as when one of them is unreachable. */
  | { kind: 'sync'; dev: number; route: number }
  | { kind: 'junk'; dev: number }
  | { kind: 'wait'; ms: number };

const dev = fc.integer({ min: 0, max: 2 });
const pick = fc.nat(50);
const action: fc.Arbitrary<Action> = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant('create' as const), dev, notes: fc.boolean() }), weight: 2 },
  fc.record({ kind: fc.constant('edit' as const), dev, pick, field: fc.constantFrom('title' as const, 'place' as const), clear: fc.boolean() }),
  fc.record({ kind: fc.constantFrom('delete' as const, 'restore' as const), dev, pick }),
  fc.record({ kind: fc.constant('insert' as const), dev, pick, at: fc.nat(20) }),
  fc.record({ kind: fc.constant('cut' as const), dev, pick, at: fc.nat(20), length: fc.integer({ min: 1, max: 8 }) }),
  fc.record({ kind: fc.constant('sync' as const), dev, route: fc.integer({ min: 0, max: 2 }) }),
  fc.record({ kind: fc.constant('junk' as const), dev }),
  fc.record({ kind: fc.constant('wait' as const), ms: fc.integer({ min: 1, max: 3_600_000 }) }),
);
const skews = fc.tuple(...DEVICES.map(() => fc.integer({ min: -DAY, max: DAY })));
const actions = fc.array(action, { minLength: 12, maxLength: 32 });

interface World {
  replicas: Replica[];
  made: Change[];
  created: Set<string>;
  words: Map<string, string>;
  cutWords: Set<string>;
  time: { t: number };
  counter: { n: number };
}

function makeWorld(skew: number[]): World {
  const time = { t: 0 };
  const replicas = DEVICES.map((d, i) => {
    const now = () => BASE + time.t + skew[i]!;
    return new Replica(d, new HlcClock(d, now), now);
  });
  return { replicas, made: [], created: new Set(), words: new Map(), cutWords: new Set(), time, counter: { n: 0 } };
}

function record(world: World, r: Replica, collection: Collection, id: string, fields: Record<string, unknown>): void {
  const c: Change = { collection, id, fields, hlc: r.clock.tick(), device: r.device, at: new Date(r.now()).toISOString() };
  if (collection !== 'trips') c.tripId = 't1';
  world.made.push(c);
  r.recordLocal([c]);
  world.time.t += 1;
}

const WORD = /[vw]\d+\./g;

/** One local action, as in the memory property (see there for why words start with v or w). */
function act(world: World, a: Action): void {
  if (a.kind === 'wait') return void (world.time.t += a.ms);
  if (a.kind === 'sync' || a.kind === 'junk') return;
  const r = world.replicas[a.dev]!;
  if (a.kind === 'create') {
    const id = `${r.device}-${world.counter.n++}`;
    world.created.add(a.notes ? `notes/${id}` : `events/${id}`);
    if (a.notes) {
      const word = `w${world.counter.n++}.`;
      world.words.set(word, `notes/${id}`);
      record(world, r, 'notes', id, { title: 'note', deleted: false, body: { yjs: seedNote(`${word} `).update } });
    } else record(world, r, 'events', id, { title: 'event', deleted: false });
    return;
  }
  const keys = Object.keys(r.state.records)
    .filter((k) => (a.kind === 'insert' || a.kind === 'cut' ? r.state.records[k]!.fields.body?.kind === 'text' : true))
    .sort();
  if (keys.length === 0) return;
  const key = keys[a.pick % keys.length]!;
  const target = r.state.records[key]!;
  if (a.kind === 'edit') return record(world, r, target.collection, target.id, { [a.field]: a.clear ? null : `${r.device}:${world.counter.n++}` });
  if (a.kind !== 'insert' && a.kind !== 'cut') return record(world, r, target.collection, target.id, { deleted: a.kind === 'delete' });
  const doc = loadNoteDoc((target.fields.body as TextCell).updates);
  const before = doc.getText('body').toString();
  const boundaries = [0, ...[...before.matchAll(/ /g)].map((m) => m.index + 1)];
  const at = boundaries[a.at % boundaries.length]!;
  let after: string;
  if (a.kind === 'insert') {
    const word = `${before[at] === 'w' ? 'v' : 'w'}${world.counter.n++}.`;
    world.words.set(word, key);
    after = `${before.slice(0, at)}${word} ${before.slice(at)}`;
  } else {
    after = before.slice(0, at) + before.slice(Math.min(before.length, at + a.length));
    const edit = smallestEdit(before, after);
    const end = edit.at + edit.remove;
    for (const m of before.matchAll(WORD)) if (m.index < end && m.index + m[0].length > edit.at) world.cutWords.add(m[0]);
  }
  const update = noteUpdateFromEdit(doc, before, after);
  doc.destroy();
  if (update) record(world, r, 'notes', target.id, { body: { yjs: update } });
}

/** What the runs exercised, so a generator that stopped producing work cannot pass quietly. */
const exercised = { changes: 0, words: 0, deletedRecords: 0, duplicates: 0 };

/** Identical states, every record created present, fields as the oracle says (tombstones too), live words kept. */
function checkConverged(world: World): void {
  const [first, ...others] = world.replicas;
  exercised.changes += world.made.length;
  exercised.words += world.words.size - world.cutWords.size;
  exercised.deletedRecords += Object.values(first!.state.records).filter((r) => recordValues(r).deleted === true).length;
  for (const r of others) {
    expect(r.state).toEqual(first!.state);
    expect(r.applied).toEqual(Object.fromEntries(world.replicas.filter((x) => x !== r && x.log.length > 0).map((x) => [x.device, x.log.length])));
  }
  const records = first!.state.records;
  for (const key of world.created) expect(records[key], key).toBeDefined();
  const winners = new Map<string, Change>();
  for (const c of world.made) {
    for (const field of Object.keys(c.fields)) {
      if (c.collection === 'notes' && field === 'body') continue;
      const k = `${c.collection}/${c.id}#${field}`;
      if (!winners.has(k) || winners.get(k)!.hlc < c.hlc) winners.set(k, c);
    }
  }
  for (const [k, c] of winners) {
    const [key, field] = k.split('#') as [string, string];
    expect(recordValues(records[key]!)[field] ?? null, k).toEqual(c.fields[field] ?? null);
  }
  for (const [word, key] of world.words) {
    if (!world.cutWords.has(word)) expect(String(recordValues(records[key]!).body), `${word} in ${key}`).toContain(word);
  }
}

/** One round through several transports the way the engine does it: push to each, pull from all, accept once. */
async function syncThrough(replica: Replica, transports: SyncTransport[]): Promise<void> {
  replica.seal();
  for (const t of transports) {
    for (const batch of replica.log.slice(replica.pushed[t.name] ?? 0)) {
      await t.push(batch);
      replica.pushed[t.name] = batch.seq;
    }
  }
  const candidates: unknown[] = [];
  for (const t of transports) candidates.push(...(await t.pull(replica.applied)).candidates);
  const ids = candidates.map((c) => JSON.stringify([(c as { device?: unknown }).device, (c as { seq?: unknown }).seq]));
  exercised.duplicates += ids.length - new Set(ids).size;
  replica.receive(acceptBatches(replica.applied, candidates, replica.device).ready);
}

/** Files a sync folder collects that are not batches (the folder property also truncates; write-once servers cannot). */
async function folderJunk(root: string, r: Replica): Promise<void> {
  const dir = path.join(root, 'DelegationSync', 'devices', r.device);
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, 'desktop.ini'), '[.ShellClassInfo]');
  await writeFile(path.join(dir, `${String(r.log.length + 1).padStart(12, '0')} (conflicted copy).json`), '{"device":');
  await writeFile(path.join(dir, '.000000000001.json.1.tmp'), '{');
}

let server: PouchServer;
let runs = 0;
beforeAll(async () => {
  server = await startPouchServer();
});
afterAll(async () => {
  await server?.stop();
});

/** A fresh team database holding a document that is not a batch, as an admin's note might be. */
async function freshDatabase(): Promise<string> {
  const database = `team-${++runs}`;
  expect((await fetch(`${server.url}/${database}`, { method: 'PUT' })).status).toBe(201);
  const stray = await fetch(`${server.url}/${database}/readme`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: '{"text":"team sync"}' });
  expect(stray.status).toBe(201);
  return database;
}

const couch = (database: string, device: string) => createCouchTransport({ url: server.url, database, device, fetchTimeoutMs: 5_000 });

describe('sync convergence through the server', () => {
  afterAll(() => {
    // Over 50 runs each of these happens many times; zero means the generators broke.
    for (const [what, count] of Object.entries(exercised)) expect(count, what).toBeGreaterThan(10);
  });

  it('three devices converge through a real CouchDB transport', async () => {
    await fc.assert(
      fc.asyncProperty(skews, actions, async (skew, list) => {
        const world = makeWorld(skew);
        const database = await freshDatabase();
        const transports = DEVICES.map((d) => couch(database, d));
        for (const a of list) {
          if (a.kind === 'sync') await syncOnce(world.replicas[a.dev]!, transports[a.dev]!);
          else act(world, a);
        }
        for (let pass = 0; pass < 2; pass++) for (const [i, r] of world.replicas.entries()) await syncOnce(r, transports[i]!);
        checkConverged(world);
      }),
      { numRuns: Number(process.env.SYNC_SERVER_RUNS ?? 30) },
    );
  });

  it('three devices converge through a folder and the server at once, batches arriving twice', async () => {
    await fc.assert(
      fc.asyncProperty(skews, actions, async (skew, list) => {
        const root = await mkdtemp(path.join(os.tmpdir(), 'sync-both-'));
        try {
          const world = makeWorld(skew);
          const database = await freshDatabase();
          const transports = DEVICES.map((d) => ({ folder: new FolderTransport(root, d), server: couch(database, d) }));
          for (const a of list) {
            const t = 'dev' in a ? transports[a.dev]! : undefined;
            if (a.kind === 'sync') await syncThrough(world.replicas[a.dev]!, [[t!.folder], [t!.server], [t!.folder, t!.server]][a.route]!);
            else if (a.kind === 'junk') await folderJunk(root, world.replicas[a.dev]!);
            else act(world, a);
          }
          for (let pass = 0; pass < 2; pass++) for (const [i, r] of world.replicas.entries()) await syncThrough(r, [transports[i]!.folder, transports[i]!.server]);
          checkConverged(world);
        } finally {
          await rm(root, { recursive: true, force: true });
        }
      }),
      { numRuns: Number(process.env.SYNC_BOTH_RUNS ?? 20) },
    );
  });
});
