// Which file holds which record, which files are loaded, and which must be written: the trip index by year
// (all read at open), trip files and directory shards (read on first use).
import { promises as fs } from 'node:fs';
import type { Collection, Trip } from '../../../shared/model';
import { shardReader, tripFileReader, tripIndexReader } from './documents';
import type { DirectoryCollection } from './layout';
import {
  DIRECTORY_DIR,
  SHARD_NAME,
  TRIPS_DIR,
  TRIP_COLLECTIONS,
  TRIP_INDEX_NAME,
  absolute,
  isDirectoryCollection,
  isTripCollection,
  isTripId,
  shardFile,
  shardOf,
  tripFile,
  tripIndexFile,
  tripYear,
} from './layout';
import type { ReadOnlyDataError } from './errors';
import type { AnyRecord } from './plan';
import type { RecordsDoc } from './documents';
import { RecordFile, type RecordFileContext } from './record-file';
import { TripFileCache, isTripFileRel } from './trip-file-cache';

export interface DirtySnapshot {
  rels: string[];
  departed: Map<string, Set<string>>;
  /** Written first: every file with its new content (plus trips that just left it, still present). */
  first: { file: RecordFile; doc: RecordsDoc }[];
  /** Written after `first` is durable: files that trips left, now without them. */
  then: { file: RecordFile; doc: RecordsDoc }[];
}

