// Merging changes from several devices into one replica state. Every field keeps the value with the highest HLC
// stamp; note bodies merge as Yjs text; deletes are tombstones. Applying is idempotent and commutative, so devices
// that have seen the same changes hold the same state, whatever the order and however often changes arrived.
import type { Change, Collection } from '../../model/change';
import { formatHlc, parseHlc } from '../hlc';
import { mergeNoteUpdates } from './notes';

/** For each other device, the highest stamp of its changes that a device had applied when it made a change. */
export type Seen = Readonly<Record<string, string>>;

/** A plain field: the value of the winning write, who wrote it, and what that writer had seen of others. */
export interface PlainCell {
  kind: 'plain';
  /** null is a cleared field (JSON cannot carry undefined). */
  value: unknown;
  stamp: string;
  device: string;
  seen?: Seen;
}

/** A Yjs text field (a note body): every update ever made, sorted and unique; the text is their merge. */
export interface TextCell {
  kind: 'text';
  updates: string[];
  /** Devices whose edits are in the text, sorted: "merged from several authors" when there is more than one. */
  authors: string[];
  /** The newest update's stamp (for display; the merge itself does not depend on it). */
  stamp: string;
}

export type Cell = PlainCell | TextCell;

export interface ReplicaRecord {
  collection: Collection;
  id: string;
  tripId?: string;
  fields: Record<string, Cell>;
}

export interface ReplicaState {
  /** Keyed `${collection}/${id}` (ids are unique within a collection). */
  records: Readonly<Record<string, ReplicaRecord>>;
}

/** How a text field travels in a change: one Yjs update, base64. */
export interface TextUpdate {
  yjs: string;
}

/** Fields merged as Yjs text rather than by highest stamp. */
export const TEXT_FIELDS: Partial<Record<Collection, ReadonlySet<string>>> = { notes: new Set(['body']) };

export interface Write {
  value: unknown;
  device: string;
  stamp: string;
}

/** Two devices set one field without either having seen the other's value: one was kept, the other is listed here. */
export interface ReviewItem {
  collection: Collection;
  id: string;
  tripId?: string;
  field: string;
  kept: Write;
  other: Write;
}

/** A change stamped further ahead of this device's clock than the bound allows (a peer's clock is wrong). */
export interface FutureStamp {
  device: string;
  stamp: string;
  aheadMs: number;
}

/** What a record now looks like after an apply, for the store: only the fields whose value changed. */
export interface Effect {
  collection: Collection;
  id: string;
  tripId?: string;
  fields: Record<string, unknown>;
}

export interface ApplyOptions {
  /** What the author of these changes had seen of other devices (a batch's `seen`; for local changes, ours). */
  seen?: Seen;
  /** This device's wall clock, to spot far-future stamps. Without it, nothing is capped. */
  now?: number;
  /** How far ahead of `now` a stamp may be before it is capped for our clock and reported (default 24 h). */
  futureBoundMs?: number;
  /**
   * Whether to work out `effects` (default true). Each effect merges a note's whole Yjs history, so a caller that
   * reads the merged records itself (the sync engine, through recordValues) turns it off: it was 80% of a merge.
   */
  effects?: boolean;
  /** Update `state.records` in place instead of copying the map (the caller owns the state): one copy per sync, not per batch. */
  inPlace?: boolean;
}

export interface ApplyResult {
  state: ReplicaState;
  review: ReviewItem[];
  future: FutureStamp[];
  /** The newest incoming stamp, capped at now + bound: what this device's HlcClock should observe. */
  observe?: string;
  effects: Effect[];
}

export const DEFAULT_FUTURE_BOUND_MS = 24 * 60 * 60 * 1000;

export const emptyState = (): ReplicaState => ({ records: {} });

export function recordKey(collection: Collection, id: string): string {
  return `${collection}/${id}`;
}

export function isTextUpdate(value: unknown): value is TextUpdate {
  return typeof value === 'object' && value !== null && typeof (value as TextUpdate).yjs === 'string';
}

export function isTextField(collection: Collection, field: string): boolean {
  return TEXT_FIELDS[collection]?.has(field) ?? false;
}

/** A stamp no further ahead than `now + bound`: what our own clock may take from it. */
export function capStamp(stamp: string, now: number, boundMs = DEFAULT_FUTURE_BOUND_MS): string {
  const h = parseHlc(stamp);
  return h.ms > now + boundMs ? formatHlc({ ms: now + boundMs, counter: 0, device: h.device }) : stamp;
}

function sameValue(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

function insertSorted(list: readonly string[], item: string): string[] | undefined {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < item) lo = mid + 1;
    else hi = mid;
  }
  if (list[lo] === item) return undefined;
  return [...list.slice(0, lo), item, ...list.slice(lo)];
}

/**
 * Whether two writes of one field were concurrent: made on different devices, and the winner's device had not seen
 * the loser's write when it wrote. (The loser may have seen the winner only when the winner's stamp was capped as
 * far-future; that overwrite was lost too, so it is listed as well.)
 */
