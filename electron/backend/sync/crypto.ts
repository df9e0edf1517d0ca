// Team passphrase: wraps any SyncTransport so batches are stored AES-256-GCM encrypted under a scrypt key, and pulled
// envelopes that do not open (wrong passphrase, damage, tampering, a device without the passphrase) apply nothing.
import { createCipheriv, createDecipheriv, createHash, createHmac, scrypt } from 'node:crypto';
import { z } from 'zod';
import type { Applied, Batch, BatchProblem } from '../../../shared/domain/sync/batch';
import { canonicalJson } from '../../../shared/domain/sync/bytes';
import type { PullResult, SyncTransport } from '../../../shared/domain/sync/transport';

export const ENVELOPE_FORMAT = 'dp-encrypted-batch';
const ENVELOPE_VERSION = 1;
const SALT_BYTES = 16;
const IV_BYTES = 12; // the GCM standard nonce
const TAG_BYTES = 16;
/** Each new salt costs one derivation (~60–130 ms); a folder full of odd salts must not stall a sync for minutes. */
const MAX_NEW_KEYS_PER_PULL = 8;

export interface ScryptCost {
  N: number;
  r: number;
  p: number;
}
/** Measured ~60 ms on a shared 2-core machine; 128·N·r = 32 MiB, over Node's default maxmem, hence maxmem below. */
export const DEFAULT_SCRYPT_COST: ScryptCost = { N: 2 ** 15, r: 8, p: 1 };

export type DeriveKey = (passphrase: string, salt: Buffer, cost: ScryptCost) => Promise<Buffer>;

export interface EncryptionOptions {
  /**
   * This device's salt. Default: derived from the device id (a random nanoid), so it is unique per device and the
   * same after a restart without being stored anywhere.
   */
  salt?: Uint8Array;
  /** Lower only in tests: derivation speed is the whole defence against guessing the passphrase. */
  cost?: ScryptCost;
  /** Seam for tests (counting derivations); default deriveTeamKey. */
  deriveKey?: DeriveKey;
}

const base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/);
/** What the transport stores instead of the batch. device and seq stay in clear for the folder and server layouts. */
export const EncryptedEnvelope = z.object({
  format: z.literal(ENVELOPE_FORMAT),
  v: z.literal(ENVELOPE_VERSION),
  device: z.string().min(1),
  seq: z.number().int().positive(),
  salt: base64,
  iv: base64,
  tag: base64,
  data: base64,
});
export type EncryptedEnvelope = z.infer<typeof EncryptedEnvelope>;

/** For a device without a passphrase: tells an encrypted envelope from a damaged batch, to say which it is. */
export function isEncryptedEnvelope(candidate: unknown): boolean {
  return typeof candidate === 'object' && candidate !== null && (candidate as { format?: unknown }).format === ENVELOPE_FORMAT;
}

/** 64 bytes: the AES-256 key, then the key that makes each batch's iv (see push). */
export const deriveTeamKey: DeriveKey = (passphrase, salt, cost) =>
  new Promise((resolve, reject) => {
    // NFC: the same passphrase typed through different input methods (macOS vs Windows, Chinese IMEs) gives one key.
    const maxmem = 256 * cost.N * cost.r + 16 * 1024 * 1024;
    scrypt(passphrase.normalize('NFC'), salt, 64, { ...cost, maxmem }, (error, key) => (error ? reject(error) : resolve(key)));
  });

export function deviceSalt(device: string): Buffer {
  return createHash('sha256').update(`${ENVELOPE_FORMAT} salt\0${device}`, 'utf8').digest().subarray(0, SALT_BYTES);
}

/** Binds the clear part to the ciphertext: moving an envelope to another device or seq fails authentication. */
function additionalData(device: string, seq: number): Buffer {
  return Buffer.from(JSON.stringify([ENVELOPE_FORMAT, ENVELOPE_VERSION, device, seq]), 'utf8');
}

type Opened = { batch: unknown; device: string; seq: number } | { failure: Failure };
interface Failure {
  device?: string;
  seq?: number;
  /** Authentication failed under this salt: wrong passphrase, or damage if the salt opened other envelopes. */
  authSalt?: string;
  problem?: BatchProblem;
}

