// The shape of each file the store writes (version 1) and the one way to read one: migrate, then validate with
// the shared model's zod schemas. Anything that does not fit is an UnreadableFileError, handled by recovery.
import { z } from 'zod';
import { Settings } from '../../../shared/contract';
import { Change, Id, Trip, collections } from '../../../shared/model';
import type { DocumentParser } from './durable-file';
import { UnreadableFileError } from './durable-file';
import { DIRECTORY_COLLECTIONS, type DirectoryCollection, TRIP_COLLECTIONS } from './layout';
import { CURRENT_SCHEMA_VERSION, type FileKind, migrateToCurrent, wasMigrated } from './migrations';
import type { RecordTypes } from './types';

const version = z.literal(CURRENT_SCHEMA_VERSION);

export const MetaDoc = z.object({
  schemaVersion: version,
  deviceId: Id,
  createdAt: z.iso.datetime({ offset: false }),
  samplesAnswered: z.boolean().default(false),
  /** Partial: a setting added in a later version must not make an older meta.json unreadable. */
  settings: Settings.partial().optional(),
  /** The device's hybrid-logical-clock high-water mark, so stamps never go backwards across restarts. */
  lastHlc: z.string().optional(),
});
export type MetaDoc = z.infer<typeof MetaDoc>;

export const TripIndexDoc = z.object({ schemaVersion: version, trips: z.array(Trip) });
/**
 * A trip's file: one section per trip-scoped collection of the registry. Each section defaults to empty, so a file
 * written before a collection existed loads without a migration (and gains the section at its next save).
 */
export const TripFileDoc = z.object({
  schemaVersion: version,
  ...Object.fromEntries(TRIP_COLLECTIONS.map((c) => [c, z.array(collections[c].schema).default([])])),
});
/** A directory shard holds one collection. */
function shardDoc(collection: DirectoryCollection) {
  return z.object({ schemaVersion: version, [collection]: z.array(collections[collection].schema) });
}

export const SegmentDoc = z.object({
  schemaVersion: version,
  device: z.string().min(1),
  firstSeq: z.number().int().min(1),
  /** Seq of the first change of the last group written: those may not have reached the data files yet. */
  lastBatchFrom: z.number().int().min(1),
  changes: z.array(Change),
});
export type SegmentDoc = z.infer<typeof SegmentDoc>;

/** A file of records: `schemaVersion` plus one array per collection it holds. */
export type RecordsDoc = { schemaVersion: number } & { [C in keyof RecordTypes]?: RecordTypes[C][] };

/** Marks parsed documents that came from an older version, so they are rewritten at the next save. */
const fromOlderVersion = new WeakSet<object>();
export function needsRewrite(doc: object): boolean {
  return fromOlderVersion.has(doc);
}

function describeIssue(issue: z.ZodError['issues'][number]): string {
  const where = issue.path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`))
    .join('');
  return where ? `${where}: ${issue.message}` : issue.message;
}

/** The first problems of a failed validation, in words: "trips[3].endDate: the trip cannot end before it starts". */
export function summariseIssues(error: z.ZodError, limit = 2): string {
  const shown = error.issues.slice(0, limit).map(describeIssue).join('; ');
  const more = error.issues.length - limit;
  return more > 0 ? `${shown}; and ${more} more problem${more === 1 ? '' : 's'}` : shown;
}

function parserFor<T extends object>(kind: FileKind, schema: z.ZodType<T>): DocumentParser<T> {
  return (raw, filePath) => {
    const doc = migrateToCurrent(raw, kind, filePath);
    const result = schema.safeParse(doc);
    if (!result.success) {
      throw new UnreadableFileError(filePath, `it does not hold valid data (${summariseIssues(result.error)})`);
    }
    if (wasMigrated(doc)) fromOlderVersion.add(result.data);
    return result.data;
  };
}

export const parseMeta = parserFor('meta', MetaDoc);
export const parseTripIndex = parserFor('trip-index', TripIndexDoc) as DocumentParser<RecordsDoc>;
export const parseTripFile = parserFor('trip-file', TripFileDoc) as DocumentParser<RecordsDoc>;
export const parseSegment = parserFor('change-segment', SegmentDoc);
const shardParsers = new Map(DIRECTORY_COLLECTIONS.map((c) => [c, parserFor('directory-shard', shardDoc(c)) as unknown as DocumentParser<RecordsDoc>]));
export function parseShard(collection: DirectoryCollection): DocumentParser<RecordsDoc> {
  return shardParsers.get(collection)!;
}
