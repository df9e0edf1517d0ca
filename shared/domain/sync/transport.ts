// What sync needs of a place batches travel through (a shared folder, a CouchDB database), and a memory double of
// it so sync logic is tested without I/O. Transports move raw batches; checking them is acceptBatches' job.
import type { Applied, Batch, BatchProblem } from './batch';

export interface PullResult {
  /** Parsed but unverified batches of other devices, possibly some already applied. */
  candidates: unknown[];
  problems: BatchProblem[];
}

export interface SyncTransport {
  /** For messages: "the sync folder", "the server". */
  readonly name: string;
  /**
   * Which shared place this is (`folder:<path>`, `server:<url>/<database>`): what has been published is tracked per
   * destination, so a new folder or server receives this device's whole history, not only what is sealed next.
   */
  readonly destination?: string;
  /** Stores one of this device's own sealed batches. Storing the same batch again is harmless. */
  push(batch: Batch): Promise<void>;
  /** Batches of other devices after `applied`, as far as each device's stream can be read without a gap. */
  pull(applied: Applied): Promise<PullResult>;
  /**
   * How many of this device's own batches the place holds, counted from 1 up to the first missing one. Lets the
   * engine send again what a place lost or never had (a fresh folder, a file someone deleted, a restored copy).
   */
  published?(): Promise<number>;
}

export interface MemoryTransportOptions {
  /** Reorders, duplicates or holds back what a pull returns (delivery faults). Default: as stored. */
  deliver?: (candidates: unknown[]) => unknown[];
}

/** A shared place held in memory: one per simulated team; each device gets a transport onto it. */
export class MemorySyncTarget {
  /** device → seq → the stored text (as a file or document would hold it). */
  readonly entries = new Map<string, Map<number, string>>();

  transport(device: string, options: MemoryTransportOptions = {}): SyncTransport {
    return new MemoryTransport(this, device, options);
  }

  /** Puts any text at a device's seq, e.g. a truncated batch; a later push of the real batch replaces it. */
  putRaw(device: string, seq: number, text: string): void {
    let seqs = this.entries.get(device);
    if (!seqs) this.entries.set(device, (seqs = new Map()));
    seqs.set(seq, text);
  }
}

class MemoryTransport implements SyncTransport {
  readonly name = 'memory';

  constructor(
    private readonly target: MemorySyncTarget,
    private readonly device: string,
    private readonly options: MemoryTransportOptions,
  ) {}

  async push(batch: Batch): Promise<void> {
    if (batch.device !== this.device) throw new Error(`device ${this.device} may only write its own batches`);
    this.target.putRaw(batch.device, batch.seq, JSON.stringify(batch));
  }

  async pull(applied: Applied): Promise<PullResult> {
    const candidates: unknown[] = [];
    const problems: BatchProblem[] = [];
    for (const [device, seqs] of this.target.entries) {
      if (device === this.device) continue;
      for (let seq = (applied[device] ?? 0) + 1; seqs.has(seq); seq++) {
        try {
          candidates.push(JSON.parse(seqs.get(seq)!));
        } catch {
          problems.push({ kind: 'unreadable', device, seq, message: `Batch ${seq} from device ${device} cannot be read yet (incomplete); it will be read again at the next sync.` });
          break;
        }
      }
    }
    return { candidates: this.options.deliver ? this.options.deliver(candidates) : candidates, problems };
  }
}
