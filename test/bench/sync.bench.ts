// Sync benchmark: merging three laptops' trip (3 devices × 5,000 changes, note bodies as real Yjs updates) into a fresh
// replica (target ≤ 1 s), and a folder sync of 1,000 new batches (write, then pull + accept + apply by another device).
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type * as Y from 'yjs';
import { FolderTransport } from '../../electron/backend/sync/folder';
import { nativeHash } from '../../electron/backend/sync/native-hash';
import type { Batch } from '../../shared/domain/sync/batch';
import { acceptBatches, sealBatch } from '../../shared/domain/sync/batch';
import type { ReplicaState, Seen } from '../../shared/domain/sync/merge';
import { applyChanges, emptyState } from '../../shared/domain/sync/merge';
import { NOTE_TEXT, loadNoteDoc, noteUpdateFromEdit, seedNote } from '../../shared/domain/sync/notes';
import { HlcClock } from '../../shared/domain/hlc';
import type { Change, Collection } from '../../shared/model/change';
import { prng } from './history';
import { collectGarbage, percentile, report } from './report';
import type { BenchModule } from './module';
import { scoreboard, summarize } from './targets';

const TRIP = 'trip-2025-gcc-mission';
const TRIP_START = Date.UTC(2025, 1, 9, 5, 0, 0);
/** The receiving device's wall clock: a day after the trip, when everyone syncs. */
const RECEIVER_NOW = TRIP_START + 9 * 86_400_000;
const WORDS = ('delegation minister bureau memorandum investment cooperation greater bay area innovation technology trade logistics port ' +
  'talent scheme proposal pilot zone visa green finance bond listing university research partnership signing agreed discussed noted ' +
  'requested timeline budget next steps the a of to and in for with their 香港 投資 合作 創新 科技 大灣區').split(' ');
const TITLES = ['Courtesy call', 'Roundtable', 'Site visit', 'Business luncheon', 'MoU signing', 'Investment seminar', 'Press briefing'];
const STATUSES = ['open', 'in-progress', 'waiting', 'done', 'dropped'];

/** One laptop on the trip: its clock (possibly skewed), its stamped changes and its own copy of note documents. */
class Laptop {
  readonly clock: HlcClock;
  readonly changes: Change[] = [];
  readonly docs = new Map<string, Y.Doc>();
  readonly own = { events: [] as string[], notes: [] as string[], followups: [] as string[], contacts: [] as string[], organisations: [] as string[] };
  readonly deleted: { collection: Collection; id: string }[] = [];
  private wall = TRIP_START;
  private made = 0;

