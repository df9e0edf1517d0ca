// Makes the store equal to a backup through store.apply, so every change is recorded like any other (sync carries
// it, the audit trail shows it): each backed-up record is set wholesale to its backed-up value, keeping its own
// createdAt, and every live record the backup does not hold becomes a tombstone. updatedAt becomes the time of the
// restore, as for any change: the store's recovery relies on a record's updatedAt matching its last logged change.
import type { Collection } from '../../../shared/model';
import { isTripCollection } from '../store/layout';
import { recordKey } from '../store/plan';
import type { Mutation, Store } from '../store/types';
import type { BackupData } from './format';
import { BACKUP_COLLECTIONS } from './format';

type AnyRecord = { id: string; tripId?: string; deleted: boolean } & Record<string, unknown>;

/** Large enough that a 10-year history restores in a few dozen writes, small enough that each write stays quick. */
export const RESTORE_BATCH = 2000;

function keyOf(c: Collection, r: AnyRecord): string {
  return recordKey(c, r.id, isTripCollection(c) ? r.tripId : undefined);
}

function records(data: BackupData, c: Collection): AnyRecord[] {
  return data[c] as unknown as AnyRecord[];
}

function sameExceptUpdatedAt(a: AnyRecord, b: AnyRecord): boolean {
  return JSON.stringify({ ...a, updatedAt: '' }) === JSON.stringify({ ...b, updatedAt: '' });
}

/** The mutations that turn `current` into `target`, grouped so that one trip's records tend to land in one write. */
export function restoreMutations(current: BackupData, target: BackupData): Mutation[] {
  const now = new Map<string, AnyRecord>();
  for (const c of BACKUP_COLLECTIONS) for (const r of records(current, c)) now.set(keyOf(c, r), r);
  const wanted = new Set<string>();
  const out: Mutation[] = [];
  for (const c of BACKUP_COLLECTIONS) {
    const tripScoped = isTripCollection(c);
    for (const record of records(target, c)) {
      const key = keyOf(c, record);
      wanted.add(key);
      const before = now.get(key);
      if (before && sameExceptUpdatedAt(before, record)) continue;
      // Wholesale: a field the record has now but the backup does not is removed (undefined removes it).
      const fields: Record<string, unknown> = { ...record };
      for (const field of Object.keys(before ?? {})) if (!(field in record)) fields[field] = undefined;
      out.push({ collection: c, id: record.id, ...(tripScoped && { tripId: record.tripId }), fields, keepCreatedAt: true } as Mutation);
    }
    for (const record of records(current, c)) {
      if (record.deleted || wanted.has(keyOf(c, record))) continue;
      out.push({ collection: c, id: record.id, ...(tripScoped && { tripId: record.tripId }), fields: { deleted: true } });
    }
  }
  // Directory and trip index first, then each trip's records together.
  return out
    .map((m, i) => ({ m, i, group: m.tripId ?? '' }))
    .sort((a, b) => (a.group === b.group ? a.i - b.i : a.group < b.group ? -1 : 1))
    .map(({ m }) => m);
}

/** Applies the mutations in batches; `onBatch` hears how far it got (for a message if a batch fails part-way). */
export async function applyInBatches(store: Store, mutations: Mutation[], onBatch?: (done: number) => void): Promise<number> {
  let recorded = 0;
  for (let i = 0; i < mutations.length; i += RESTORE_BATCH) {
    recorded += (await store.apply(mutations.slice(i, i + RESTORE_BATCH))).length;
    onBatch?.(Math.min(i + RESTORE_BATCH, mutations.length));
  }
  return recorded;
}