class EncryptingTransport implements SyncTransport {
  readonly name: string;
  readonly destination: string | undefined;
  /** What the place holds is counted by seq, encrypted or not (see the README: a new passphrase wants a fresh place). */
  readonly published: (() => Promise<number>) | undefined;
  private readonly salt: Buffer | undefined;
  private readonly cost: ScryptCost;
  private readonly deriveKey: DeriveKey;
  /** salt (base64) → key; a promise so concurrent pushes and pulls share one derivation. */
  private readonly keys = new Map<string, Promise<Buffer>>();
  /** Salts under which some envelope opened: a later failure under them is damage, not a different passphrase. */
  private readonly openedSalts = new Set<string>();
  private newKeysThisPull = 0;

  constructor(
    private readonly inner: SyncTransport,
    private readonly passphrase: string,
    options: EncryptionOptions,
  ) {
    if (passphrase.length === 0) throw new Error('The team passphrase is empty.');
    this.name = inner.name;
    this.destination = inner.destination;
    this.published = inner.published && (() => inner.published!());
    this.salt = options.salt ? Buffer.from(options.salt) : undefined;
    if (this.salt && this.salt.length < SALT_BYTES) throw new Error(`The salt must be at least ${SALT_BYTES} bytes.`);
    this.cost = options.cost ?? DEFAULT_SCRYPT_COST;
    this.deriveKey = options.deriveKey ?? deriveTeamKey;
  }

  private key(salt: Buffer): Promise<Buffer> {
    const id = salt.toString('base64');
    let key = this.keys.get(id);
    if (!key) {
      key = this.deriveKey(this.passphrase, salt, this.cost);
      this.keys.set(id, key);
      key.catch(() => this.keys.delete(id)); // a failed derivation is tried again next time
    }
    return key;
  }

