// The shape of each file the store writes (version 1) and the one way to read one: migrate, then validate with
// the shared model's zod schemas. Anything that does not fit is an UnreadableFileError, handled by recovery.
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { Settings } from '../../../shared/contract';
import { Change, Id, Trip, collections } from '../../../shared/model';
import type { DocumentParser, SealOptions } from './durable-file';
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
export const parseSegment = parserFor('change-segment', SegmentDoc);

/** How a file of records is read: in full (`parse`), or trusted when its seal matches (`seal`, see sealed-text.ts). */
export interface RecordsReader {
  parse: DocumentParser<RecordsDoc>;
  seal: SealOptions<RecordsDoc>;
}

/**
 * What a seal is checked against besides the text: the data version and the file's shape as JSON Schema (its records'
 * fields, types, enums, defaults), so a file sealed by a build whose schemas differ is validated in full. A refinement's
 * code is not part of it: a check made stricter later applies to records as they are saved, and to unsealed files.
 */
function fingerprintOf(kind: FileKind, schema: z.ZodType): () => string {
  let fingerprint: string | undefined;
  return () => {
    if (fingerprint === undefined) {
      const shape = JSON.stringify(z.toJSONSchema(schema, { unrepresentable: 'any', io: 'input' }));
      fingerprint = createHash('sha256').update(`${CURRENT_SCHEMA_VERSION} ${kind} ${shape}`).digest('hex');
    }
    return fingerprint;
  };
}

/**
 * A sealed file's document without validating each record (its records were validated before they were saved): the
 * data version must be current and each section a list of records with ids, else the file is read in full.
 */
function trustedParserFor(kind: FileKind, sections: readonly string[], full: DocumentParser<RecordsDoc>): DocumentParser<RecordsDoc> {
  return (raw, filePath) => {
    const doc = migrateToCurrent(raw, kind, filePath);
    if (wasMigrated(doc)) return full(raw, filePath);
    const out: Record<string, unknown> = { schemaVersion: doc.schemaVersion };
    for (const section of sections) {
      const records = doc[section] ?? [];
      const wellFormed = Array.isArray(records) && records.every((r: unknown) => typeof r === 'object' && r !== null && typeof (r as { id?: unknown }).id === 'string');
      if (!wellFormed) return full(raw, filePath);
      out[section] = records;
    }
    return out as RecordsDoc;
  };
}

function recordsReader(kind: FileKind, schema: z.ZodType<object>, sections: readonly string[]): RecordsReader {
  const parse = parserFor(kind, schema) as DocumentParser<RecordsDoc>;
  return { parse, seal: { fingerprint: fingerprintOf(kind, schema), trusted: trustedParserFor(kind, sections, parse) } };
}

export const tripIndexReader = recordsReader('trip-index', TripIndexDoc, ['trips']);
export const tripFileReader = recordsReader('trip-file', TripFileDoc, TRIP_COLLECTIONS);
export const parseTripIndex = tripIndexReader.parse;
export const parseTripFile = tripFileReader.parse;
const shardReaders = new Map(DIRECTORY_COLLECTIONS.map((c) => [c, recordsReader('directory-shard', shardDoc(c), [c])]));
export function shardReader(collection: DirectoryCollection): RecordsReader {
  return shardReaders.get(collection)!;
}
export function parseShard(collection: DirectoryCollection): DocumentParser<RecordsDoc> {
  return shardReader(collection).parse;
}
