// Reads every record the store holds, tombstones included: each trip's own file is loaded (deleted trips too, so a
// restored trip comes back with its itinerary, notes and follow-ups).
import type { Store } from '../store/types';
import type { BackupData } from './format';
import { BACKUP_COLLECTIONS } from './format';

export async function collectAll(store: Store): Promise<BackupData> {
  const [trips, members, organisations, contacts] = await Promise.all([
    store.all('trips'),
    store.all('members'),
    store.all('organisations'),
    store.all('contacts'),
  ]);
  const data: BackupData = { trips, members, organisations, contacts, events: [], notes: [], followups: [] };
  // One trip at a time: a 10-year history has hundreds of trip files, and opening them all at once gains nothing.
  for (const trip of trips) {
    const [events, notes, followups] = await Promise.all([
      store.ofTrip('events', trip.id),
      store.ofTrip('notes', trip.id),
      store.ofTrip('followups', trip.id),
    ]);
    data.events.push(...events);
    data.notes.push(...notes);
    data.followups.push(...followups);
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
