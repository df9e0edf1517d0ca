// Brings a file written by an older version up to the current shape, one version at a time. Each migration is
// kept forever (a file may sit untouched for years) and has its own test.
import { UnreadableFileError } from './durable-file';

export const CURRENT_SCHEMA_VERSION = 1;

export type FileKind = 'meta' | 'trip-index' | 'trip-file' | 'directory-shard' | 'change-segment';

type Json = Record<string, unknown>;
/** Takes a file of version n and returns it as version n + 1. */
type Migration = (doc: Json, kind: FileKind) => Json;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function mapRecords(doc: Json, section: string, change: (record: Json) => Json): Json {
  const records = doc[section];
  if (!Array.isArray(records)) return doc;
  return { ...doc, [section]: records.map((r: unknown) => (isObject(r) ? change(r) : r)) };
}

/**
 * Version 0 (the 2023 pilot) wrote no schemaVersion. Its trips had `name` where v1 has `title`, and no
 * `homeTimeZone` (every pilot user worked from Hong Kong); its events kept the venue as one `location` string;
 * its meta had no `samplesAnswered` (the pilot offered no sample trips).
 */
function v0ToV1(doc: Json, kind: FileKind): Json {
  let next: Json = { ...doc };
  if (kind === 'trip-index') {
    next = mapRecords(next, 'trips', ({ name, ...trip }) => ({
      ...trip,
      title: trip.title ?? name,
      homeTimeZone: trip.homeTimeZone ?? 'Asia/Hong_Kong',
    }));
  }
  if (kind === 'trip-file') {
    next = mapRecords(next, 'events', ({ location, ...event }) =>
      event.venue === undefined && typeof location === 'string' ? { ...event, venue: { en: location, zh: '' } } : event,
    );
  }
  if (kind === 'meta') next.samplesAnswered ??= false;
  next.schemaVersion = 1;
  return next;
}

/** migrations[n] upgrades a version-n file. */
export const migrations: readonly Migration[] = [v0ToV1];

const migrated = new WeakSet<object>();

/** True when `doc` came out of `migrateToCurrent` changed, so it should be rewritten at the next save. */
export function wasMigrated(doc: object): boolean {
  return migrated.has(doc);
}

export class NewerVersionError extends Error {
  constructor(
    readonly filePath: string,
    readonly version: number,
  ) {
    super(
      `${filePath} was saved by a newer version of Delegation Planner (data version ${version}; this one reads up to ` +
        `${CURRENT_SCHEMA_VERSION}). Nothing was changed. Please update the app to open this data.`,
    );
    this.name = 'NewerVersionError';
  }
}

export function migrateToCurrent(raw: unknown, kind: FileKind, filePath: string): Json {
  if (!isObject(raw)) throw new UnreadableFileError(filePath, 'it does not hold the expected data (not a JSON object)');
  const version = raw.schemaVersion ?? 0;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    throw new UnreadableFileError(filePath, `its schemaVersion (${JSON.stringify(version)}) is not a version number`);
  }
  if (version > CURRENT_SCHEMA_VERSION) throw new NewerVersionError(filePath, version);
  let doc = raw;
  for (let v = version; v < CURRENT_SCHEMA_VERSION; v++) doc = migrations[v]!(doc, kind);
  if (version < CURRENT_SCHEMA_VERSION) migrated.add(doc);
  return doc;
}
