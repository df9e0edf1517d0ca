// Property: three devices editing offline with skewed clocks, syncing through faulty delivery, end up identical with
// nothing lost. Checked against an oracle (the highest-stamped write of every field) and every inserted note word.
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import type { Change, Collection } from '../../../../../shared/model/change';
import { HlcClock } from '../../../../../shared/domain/hlc';
import { recordValues } from '../../../../../shared/domain/sync/merge';
import type { TextCell } from '../../../../../shared/domain/sync/merge';
import { loadNoteDoc, noteUpdateFromEdit, seedNote, smallestEdit } from '../../../../../shared/domain/sync/notes';
import { Replica, syncOnce } from '../../../../../shared/domain/sync/replica';
import type { SyncReport } from '../../../../../shared/domain/sync/replica';
import { MemorySyncTarget } from '../../../../../shared/domain/sync/transport';
import type { SyncTransport } from '../../../../../shared/domain/sync/transport';
import { FolderTransport } from '../../../../../electron/backend/sync/folder';

const DAY = 24 * 60 * 60 * 1000;
const BASE = Date.UTC(2025, 5, 1);
const DEVICES = ['devA', 'devB', 'devC'] as const;

type Action =
  | { kind: 'create'; dev: number; notes: boolean }
  | { kind: 'edit'; dev: number; pick: number; field: 'title' | 'place'; clear: boolean }
  | { kind: 'delete' | 'restore'; dev: number; pick: number }
  | { kind: 'insert'; dev: number; pick: number; at: number }
  | { kind: 'cut'; dev: number; pick: number; at: number; length: number }
  | { kind: 'sync'; dev: number; seed: number }
  | { kind: 'truncate'; dev: number }
  | { kind: 'wait'; ms: number };

const dev = fc.integer({ min: 0, max: 2 });
const pick = fc.nat(50);
const action: fc.Arbitrary<Action> = fc.oneof(
  fc.record({ kind: fc.constant('create' as const), dev, notes: fc.boolean() }),
  fc.record({ kind: fc.constant('edit' as const), dev, pick, field: fc.constantFrom('title' as const, 'place' as const), clear: fc.boolean() }),
  fc.record({ kind: fc.constantFrom('delete' as const, 'restore' as const), dev, pick }),
  fc.record({ kind: fc.constant('insert' as const), dev, pick, at: fc.nat(20) }),
  fc.record({ kind: fc.constant('cut' as const), dev, pick, at: fc.nat(20), length: fc.integer({ min: 1, max: 8 }) }),
  fc.record({ kind: fc.constant('sync' as const), dev, seed: fc.nat() }),
  fc.record({ kind: fc.constant('truncate' as const), dev }),
  fc.record({ kind: fc.constant('wait' as const), ms: fc.integer({ min: 1, max: 3_600_000 }) }),
);
const skews = fc.tuple(...DEVICES.map(() => fc.integer({ min: -DAY, max: DAY })));

/** Deterministic shuffling, duplicating and holding back of what a pull delivers. */
function faultyDelivery(seed: number): (candidates: unknown[]) => unknown[] {
  let s = seed || 1;
  const rand = () => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  return (candidates) => {
    const out = candidates.filter(() => rand() > 0.2);
    for (const c of candidates) if (rand() < 0.3) out.push(c);
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
  };
}

interface World {
  replicas: Replica[];
  /** Every change ever made, for the oracle. */
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

/** Runs one local action (sync and truncate are run by the property, which knows the transport). */
function act(world: World, a: Action): void {
  if (a.kind === 'wait') {
    world.time.t += a.ms;
    return;
  }
  if (a.kind === 'sync' || a.kind === 'truncate') return;
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
    // A note whose creating batch has not arrived yet (another device's edit of it has) has no body to edit: only
    // its creator seeds the text.
    .filter((k) => (a.kind === 'insert' || a.kind === 'cut' ? r.state.records[k]!.fields.body?.kind === 'text' : true))
    .sort();
  if (keys.length === 0) return;
  const key = keys[a.pick % keys.length]!;
  const target = r.state.records[key]!;
  if (a.kind === 'edit') record(world, r, target.collection, target.id, { [a.field]: a.clear ? null : `${r.device}:${world.counter.n++}` });
  else if (a.kind === 'delete' || a.kind === 'restore') record(world, r, target.collection, target.id, { deleted: a.kind === 'delete' });
  if (a.kind === 'insert' || a.kind === 'cut') {
    const doc = loadNoteDoc((target.fields.body as TextCell).updates);
    const before = doc.getText('body').toString();
    const boundaries = [0, ...[...before.matchAll(/ /g)].map((m) => m.index + 1)];
    const at = boundaries[a.at % boundaries.length]!;
    let after: string;
    if (a.kind === 'insert') {
      // A first letter unlike the next word's keeps the smallest edit exactly the inserted word: "w2. " typed before
      // "w1. " would otherwise be sent as "2. w" after the first "w", and the oracle would lose track of characters.
      const word = `${before[at] === 'w' ? 'v' : 'w'}${world.counter.n++}.`;
      world.words.set(word, key);
      after = `${before.slice(0, at)}${word} ${before.slice(at)}`;
    } else {
      after = before.slice(0, at) + before.slice(Math.min(before.length, at + a.length));
      // The characters actually removed are those of the smallest edit, which may sit next to the range asked for.
      const edit = smallestEdit(before, after);
      const end = edit.at + edit.remove;
      for (const m of before.matchAll(WORD)) if (m.index < end && m.index + m[0].length > edit.at) world.cutWords.add(m[0]);
    }
    const update = noteUpdateFromEdit(doc, before, after);
    doc.destroy();
    if (update) record(world, r, 'notes', target.id, { body: { yjs: update } });
  }
}

/** What the runs exercised, so a generator that stopped producing work cannot pass quietly. */
const exercised = { changes: 0, words: 0, reviews: 0, capped: 0, problems: 0, deletedRecords: 0 };

function checkConverged(world: World): void {
  const [first, ...others] = world.replicas;
  exercised.changes += world.made.length;
  exercised.words += world.words.size - world.cutWords.size;
  exercised.deletedRecords += Object.values(first!.state.records).filter((r) => recordValues(r).deleted === true).length;
  for (const r of others) {
    expect(r.state).toEqual(first!.state);
    expect(r.applied).toEqual(Object.fromEntries(DEVICES.filter((d) => d !== r.device).flatMap((d) => {
      const owner = world.replicas.find((x) => x.device === d)!;
      return owner.log.length > 0 ? [[d, owner.log.length]] : [];
    })));
  }
  const records = first!.state.records;
  for (const key of world.created) expect(records[key], key).toBeDefined();
  // The oracle: each plain field holds the value of its highest-stamped write (tombstones included).
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
    const values = recordValues(records[key]!);
    expect(values[field] ?? null, k).toEqual(c.fields[field] ?? null);
  }
  const texts = new Map<string, string>();
  for (const [word, key] of world.words) {
    if (world.cutWords.has(word)) continue;
    if (!texts.has(key)) texts.set(key, String(recordValues(records[key]!).body));
    expect(texts.get(key), `${word} in ${key}`).toContain(word);
  }
}

