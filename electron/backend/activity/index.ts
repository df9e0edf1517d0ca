// A cross-trip index of what happened with whom: organisation → the events and follow-ups that name it, and every
// trip's live follow-ups, so the organisation page, the follow-up lists and the dashboard never scan ten years of trip
// files per call. It holds what those queries select and count by (an event's id, title, start, status and
// organisations; follow-ups, which the lists and figures show whole), never note bodies or event descriptions: a
// screen reads the full records of the few trips it shows from the store (issue 12 item 4).
// On first use it loads its saved file (saved.ts) and re-reads only the trips changed since; without a usable file it
// is built from every trip file (a few seconds at ten years). Afterwards it re-reads only the trips that changes
// touched: the store tells it of every applied change (handlers, undo and redo, sync alike) before apply() resolves.
import type { Change, FollowUp, TripEvent } from '../../../shared/model';
import type { Store } from '../store/types';
import { logEnd, logSince } from '../store/log-position';
import { type TripActivity, tripActivity } from './summary';
import { ACTIVITY_FORMAT, type SavedActivity, clearMerged, markMerged, readSaved, savedTrip, writeSaved } from './saved';

/** Trip files read at once while building: enough to overlap the reads, few enough to keep memory flat. */
const READ_AHEAD = 16;
/**
 * Saves after changes at most this often. Local changes need no prompt save (the change log names them at the next
 * start, and a crash costs re-reading only those trips), and writing ~10 MB (ten years) in the middle of a burst of
 * edits would stall calls; so the file is written on close, soon after a rebuild, and in long sessions.
 */
const SAVE_AFTER_MS = 10 * 60_000;
/** A rebuild (seconds of reading every trip) is saved soon, so the next start does not repeat it. */
const SAVE_REBUILT_AFTER_MS = 5_000;

export class ActivityIndex {
  private readonly trips = new Map<string, TripActivity>();
  /** Organisation → the trips whose activity names it. */
  private readonly tripsByOrg = new Map<string, Set<string>>();
  private readonly dirty = new Set<string>();
  /** Trips whose file could not be read last time; tried again on the next call rather than in a loop. */
  private readonly unreadable = new Set<string>();
  /** Trips being re-read now. */
  private refreshingIds: Set<string> | undefined;
  private starting: Promise<void> | undefined;
  private refreshing: Promise<void> | undefined;
  /** Saving to disk: the folder, whether anything changed since the last save, and the timer that saves it. */
  private readonly disk: { dataDir: string; changed: boolean; merged: boolean; timer?: NodeJS.Timeout; due?: number; saving?: Promise<void> } | undefined;
  /** How the index started: from its saved file (bringing forward only what changed since) or rebuilt. */
  startedFrom: 'saved' | 'rebuilt' | undefined;

  /** With `dataDir`, the index is kept under <dataDir>/index/activity/ (see saved.ts); without, in memory only. */
  constructor(
    private readonly store: Store,
    dataDir?: string,
  ) {
    this.disk = dataDir === undefined ? undefined : { dataDir, changed: false, merged: false };
    store.onChanges((changes) => this.touched(changes));
  }

