// Merges the batches read from other devices into a copy of this device's replica: pure, so the engine can redo it
// on a state sealed again when a note was saved while the places were being read.
import type { Batch } from '../../../shared/domain/sync/batch';
import type { ReplicaRecord, ReviewItem } from '../../../shared/domain/sync/merge';
import { applyChanges, recordKey, recordValues } from '../../../shared/domain/sync/merge';
import { futureProblem } from './people';
import type { StoredReview, SyncState } from './state';

export interface Merged {
  replica: SyncState['replica'];
  seen: SyncState['seen'];
  observe?: string;
  /** Records to write into the store: those just merged and those held from an earlier sync. */
  touched: Set<string>;
  review: StoredReview[];
  devices: SyncState['devices'];
  received: Map<string, number>;
  problems: string[];
}

/** Merges accepted batches into a copy of the replica; pure, so it can be redone on a state sealed again. */
export function mergePulled(state: SyncState, ready: readonly Batch[], now: number): Merged {
  // One copy of the record map per merge, then each batch in place (records themselves are copied on write, so the
  // caller's state is untouched); effects are not needed because the engine reads merged records with recordValues.
  const replica = { records: { ...state.replica.records } };
  let seen = state.seen;
  let observe: string | undefined;
  const touched = new Set(state.held);
  const review = [...state.review];
  const devices = { ...state.devices };
  const received = new Map<string, number>();
  const problems: string[] = [];
  for (const batch of ready) {
    const result = applyChanges(replica, batch.ops, { seen: batch.seen, now, inPlace: true, effects: false });
    let newest = seen[batch.device] ?? '';
    for (const op of batch.ops) {
      if (op.hlc > newest) newest = op.hlc;
      touched.add(recordKey(op.collection, op.id));
      devices[batch.device] = { ...devices[batch.device], lastChangeAt: op.at };
    }
    // Who uses that device is what its user chose there, never whose notes it carried (anyone may write anyone's).
    if (batch.member !== undefined) {
      const entry = { ...devices[batch.device] };
      if (batch.member === null) delete entry.chosenMemberId;
      else entry.chosenMemberId = batch.member;
      devices[batch.device] = entry;
    }
    if (newest !== '') seen = { ...seen, [batch.device]: newest };
    if (result.observe && (!observe || result.observe > observe)) observe = result.observe;
    received.set(batch.device, (received.get(batch.device) ?? 0) + batch.ops.length);
    for (const item of result.review) review.push({ ...item, key: reviewKey(item) });
    problems.push(...result.future.map(futureProblem));
  }
  return { replica, seen, ...(observe && { observe }), touched, review, devices, received, problems };
}

export function reviewKey(item: ReviewItem): string {
  return `${item.collection}/${item.id}/${item.field}/${item.other.stamp}`;
}

/** A merged record as the store keeps it: a note written on several devices lists them (shown as "merged from"). */
export function storeValues(record: ReplicaRecord): Record<string, unknown> {
  const values = recordValues(record);
  const body = record.fields.body;
  if (record.collection === 'notes' && body?.kind === 'text' && body.authors.length > 1) values.mergedFrom = body.authors.slice(0, 50);
  return values;
}

/** Notes whose body gained an author in `after`: rewritten in the store so that "merged from" stays current. */
export function authorsGrew(before: SyncState['replica'], after: SyncState['replica'], keys: Iterable<string>): string[] {
  const grown: string[] = [];
  for (const key of keys) {
    const was = before.records[key]?.fields.body;
    const now = after.records[key]?.fields.body;
    if (now?.kind === 'text' && now.authors.length > 1 && (was?.kind !== 'text' || was.authors.length !== now.authors.length)) grown.push(key);
  }
  return grown;
}
