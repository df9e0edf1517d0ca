// Words for people about a sync: problems as sentences, review items with a title and member names, dates from stamps.
import type { SyncReviewItem } from '../../../shared/contract';
import { parseHlc } from '../../../shared/domain/hlc';
import type { FutureStamp } from '../../../shared/domain/sync/merge';
import type { Store } from '../store/types';
import { SyncFolderMissingError } from './folder';
import type { StoredReview, SyncState } from './state';

export function stampTime(stamp: string): string {
  try {
    return new Date(parseHlc(stamp).ms).toISOString();
  } catch {
    return new Date(0).toISOString();
  }
}

export function pushProblem(where: string, error: unknown): string {
  if (error instanceof SyncFolderMissingError) {
    return `The sync folder ${error.folder} was not found. Nothing was changed; check that the drive is connected, then sync again.`;
  }
  const reason = error instanceof Error ? error.message : String(error);
  return `Sending to ${where} failed (${reason}). Your changes are kept on this device and will be sent at the next sync.`;
}

export function pullProblem(where: string, error: unknown): string {
  const reason = error instanceof Error ? error.message : String(error);
  return `Reading from ${where} failed (${reason}). Nothing was changed; sync again once it can be reached.`;
}

export function futureProblem(f: FutureStamp): string {
  const days = Math.round(f.aheadMs / 86_400_000);
  return `Device ${f.device}'s clock is about ${days} day(s) ahead. Its changes were kept, but this device's clock was not moved forward; ask its user to correct the date and time.`;
}

/** Member names by id (English name), read once per call. */
export async function memberNames(store: Store): Promise<Map<string, string>> {
  const members = await store.all('members');
  return new Map(members.map((m) => [m.id, m.name.en]));
}

/** The person another device's user chose for it; undefined until its batches said so (never guessed). */
export function deviceMember(state: SyncState, names: Map<string, string>, device: string): string | undefined {
  const id = state.devices[device]?.chosenMemberId;
  return id ? names.get(id) : undefined;
}

async function titleOf(store: Store, item: StoredReview): Promise<string> {
  const record = (await store.get(item.collection, item.id, item.tripId).catch(() => undefined)) as Record<string, unknown> | undefined;
  const title = record?.title;
  if (typeof title === 'string' && title !== '') return title;
  const name = record?.name as { en?: unknown } | undefined;
  if (typeof name?.en === 'string' && name.en !== '') return name.en;
  return `${item.collection} ${item.id}`;
}

export async function reviewForPeople(store: Store, state: SyncState): Promise<SyncReviewItem[]> {
  const names = await memberNames(store);
  const out: SyncReviewItem[] = [];
  for (const item of state.review) {
    const meId = store.meta().settings?.meId;
    const side = (w: StoredReview['kept']) => {
      const memberName = w.device === store.deviceId ? (meId && names.get(meId)) || undefined : deviceMember(state, names, w.device);
      return { value: w.value, deviceId: w.device, ...(memberName && { memberName }), at: stampTime(w.stamp) };
    };
    out.push({
      id: item.key,
      collection: item.collection,
      recordId: item.id,
      ...(item.tripId && { tripId: item.tripId }),
      recordTitle: await titleOf(store, item),
      field: item.field,
      kept: side(item.kept),
      other: side(item.other),
    });
  }
  return out;
}
