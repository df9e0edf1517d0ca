// Every current record as one change, for a reader whose place in the change log was compacted away (decision 010):
// sync configured for the first time after compaction seals this instead of the log it no longer has.
import type { Change } from '../../../shared/model';
import { DIRECTORY_COLLECTIONS, TRIP_COLLECTIONS } from './layout';
import type { AnyRecord } from './plan';
import type { Store } from './types';

/** One change per record (tombstones included) with all its fields, each stamped by `tick` (newer than any logged). */
export async function recordsAsChanges(store: Pick<Store, 'all' | 'ofTrip'>, tick: () => string, device: string): Promise<Change[]> {
  const out: Change[] = [];
  const add = (collection: Change['collection'], record: AnyRecord, tripId?: string) => {
    const { id, updatedAt, ...fields } = record as AnyRecord & { updatedAt: string };
    out.push({ collection, id, ...(tripId && { tripId }), fields, hlc: tick(), device, at: updatedAt });
  };
  const trips = await store.all('trips');
  for (const trip of trips) add('trips', trip as AnyRecord);
  for (const collection of DIRECTORY_COLLECTIONS) for (const record of await store.all(collection)) add(collection, record as AnyRecord);
  for (const trip of trips) {
    for (const collection of TRIP_COLLECTIONS) for (const record of await store.ofTrip(collection, trip.id)) add(collection, record as AnyRecord, trip.id);
  }
  return out;
}