  /** Brings the index up to date: on first use from its saved file (or everything), afterwards only changed trips. */
  async ready(): Promise<void> {
    this.starting ??= this.start();
    await this.starting;
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

  /** Loads the saved index and marks the trips changed since as dirty; else marks every trip (a rebuild). */
  private async start(): Promise<void> {
    const saved = this.disk && (await readSaved(this.disk.dataDir));
    if (saved) {
      try {
        // The log must still hold the change the file ends at, with the same stamp; its successors name the trips to
        // re-read. Anything else (compacted past it, a restored or replaced folder) means the file cannot be trusted.
        const since = await logSince(this.store, { seq: saved.seq, hlc: saved.lastHlc });
        if (since) {
          for (const t of saved.trips) this.put(tripActivity(t.tripId, t.events, t.followUps));
          for (const id of saved.dirty) this.dirty.add(id);
          this.touched(since.after);
          this.startedFrom = 'saved';
          return;
        }
      } catch (error) {
        console.warn(`activity index: the saved index could not be brought forward, rebuilding: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    for (const trip of await this.store.all('trips')) this.dirty.add(trip.id);
    this.startedFrom = 'rebuilt';
    if (this.disk) this.disk.changed = true;
    this.scheduleSave(SAVE_REBUILT_AFTER_MS);
  }

  private touched(changes: readonly Change[]): void {
    if (this.disk && changes.length > 0) {
      this.disk.changed = true;
      if (changes.some((c) => c.hlc === '') && !this.disk.merged) {
        this.disk.merged = true; // sync's merges are in no log: say so on disk before anything else (see saved.ts)
        markMerged(this.disk.dataDir).catch((error: unknown) => console.warn('activity index: could not mark a merge:', error));
      }
      this.scheduleSave(SAVE_AFTER_MS);
    }
    for (const c of changes) {
      if (c.collection === 'events' || c.collection === 'followups') {
        if (c.tripId) this.dirty.add(c.tripId);
      } else if (c.collection === 'trips' && !this.trips.has(c.id)) {
        this.dirty.add(c.id); // a new trip (or one duplicated with its events)
      }
    }
  }

  private scheduleSave(afterMs: number): void {
    const disk = this.disk;
    if (!disk) return;
    const due = Date.now() + afterMs;
    if (disk.timer && disk.due !== undefined && disk.due <= due) return;
    if (disk.timer) clearTimeout(disk.timer);
    disk.due = due;
    disk.timer = setTimeout(() => {
      disk.timer = undefined;
      disk.due = undefined;
      this.save().catch((error: unknown) => console.warn('activity index: could not be saved (it is rebuilt if needed):', error));
    }, afterMs);
    disk.timer.unref();
  }

  /**
   * Writes the index as it is now, with the trips still to re-read, at the log position it reflects. The position is
   * found first and the snapshot taken after every change logged by then has been announced (setImmediate), so a
   * change is either before the position or in the dirty list: never lost between them. Only once started.
   */
  async save(): Promise<void> {
    const disk = this.disk;
    if (!disk || !this.starting) return;
    await this.starting;
    while (disk.saving) await disk.saving;
    if (!disk.changed) return;
    disk.saving = (async () => {
      const { seq, hlc: lastHlc } = await logEnd(this.store);
      await new Promise((resolve) => setImmediate(resolve));
      disk.changed = false;
      const merged = disk.merged;
      const doc: SavedActivity = {
        format: ACTIVITY_FORMAT,
        seq,
        lastHlc,
        trips: [...this.trips.values()].map(savedTrip),
        dirty: [...this.dirty, ...this.unreadable, ...(this.refreshingIds ?? [])],
      };
      try {
        await writeSaved(disk.dataDir, doc);
        if (merged && disk.merged) {
          disk.merged = false;
          await clearMerged(disk.dataDir);
        }
      } catch (error) {
        disk.changed = true;
        throw error;
      }
    })().finally(() => (disk.saving = undefined));
    await disk.saving;
  }

  /** Saves what changed and stops the timer (the backend closing). */
  async close(): Promise<void> {
    if (this.disk?.timer) clearTimeout(this.disk.timer);
    if (this.disk) this.disk.timer = this.disk.due = undefined;
    await this.save();
  }

  private async refresh(): Promise<void> {
    const ids = [...this.dirty];
    this.dirty.clear();
    this.refreshingIds = new Set(ids); // a save meanwhile lists them as still to re-read
    try {
      for (let i = 0; i < ids.length; i += READ_AHEAD) {
        await Promise.all(ids.slice(i, i + READ_AHEAD).map((id) => this.reindex(id).finally(() => this.refreshingIds?.delete(id))));
      }
    } finally {
      this.refreshingIds = undefined;
    }
  }

  private async reindex(tripId: string): Promise<void> {
    let events: TripEvent[], followUps: FollowUp[];
    try {
      [events, followUps] = await Promise.all([this.store.ofTrip('events', tripId), this.store.ofTrip('followups', tripId)]);
    } catch (error) {
      // A file from a newer version of the app, say: leave the trip out now and try again on the next call.
      this.unreadable.add(tripId);
      console.warn(`activity index: trip ${tripId} could not be read: ${error instanceof Error ? error.message : String(error)}`);
      this.forget(tripId);
      return;
    }
    this.put(tripActivity(tripId, events, followUps));
  }

  /** Files a trip's activity, replacing what was there. */
  private put(activity: TripActivity): void {
    this.forget(activity.tripId);
    this.trips.set(activity.tripId, activity);
    for (const orgId of activity.organisationIds) {
      let set = this.tripsByOrg.get(orgId);
      if (!set) this.tripsByOrg.set(orgId, (set = new Set()));
      set.add(activity.tripId);
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

export { type EventSummary, type TripActivity, summarizeEvent, tripActivity } from './summary';

const indexes = new WeakMap<Store, ActivityIndex>();

/**
 * The one index per store, shared by the follow-up, organisation-page and dashboard handlers. The handlers pass the
 * data folder (the first call creates it), so it is kept on disk; builders that only have the store get the same one.
 */
export function activityIndexFor(store: Store, dataDir?: string): ActivityIndex {
  let index = indexes.get(store);
  if (!index) indexes.set(store, (index = new ActivityIndex(store, dataDir)));
  return index;
}

/** Saves the store's index if it has one (the backend closing, before the store closes). */
export async function closeActivityIndex(store: Store): Promise<void> {
  await indexes.get(store)?.close();
}