function concurrent(winner: PlainCell, loser: PlainCell): boolean {
  if (winner.device === loser.device) return false;
  const seenOfLoser = winner.seen?.[loser.device] ?? '';
  return seenOfLoser < loser.stamp;
}

export function applyChanges(state: ReplicaState, changes: readonly Change[], options: ApplyOptions = {}): ApplyResult {
  const records: Record<string, ReplicaRecord> = options.inPlace ? state.records : { ...state.records };
  const copied = new Set<string>();
  const before = new Map<string, Record<string, Cell>>();
  const review: ReviewItem[] = [];
  const futureByDevice = new Map<string, FutureStamp>();
  const bound = options.futureBoundMs ?? DEFAULT_FUTURE_BOUND_MS;
  let newest: string | undefined;

  for (const change of changes) {
    if (newest === undefined || change.hlc > newest) newest = change.hlc;
    if (options.now !== undefined) {
      const aheadMs = parseHlc(change.hlc).ms - options.now;
      const known = futureByDevice.get(change.device);
      if (aheadMs > bound && (!known || aheadMs > known.aheadMs)) futureByDevice.set(change.device, { device: change.device, stamp: change.hlc, aheadMs });
    }

    const key = recordKey(change.collection, change.id);
    let record = records[key];
    if (!record) {
      record = { collection: change.collection, id: change.id, fields: {} };
      if (change.tripId) record.tripId = change.tripId;
      records[key] = record;
      copied.add(key);
      before.set(key, {});
    } else if (!copied.has(key)) {
      before.set(key, record.fields);
      record = { ...record, fields: { ...record.fields } };
      if (!record.tripId && change.tripId) record.tripId = change.tripId;
      records[key] = record;
      copied.add(key);
    }

    for (const [field, value] of Object.entries(change.fields)) {
      const existing = record.fields[field];
      if (isTextField(change.collection, field)) {
        // A plain value for a text field (not a Yjs update) cannot be merged without losing someone's words: skipped.
        if (!isTextUpdate(value)) continue;
        const cell = existing?.kind === 'text' ? existing : { kind: 'text' as const, updates: [], authors: [], stamp: '' };
        // Two devices can make byte-identical updates (deleting the same characters), so authors and stamp are
        // merged even when the update is already known: each is a set union or a maximum, hence commutative.
        const updates = insertSorted(cell.updates, value.yjs);
        const authors = insertSorted(cell.authors, change.device);
        if (!updates && !authors && change.hlc <= cell.stamp) continue;
        record.fields[field] = {
          kind: 'text',
          updates: updates ?? cell.updates,
          authors: authors ?? cell.authors,
          stamp: change.hlc > cell.stamp ? change.hlc : cell.stamp,
        };
        continue;
      }

      const incoming: PlainCell = { kind: 'plain', value: value ?? null, stamp: change.hlc, device: change.device };
      if (options.seen) incoming.seen = options.seen;
      if (!existing || existing.kind !== 'plain') {
        record.fields[field] = incoming;
        continue;
      }
      if (existing.stamp === incoming.stamp) continue; // the same write again
      const [winner, loser] = incoming.stamp > existing.stamp ? [incoming, existing] : [existing, incoming];
      if (winner === incoming) record.fields[field] = incoming;
      if (concurrent(winner, loser) && !sameValue(winner.value, loser.value)) {
        const item: ReviewItem = {
          collection: change.collection,
          id: change.id,
          field,
          kept: { value: winner.value, device: winner.device, stamp: winner.stamp },
          other: { value: loser.value, device: loser.device, stamp: loser.stamp },
        };
        if (record.tripId) item.tripId = record.tripId;
        review.push(item);
      }
    }
  }

  const effects: Effect[] = [];
  for (const [key, old] of options.effects === false ? [] : before) {
    const record = records[key]!;
    const fields: Record<string, unknown> = {};
    for (const [field, cell] of Object.entries(record.fields)) {
      const was = old[field];
      if (cell === was) continue;
      fields[field] = cell.kind === 'text' ? mergeNoteUpdates(cell.updates) : cell.value;
    }
    if (Object.keys(fields).length === 0) continue;
    const effect: Effect = { collection: record.collection, id: record.id, fields };
    if (record.tripId) effect.tripId = record.tripId;
    effects.push(effect);
  }

  const result: ApplyResult = { state: options.inPlace ? state : { records }, review, future: [...futureByDevice.values()], effects };
  if (newest !== undefined) result.observe = options.now === undefined ? newest : capStamp(newest, options.now, bound);
  return result;
}

/** A record's current values (cleared fields left out; text fields merged), as the store would hold it. */
export function recordValues(record: ReplicaRecord): Record<string, unknown> {
  const out: Record<string, unknown> = { id: record.id };
  if (record.tripId) out.tripId = record.tripId;
  for (const [field, cell] of Object.entries(record.fields)) {
    const value = cell.kind === 'text' ? mergeNoteUpdates(cell.updates) : cell.value;
    if (value !== null) out[field] = value;
  }
  return out;
}