  constructor(
    readonly device: string,
    readonly member: string,
    readonly rand: () => number,
    skewMs: number,
  ) {
    this.clock = new HlcClock(device, () => this.wall + skewMs);
  }

  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.rand() * list.length)]!;
  }

  words(n: number): string {
    return Array.from({ length: n }, () => this.pick(WORDS)).join(' ');
  }

  newId(kind: string): string {
    return `${this.device}-${kind}-${++this.made}`;
  }

  record(collection: Collection, id: string, fields: Record<string, unknown>, tripId?: string): void {
    // Someone saves every few seconds to half a minute; several saves can share one millisecond on a fast typist.
    this.wall += Math.floor(this.rand() * 30_000);
    this.changes.push({ collection, id, ...(tripId && { tripId }), fields, hlc: this.clock.tick(), device: this.device, at: new Date(this.wall).toISOString() });
  }

  createEvent(): void {
    const id = this.newId('ev');
    const start = TRIP_START + Math.floor(this.rand() * 8) * 86_400_000 + Math.floor(this.rand() * 20) * 1_800_000;
    this.own.events.push(id);
    this.record('events', id, {
      tripId: TRIP, kind: 'meeting', title: `${this.pick(TITLES)}: ${this.words(3)}`, start: new Date(start).toISOString(),
      end: new Date(start + 3_600_000).toISOString(), timeZone: 'Asia/Riyadh', venue: { en: `${this.words(2)} Tower`, zh: '' },
      address: { en: '', zh: '' }, memberIds: [this.member], contactIds: [], organisationIds: [], status: 'tentative', description: this.words(20),
    }, TRIP);
  }

  editEvent(events: readonly string[]): void {
    const id = this.pick(events);
    const r = this.rand();
    const fields = r < 0.4 ? { status: this.pick(['tentative', 'confirmed', 'cancelled']) } : r < 0.7 ? { title: `${this.pick(TITLES)}: ${this.words(3)}` } : { description: this.words(30) };
    this.record('events', id, fields, TRIP);
  }

  createNote(events: readonly string[]): void {
    const id = this.newId('note');
    const seeded = seedNote(`${this.words(12)}.`);
    this.docs.set(id, seeded.doc);
    this.own.notes.push(id);
    this.record('notes', id, { tripId: TRIP, eventId: this.pick(events), authorId: this.member, body: { yjs: seeded.update } }, TRIP);
  }

  editOwnNote(): void {
    const id = this.pick(this.own.notes);
    this.editNote(id, this.docs.get(id)!);
  }

  /** Typing in a note: mostly a sentence appended, sometimes a few words removed (the smallest edit either way). */
  editNote(id: string, doc: Y.Doc): void {
    const before = doc.getText(NOTE_TEXT).toString();
    let after = `${before} ${this.words(6 + Math.floor(this.rand() * 10))}.`;
    if (this.rand() < 0.2 && before.length > 40) {
      const at = Math.floor(this.rand() * (before.length - 20));
      after = before.slice(0, at) + before.slice(at + 12);
    }
    const update = noteUpdateFromEdit(doc, before, after);
    if (update) this.record('notes', id, { body: { yjs: update } }, TRIP);
  }

  createFollowUp(): void {
    const id = this.newId('fu');
    this.own.followups.push(id);
    this.record('followups', id, { tripId: TRIP, title: `Send ${this.words(4)}`, ownerId: this.member, status: 'open', priority: 'normal', outcome: {}, details: this.words(15) }, TRIP);
  }

  editFollowUp(): void {
    const r = this.rand();
    const fields = r < 0.5 ? { status: this.pick(STATUSES) } : r < 0.8 ? { dueDate: `2025-0${3 + Math.floor(this.rand() * 6)}-1${Math.floor(this.rand() * 10)}` } : { outcome: { investmentHkd: Math.floor(this.rand() * 5e8), jobs: Math.floor(this.rand() * 200) } };
    this.record('followups', this.pick(this.own.followups), fields, TRIP);
  }

  createContact(): void {
    const org = this.newId('org');
    this.own.organisations.push(org);
    this.record('organisations', org, { name: { en: `${this.words(2)} Holdings`, zh: '' }, kind: 'company', sector: 'Fintech', city: 'Riyadh', website: '', stage: 'prospect' });
    const id = this.newId('ct');
    this.own.contacts.push(id);
    this.record('contacts', id, { name: { en: this.words(2), zh: '' }, title: 'Director', organisationId: org, email: '', phone: '+966 11 000 0000' });
  }

  deleteOrRestore(): void {
    if (this.deleted.length > 0 && this.rand() < 0.3) {
      const gone = this.deleted.pop()!;
      this.record(gone.collection, gone.id, { deleted: false }, gone.collection === 'followups' ? TRIP : undefined);
      return;
    }
    const collection = this.rand() < 0.5 ? 'followups' : 'contacts';
    if (this.own[collection].length === 0) return this.createContact();
    const id = this.pick(this.own[collection]);
    this.deleted.push({ collection, id });
    this.record(collection, id, { deleted: true }, collection === 'followups' ? TRIP : undefined);
  }
}

/**
 * Three laptops, each `perDevice` changes: the first half offline (the lead builds the programme; everyone notes
 * their meetings), then a sync at the hotel, then a second offline half in which all edit the shared programme and
 * add to each other's notes: concurrent overwrites for review, and notes merged from several authors.
 */
