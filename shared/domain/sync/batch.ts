// Sealed batches: a device's changes, numbered per device and hashed, never rewritten once sealed. A receiver applies
// each device's batches strictly in order: a gap or a damaged batch stops that device's stream until it is repaired.
import { z } from 'zod';
import { Change } from '../../model/change';
import type { Seen } from './merge';
import { canonicalJson, sha256Hex, utf8 } from './bytes';

export const Batch = z.object({
  device: z.string().min(1),
  seq: z.number().int().positive(),
  ops: z.array(Change),
  /** What the device had applied of every other device when it sealed (see merge.ts: "concurrent"). */
  seen: z.record(z.string(), z.string()),
  /**
   * Who uses the sealing device ("This laptop is …", a member id; null: no one chosen any more), present only in a
   * batch sealed after that choice changed. Batches apply in seq order, so the latest one a receiver applied is the
   * device's current choice. Absent from the hash when absent, so batches without it hash as they always did.
   */
  member: z.string().min(1).max(200).nullable().optional(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type Batch = z.infer<typeof Batch>;

/** Per device, the last seq applied here. */
export type Applied = Record<string, number>;

export type BatchProblemKind =
  | 'gap'
  | 'unreadable'
  | 'invalid'
  | 'bad-hash'
  | 'wrong-place'
  | 'folder-missing'
  /** Team passphrase (electron/backend/sync/crypto.ts): encrypted under another passphrase, or not encrypted at all. */
  | 'wrong-passphrase'
  | 'not-encrypted';

export interface BatchProblem {
  kind: BatchProblemKind;
  device?: string;
  seq?: number;
  /** For people: what is wrong and what happens next. */
  message: string;
}

/**
 * SHA-256 of a text's UTF-8 bytes, as lowercase hex. The default is bytes.ts's, which runs anywhere; the backend passes
 * Node's native one when it checks what it pulled (sync/native-hash.ts): the same hex for every text (tested), and
 * the bytes are hashed at native speed instead of being a fifth of a merge.
 */
export type TextHash = (text: string) => string;

export const portableHash: TextHash = (text) => sha256Hex(utf8(text));

export function batchHash(batch: Pick<Batch, 'device' | 'seq' | 'ops' | 'seen' | 'member'>, hash: TextHash = portableHash): string {
  const { device, seq, ops, seen, member } = batch;
  return hash(canonicalJson(member === undefined ? { device, seq, ops, seen } : { device, seq, ops, seen, member }));
}

/** `member`: this device's chosen person, given only when that choice changed since the last batch. */
export function sealBatch(device: string, seq: number, ops: readonly Change[], seen: Seen = {}, member?: string | null): Batch {
  const body = { device, seq, ops: ops.map((op) => ({ ...op })), seen: { ...seen }, ...(member !== undefined && { member }) };
  return deepFreeze({ ...body, sha256: batchHash(body) });
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** Checks shape and hash. Every op must be the batch device's own change. */
export function verifyBatch(candidate: unknown, hash?: TextHash): { batch: Batch } | { problem: BatchProblem } {
  const parsed = Batch.safeParse(candidate);
  const where = (candidate ?? {}) as { device?: unknown; seq?: unknown };
  const device = typeof where.device === 'string' ? where.device : undefined;
  const seq = typeof where.seq === 'number' ? where.seq : undefined;
  const label = `batch ${seq ?? '?'} from device ${device ?? '?'}`;
  if (!parsed.success) return { problem: { kind: 'invalid', device, seq, message: `The ${label} is not a valid sync batch; it was not applied and will be read again at the next sync.` } };
  const batch = parsed.data;
  if (batch.ops.some((op) => op.device !== batch.device)) {
    return { problem: { kind: 'invalid', device, seq, message: `The ${label} carries changes of another device; it was not applied.` } };
  }
  if (batchHash(batch, hash) !== batch.sha256) {
    return { problem: { kind: 'bad-hash', device, seq, message: `The ${label} does not match its checksum (damaged or altered); it was not applied and will be read again at the next sync.` } };
  }
  return { batch };
}

export interface Accepted {
  /** Batches to apply now, each device's in seq order. */
  ready: Batch[];
  /** `applied` after the ready batches. */
  applied: Applied;
  problems: BatchProblem[];
}

/**
 * Picks from `candidates` (any order, duplicates allowed) the batches that continue each device's stream:
 * seq = applied + 1, then the next, and so on. Already-applied seqs are ignored; a missing seq or a damaged batch
 * stops that device (reported) and the rest of its batches wait for the next sync. Our own batches are skipped.
 * `hash`: the SHA-256 to check them with (see TextHash).
 */
export function acceptBatches(applied: Applied, candidates: readonly unknown[], self?: string, hash?: TextHash): Accepted {
  const problems: BatchProblem[] = [];
  const byDevice = new Map<string, Map<number, Batch>>();
  const broken = new Map<string, number>();
  for (const candidate of candidates) {
    const checked = verifyBatch(candidate, hash);
    if ('problem' in checked) {
      const { device, seq } = checked.problem;
      if (device !== undefined && seq !== undefined && seq > (applied[device] ?? 0)) {
        broken.set(device, Math.min(broken.get(device) ?? Infinity, seq));
        problems.push(checked.problem);
      } else if (device === undefined || seq === undefined) problems.push(checked.problem);
      continue;
    }
    const { batch } = checked;
    if (batch.device === self || batch.seq <= (applied[batch.device] ?? 0)) continue;
    let seqs = byDevice.get(batch.device);
    if (!seqs) byDevice.set(batch.device, (seqs = new Map()));
    seqs.set(batch.seq, batch);
  }

  const next: Applied = { ...applied };
  const ready: Batch[] = [];
  for (const device of [...byDevice.keys()].sort()) {
    const seqs = byDevice.get(device)!;
    const stop = broken.get(device) ?? Infinity;
    let seq = (next[device] ?? 0) + 1;
    while (seq < stop && seqs.has(seq)) {
      ready.push(seqs.get(seq)!);
      next[device] = seq;
      seq++;
    }
    const waiting = [...seqs.keys()].filter((s) => s > seq && s < stop);
    if (seq < stop && waiting.length > 0) {
      problems.push({
        kind: 'gap',
        device,
        seq,
        message: `Batch ${seq} from device ${device} has not arrived, so its later batches wait; they will be applied once it does.`,
      });
    }
  }
  return { ready, applied: next, problems };
}
