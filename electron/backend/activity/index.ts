// A cross-trip index of what happened with whom: organisation → the events and follow-ups that name it, and every
// trip's live follow-ups and notes, so the organisation page, the follow-up lists and the dashboard never scan ten
// years of trip files per call. Built lazily on first use (that loads every trip file once: a few seconds on a
// 10-year history), then kept current by re-reading only the trips that changes touched: the store tells it of every
// applied change (handlers, undo and redo, sync alike) before apply() resolves.
import type { Change, FollowUp, Note, TripEvent } from '../../../shared/model';
import type { Store } from '../store/types';

/** One trip's live records, grouped the ways the queries need them. */
export interface TripActivity {
  tripId: string;
  /** Every event, tombstones included, so a follow-up or note can still name the event it came from. */
  events: Map<string, TripEvent>;
  eventsByOrg: Map<string, TripEvent[]>;
  followUps: FollowUp[];
  followUpsByOrg: Map<string, FollowUp[]>;
  notesByEvent: Map<string, Note[]>;
  /** Organisations named by the trip's live events or follow-ups. */
  organisationIds: Set<string>;
}

/** Trip files read at once while building: enough to overlap the reads, few enough to keep memory flat. */
const READ_AHEAD = 16;

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export class ActivityIndex {
  private readonly trips = new Map<string, TripActivity>();
  /** Organisation → the trips whose activity names it. */
  private readonly tripsByOrg = new Map<string, Set<string>>();
  private readonly dirty = new Set<string>();
  /** Trips whose file could not be read last time; tried again on the next call rather than in a loop. */
  private readonly unreadable = new Set<string>();
  private started = false;
  private refreshing: Promise<void> | undefined;

  constructor(private readonly store: Store) {
    store.onChanges((changes) => this.touched(changes));
  }

  /** Brings the index up to date: everything on first use, afterwards only the trips changed since. */
  async ready(): Promise<void> {
    if (!this.started) {
      this.started = true;
      for (const trip of await this.store.all('trips')) this.dirty.add(trip.id);
    }
    for (const id of this.unreadable) this.dirty.add(id);
    this.unreadable.clear();
    while (this.dirty.size > 0) {
      this.refreshing ??= this.refresh().finally(() => (this.refreshing = undefined));
      await this.refreshing;
    }
  }

  /** Indexed trips, deleted ones included: callers decide what a deleted trip means for them. */
  activities(): IterableIterator<TripActivity> {
    return this.trips.values();
  }

  trip(tripId: string): TripActivity | undefined {
    return this.trips.get(tripId);
  }

  /** The trips whose live events or follow-ups name the organisation. */
  tripsOf(organisationId: string): TripActivity[] {
    const ids = this.tripsByOrg.get(organisationId);
    return ids ? [...ids].map((id) => this.trips.get(id)!) : [];
  }

  private touched(changes: readonly Change[]): void {
    if (!this.started) return; // the first ready() reads everything anyway
    for (const c of changes) {
      if (c.collection === 'events' || c.collection === 'notes' || c.collection === 'followups') {
        if (c.tripId) this.dirty.add(c.tripId);
      } else if (c.collection === 'trips' && !this.trips.has(c.id)) {
        this.dirty.add(c.id); // a new trip (or one duplicated with its events)
      }
    }
  }

  private async refresh(): Promise<void> {
    const ids = [...this.dirty];
    this.dirty.clear();
    for (let i = 0; i < ids.length; i += READ_AHEAD) {
      await Promise.all(ids.slice(i, i + READ_AHEAD).map((id) => this.reindex(id)));
    }
  }

  private async reindex(tripId: string): Promise<void> {
    let events: TripEvent[], notes: Note[], followUps: FollowUp[];
    try {
      [events, notes, followUps] = await Promise.all([
        this.store.ofTrip('events', tripId),
        this.store.ofTrip('notes', tripId),
        this.store.ofTrip('followups', tripId),
      ]);
    } catch (error) {
      // A file from a newer version of the app, say: leave the trip out now and try again on the next call.
      this.unreadable.add(tripId);
      console.warn(`activity index: trip ${tripId} could not be read: ${error instanceof Error ? error.message : String(error)}`);
      this.forget(tripId);
      return;
    }
    this.forget(tripId);
    const activity: TripActivity = {
      tripId,
      events: new Map(),
      eventsByOrg: new Map(),
      followUps: [],
      followUpsByOrg: new Map(),
      notesByEvent: new Map(),
      organisationIds: new Set(),
    };
    for (const event of events) {
      activity.events.set(event.id, event);
      if (event.deleted) continue;
      for (const orgId of new Set(event.organisationIds)) {
        push(activity.eventsByOrg, orgId, event);
        activity.organisationIds.add(orgId);
      }
    }
    for (const note of notes) if (!note.deleted) push(activity.notesByEvent, note.eventId, note);
    for (const f of followUps) {
      if (f.deleted) continue;
      activity.followUps.push(f);
      if (f.organisationId) {
        push(activity.followUpsByOrg, f.organisationId, f);
        activity.organisationIds.add(f.organisationId);
      }
    }
    this.trips.set(tripId, activity);
    for (const orgId of activity.organisationIds) {
      let set = this.tripsByOrg.get(orgId);
      if (!set) this.tripsByOrg.set(orgId, (set = new Set()));
      set.add(tripId);
    }
  }

  private forget(tripId: string): void {
    const old = this.trips.get(tripId);
    if (!old) return;
    for (const orgId of old.organisationIds) {
      const set = this.tripsByOrg.get(orgId);
      set?.delete(tripId);
      if (set?.size === 0) this.tripsByOrg.delete(orgId);
    }
    this.trips.delete(tripId);
  }
}

const indexes = new WeakMap<Store, ActivityIndex>();

/** The one index per store, shared by the follow-up, organisation-page and dashboard handlers. */
export function activityIndexFor(store: Store): ActivityIndex {
  let index = indexes.get(store);
  if (!index) indexes.set(store, (index = new ActivityIndex(store)));
  return index;
}
