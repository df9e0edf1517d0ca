// What keeps another device's changes from showing here, kept so the Sync page can say it and what to do: a stream
// stopped at a batch (missing, still copying, damaged, another passphrase) and records held back until the rest of
// them (or their trip) arrives. A sync that stops must never look like one that had nothing to do.
import type { SyncHeldReason, SyncWaitReason } from '../../../shared/contract';
import type { Applied, BatchProblem, BatchProblemKind } from '../../../shared/domain/sync/batch';
import type { Store } from '../store/types';
import type { SyncState, SyncWait } from './state';

const REASONS: Partial<Record<BatchProblemKind, SyncWaitReason>> = {
  gap: 'missing',
  unreadable: 'unreadable',
  invalid: 'damaged',
  'bad-hash': 'damaged',
  'wrong-place': 'damaged',
  'wrong-passphrase': 'passphrase',
  'not-encrypted': 'not-encrypted',
};

/**
 * Per device, the first batch it is stopped at after this sync. A problem one place reported about a batch another
 * place delivered is no stop. `since` is kept while a device waits for the same batch for the same reason. When a
 * place could not be read at all, what was known of it is kept rather than taken for "nothing is waiting".
 */
export function nextWaiting(
  previous: Readonly<Record<string, SyncWait>> | undefined,
  problems: readonly BatchProblem[],
  applied: Applied,
  now: string,
  placeUnread: boolean,
): Record<string, SyncWait> {
  const next: Record<string, SyncWait> = {};
  for (const p of problems) {
    const reason = REASONS[p.kind];
    if (!reason || p.device === undefined || p.seq === undefined || p.seq <= (applied[p.device] ?? 0)) continue;
    const known = next[p.device];
    if (known && known.seq <= p.seq) continue;
    const before = previous?.[p.device];
    next[p.device] = { seq: p.seq, reason, since: before && before.seq === p.seq && before.reason === reason ? before.since : now };
  }
  if (placeUnread) {
    for (const [device, wait] of Object.entries(previous ?? {})) {
      if (!next[device] && wait.seq > (applied[device] ?? 0)) next[device] = wait;
    }
  }
  return next;
}

/**
 * Held-back records counted per device that wrote part of them, by reason: a trip's record whose trip is not here
 * yet waits for the trip; any other is incomplete (its creation, or a field it needs, has not arrived).
 */
export async function heldBackByDevice(store: Store, state: SyncState): Promise<Map<string, { reason: SyncHeldReason; records: number }[]>> {
  const counts = new Map<string, Map<SyncHeldReason, number>>();
  for (const key of state.held) {
    const record = state.replica.records[key];
    if (!record) continue;
    const trip = record.tripId ? await store.get('trips', record.tripId).catch(() => undefined) : undefined;
    const reason: SyncHeldReason = record.tripId && !trip ? 'trip-missing' : 'incomplete';
    const writers = new Set<string>();
    for (const cell of Object.values(record.fields)) {
      if (cell.kind === 'plain') writers.add(cell.device);
      else for (const author of cell.authors) writers.add(author);
    }
    writers.delete(store.deviceId);
    for (const device of writers) {
      const byReason = counts.get(device) ?? new Map<SyncHeldReason, number>();
      byReason.set(reason, (byReason.get(reason) ?? 0) + 1);
      counts.set(device, byReason);
    }
  }
  return new Map([...counts].map(([device, byReason]) => [device, [...byReason].map(([reason, records]) => ({ reason, records }))]));
}