  async push(batch: Batch): Promise<void> {
    const salt = this.salt ?? deviceSalt(batch.device);
    const key = await this.key(salt);
    const aad = additionalData(batch.device, batch.seq);
    // Canonical (sorted keys): a batch reloaded from disk with its keys in another order still encrypts the same.
    const text = Buffer.from(canonicalJson(batch), 'utf8');
    // A synthetic iv (an HMAC of what is encrypted, as in AES-GCM-SIV): the same batch pushed again - after a lost
    // answer, or a restart - gives the identical envelope, which write-once stores (CouchDB) compare; two different
    // batches never share an iv, which is what GCM needs.
    const iv = createHmac('sha256', key.subarray(32)).update(aad).update(text).digest().subarray(0, IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', key.subarray(0, 32), iv);
    cipher.setAAD(aad);
    const data = Buffer.concat([cipher.update(text), cipher.final()]);
    const envelope: EncryptedEnvelope = {
      format: ENVELOPE_FORMAT,
      v: ENVELOPE_VERSION,
      device: batch.device,
      seq: batch.seq,
      salt: salt.toString('base64'),
      iv: iv.toString('base64'),
      tag: cipher.getAuthTag().toString('base64'),
      data: data.toString('base64'),
    };
    // Transports file what they are given by device and seq and store its JSON; they never look inside a batch.
    await this.inner.push(envelope as unknown as Batch);
  }

  async pull(applied: Applied): Promise<PullResult> {
    const pulled = await this.inner.pull(applied);
    this.newKeysThisPull = 0;
    const opened: Array<{ batch: unknown; device: string; seq: number }> = [];
    const failures: Failure[] = [];
    for (const candidate of pulled.candidates) {
      const outcome = await this.open(candidate);
      if ('failure' in outcome) failures.push(outcome.failure);
      else opened.push(outcome);
    }

    // Per device, the first seq that did not open: it and everything after it wait (as acceptBatches does for a
    // damaged batch), so nothing is applied out of order and one report per device is enough.
    const stops = new Map<string, Failure>();
    const problems = [...pulled.problems];
    for (const failure of failures) {
      const { device, seq } = failure;
      if (device === undefined || seq === undefined) problems.push(this.describe(failure));
      else if (seq > (applied[device] ?? 0) && seq < (stops.get(device)?.seq ?? Infinity)) stops.set(device, failure);
    }
    for (const device of [...stops.keys()].sort()) problems.push(this.describe(stops.get(device)!));
    const candidates = opened.filter(({ device, seq }) => seq < (stops.get(device)?.seq ?? Infinity)).map(({ batch }) => batch);
    return { candidates, problems };
  }

  private async open(candidate: unknown): Promise<Opened> {
    const where = (typeof candidate === 'object' && candidate !== null ? candidate : {}) as { device?: unknown; seq?: unknown; format?: unknown; v?: unknown };
    const device = typeof where.device === 'string' ? where.device : undefined;
    const seq = typeof where.seq === 'number' ? where.seq : undefined;
    const label = `Batch ${seq ?? '?'} from device ${device ?? '?'}`;
    const fail = (kind: BatchProblem['kind'], message: string): Opened => ({ failure: { device, seq, problem: { kind, device, seq, message } } });

    if (where.format !== ENVELOPE_FORMAT) {
      return fail('not-encrypted', `${label} is not encrypted, but this team uses a passphrase. Nothing from device ${device ?? '?'} was applied; set the team passphrase on that device's Sync page.`);
    }
    if (where.v !== ENVELOPE_VERSION) {
      return fail('invalid', `${label} was encrypted by a newer version of Delegation Planner. Nothing from device ${device ?? '?'} was applied; update this app and sync again.`);
    }
    const parsed = EncryptedEnvelope.safeParse(candidate);
    const salt = parsed.success ? Buffer.from(parsed.data.salt, 'base64') : undefined;
    const iv = parsed.success ? Buffer.from(parsed.data.iv, 'base64') : undefined;
    const tag = parsed.success ? Buffer.from(parsed.data.tag, 'base64') : undefined;
    if (!parsed.success || salt!.length < SALT_BYTES || iv!.length !== IV_BYTES || tag!.length !== TAG_BYTES) {
      return fail('invalid', `${label} is not a valid encrypted batch (damaged); it was not applied, later changes from that device wait, and it will be read again at the next sync.`);
    }
    const envelope = parsed.data;
    const saltId = envelope.salt;
    if (!this.keys.has(saltId) && ++this.newKeysThisPull > MAX_NEW_KEYS_PER_PULL) {
      return fail('unreadable', `${label} could not be decrypted in this sync (too many different keys at once); it will be read again at the next sync.`);
    }

    let plain: string;
    try {
      const decipher = createDecipheriv('aes-256-gcm', (await this.key(salt!)).subarray(0, 32), iv!);
      decipher.setAAD(additionalData(envelope.device, envelope.seq));
      decipher.setAuthTag(tag!);
      plain = Buffer.concat([decipher.update(Buffer.from(envelope.data, 'base64')), decipher.final()]).toString('utf8');
    } catch {
      return { failure: { device, seq, authSalt: saltId } };
    }
    this.openedSalts.add(saltId);
    let batch: unknown;
    try {
      batch = JSON.parse(plain);
    } catch {
      return fail('invalid', `${label} decrypted to something that is not a sync batch; it was not applied and later changes from that device wait.`);
    }
    const inner = (batch ?? {}) as { device?: unknown; seq?: unknown };
    if (inner.device !== envelope.device || inner.seq !== envelope.seq) {
      return fail('wrong-place', `${label} holds a batch that belongs elsewhere; it was not applied and later changes from that device wait.`);
    }
    return { batch, device: envelope.device, seq: envelope.seq };
  }

  /** Authentication failures are told apart only now, once every envelope of this pull has been tried. */
  private describe(failure: Failure): BatchProblem {
    if (failure.problem) return failure.problem;
    const { device, seq } = failure;
    if (failure.authSalt !== undefined && this.openedSalts.has(failure.authSalt)) {
      return { kind: 'bad-hash', device, seq, message: `Batch ${seq} from device ${device} was damaged or altered after it was encrypted; it was not applied, later changes from that device wait, and it will be read again at the next sync.` };
    }
    return { kind: 'wrong-passphrase', device, seq, message: `These changes from device ${device} were encrypted with a different team passphrase. Nothing was applied; check the passphrase on the Sync page.` };
  }
}

/** Batches are encrypted before `inner.push` and decrypted after `inner.pull`; keys are derived once per salt. */
export function encryptingTransport(inner: SyncTransport, passphrase: string, options: EncryptionOptions = {}): SyncTransport {
  return new EncryptingTransport(inner, passphrase, options);
}
