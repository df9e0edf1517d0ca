// Turns a decoded backup's records into records this version stores: older data versions are brought forward with
// the store's own migrations, then every record is validated with the shared model's schemas. Any problem refuses
// the whole backup; a restore never applies half a file.
import { type Collection, type Home, collections } from '../../../shared/model';
import { isReservedTripId, isTripCollection } from '../store/layout';
import { CURRENT_SCHEMA_VERSION, type FileKind, migrateToCurrent } from '../store/migrations';
import { recordKey, recordSchemas } from '../store/plan';
import type { BackupData, BackupHeader } from './format';
import { BACKUP_COLLECTIONS, countsOf, damaged } from './format';
import { BackupProblem, unchanged } from './problems';

/** Which store file kind holds each home, so migrations apply to a backup's records as they would to the file. */
const fileKindOf: Record<Home, FileKind> = { index: 'trip-index', trip: 'trip-file', directory: 'directory-shard' };
const fileKind = (c: Collection): FileKind => fileKindOf[collections[c].home];

const shown = 3;

function migrate(data: Record<string, unknown>, version: number): Record<string, unknown> {
  if (version === CURRENT_SCHEMA_VERSION) return data;
  const out: Record<string, unknown> = {};
  for (const c of BACKUP_COLLECTIONS) {
    const doc = migrateToCurrent({ schemaVersion: version, [c]: data[c] }, fileKind(c), `the backup's ${c}`);
    out[c] = doc[c];
  }
  return out;
}

/** Every record checked; returns them parsed (defaults filled in) or throws one BackupProblem listing the first issues. */
export function validateBackup(header: BackupHeader, given: Record<string, unknown>): BackupData {
  // A collection that neither the records nor the header's counts mention is one added since the backup was made:
  // it held none of them. One the header counts but the records lack is damage; an uncounted one must be empty.
  const raw: Record<string, unknown> = { ...given };
  for (const c of BACKUP_COLLECTIONS) {
    if (raw[c] === undefined && header.counts[c] === undefined) raw[c] = [];
    if (!Array.isArray(raw[c])) throw damaged(`the ${c} are missing`);
  }
  const data = migrate(raw, header.schemaVersion);
  const issues: string[] = [];
  let problems = 0;
  const note = (text: string) => {
    problems++;
    if (issues.length < shown) issues.push(text);
  };
  const out = {} as Record<Collection, unknown[]>;
  const seen = new Set<string>();
  for (const c of BACKUP_COLLECTIONS) {
    out[c] = [];
    (data[c] as unknown[]).forEach((record, index) => {
      const id = typeof (record as { id?: unknown } | null)?.id === 'string' ? (record as { id: string }).id : `#${index + 1}`;
      const parsed = recordSchemas[c].safeParse(record);
      if (!parsed.success) {
        const first = parsed.error.issues[0]!;
        note(`${c} ${id}${first.path.length ? ` (${first.path.join('.')})` : ''}: ${first.message}`);
        return;
      }
      const value = parsed.data as { id: string; tripId?: string };
      const tripId = c === 'trips' ? value.id : value.tripId;
      if (tripId !== undefined && isReservedTripId(tripId)) return note(`${c} ${id}: the trip id ${tripId} is reserved`);
      const key = recordKey(c, value.id, isTripCollection(c) ? value.tripId : undefined);
      if (seen.has(key)) return note(`${c} ${id}: listed twice`);
      seen.add(key);
      out[c].push(value);
    });
  }
  if (problems > 0) {
    const more = problems > shown ? `; and ${problems - shown} more` : '';
    const why = `${issues.join('; ')}${more}`;
    throw new BackupProblem('invalid-records', `This backup holds records this version cannot accept (${why}). ${unchanged}`, why);
  }
  const counts = countsOf(out as BackupData);
  if (BACKUP_COLLECTIONS.some((c) => (header.counts[c] ?? 0) !== counts[c])) {
    throw damaged('it holds a different number of records than its header lists');
  }
  return out as BackupData;
}
