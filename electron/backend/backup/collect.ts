// Reads every record the store holds, tombstones included: each trip's own file is loaded (deleted trips too, so a
// restored trip comes back with its itinerary, notes and follow-ups).
import { type Collection, collectionsIn } from '../../../shared/model';
import { TRIP_COLLECTIONS } from '../store/layout';
import type { Store } from '../store/types';
import type { BackupData } from './format';
import { BACKUP_COLLECTIONS } from './format';

/** `onTrip` hears how many trips' files have been read, for an export's progress. */
export async function collectAll(store: Store, onTrip?: (done: number, total: number) => void): Promise<BackupData> {
  const data = Object.fromEntries(BACKUP_COLLECTIONS.map((c) => [c, []])) as unknown as BackupData;
  const put = (c: Collection, records: readonly unknown[]) => (data[c] as unknown[]).push(...records);
  await Promise.all(collectionsIn('index').map(async (c) => put(c, await store.all(c))));
  await Promise.all(collectionsIn('directory').map(async (c) => put(c, await store.all(c))));
  let read = 0;
  // One trip at a time: a 10-year history has hundreds of trip files, and opening them all at once gains nothing.
  for (const trip of data.trips) {
    const sections = await Promise.all(TRIP_COLLECTIONS.map((c) => store.ofTrip(c, trip.id)));
    TRIP_COLLECTIONS.forEach((c, i) => put(c, sections[i]!));
    onTrip?.(++read, data.trips.length);
  }
  return data;
}

/** How many records in each collection are not tombstones: what a person thinks of as "their data". */
export function liveCounts(data: BackupData): Record<keyof BackupData, number> {
  return Object.fromEntries(BACKUP_COLLECTIONS.map((c) => [c, (data[c] as { deleted: boolean }[]).filter((r) => !r.deleted).length])) as Record<
    keyof BackupData,
    number
  >;
}