function tripOfThree(perDevice: number): Batch[] {
  const rand = prng(2025);
  const laptops = [new Laptop('dev-wing', 'm-wing', rand, 0), new Laptop('dev-mei', 'm-mei', rand, -90_000), new Laptop('dev-ahmed', 'm-ahmed', rand, 180_000)];
  const half = perDevice / 2;
  const lead = laptops[0]!;
  for (let i = 0; i < 200; i++) lead.createEvent();
  const programme = lead.own.events;
  const firstHalf = (l: Laptop) => {
    while (l.changes.length < half) {
      const r = l.rand();
      if (r < 0.1 || l.own.notes.length === 0) l.createNote(programme);
      else if (r < 0.55) l.editOwnNote();
      else if (r < 0.65 || l.own.followups.length === 0) l.createFollowUp();
      else if (r < 0.75) l.editFollowUp();
      else if (r < 0.85 || l.own.contacts.length === 0) l.createContact();
      else if ((r < 0.88 && l !== lead) || l.own.events.length === 0) l.createEvent(); // side meetings set up on the spot
      else if (r < 0.95) l.editEvent(l.own.events);
      else l.deleteOrRestore();
    }
  };
  laptops.forEach(firstHalf);
  // The hotel sync: everyone has everything so far, and their clocks have seen each other's stamps.
  const split = laptops.map((l) => l.changes.length);
  const atHotel = laptops.flatMap((l) => l.changes);
  const hotelSeen = laptops.map((self): Seen => Object.fromEntries(laptops.filter((l) => l !== self).map((l) => [l.device, l.changes.at(-1)!.hlc])));
  const noteUpdates = new Map<string, string[]>();
  for (const c of atHotel) {
    const body = c.fields.body as { yjs: string } | undefined;
    if (body) noteUpdates.set(c.id, [...(noteUpdates.get(c.id) ?? []), body.yjs]);
  }
  const sharedNotes = laptops.flatMap((l) => l.own.notes.slice(0, 40));
  for (const l of laptops) {
    for (const c of atHotel) l.clock.observe(c.hlc);
    for (const id of sharedNotes) if (!l.docs.has(id)) l.docs.set(id, loadNoteDoc(noteUpdates.get(id)!));
    while (l.changes.length < perDevice) {
      const r = l.rand();
      if (r < 0.15) l.editEvent(programme);
      else if (r < 0.3) {
        const id = l.pick(sharedNotes);
        l.editNote(id, l.docs.get(id)!);
      } else if (r < 0.55) l.editOwnNote();
      else if (r < 0.62) l.createNote(programme);
      else if (r < 0.7) l.createFollowUp();
      else if (r < 0.85) l.editFollowUp();
      else if (r < 0.95) l.createContact();
      else l.deleteOrRestore();
    }
  }
  return laptops.flatMap((l, k) => seal(l.device, l.changes.slice(0, split[k]), {}, 100).concat(seal(l.device, l.changes.slice(split[k]), hotelSeen[k]!, 100, Math.ceil(split[k]! / 100))));
}

function seal(device: string, changes: readonly Change[], seen: Seen, size: number, after = 0): Batch[] {
  const batches: Batch[] = [];
  for (let i = 0; i < changes.length; i += size) batches.push(sealBatch(device, after + batches.length + 1, changes.slice(i, i + size), seen));
  return batches;
}

/**
 * What a receiving device does with what it pulled (as the sync engine does): accept, checking each batch's hash with
 * Node's SHA-256 as the engine does (electron/backend/sync/native-hash.ts), then apply batch by batch.
 */
function acceptAndApply(candidates: readonly unknown[], self: string) {
  const started = performance.now();
  const accepted = acceptBatches({}, candidates, self, nativeHash);
  const acceptMs = performance.now() - started;
  // As electron/backend/sync/pulled.ts does: the replica is updated in place and no effects are worked out.
  const state: ReplicaState = emptyState();
  let review = 0;
  for (const batch of accepted.ready) {
    const result = applyChanges(state, batch.ops, { seen: batch.seen, now: RECEIVER_NOW, inPlace: true, effects: false });
    review += result.review.length;
  }
  return { acceptMs, applyMs: performance.now() - started - acceptMs, ready: accepted.ready.length, problems: accepted.problems.length, records: Object.keys(state.records).length, review };
}

async function time<T>(action: () => Promise<T> | T): Promise<{ ms: number; result: T }> {
  const started = performance.now();
  const result = await action();
  return { ms: performance.now() - started, result };
}

