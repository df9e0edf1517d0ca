// The device simulator the convergence properties share (convergence.test.ts here, and
// test/unit/electron/backend/sync/convergence-server.test.ts): three replicas with skewed clocks, the local actions a
// user takes on them, and the oracle their converged state is checked against. Syncing and damage (truncated batches,
// junk files) are each property's own actions, as only the property knows its transports.
import fc from 'fast-check';
import { expect } from 'vitest';
import type { Change, Collection } from '../../../../../shared/model/change';
import { HlcClock } from '../../../../../shared/domain/hlc';
import { recordValues } from '../../../../../shared/domain/sync/merge';
import type { TextCell } from '../../../../../shared/domain/sync/merge';
import { loadNoteDoc, noteUpdateFromEdit, seedNote, smallestEdit } from '../../../../../shared/domain/sync/notes';
import { Replica } from '../../../../../shared/domain/sync/replica';

const DAY = 24 * 60 * 60 * 1000;
const BASE = Date.UTC(2025, 5, 1);
export const DEVICES = ['devA', 'devB', 'devC'] as const;

/** What a user does on one device, or the time passing between it. */
export type LocalAction =
  | { kind: 'create'; dev: number; notes: boolean }
  | { kind: 'edit'; dev: number; pick: number; field: 'title' | 'place'; clear: boolean }
  | { kind: 'delete' | 'restore'; dev: number; pick: number }
  | { kind: 'insert'; dev: number; pick: number; at: number }
  | { kind: 'cut'; dev: number; pick: number; at: number; length: number }
  | { kind: 'wait'; ms: number };

/** What a property runs itself: a sync, or damage left where a device's batches are kept. */
export type DeviceAction = { kind: 'sync'; dev: number } | { kind: 'truncate'; dev: number } | { kind: 'junk'; dev: number };

export const dev = fc.integer({ min: 0, max: 2 });
const pick = fc.nat(50);

/**
 * Local actions mixed with the property's own (`device`, drawn among them as often as any other action), with
 * `createWeight` times the chance of any other for a create.
 */
export function actionArbitrary<D extends DeviceAction[]>(options: {
  createWeight: number;
  device: { [K in keyof D]: fc.Arbitrary<D[K]> };
}): fc.Arbitrary<LocalAction | D[number]> {
  const arbitraries: fc.MaybeWeightedArbitrary<LocalAction | D[number]>[] = [
    { arbitrary: fc.record({ kind: fc.constant('create' as const), dev, notes: fc.boolean() }), weight: options.createWeight },
    fc.record({ kind: fc.constant('edit' as const), dev, pick, field: fc.constantFrom('title' as const, 'place' as const), clear: fc.boolean() }),
    fc.record({ kind: fc.constantFrom('delete' as const, 'restore' as const), dev, pick }),
    fc.record({ kind: fc.constant('insert' as const), dev, pick, at: fc.nat(20) }),
    fc.record({ kind: fc.constant('cut' as const), dev, pick, at: fc.nat(20), length: fc.integer({ min: 1, max: 8 }) }),
    ...options.device,
    fc.record({ kind: fc.constant('wait' as const), ms: fc.integer({ min: 1, max: 3_600_000 }) }),
  ];
  return fc.oneof(...arbitraries);
}

export const skews = fc.tuple(...DEVICES.map(() => fc.integer({ min: -DAY, max: DAY })));

export interface World {
  replicas: Replica[];
  /** Every change ever made, for the oracle. */
  made: Change[];
  created: Set<string>;
  words: Map<string, string>;
  cutWords: Set<string>;
  time: { t: number };
  counter: { n: number };
}

export function makeWorld(skew: number[]): World {
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

/** Runs one local action (a property runs its device actions itself, as it knows the transport). */
export function act(world: World, a: LocalAction | DeviceAction): void {
  if (a.kind === 'sync' || a.kind === 'truncate' || a.kind === 'junk') return;
  if (a.kind === 'wait') {
    world.time.t += a.ms;
    return;
  }
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

/** The counts checkConverged adds to, so a generator that stopped producing work cannot pass quietly. */
export interface Exercised {
  changes: number;
  words: number;
  deletedRecords: number;
}

/** Identical states, every record created present, fields as the oracle says (tombstones too), live words kept. */
export function checkConverged(world: World, exercised: Exercised): void {
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
