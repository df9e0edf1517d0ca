// The full records an organisation page shows, per trip: only that organisation's meetings and their notes, for the
// last few organisations opened. The activity index keeps no bodies and trip files leave memory when cold, so without
// this a page over 100 trips would re-read 100 trip files on every visit; with it, a visit after an edit re-reads only
// the trip that changed. Bounded by what the pages themselves send (a 200-meeting page is ~0.7 MB).
import type { Note, TripEvent } from '../../../shared/model';
import type { Store } from '../store/types';

/** Organisations whose page records are kept: the one on screen and the few just visited. */
const PAGES_KEPT = 4;

export interface TripPageRecords {
  events: Map<string, TripEvent>;
  /** Live notes of those events. */
  notes: Note[];
}

export class PageRecords {
  /** Organisation → trip → records; a Map keeps use order (oldest first). */
  private readonly pages = new Map<string, Map<string, TripPageRecords>>();

  constructor(private readonly store: Store) {
    store.onChanges((changes) => {
      for (const c of changes) {
        if (!c.tripId || (c.collection !== 'events' && c.collection !== 'notes')) continue;
        for (const trips of this.pages.values()) trips.delete(c.tripId);
      }
    });
  }

  /** The records of `eventIds` (the organisation's meetings in the trip) and their live notes. */
  async of(organisationId: string, tripId: string, eventIds: readonly string[]): Promise<TripPageRecords> {
    let trips = this.pages.get(organisationId);
    if (trips) this.pages.delete(organisationId);
    else trips = new Map();
    this.pages.set(organisationId, trips);
    while (this.pages.size > PAGES_KEPT) this.pages.delete(this.pages.keys().next().value!);
    const kept = trips.get(tripId);
    if (kept && eventIds.every((id) => kept.events.has(id))) return kept;
    const [events, notes] = await Promise.all([this.store.ofTrip('events', tripId), this.store.ofTrip('notes', tripId)]);
    const wanted = new Set(eventIds);
    const records = { events: new Map(events.filter((e) => wanted.has(e.id)).map((e) => [e.id, e])), notes: notes.filter((n) => !n.deleted && wanted.has(n.eventId)) };
    trips.set(tripId, records);
    return records;
  }
}

const caches = new WeakMap<Store, PageRecords>();

export function pageRecordsFor(store: Store): PageRecords {
  let cache = caches.get(store);
  if (!cache) caches.set(store, (cache = new PageRecords(store)));
  return cache;
}
