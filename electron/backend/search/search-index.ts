// The search index. Kept on disk (given a folder, as the app does): an immutable segment plus the changes since it
// was written (a delta, saved after edits and on close), brought forward at open from this device's change log, so the
// first search after start reads a few MB instead of every trip file. A missing, damaged, stale or other-version index
// is rebuilt in a worker while queries answer from what is there, saying so (`indexing`). Without a folder (unit tests,
// the bench's build figure) it lives in memory and is built on the first query, as before. Either way it follows the
// store's changes, so an edit is found by the next query. See docs/decisions/011-search-index-on-disk.md.
import { randomUUID } from 'node:crypto';
import { mkdir, open, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import type { SearchResults } from '../../../shared/contract';
import type { Change, Trip } from '../../../shared/model';
import type { Store } from '../store/types';
import { runBounded } from '../workers/run-bounded';
import type { TaskInput } from '../workers/tasks';
import { type AnySearchRecord, type DocRef, KIND_ORDER, collectionOfKind, docId, kindOfCollection } from './documents';
import { type LogPosition, logEnd, logSince } from '../store/log-position';
import { clearRemoteUnsaved, markRemoteUnsaved, readDelta, remoteUnsaved, removeIndexFiles, segmentFile, writeDelta } from './index-files';
import { LayeredIndex } from './layered-index';
import { followPurges } from './purged-text';
import { docOf, readAllRecords } from './records';
import { readHits } from './search-hits';
import { SEGMENT_VERSION, Segment } from './segment';
import { parseQuery } from './text';

/** Candidates kept per group beyond the limit, for hits dropped when read back (a note whose meeting was deleted). */
const SPARE = 8;
/** Documents in the delta before it is merged into a new segment, in the background. */
const MERGE_AT = 2_000;
/** Quiet time after a change before the delta is saved (the change log covers the gap meanwhile). */
const SAVE_AFTER_MS = 2_000;
/** A replaced segment is closed this long after, so a query still reading it finishes first. */
const RETIRE_AFTER_MS = 30_000;

export interface SearchIndexOptions {
  /** Keep the index on disk in this folder (<dataDir>/index/search); without it the index lives in memory. */
  dir?: string;
  /** From this many trips a (re)build runs in a worker while queries answer; below, it is done before answering. */
  workerFromTrips?: number;
  /** Documents in the delta before it is merged into a new segment (default MERGE_AT). */
  mergeAt?: number;
}

export class SearchIndex {
  private index: LayeredIndex;
  private opened: Promise<void> | undefined;
  /** Records changed since the index last looked, by doc id: re-read from the store before the next query. */
  private readonly pending = new Map<string, DocRef>();
  /** Records changed since a background build or merge began: put again on top of the segment it writes. */
  private sinceBuild: Map<string, DocRef> | undefined;
  /** Set while a rebuild runs: how far it got (trips read, of all). */
  private progress: { done: number; total: number } | undefined;
  private background: Promise<void> | undefined;
  /** A rebuild decided on after open (a damaged segment met by a query), until its build is under way. */
  private starting: Promise<void> | undefined;
  /** A worker is writing segment.bin: a sync merge's marker must stay until the new segment's delta is saved. */
  private workerBusy = false;
  /** Index updates (drains, swaps, saves) run one after another. */
  private updating: Promise<unknown> = Promise.resolve();
  /** Where in the change log the saved (or loaded) index stands; undefined while it stands nowhere usable. */
  private position: LogPosition | undefined;
  private saveTimer: NodeJS.Timeout | undefined;
  private remoteGeneration = 0;
  private remoteMarked = false;
  private closed = false;
  private readonly abort = new AbortController();
  private readonly retired = new Set<Segment>();
  private readonly unsubscribe: () => void;
  private readonly unfollowPurges: () => void;

  constructor(
    private readonly store: Store,
    private readonly options: SearchIndexOptions = {},
  ) {
    this.index = new LayeredIndex(KIND_ORDER.length, undefined, Boolean(options.dir));
    this.unsubscribe = store.onChanges((changes) => this.noteChanges(changes));
    this.unfollowPurges = options.dir ? followPurges(store, this) : () => undefined;
  }

  /** True once the index has been (or is being) opened or built. */
  get started(): boolean {
    return this.opened !== undefined;
  }

  /** A rebuild's progress while one runs (queries then answer from what is there). */
  get indexing(): { done: number; total: number } | undefined {
    return this.progress && { ...this.progress };
  }

  /** Opens (or builds) the index now, in the background; failures are left for the first query to report. */
  warm(): void {
    this.ready().catch(() => undefined);
  }

  /** Resolves once no rebuild or merge is running. */
  async settled(): Promise<void> {
    await this.starting;
    while (this.background) await this.background;
  }

  /** Stops following the store, without saving (see close). */
  dispose(): void {
    this.stop();
    for (const segment of [...this.retired, this.index.segment]) void segment?.close();
  }

  private stop(): void {
    this.closed = true;
    clearTimeout(this.saveTimer);
    this.abort.abort();
    this.unsubscribe();
    this.unfollowPurges();
  }

  /**
   * After a note's text was purged from the store: rewrites the index's files without it, before resolving (see
   * purged-text.ts). The note's deletion reaches the delta as any change does, so a delta with no segment is simply
   * saved; a segment holds the words of every document it was built from (and a build or merge under way read the
   * records before the purge), so one that exists is rebuilt from the purged records. Queries answer meanwhile.
   */
  async dropPurgedText(): Promise<void> {
    const dir = this.options.dir;
    if (!dir || this.closed) return;
    try {
      await this.ready(); // opened if it was not yet: what a past session saved may hold the text
      await this.settled();
      await this.exclusive(async () => {
        await this.saveDelta();
        if (!this.index.segment && this.position) return;
        this.position = undefined; // the segment on disk holds the text: no delta is saved against it any more
        await this.rebuild(dir, "a note's text was purged");
      });
      await this.settled();
      if (!this.position) throw new Error('the rebuild did not finish');
    } catch (error) {
      // Forgetting the index is always safe: the next start rebuilds it from the (purged) records.
      console.warn('[search] the search index is removed after a purge, and rebuilt at the next start:', error);
      await removeIndexFiles(dir);
    }
  }

  /** Saves the delta (a clean close: the next start needs nothing from the log), then stops. Before the store closes. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.stop();
    await this.background?.catch(() => undefined);
    if (this.options.dir && this.opened) {
      await this.opened.catch(() => undefined);
      await this.exclusive(() => this.saveDelta()).catch((error: unknown) => console.warn('[search] the index could not be saved; it will be brought up to date at the next start:', error));
    }
    for (const segment of [...this.retired, this.index.segment]) await segment?.close();
  }

  async query(text: string, limit: number): Promise<SearchResults> {
    const started = performance.now();
    const parsed = parseQuery(text);
    const groups: SearchResults['groups'] = [];
    if (parsed.terms.length > 0) {
      const index = await this.ready();
      const matches = await index.search(parsed.terms, limit + SPARE);
      // Every group's hits are read back at once (each may load trip files), then kept in the kinds' order.
      const found = await Promise.all(
        KIND_ORDER.map(async (kind, group) => {
          let matched = matches.get(group);
          if (!matched) return undefined;
          let hits = await readHits(this.store, matched.best, parsed, limit);
          if (hits.length < limit && matched.more) {
            // More were dropped on reading back than were kept spare: rare, so simply ask again for all of them.
            matched = await index.searchGroup(group, parsed.terms, Number.MAX_SAFE_INTEGER);
            hits = await readHits(this.store, matched.best, parsed, limit);
          }
          return hits.length > 0 ? { kind, hits } : undefined;
        }),
      );
      for (const group of found) if (group) groups.push(group);
    }
    const result: SearchResults = { text, groups, tookMs: Math.round((performance.now() - started) * 10) / 10 };
    if (this.progress) result.indexing = { ...this.progress };
    return result;
  }

  private exclusive<T>(work: () => Promise<T>): Promise<T> {
    const next = this.updating.then(work);
    this.updating = next.catch(() => undefined);
    return next;
  }

  /** The index, opened or built if need be and brought up to date with every change announced so far. */
  private ready(): Promise<LayeredIndex> {
    // A closed index never opens: its store is closed too, and what it would save (stale, or text purged since by the
    // next session) would overwrite that session's files. Its start-up warm-up timer may still fire after close.
    if (this.closed && !this.opened) return Promise.reject(new Error('The search index is closed: the backend is shutting down.'));
    this.opened ??= (this.options.dir ? this.open(this.options.dir) : this.buildInline()).catch((error: unknown) => {
      this.opened = undefined; // let the next query try again
      throw error;
    });
    const opened = this.opened;
    return this.exclusive(async () => {
      await opened;
      await this.drain();
      return this.index;
    });
  }

  private noteChanges(changes: Change[]): void {
    if (this.closed || (!this.options.dir && !this.opened)) return; // in memory, unbuilt: the build reads records as they are then
    let remote = false;
    for (const change of changes) {
      this.noteChange(change);
      if (change.hlc === '') remote = true; // merged by sync: not in this device's log (see index-files.ts)
    }
    if (!this.options.dir) return;
    if (remote) {
      this.remoteGeneration++;
      if (!this.remoteMarked) markRemoteUnsaved(this.options.dir);
      this.remoteMarked = true;
    }
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => void this.exclusive(() => this.saveDelta()).catch(() => undefined), SAVE_AFTER_MS);
    this.saveTimer.unref();
  }

  private noteChange(change: Change): void {
    const kind = kindOfCollection[change.collection];
    if (!kind) return;
    const ref: DocRef = kind === 'trip' || !change.tripId ? { kind, id: change.id } : { kind, id: change.id, tripId: change.tripId };
    this.pending.set(docId(ref), ref);
    this.sinceBuild?.set(docId(ref), ref);
  }

  /** Loads what is on disk and brings it forward from the change log; starts a rebuild if it cannot be trusted. */
  private async open(dir: string): Promise<void> {
    const remote = remoteUnsaved(dir);
    this.remoteMarked = remote;
    let segment: Segment | undefined;
    let problem: string | undefined;
    try {
      segment = await Segment.open(segmentFile(dir));
    } catch (error) {
      problem = (error as Error).message;
    }
    const delta = await readDelta(dir);
    const usable = delta && delta.segment === (segment?.header.id ?? null) ? delta : undefined;
    this.index = this.watched(new LayeredIndex(KIND_ORDER.length, segment));
    if (usable) {
      for (const trip of usable.hidden) this.index.setTripHidden(trip, true);
      for (const doc of usable.docs) {
        if ('removed' in doc) this.index.remove(doc.key);
        else this.index.put(doc);
      }
      this.index.settle();
    }
    const from = usable ?? segment?.header;
    if (remote) problem = 'a sync merge reached the index but was not saved';
    if (!from) problem ??= 'there is no index yet';
    else {
      const since = await logSince(this.store, from);
      if (!since) problem ??= 'the change log no longer reaches back to the index';
      else {
        this.position = since.position;
        for (const change of since.after) this.noteChange(change);
      }
    }
    if (problem) await this.rebuild(dir, problem);
  }

  private async rebuild(dir: string, why: string): Promise<void> {
    const trips = await this.store.all('trips');
    if (trips.length < (this.options.workerFromTrips ?? 40)) {
      await this.buildInline();
      return;
    }
    console.info(`[search] rebuilding the search index in the background: ${why}`);
    this.progress = { done: 0, total: trips.length + 1 };
    this.background = this.buildInWorker(dir, trips)
      .catch((error: unknown) => {
        if (!this.closed) console.warn('[search] the search index could not be rebuilt; search answers from what it has, and tries again at the next start:', error);
      })
      .finally(() => {
        this.progress = undefined;
        this.background = undefined;
      });
  }

  /** Builds the whole index here and now (in memory, or a small history on disk: it takes milliseconds). */
  private async buildInline(): Promise<void> {
    const dir = this.options.dir;
    const position = dir ? await logEnd(this.store) : undefined;
    const fresh = new LayeredIndex(KIND_ORDER.length, undefined, Boolean(dir));
    await readAllRecords(this.store, await this.store.all('trips'), (records) => {
      for (const [ref, record] of records) this.put(fresh, ref, record);
    });
    fresh.settle();
    this.retire(this.index.segment);
    this.index = fresh;
    if (!dir) return;
    // Everything is in the delta now: no segment, so an older one must not come back at the next start.
    await removeIndexFiles(dir);
    this.position = position;
    await this.saveDelta();
  }

  /** Writes every record out for the worker, which tokenizes them and writes a new segment; then switches to it. */
  private async buildInWorker(dir: string, trips: Trip[]): Promise<void> {
    this.sinceBuild = new Map();
    const position = await logEnd(this.store);
    await mkdir(dir, { recursive: true, mode: 0o700 });
    // A build cut short by a crash leaves its document file: it is only ever read by the build that wrote it.
    for (const name of await readdir(dir)) if (name.startsWith('build-')) await rm(path.join(dir, name), { force: true });
    const source = path.join(dir, `build-${randomUUID()}.jsonl`);
    const out = await open(source, 'w', 0o600);
    try {
      await readAllRecords(
        this.store,
        trips,
        async (records) => {
          if (this.closed) throw new Error('the backend is closing'); // quit at once; the next start builds again
          const lines = records.filter(([, r]) => !r.deleted).map(([ref, r]) => JSON.stringify(docOf(ref, r)));
          if (lines.length > 0) await out.write(lines.join('\n') + '\n');
        },
        (n) => {
          if (this.progress) this.progress.done += n;
        },
      );
      await out.close();
      const hidden = trips.filter((t) => t.deleted).map((t) => t.id);
      await this.runWorker({ file: segmentFile(dir), source, hidden, ...position });
    } finally {
      await out.close().catch(() => undefined);
      await rm(source, { force: true });
    }
    await this.exclusive(() => this.switchToSegment(dir));
  }

  /** Folds the delta into a new segment in a worker, while queries go on over the old one and its delta. */
  private startMerge(dir: string): void {
    this.sinceBuild = new Map();
    const snapshot = { docs: [...this.index.deltaDocs.entries()], hidden: this.index.hiddenTrips, base: this.index.segment ? segmentFile(dir) : undefined };
    // The position last saved: the snapshot holds every change up to it (and maybe later ones, which replay harmlessly).
    const position = this.position;
    this.background = (async () => {
      if (!position) return;
      const docs = snapshot.docs.flatMap(([, doc]) => (doc ? [doc] : []));
      const remove = snapshot.docs.flatMap(([key, doc]) => (doc ? [] : [key]));
      await this.runWorker({ file: segmentFile(dir), docs, remove, hidden: snapshot.hidden, ...position, ...(snapshot.base && { base: snapshot.base }) });
      await this.exclusive(() => this.switchToSegment(dir));
    })()
      .catch((error: unknown) => {
        if (!this.closed) console.warn('[search] merging the search index failed; it stays as it was:', error);
      })
      .finally(() => {
        this.sinceBuild = undefined;
        this.background = undefined;
      });
  }

  private async runWorker(input: TaskInput<'search.build'>): Promise<void> {
    this.workerBusy = true;
    try {
      await runBounded('search.build', input, {
        what: 'The search index',
        advice: 'Search answers from the index it has; the build is tried again at the next start.',
        bounds: { timeoutMs: 30 * 60_000, maxOldGenerationSizeMb: 1024 },
        signal: this.abort.signal,
      });
    } finally {
      this.workerBusy = false;
    }
  }

  /** Takes the segment just written, puts back on top of it what changed meanwhile, and saves its (small) delta. */
  private async switchToSegment(dir: string): Promise<void> {
    const segment = await Segment.open(segmentFile(dir));
    const fresh = this.watched(new LayeredIndex(KIND_ORDER.length, segment));
    const changed = [...(this.sinceBuild?.values() ?? [])];
    this.sinceBuild = undefined;
    const records = await Promise.all(changed.map((ref) => this.store.get(collectionOfKind[ref.kind], ref.id, ref.tripId)));
    changed.forEach((ref, i) => this.put(fresh, ref, records[i]));
    fresh.settle();
    this.retire(this.index.segment);
    this.index = fresh;
    this.position = { seq: segment.header.seq, hlc: segment.header.hlc };
    await this.saveDelta();
  }

  /** A segment found damaged by a query (its postings, past the checks at open) is rebuilt, as one found so at open. */
  private watched(index: LayeredIndex): LayeredIndex {
    index.onDamaged = (error) => {
      const dir = this.options.dir;
      if (!dir || this.background || this.closed) return;
      this.position = undefined; // nothing on disk to save a delta against until the rebuild is done
      this.progress = { done: 0, total: 0 }; // answers from now on say the index is incomplete
      this.starting = this.rebuild(dir, error.message)
        .catch((e: unknown) => console.warn('[search] the search index could not be rebuilt:', e))
        .finally(() => {
          this.starting = undefined;
          if (!this.background) this.progress = undefined;
        });
    };
    return index;
  }

  private retire(segment: Segment | undefined): void {
    if (!segment) return;
    this.retired.add(segment);
    setTimeout(() => {
      this.retired.delete(segment);
      void segment.close();
    }, RETIRE_AFTER_MS).unref();
  }

  /** Saves the delta with where the log stands; the run of updates is held meanwhile (call within `exclusive`). */
  private async saveDelta(): Promise<void> {
    const dir = this.options.dir;
    if (!dir || !this.position) return; // nothing usable on disk yet: the running rebuild saves when it is done
    const since = await logSince(this.store, this.position);
    if (!since) return; // the log moved past the index: the next start rebuilds
    for (const change of since.after) this.noteChange(change);
    await this.drain();
    const generation = this.remoteGeneration;
    const index = this.index;
    await writeDelta(dir, {
      version: SEGMENT_VERSION,
      segment: index.segment?.header.id ?? null,
      ...since.position,
      hidden: index.hiddenTrips,
      docs: [...index.deltaDocs].map(([key, doc]) => doc ?? { key, removed: true }),
    });
    this.position = since.position;
    if (generation === this.remoteGeneration && this.remoteMarked && !this.workerBusy) {
      clearRemoteUnsaved(dir);
      this.remoteMarked = false;
    }
  }

  /** Re-reads every changed record and adds, replaces or removes its document. */
  private async drain(): Promise<void> {
    while (this.pending.size > 0) {
      const refs = [...this.pending.values()];
      this.pending.clear();
      const records = await Promise.all(refs.map((ref) => this.store.get(collectionOfKind[ref.kind], ref.id, ref.tripId)));
      refs.forEach((ref, i) => this.put(this.index, ref, records[i]));
    }
    const dir = this.options.dir;
    if (dir && !this.background && !this.closed && this.index.deltaDocs.size >= (this.options.mergeAt ?? MERGE_AT)) this.startMerge(dir);
  }

  /** A deleted trip's events, notes and follow-ups stay indexed (a restore brings them back) but are hidden. */
  private put(index: LayeredIndex, ref: DocRef, record: AnySearchRecord | undefined): void {
    if (ref.kind === 'trip') index.setTripHidden(ref.id, record?.deleted ?? false);
    if (!record || record.deleted) index.remove(docId(ref));
    else index.put(docOf(ref, record));
  }
}