async function folderSync(): Promise<void> {
  // One colleague who synced after nearly every save: 1,000 batches of 10 changes each.
  const rand = prng(1000);
  const l = new Laptop('dev-wing', 'm-wing', rand, 0);
  for (let i = 0; i < 100; i++) l.createEvent();
  while (l.changes.length < 10_000) {
    const r = rand();
    if (r < 0.1 || l.own.notes.length === 0) l.createNote(l.own.events);
    else if (r < 0.55) l.editOwnNote();
    else if (r < 0.7 || l.own.followups.length === 0) l.createFollowUp();
    else if (r < 0.8) l.editFollowUp();
    else if (r < 0.9) l.createContact();
    else l.editEvent(l.own.events);
  }
  const batches = seal(l.device, l.changes.slice(0, 10_000), {}, 10);
  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'planner-sync-bench-'));
  try {
    const writer = new FolderTransport(root, l.device);
    collectGarbage();
    const write = await time(async () => {
      for (const batch of batches) await writer.push(batch);
    });
    report('sync folder write 1,000 batches', write.ms, 'ms');
    const dir = path.join(root, 'DelegationSync', 'devices', l.device);
    const files = await fs.readdir(dir);
    let bytes = 0;
    for (const f of files) bytes += (await fs.stat(path.join(dir, f))).size;
    report('sync folder size of 1,000 batches (10,000 changes)', bytes / 1e6, 'MB');

    const reader = new FolderTransport(root, 'dev-mei');
    const runs: number[] = [];
    const pulls: number[] = [];
    for (let i = 0; i < 3; i++) {
      collectGarbage();
      const run = await time(async () => {
        const pulled = await time(() => reader.pull({}));
        pulls.push(pulled.ms);
        return acceptAndApply(pulled.result.candidates, 'dev-mei');
      });
      if (run.result.ready !== 1000 || run.result.problems !== 0) throw new Error(`folder pull accepted ${run.result.ready} batches with ${run.result.problems} problems`);
      runs.push(run.ms);
    }
    report('sync folder pull and apply 1,000 batches', percentile(runs, 50), 'ms');
    report('sync folder pull alone (read + parse 1,000 files)', percentile(pulls, 50), 'ms');
  } finally {
    await fs.rm(root, { recursive: true, force: true });
  }
}

export const syncBench: BenchModule = {
  name: 'sync',
  async run() {
    const generated = await time(() => tripOfThree(5000));
    const batches = generated.result;
    const changes = batches.reduce((n, b) => n + b.ops.length, 0);
    const notes = batches.reduce((n, b) => n + b.ops.filter((op) => op.fields.body !== undefined).length, 0);
    if (changes !== 15_000) throw new Error(`generated ${changes} changes, expected 15,000`);
    report(`sync generate 3 devices × 5,000 changes (${notes} note-body Yjs updates, ${batches.length} batches)`, generated.ms / 1000, 's');
    // Received as a transport delivers them: parsed JSON, each device's batches out of order among the others'.
    const wire = batches.map((b) => JSON.stringify(b)).reverse();
    const runs: { ms: number; acceptMs: number; applyMs: number; records: number; review: number }[] = [];
    for (let i = 0; i < 3; i++) {
      const candidates = wire.map((text) => JSON.parse(text) as unknown);
      collectGarbage();
      const run = acceptAndApply(candidates, 'dev-new');
      if (run.ready !== batches.length || run.problems !== 0) throw new Error(`merge accepted ${run.ready} of ${batches.length} batches with ${run.problems} problems`);
      runs.push({ ms: run.acceptMs + run.applyMs, ...run });
    }
    const median = [...runs].sort((a, b) => a.ms - b.ms)[1]!;
    scoreboard.check('sync merge 3 devices × 5,000 changes', median.ms, 'ms', summarize(runs.map((r) => r.ms), 'runs in one process'));
    report('sync merge: acceptBatches part (parse + hash check)', median.acceptMs, 'ms');
    report('sync merge: applyChanges part', median.applyMs, 'ms');
    report('sync merge: records in the merged replica', median.records, 'records');
    report('sync merge: concurrent overwrites for review', median.review, 'items');
    await folderSync();
  },
};
