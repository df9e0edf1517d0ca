// Reading the change log to rebuild a recovered data file. The log holds every change made here since its oldest kept
// segment; what compaction folded away is in a backup of each file it touched (compaction.ts), so a file restored from
// its newest backup, or started empty when it never had one, is brought back up to date.
//
// Recovery is rare, but the log of a 10-year history is large (tens of MB), so: the whole log is read at most once per
// open, segment by segment, and what is kept is one fold per record rather than the changes themselves. Files found
// unreadable while that read runs join it; a file found unreadable later (trip files and directory shards load on
// first use, maybe hours on) re-reads only the segments that the first read saw mention it.
import type { Change, Collection } from '../../../shared/model';
import type { ChangeLog } from './change-log';
import { isDirectoryCollection, isReservedTripId, isTripCollection, shardFile, shardOf, tripFile } from './layout';

/** Every change to one record, in log order, folded: each field's latest value (null = cleared) and when it was set. */
export interface RecordFold {
  collection: Collection;
  id: string;
  tripId?: string;
  fields: Record<string, unknown>;
  fieldAt: Record<string, string>;
  /** The `at` of each change folded in, in log order. */
  ats: string[];
}

/** The folds of one data file's records, by `${collection}/${id}`. */
export type FileFold = Map<string, RecordFold>;

export interface Folded {
  /** For a trip index file: every trip in the log, since where a trip lives depends on its latest start date. */
  fold: FileFold;
  /** Segments that could not be read, or were themselves restored this session: the log may miss changes. */
  incomplete: string[];
}

export const ALL_TRIPS = 'trips';
const TRIP_INDEX = /^trips\/index-\d{4}\.json$/;

/** The data file a change's record lives in (every trip shares one bucket: see Folded.fold). */
export function bucketOf(change: Change): string | undefined {
  if (change.collection === 'trips') return ALL_TRIPS;
  if (isTripCollection(change.collection)) return change.tripId && !isReservedTripId(change.tripId) ? tripFile(change.tripId) : undefined;
  return isDirectoryCollection(change.collection) ? shardFile(change.collection, shardOf(change.id)) : undefined;
}

/**
 * Folding is the same as redoing the changes one after another (plan.ts `redo`): a later change overwrites what an
 * earlier one set, so only each field's last value matters. Validation happens once, on the result.
 */
function foldChange(fold: FileFold, change: Change): void {
  const key = `${change.collection}/${change.id}`;
  let record = fold.get(key);
  if (!record) {
    record = { collection: change.collection, id: change.id, fields: {}, fieldAt: {}, ats: [] };
    if (change.tripId) record.tripId = change.tripId;
    fold.set(key, record);
  }
  for (const [field, value] of Object.entries(change.fields)) {
    record.fields[field] = value;
    record.fieldAt[field] = change.at;
  }
  record.ats.push(change.at);
}

/** `newer` (folded from later segments) on top of `older`. */
function underlay(older: FileFold, newer: FileFold): FileFold {
  for (const [key, n] of newer) {
    const o = older.get(key);
    if (!o) {
      older.set(key, n);
      continue;
    }
    Object.assign(o.fields, n.fields);
    Object.assign(o.fieldAt, n.fieldAt);
    o.ats.push(...n.ats);
  }
  return older;
}

interface Joiner {
  rel: string;
  fold: FileFold;
  /** Index of the first segment the full read folded for it; earlier ones are re-read once it is done. */
  from: number;
}

export class ChangeReplay {
  private pass: Promise<void> | undefined;
  private done = false;
  /** The segments as they were when the full read started (later ones only hold changes to files already loaded). */
  private seqs: number[] = [];
  /** How many segments the full read has folded so far. */
  private position = 0;
  private readonly trips: FileFold = new Map();
  /** Per data file, the indexes (into seqs) of the segments that mention it. */
  private readonly mentions = new Map<string, number[]>();
  private readonly joiners = new Set<Joiner>();
  private readonly incomplete = new Set<string>();

  /** `ready` settles once the log has found its segments. */
  constructor(
    private readonly log: ChangeLog,
    private readonly ready: Promise<unknown>,
  ) {}

  /** Every logged change to the records of data file `rel`, folded in log (HLC) order. */
  async foldFor(rel: string): Promise<Folded> {
    let fold: FileFold;
    if (TRIP_INDEX.test(rel)) {
      await this.readAll();
      fold = this.trips;
    } else if (!this.done) {
      const joiner: Joiner = { rel, fold: new Map(), from: this.position };
      this.joiners.add(joiner);
      try {
        await this.readAll();
      } finally {
        this.joiners.delete(joiner);
      }
      fold = underlay(await this.reread(rel, joiner.from), joiner.fold);
    } else {
      fold = await this.reread(rel, Number.POSITIVE_INFINITY);
    }
    return { fold, incomplete: [...this.incomplete].sort() };
  }

  private readAll(): Promise<void> {
    this.pass ??= this.scan();
    return this.pass;
  }

  private async scan(): Promise<void> {
    await this.ready;
    this.seqs = this.log.segments();
    for (let i = 0; i < this.seqs.length; i++) {
      const changes = await this.read(this.seqs[i]!);
      // Synchronous from here to `position`, so a file joining during the read above gets this segment too.
      for (const change of changes) {
        const bucket = bucketOf(change);
        if (bucket === undefined) continue;
        const seen = this.mentions.get(bucket);
        if (!seen) this.mentions.set(bucket, [i]);
        else if (seen.at(-1) !== i) seen.push(i);
        if (bucket === ALL_TRIPS) foldChange(this.trips, change);
        else for (const j of this.joiners) if (j.rel === bucket) foldChange(j.fold, change);
      }
      this.position = i + 1;
    }
    this.done = true;
  }

  /** Folds `rel`'s changes from the segments before index `before` that mention it. */
  private async reread(rel: string, before: number): Promise<FileFold> {
    const fold: FileFold = new Map();
    for (const i of this.mentions.get(rel) ?? []) {
      if (i >= before) break;
      for (const change of await this.read(this.seqs[i]!)) if (bucketOf(change) === rel) foldChange(fold, change);
    }
    return fold;
  }

  /** A segment's changes; one that cannot be read is skipped (and remembered, for the notice), never fatal. */
  private async read(firstSeq: number): Promise<readonly Change[]> {
    try {
      const { changes, restored } = await this.log.readSegment(firstSeq);
      if (restored) this.incomplete.add(this.log.segmentRel(firstSeq));
      return changes;
    } catch {
      this.incomplete.add(this.log.segmentRel(firstSeq));
      return [];
    }
  }
}
