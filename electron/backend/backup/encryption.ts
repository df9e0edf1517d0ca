// A backup sealed with a passphrase: the whole compressed backup encrypted with AES-256-GCM under a key derived by
// scrypt, the same derivation as the team passphrase of sync (sync/crypto.ts). The file is one line of JSON that
// says what it is and how to derive the key, then the ciphertext and its tag. That line is authenticated too (the
// GCM additional data), so changing the cost, salt or iv fails like changing the ciphertext.
import { createCipheriv, createDecipheriv, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { DEFAULT_SCRYPT_COST, type ScryptCost, deriveTeamKey } from '../sync/crypto';
import { BackupProblem, unchanged } from './problems';

export const ENCRYPTED_BACKUP_FORMAT = 'delegation-planner-backup-encrypted';
const VERSION = 1;
const SALT_BYTES = 16;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const CHECK_BYTES = 16;
/** The header line is small; anything longer is not one of ours (and is not read into memory as JSON). */
const MAX_HEADER_BYTES = 4096;
/** What a file may ask of scrypt: up to 16× today's default, so a hostile file cannot make a restore allocate gigabytes. */
const MAX_COST_N = 2 ** 19;

const base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/);
const Header = z.object({
  format: z.literal(ENCRYPTED_BACKUP_FORMAT),
  v: z.literal(VERSION),
  cipher: z.literal('aes-256-gcm'),
  kdf: z.object({
    name: z.literal('scrypt'),
    N: z.number().int().min(2 ** 10).max(MAX_COST_N).refine((n) => (n & (n - 1)) === 0, 'N is a power of two'),
    r: z.number().int().min(1).max(32),
    p: z.number().int().min(1).max(4),
    salt: base64,
  }),
  iv: base64,
  /** Tells a wrong passphrase from a damaged file: a MAC under the derived key, which reveals nothing of the data. */
  check: base64,
  note: z.string().optional(),
});
type Header = z.infer<typeof Header>;

const NEWLINE = 0x0a;

export function isEncryptedBackup(bytes: Uint8Array): boolean {
  const start = Buffer.from(bytes.subarray(0, 64)).toString('utf8');
  return start.startsWith('{') && start.includes(ENCRYPTED_BACKUP_FORMAT);
}

function keyCheck(macKey: Buffer): Buffer {
  return createHmac('sha256', macKey).update(`${ENCRYPTED_BACKUP_FORMAT} passphrase check`).digest().subarray(0, CHECK_BYTES);
}

/** Encrypts a backup's bytes. `cost` is lowered only by tests; derivation time is what makes guessing slow. */
export async function sealBackup(plain: Uint8Array, passphrase: string, cost: ScryptCost = DEFAULT_SCRYPT_COST): Promise<Buffer> {
  const salt = randomBytes(SALT_BYTES);
  const iv = randomBytes(IV_BYTES); // a fresh key per file (new salt), so a random iv never repeats under one key
  const key = await deriveTeamKey(passphrase, salt, cost);
  const header: Header = {
    format: ENCRYPTED_BACKUP_FORMAT,
    v: VERSION,
    cipher: 'aes-256-gcm',
    kdf: { name: 'scrypt', ...cost, salt: salt.toString('base64') },
    iv: iv.toString('base64'),
    check: keyCheck(key.subarray(32)).toString('base64'),
    note: 'An encrypted Delegation Planner backup: its passphrase is needed to restore it.',
  };
  const line = Buffer.from(`${JSON.stringify(header)}\n`, 'utf8');
  const cipher = createCipheriv('aes-256-gcm', key.subarray(0, 32), iv);
  cipher.setAAD(line);
  return Buffer.concat([line, cipher.update(plain), cipher.final(), cipher.getAuthTag()]);
}

const refused = (reason: 'passphrase-needed' | 'wrong-passphrase' | 'damaged', message: string, why?: string) => new BackupProblem(reason, message, why);

/** The backup's own bytes back, or a refusal that says whether the passphrase is missing, wrong, or the file damaged. */
export async function openBackup(bytes: Buffer, passphrase: string | undefined): Promise<Buffer> {
  const end = bytes.subarray(0, MAX_HEADER_BYTES).indexOf(NEWLINE);
  const damaged = (why: string) => refused('damaged', `This encrypted backup file is damaged (${why}). ${unchanged} Try another copy of the backup.`, why);
  if (end < 0) throw damaged('its header is cut short');
  const line = bytes.subarray(0, end + 1);
  let header: Header;
  try {
    header = Header.parse(JSON.parse(line.toString('utf8')));
  } catch {
    throw damaged('its header is not readable');
  }
  if (passphrase === undefined || passphrase === '') {
    throw refused('passphrase-needed', `This backup is encrypted. ${unchanged} Enter the passphrase it was made with to restore it.`);
  }
  const salt = Buffer.from(header.kdf.salt, 'base64');
  const iv = Buffer.from(header.iv, 'base64');
  const body = bytes.subarray(end + 1);
  if (salt.length < SALT_BYTES || iv.length !== IV_BYTES || body.length < TAG_BYTES) throw damaged('its header is incomplete');
  const { N, r, p } = header.kdf;
  const key = await deriveTeamKey(passphrase, salt, { N, r, p });
  const check = Buffer.from(header.check, 'base64');
  const expected = keyCheck(key.subarray(32));
  if (check.length !== expected.length || !timingSafeEqual(check, expected)) {
    throw refused('wrong-passphrase', `This passphrase does not open this backup. ${unchanged} Check the passphrase (capitals, spaces) and try again.`);
  }
  try {
    const decipher = createDecipheriv('aes-256-gcm', key.subarray(0, 32), iv);
    decipher.setAAD(line);
    decipher.setAuthTag(body.subarray(body.length - TAG_BYTES));
    return Buffer.concat([decipher.update(body.subarray(0, body.length - TAG_BYTES)), decipher.final()]);
  } catch {
    // The passphrase is right (the check matched), so the file itself was changed after it was made.
    throw damaged('it was altered or cut short after it was encrypted');
  }
}
