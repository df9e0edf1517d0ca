// Which trip files may leave memory, and when: a least-recently-used order over the trip files in use, a bound, and
// the moments when letting go is safe. StoreFiles decides what is dirty; this only keeps the bookkeeping.

/**
 * Trip files kept in memory once they are no longer in use. A 10-year history's trip file is ~50 events, 30 notes and
 * 20 follow-ups (≈100–300 KB in memory); 32 of them is a few MB, more than the trips a person has open at once (the
 * trip on screen, the ones a search or a brief just read), while a scan over every trip (an index build, an export)
 * no longer keeps all 500 (or 1,500 at 30 years) loaded. Raising it trades memory for fewer re-reads (~1 ms each).
 */
export const TRIP_FILES_KEPT = 32;

const TRIP_FILE = /^trips\/(?!index-\d{4}\.json$)[^/]+\.json$/;

/** True for a trip's own file (trips/<tripId>.json), not a year's trip index. */
export function isTripFileRel(rel: string): boolean {
  return TRIP_FILE.test(rel);
}

export class TripFileCache {
  /** Trip files by last use, oldest first (a Map keeps insertion order; a use moves the entry to the end). */
  private readonly recent = new Map<string, true>();
  /** Files taken into a group write that has not finished, with how many such groups hold each. */
  private readonly held = new Map<string, number>();
  /** Per file used lately, the newest load it must outlive (see touch). */
  private readonly pinned = new Map<string, number>();
  /** Loads in progress by number, oldest first. */
  private readonly loads = new Set<number>();
  private lastLoad = 0;
  private scheduled = false;

  constructor(readonly bound = TRIP_FILES_KEPT) {}

  /**
   * A use. Callers load every file they need with one await (Promise.all over ensure) and then use them without
   * yielding, so a file just asked for must stay until every load its caller may be waiting for has ended: the
   * loads begun by the end of this synchronous run (hence the microtask, after the caller's other ensure calls).
   */
  touch(rel: string): void {
    this.recent.delete(rel);
    this.recent.set(rel, true);
    this.pinned.set(rel, Infinity);
    queueMicrotask(() => this.pinned.set(rel, this.lastLoad));
  }

  forget(rel: string): void {
    this.recent.delete(rel);
    this.pinned.delete(rel);
  }

  overBound(): boolean {
    return this.recent.size > this.bound;
  }

  /** Oldest first, the files neither held by a write nor pinned by a use; the caller skips any it must keep. */
  candidates(): string[] {
    if (!this.overBound()) return [];
    const oldestLoad = this.loads.values().next().value ?? Infinity;
    const free: string[] = [];
    for (const rel of this.recent.keys()) {
      if (this.held.has(rel)) continue;
      const until = this.pinned.get(rel);
      if (until !== undefined && oldestLoad <= until) continue;
      this.pinned.delete(rel);
      free.push(rel);
    }
    return free;
  }

  hold(rels: readonly string[]): void {
    for (const rel of rels) this.held.set(rel, (this.held.get(rel) ?? 0) + 1);
  }

  release(rels: readonly string[], evict: () => void): void {
    for (const rel of rels) {
      const count = (this.held.get(rel) ?? 1) - 1;
      if (count > 0) this.held.set(rel, count);
      else this.held.delete(rel);
    }
    this.schedule(evict);
  }

  loadStarted(): number {
    this.loads.add(++this.lastLoad);
    return this.lastLoad;
  }

  loadEnded(load: number, evict: () => void): void {
    this.loads.delete(load);
    this.schedule(evict);
  }

  /** After the promise jobs of the moment (the continuations of the callers whose loads just ended). */
  private schedule(evict: () => void): void {
    if (this.scheduled || !this.overBound()) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      evict();
    });
  }
}
