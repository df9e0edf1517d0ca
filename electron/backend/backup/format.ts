// The backup file: one gzip-compressed JSON document holding a header (what it is, from which device and version,
// how many records) and every record of every collection, tombstones included. The header carries a sha256 of the
// records, so damage is found before anything is changed.
import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { gunzip, gzip } from 'node:zlib';
import { z } from 'zod';
import { type Collection, collectionsIn } from '../../../shared/model';
import { CURRENT_SCHEMA_VERSION } from '../store/migrations';
import type { RecordTypes } from '../store/types';
import { BackupProblem, unchanged } from './problems';

export const BACKUP_FORMAT = 'delegation-planner-backup';
export const BACKUP_MIME = 'application/octet-stream';

/**
 * Every collection of the registry, in the order a backup lists (and a restore applies) them: the trip index and the
 * directory first, then what lives in each trip's file.
 */
export const BACKUP_COLLECTIONS: readonly Collection[] = [...collectionsIn('index'), ...collectionsIn('directory'), ...collectionsIn('trip')];

export type BackupData = { [C in Collection]: RecordTypes[C][] };
export type CollectionCounts = Record<Collection, number>;

/**
 * A backup bigger than this once unpacked is refused rather than risk running out of memory (a "zip bomb"). A
 * ten-year history unpacks to under 100 MB; 1 GB was more than one string can even hold (about 512 MB in V8).
 */
export const MAX_UNPACKED_MB = 256;
const MAX_UNPACKED_BYTES = MAX_UNPACKED_MB * 1024 * 1024;
/**
 * Records in JSON pack 5 to 20 times smaller; a file that unpacks past 64 MB at more than 200 times its size is a
 * bomb, found after unpacking 64 MB rather than 256.
 */
const MAX_RATIO = 200;
const RATIO_FROM_BYTES = 64 * 1024 * 1024;

const Header = z.object({
  format: z.literal(BACKUP_FORMAT),
  schemaVersion: z.number().int().min(0),
  exportedAt: z.string(),
  deviceId: z.string(),
  appVersion: z.string(),
  counts: z.record(z.string(), z.number().int().min(0)),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** Written since backups can be encrypted: an unencrypted file says plainly what it exposes. Optional for older files. */
  encrypted: z.literal(false).optional(),
  restrictedFields: z.number().int().min(0).optional(),
  notice: z.string().optional(),
});
export type BackupHeader = z.infer<typeof Header>;

export function countsOf(data: { [C in Collection]: readonly unknown[] }): CollectionCounts {
  return Object.fromEntries(BACKUP_COLLECTIONS.map((c) => [c, data[c].length])) as CollectionCounts;
}

/** JSON.stringify is canonical for data that came out of JSON.parse, so the reader can recompute this exactly. */
function checksum(data: unknown): string {
  return createHash('sha256').update(JSON.stringify(data)).digest('hex');
}

/** Briefing fields marked restricted that hold text: what a reader of an unencrypted backup would see anyway. */
export function countRestricted(data: BackupData): number {
  let n = 0;
  for (const record of [...data.events, ...data.organisations]) {
    for (const field of Object.values(record.briefing ?? {})) if (field?.restricted && field.text?.trim()) n++;
  }
  return n;
}

export const UNENCRYPTED_NOTICE =
  'This backup is not encrypted. It holds everything, restricted briefing fields included: anyone who has this file can read them. Keep it as safe as the data itself, or make an encrypted backup with a passphrase.';

export async function encodeBackup(data: BackupData, about: { exportedAt: string; deviceId: string; appVersion: string }): Promise<Buffer> {
  const ordered = Object.fromEntries(BACKUP_COLLECTIONS.map((c) => [c, data[c]]));
  const header: BackupHeader = {
    format: BACKUP_FORMAT,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    ...about,
    counts: countsOf(data),
    sha256: checksum(ordered),
    // Said in the file itself (the header is the first thing in it once unpacked), not only in the window.
    encrypted: false,
    restrictedFields: countRestricted(data),
    notice: UNENCRYPTED_NOTICE,
  };
  // zlib's async form runs on the thread pool: a large history does not freeze the window while it compresses.
  return promisify(gzip)(JSON.stringify({ header, data: ordered }));
}

function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

const notABackup = (why: string) =>
  new BackupProblem('not-backup', `This file is not a Delegation Planner backup (${why}). ${unchanged} Choose a .dpbackup file made with “Back up everything”.`, why);
export const damaged = (why: string) => new BackupProblem('damaged', `This backup file is damaged (${why}). ${unchanged}`, why);

/**
 * Unpacks and checks a backup: that it is one, that this version can read it, and that its records are exactly
 * those that were written. The records themselves are validated afterwards (validate.ts), once migrated.
 */
export async function decodeBackup(bytes: Buffer): Promise<{ header: BackupHeader; data: Record<string, unknown> }> {
  if (bytes.length === 0) throw notABackup('it is empty');
  if (!isGzip(bytes)) throw notABackup('it is not a compressed backup');
  let text: string;
  const limit = Math.min(MAX_UNPACKED_BYTES, Math.max(RATIO_FROM_BYTES, bytes.length * MAX_RATIO));
  try {
    text = (await promisify(gunzip)(bytes, { maxOutputLength: limit })).toString('utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ERR_BUFFER_TOO_LARGE' && limit < MAX_UNPACKED_BYTES) {
      throw damaged(`it unpacks to more than ${MAX_RATIO} times its size, which no backup of this app does`);
    }
    if (code === 'ERR_BUFFER_TOO_LARGE') throw damaged(`it unpacks to more than ${MAX_UNPACKED_MB} MB, which no backup of this app reaches`);
    throw damaged(code === 'Z_BUF_ERROR' ? 'it is cut short' : 'it could not be unpacked');
  }
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    throw damaged('its contents are not readable');
  }
  const root = typeof doc === 'object' && doc !== null ? (doc as Record<string, unknown>) : {};
  const rawHeader = (root.header ?? {}) as Record<string, unknown>;
  if (rawHeader.format !== BACKUP_FORMAT) throw notABackup('it does not say it is one');
  const version = rawHeader.schemaVersion;
  if (typeof version === 'number' && version > CURRENT_SCHEMA_VERSION) {
    const why = `data version ${version}; this version reads up to ${CURRENT_SCHEMA_VERSION}`;
    throw new BackupProblem(
      'newer-version',
      `This backup was made by a newer version of Delegation Planner (${why}). ${unchanged} Update the app, then restore the backup again.`,
      why,
    );
  }
  const header = Header.safeParse(rawHeader);
  if (!header.success) throw damaged('its header is incomplete');
  const data = root.data;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw damaged('it holds no records');
  if (checksum(data) !== header.data.sha256) throw damaged('its checksum does not match');
  return { header: header.data, data: data as Record<string, unknown> };
}