async function listNames(dir: string): Promise<string[]> {
  try {
    return await fs.readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

export class StoreFiles {
  private readonly files = new Map<string, RecordFile>();
  private readonly loading = new Map<string, Promise<RecordFile>>();
  private readonly yearFiles = new Map<string, RecordFile>();
  private readonly tripYears = new Map<string, string>();
  private readonly directoryLoaded = new Set<DirectoryCollection>();
  private dirty = new Set<string>();
  /** Per file, the trips that moved out of it since the last write (see DirtySnapshot.first). */
  private departed = new Map<string, Set<string>>();
  private readonly cold = new TripFileCache();

  /**
   * `writes` is the store's write queue: a file taken into a group write stays loaded until that group has finished,
   * since a failed group puts its records back (rollBack) or marks its files dirty again (restoreDirty).
   */
  constructor(
    private readonly ctx: RecordFileContext,
    private readonly writes?: { idle(): Promise<void> },
  ) {}

  get dataDir(): string {
    return this.ctx.dataDir;
  }

  private create(rel: string): RecordFile {
    const year = /^trips\/index-(\d{4})\.json$/.exec(rel);
    if (year) return new RecordFile(rel, ['trips'], tripIndexReader, this.ctx);
    const shard = /^directory\/(\w+)\//.exec(rel);
    if (shard && isDirectoryCollection(shard[1] as Collection)) {
      const collection = shard[1] as DirectoryCollection;
      return new RecordFile(rel, [collection], shardReader(collection), this.ctx);
    }
    return new RecordFile(rel, TRIP_COLLECTIONS, tripFileReader, this.ctx);
  }

  /** The file, loaded from disk once (concurrent callers share the read). Files from older versions get rewritten. */
  ensure(rel: string): Promise<RecordFile> {
    let promise = this.loading.get(rel);
    if (!promise) {
      const file = this.create(rel);
      const load = this.cold.loadStarted();
      promise = file.load().then((older) => {
        this.files.set(rel, file);
        if (older) this.dirty.add(rel);
        return file;
      });
      promise.catch(() => {
        this.loading.delete(rel); // A failed read (e.g. newer version) may be retried later.
        this.cold.forget(rel);
      });
      void promise.then(
        () => this.cold.loadEnded(load, () => this.evictCold()),
        () => this.cold.loadEnded(load, () => this.evictCold()),
      );
      this.loading.set(rel, promise);
    }
    if (isTripFileRel(rel)) this.cold.touch(rel);
    return promise;
  }

  async ensureFor(collection: Collection, id: string, tripId?: string): Promise<void> {
    if (collection === 'trips') return;
    if (isTripCollection(collection)) {
      // A name no trip can have (`index-2025`) has no file: its records are simply not there.
      if (tripId && isTripId(tripId)) await this.ensure(tripFile(tripId));
    } else {
      await this.ensure(shardFile(collection, shardOf(id)));
    }
  }

  /** Reads every trips/index-<year>.json and settles any trip found twice (a crash during a year move). */
  async openTripIndex(): Promise<void> {
    const years = (await listNames(absolute(this.ctx.dataDir, TRIPS_DIR))).flatMap((n) => TRIP_INDEX_NAME.exec(n)?.[1] ?? []);
    const loaded = await Promise.all(years.map((y) => this.ensure(tripIndexFile(y))));
    const copies = new Map<string, { year: string; trip: Trip }[]>();
    loaded.forEach((file, i) => {
      const year = years[i]!;
      this.yearFiles.set(year, file);
      for (const trip of file.section('trips').values() as Iterable<Trip>) {
        copies.set(trip.id, [...(copies.get(trip.id) ?? []), { year, trip }]);
      }
    });
    for (const [id, found] of copies) {
      // Keep the copy filed under its own year, else the newest; drop the others.
      found.sort((a, b) => Number(tripYear(b.trip) === b.year) - Number(tripYear(a.trip) === a.year) || b.trip.updatedAt.localeCompare(a.trip.updatedAt));
      const [keep, ...drop] = found;
      for (const d of drop) this.removeTrip(d.year, id);
      this.tripYears.set(id, keep!.year);
      if (tripYear(keep!.trip) !== keep!.year) this.put('trips', id, undefined, keep!.trip);
    }
  }

  async loadDirectory(collection: DirectoryCollection): Promise<void> {
    if (this.directoryLoaded.has(collection)) return;
    const names = await listNames(absolute(this.ctx.dataDir, `${DIRECTORY_DIR}/${collection}`));
    await Promise.all(names.flatMap((n) => SHARD_NAME.exec(n)?.[1] ?? []).map((shard) => this.ensure(shardFile(collection, shard))));
    this.directoryLoaded.add(collection);
  }

  private yearFile(year: string): RecordFile {
    let file = this.yearFiles.get(year);
    if (!file) {
      // Every index file on disk was read at open, so a year not seen yet has no file: start it empty.
      const rel = tripIndexFile(year);
      file = this.create(rel);
      this.files.set(rel, file);
      this.loading.set(rel, Promise.resolve(file));
      this.yearFiles.set(year, file);
    }
    return file;
  }

  private fileOf(collection: Collection, id: string, tripId?: string): RecordFile | undefined {
    if (collection === 'trips') {
      const year = this.tripYears.get(id);
      return year === undefined ? undefined : this.yearFiles.get(year);
    }
    if (isTripCollection(collection)) return tripId && isTripId(tripId) ? this.files.get(tripFile(tripId)) : undefined;
    return this.files.get(shardFile(collection, shardOf(id)));
  }

  /** Whether the file that holds (or would hold) the record is in memory: a trip file may be evicted between two awaits. */
  isLoaded(collection: Collection, id: string, tripId?: string): boolean {
    return collection === 'trips' || this.fileOf(collection, id, tripId) !== undefined;
  }

  /** The record in memory; its file must have been loaded (ensureFor). */
  current(collection: Collection, id: string, tripId?: string): AnyRecord | undefined {
    return this.fileOf(collection, id, tripId)?.section(collection).get(id);
  }

  /**
   * The refusal when the record's file (for a trip, the year file it is in or would move to) was written by a newer
   * version: such a file is never changed here.
   */
  lockedFor(collection: Collection, id: string, tripId: string | undefined, record?: AnyRecord): ReadOnlyDataError | undefined {
    if (collection !== 'trips') return this.fileOf(collection, id, tripId)?.readOnly;
    const years = [this.tripYears.get(id), record && tripYear(record as Trip)];
    return years.flatMap((y) => (y === undefined ? [] : (this.yearFiles.get(y)?.readOnly ?? []))).at(0);
  }

  put(collection: Collection, id: string, tripId: string | undefined, record: AnyRecord): void {
    const locked = this.lockedFor(collection, id, tripId, record);
    if (locked) throw locked; // callers check first; this only keeps a newer version's file from ever being written
    if (collection !== 'trips') {
      const file = this.fileOf(collection, id, tripId);
      if (!file) throw new Error(`internal: the file for ${collection}[${id}] is not loaded`);
      file.section(collection).set(id, record);
      this.dirty.add(file.rel);
      return;
    }
    const year = tripYear(record as Trip);
    const previous = this.tripYears.get(id);
    const file = this.yearFile(year);
    file.section('trips').set(id, record);
    this.dirty.add(file.rel);
    this.tripYears.set(id, year);
    if (previous !== undefined && previous !== year) {
      this.removeTrip(previous, id);
      const gone = this.departed.get(tripIndexFile(previous)) ?? new Set<string>();
      this.departed.set(tripIndexFile(previous), gone.add(id));
    }
  }

  /** Takes a record out of memory (a create rolled back); its file is marked to be written. */
  remove(collection: Collection, id: string, tripId: string | undefined): void {
    if (collection === 'trips') {
      const year = this.tripYears.get(id);
      if (year === undefined) return;
      this.removeTrip(year, id);
      this.tripYears.delete(id);
      return;
    }
    const file = this.fileOf(collection, id, tripId);
    if (file?.section(collection).delete(id)) this.dirty.add(file.rel);
  }

  private removeTrip(year: string, id: string): void {
    const file = this.yearFile(year);
    file.section('trips').delete(id);
    this.dirty.add(file.rel);
  }

  allTrips(): AnyRecord[] {
    return [...this.yearFiles.values()].flatMap((f) => [...f.section('trips').values()]);
  }

  directoryRecords(collection: DirectoryCollection): AnyRecord[] {
    const prefix = `${DIRECTORY_DIR}/${collection}/`;
    return [...this.files.values()].filter((f) => f.rel.startsWith(prefix)).flatMap((f) => [...f.section(collection).values()]);
  }

  hasDirty(): boolean {
    return this.dirty.size > 0;
  }

  /** How many files wait for a checkpoint. */
  dirtyCount(): number {
    return this.dirty.size;
  }

  /** Snapshots every dirty file's content now and clears the dirty set. */
  takeDirty(): DirtySnapshot {
    const rels = [...this.dirty].filter((rel) => !this.files.get(rel)?.readOnly);
    const departed = this.departed;
    this.dirty = new Set();
    this.departed = new Map();
    this.holdWhileWriting(rels);
    const first = rels.map((rel) => {
      const file = this.files.get(rel)!;
      const trips = file.sections.get('trips');
      const extra = [...(departed.get(rel) ?? [])].filter((id) => !trips?.has(id)).flatMap((id) => this.current('trips', id) ?? []);
      return { file, doc: file.snapshot(extra) };
    });
    const then = rels.filter((rel) => departed.has(rel)).map((rel) => ({ file: this.files.get(rel)!, doc: this.files.get(rel)!.snapshot() }));
    return { rels, departed, first, then };
  }

  /** A failed write: mark its files dirty again so the next write carries them. */
  restoreDirty(snapshot: DirtySnapshot): void {
    // Every file of a snapshot stays loaded until its group has finished (holdWhileWriting), so all are still here.
    for (const rel of snapshot.rels) this.dirty.add(rel);
    for (const [rel, ids] of snapshot.departed) this.departed.set(rel, new Set([...ids, ...(this.departed.get(rel) ?? [])]));
  }

  /** Trip files now in memory (the cache's bound applies to those that can be let go; see TRIP_FILES_KEPT). */
  loadedTripFiles(): string[] {
    return [...this.files.keys()].filter(isTripFileRel);
  }

  /** Keeps `rels` loaded until the write queue has finished the group that took them (see the constructor). */
  private holdWhileWriting(rels: string[]): void {
    if (rels.length === 0) return;
    this.cold.hold(rels);
    // Without a queue to wait for, the files simply stay held: never evicting is always safe.
    void this.writes?.idle().then(() => this.cold.release(rels, () => this.evictCold()));
  }

  /**
   * Lets go of the least recently used trip files beyond TRIP_FILES_KEPT. Never one that is dirty (its change is not
   * on disk yet), still loading, in a group write, lent to a trip moving year, or read-only (its notice was given
   * once and its lock must hold). An evicted file is read again from disk on its next use.
   */
  evictCold(): void {
    for (const rel of this.cold.candidates()) {
      const file = this.files.get(rel);
      if (!file || file.readOnly || this.dirty.has(rel) || this.departed.has(rel)) continue;
      this.files.delete(rel);
      this.loading.delete(rel);
      this.cold.forget(rel);
      if (!this.cold.overBound()) return;
    }
  }
}
