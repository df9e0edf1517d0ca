// Turns a list of mutations into the records they produce and the changes they record, without touching the
// store: everything is validated first, so an invalid mutation leaves memory and disk exactly as they were.
import type { z } from 'zod';
import type { Change, Collection } from '../../../shared/model';
import { Collection as CollectionSchema, COLLECTION_NAMES, Id, collections } from '../../../shared/model';
import type { StoreIssue } from './errors';
import { StoreValidationError } from './errors';
import { isReservedTripId, isTripCollection } from './layout';
import type { Mutation, RecordTypes } from './types';

export type AnyRecord = RecordTypes[Collection];

export const recordSchemas = Object.fromEntries(COLLECTION_NAMES.map((c) => [c, collections[c].schema])) as unknown as {
  [C in Collection]: z.ZodType<RecordTypes[C]>;
};

/** The store stamps these itself. */
const STORE_OWNED = new Set(['id', 'createdAt', 'updatedAt']);

export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

function sameValue(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

export function recordKey(collection: Collection, id: string, tripId?: string): string {
  return isTripCollection(collection) ? `${collection}/${tripId}/${id}` : `${collection}/${id}`;
}

export interface StagedRecord {
  collection: Collection;
  id: string;
  tripId?: string;
  record: AnyRecord;
}

export interface Plan {
  staged: Map<string, StagedRecord>;
  changes: Change[];
}

export interface PlanContext {
  /** The record as the store holds it now (its file already loaded). */
  current(collection: Collection, id: string, tripId?: string): AnyRecord | undefined;
  /** The ISO instant this apply happens at. */
  at: string;
  tick(): string;
  device: string;
}

/** Where a mutation's record lives, or a problem with it. */
export function locate(m: Mutation): { tripId?: string; issue?: StoreIssue } {
  const where = `${m.collection}[${m.id}]`;
  if (!CollectionSchema.safeParse(m.collection).success) return { issue: { path: where, message: `there is no collection called "${m.collection}"` } };
  if (!Id.safeParse(m.id).success) return { issue: { path: where, message: 'an id uses only letters, digits, _ and -' } };
  if (m.collection === 'trips' && isReservedTripId(m.id)) return { issue: { path: where, message: 'this id is reserved for the trip index' } };
  if (!isTripCollection(m.collection)) return {};
  const fieldTrip = (m.fields as { tripId?: unknown }).tripId;
  const tripId = m.tripId ?? (typeof fieldTrip === 'string' ? fieldTrip : undefined);
  if (!tripId || !Id.safeParse(tripId).success || isReservedTripId(tripId)) return { issue: { path: `${where}.tripId`, message: 'the trip it belongs to is needed' } };
  if (fieldTrip !== undefined && fieldTrip !== tripId) {
    return { issue: { path: `${where}.tripId`, message: 'a record cannot move to another trip; create it there and delete this one' } };
  }
  return { tripId };
}

function formatPath(prefix: string, path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, p) => (typeof p === 'number' ? `${out}[${p}]` : `${out}.${String(p)}`), prefix);
}

export function plan(mutations: Mutation[], ctx: PlanContext): Plan {
  const staged = new Map<string, StagedRecord>();
  const changes: Change[] = [];
  const issues: StoreIssue[] = [];

  for (const m of mutations) {
    const { tripId, issue } = locate(m);
    if (issue) {
      issues.push(issue);
      continue;
    }
    const key = recordKey(m.collection, m.id, tripId);
    const before = staged.get(key)?.record ?? ctx.current(m.collection, m.id, tripId);
    const draft: Record<string, unknown> = before ? { ...before } : { id: m.id, createdAt: ctx.at };
    for (const [field, value] of Object.entries(m.fields)) {
      if (STORE_OWNED.has(field) && !(field === 'createdAt' && m.keepCreatedAt === true)) continue;
      if (value === undefined) delete draft[field];
      else draft[field] = value;
    }
    draft.updatedAt = ctx.at;

    const result = recordSchemas[m.collection].safeParse(draft);
    if (!result.success) {
      for (const i of result.error.issues) issues.push({ path: formatPath(`${m.collection}[${m.id}]`, i.path), message: i.message });
      continue;
    }
    const record = result.data as Record<string, unknown>;
    const old = before as Record<string, unknown> | undefined;
    const fields: Record<string, unknown> = {};
    for (const field of new Set([...Object.keys(record), ...Object.keys(old ?? {})])) {
      if (field === 'id' || field === 'updatedAt') continue;
      // A cleared optional field is recorded as null, since JSON cannot carry undefined.
      if (!old || !sameValue(old[field], record[field])) fields[field] = record[field] ?? null;
    }
    if (Object.keys(fields).length === 0) continue;

    staged.set(key, { collection: m.collection, id: m.id, tripId, record: deepFreeze(result.data) });
    const change: Change = { collection: m.collection, id: m.id, fields, hlc: '', device: ctx.device, at: ctx.at };
    if (tripId) change.tripId = tripId;
    changes.push(change);
  }

  if (issues.length > 0) throw new StoreValidationError(issues);
  // Stamps are taken only once the whole apply is known to be valid, so a refused apply uses none.
  for (const change of changes) deepFreeze(Object.assign(change, { hlc: ctx.tick() }));
  return { staged, changes };
}

/** Re-applies a logged change to a record (crash recovery): the fields it set, at the time it was made. */
export function redo(change: Change, before: AnyRecord | undefined): AnyRecord | undefined {
  const draft: Record<string, unknown> = before ? { ...before } : { id: change.id };
  for (const [field, value] of Object.entries(change.fields)) {
    if (value === null) delete draft[field];
    else draft[field] = value;
  }
  draft.updatedAt = change.at;
  const result = recordSchemas[change.collection].safeParse(draft);
  return result.success ? deepFreeze(result.data) : undefined;
}

/**
 * A merged record from sync as the store would hold it, with the fields that differ from `before` (for listeners),
 * or undefined when it does not validate yet (its create has not arrived) or nothing changed.
 */
export function remoteRecord(collection: Collection, values: Record<string, unknown>, id: string, at: string, before: AnyRecord | undefined): { record: AnyRecord; fields: Record<string, unknown> } | 'invalid' | 'same' {
  const draft: Record<string, unknown> = { ...values, id, updatedAt: at };
  const result = recordSchemas[collection].safeParse(draft);
  if (!result.success) return 'invalid';
  const record = result.data as Record<string, unknown>;
  const old = before as Record<string, unknown> | undefined;
  const fields: Record<string, unknown> = {};
  for (const field of new Set([...Object.keys(record), ...Object.keys(old ?? {})])) {
    if (field === 'id' || field === 'updatedAt') continue;
    if (!old || !sameValue(old[field], record[field])) fields[field] = record[field] ?? null;
  }
  if (Object.keys(fields).length === 0) return 'same';
  return { record: deepFreeze(result.data), fields };
}
