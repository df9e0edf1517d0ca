// Every searchable record of the store, in the order the index takes them (trips, the directory, then each trip's
// events, notes and follow-ups), read a few trip files at a time so other calls get through between steps; and a
// record as the index's document.
import type { SearchKind } from '../../../shared/contract';
import type { Trip } from '../../../shared/model';
import type { Store } from '../store/types';
import { type AnySearchRecord, type DocRef, KIND_ORDER, SEARCHED_DIRECTORY, SEARCHED_IN_TRIP, docId, kindOfCollection, searchableText } from './documents';
import type { SegmentDoc } from './segment-build';

/** Trip files read at once while building: enough to overlap disk reads, few enough to keep other requests moving. */
const TRIPS_PER_STEP = 8;

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

export type RecordSink = (records: [DocRef, AnySearchRecord][]) => void | Promise<void>;

export function docOf(ref: DocRef, record: AnySearchRecord): SegmentDoc {
  const { title, texts } = searchableText(ref.kind, record as never);
  // Newlines keep the pieces apart: a CJK run never joins the end of one field to the start of the next.
  return { key: docId(ref), group: KIND_ORDER.indexOf(ref.kind), ...(ref.tripId !== undefined && { trip: ref.tripId }), title, text: [title, ...texts].join('\n') };
}

/** Feeds every record to `sink`, step by step; `stepped` is told after the directory and after each trip. */
export async function readAllRecords(store: Store, trips: Trip[], sink: RecordSink, stepped?: (trips: number) => void): Promise<void> {
  await sink(trips.map((trip) => [{ kind: 'trip', id: trip.id }, trip]));
  for (const collection of SEARCHED_DIRECTORY) {
    const kind = kindOfCollection[collection]!;
    const records = (await store.all(collection)) as AnySearchRecord[];
    await sink(records.map((record) => [{ kind, id: record.id }, record]));
    await nextTurn();
  }
  stepped?.(1);
  for (let i = 0; i < trips.length; i += TRIPS_PER_STEP) {
    const step = trips.slice(i, i + TRIPS_PER_STEP);
    const loaded = await Promise.all(step.map((trip) => tripRecords(store, trip.id)));
    for (const records of loaded) await sink(records);
    stepped?.(step.length);
    await nextTurn(); // a build takes seconds on a long history: let other requests through between steps
  }
}

async function tripRecords(store: Store, tripId: string): Promise<[DocRef, AnySearchRecord][]> {
  try {
    const sections = await Promise.all(SEARCHED_IN_TRIP.map((c) => store.ofTrip(c, tripId)));
    const refs = (kind: SearchKind, records: AnySearchRecord[]) => records.map((r): [DocRef, AnySearchRecord] => [{ kind, id: r.id, tripId }, r]);
    return SEARCHED_IN_TRIP.flatMap((c, i) => refs(kindOfCollection[c]!, sections[i]! as AnySearchRecord[]));
  } catch (error) {
    // One unreadable trip file (the store has told the user) must not leave the whole app without search.
    console.warn(`[search] the records of trip ${tripId} could not be read and are left out of search:`, error);
    return [];
  }
}