function tally(report: SyncReport): void {
  exercised.reviews += report.review.length;
  exercised.capped += report.future.length;
  exercised.problems += report.problems.filter((p) => p.device !== 'ghost' && p.device !== 'other').length;
}

describe('sync convergence', () => {
  afterAll(() => {
    // Over 560 runs each of these happens many times; zero means the generators broke.
    for (const [what, count] of Object.entries(exercised)) expect(count, what).toBeGreaterThan(10);
  });

  it('three devices converge through the memory transport, whatever the delivery faults', async () => {
    await fc.assert(
      fc.asyncProperty(skews, fc.array(action, { minLength: 15, maxLength: 40 }), async (skew, actions) => {
        const world = makeWorld(skew);
        const target = new MemorySyncTarget();
        target.putRaw('ghost', 1, '{"not a batch": tr');
        target.putRaw('other', 1, '{"device":"other","seq":1}');
        for (const a of actions) {
          if (a.kind === 'sync') tally(await syncOnce(world.replicas[a.dev]!, target.transport(DEVICES[a.dev]!, { deliver: faultyDelivery(a.seed) })));
          else if (a.kind === 'truncate') {
            const r = world.replicas[a.dev]!;
            const batch = r.seal() ?? r.log.at(-1);
            // A copy still arriving: only for a batch this device has not pushed yet (pushed batches are final).
            if (batch && batch.seq > (r.pushed.memory ?? 0)) target.putRaw(r.device, batch.seq, JSON.stringify(batch).slice(0, 30));
          } else act(world, a);
        }
        for (let pass = 0; pass < 2; pass++) for (const r of world.replicas) tally(await syncOnce(r, target.transport(r.device)));
        checkConverged(world);
      }),
      { numRuns: Number(process.env.SYNC_PROPERTY_RUNS ?? 500) },
    );
  });

  it('three devices converge through a real sync folder with junk and truncated files', async () => {
    await fc.assert(
      fc.asyncProperty(skews, fc.array(action, { minLength: 8, maxLength: 20 }), async (skew, actions) => {
        const root = await mkdtemp(path.join(os.tmpdir(), 'sync-prop-'));
        try {
          const world = makeWorld(skew);
          const transports: SyncTransport[] = DEVICES.map((d) => new FolderTransport(root, d));
          const devicesDir = path.join(root, 'DelegationSync', 'devices');
          for (const a of actions) {
            if (a.kind === 'sync') tally(await syncOnce(world.replicas[a.dev]!, transports[a.dev]!));
            else if (a.kind === 'truncate') {
              const r = world.replicas[a.dev]!;
              const batch = r.seal() ?? r.log.at(-1);
              const dir = path.join(devicesDir, r.device);
              await mkdir(dir, { recursive: true });
              await writeFile(path.join(dir, 'desktop.ini'), '[.ShellClassInfo]');
              await writeFile(path.join(dir, `${String(r.log.length + 1).padStart(12, '0')} (conflicted copy).json`), '{"device":');
              await writeFile(path.join(dir, '.000000000001.json.1.tmp'), '{');
              if (batch && batch.seq > (r.pushed.folder ?? 0)) {
                await writeFile(path.join(dir, `${String(batch.seq).padStart(12, '0')}.json`), JSON.stringify(batch).slice(0, 50));
              }
            } else act(world, a);
          }
          for (let pass = 0; pass < 2; pass++) for (const [i, r] of world.replicas.entries()) tally(await syncOnce(r, transports[i]!));
          checkConverged(world);
        } finally {
          await rm(root, { recursive: true, force: true });
        }
      }),
      { numRuns: 60 },
    );
  });
});
