// One device's side of sync: its merged state, its own sealed batches (the local log, kept before any transport sees
// them), what it has applied of every other device, and one sync round through a transport.
import type { Change } from '../../model/change';
import type { HlcClock } from '../hlc';
import type { Applied, Batch, BatchProblem } from './batch';
import { acceptBatches, sealBatch } from './batch';
import type { FutureStamp, ReplicaState, ReviewItem, Effect } from './merge';
import { applyChanges, emptyState } from './merge';
import type { SyncTransport } from './transport';

export interface SyncReport {
  pushed: number;
  /** Batches applied per device. */
  received: Record<string, number>;
  review: ReviewItem[];
  future: FutureStamp[];
  effects: Effect[];
  problems: BatchProblem[];
}

export class Replica {
  state: ReplicaState = emptyState();
  applied: Applied = {};
  /** Highest stamp applied from each other device: what our next batch says we had seen. */
  seen: Readonly<Record<string, string>> = {};
  /** Our own sealed batches, oldest first. */
  readonly log: Batch[] = [];
  /** Local changes not yet sealed. */
  pending: Change[] = [];
  /** Per transport name, the last of our seqs it has stored. */
  readonly pushed: Record<string, number> = {};

  constructor(
    readonly device: string,
    readonly clock: HlcClock,
    readonly now: () => number,
  ) {}

  /** Folds this device's own new changes in (already stamped by `clock`). */
  recordLocal(changes: readonly Change[]): ReviewItem[] {
    const result = applyChanges(this.state, changes, { seen: this.seen });
    this.state = result.state;
    this.pending.push(...changes);
    return result.review;
  }

  /**
   * Seals pending changes into the next batch. This must happen before any remote batch is applied, so that the
   * batch's `seen` is exactly what the device knew when it made those changes.
   */
  seal(): Batch | undefined {
    if (this.pending.length === 0) return undefined;
    const batch = sealBatch(this.device, this.log.length + 1, this.pending, this.seen);
    this.log.push(batch);
    this.pending = [];
    return batch;
  }

  /** Applies verified batches in order (as acceptBatches returns them). */
  receive(batches: readonly Batch[]): Omit<SyncReport, 'pushed' | 'problems'> {
    this.seal();
    const report: Omit<SyncReport, 'pushed' | 'problems'> = { received: {}, review: [], future: [], effects: [] };
    for (const batch of batches) {
      if (batch.device === this.device || batch.seq !== (this.applied[batch.device] ?? 0) + 1) continue;
      const result = applyChanges(this.state, batch.ops, { seen: batch.seen, now: this.now() });
      this.state = result.state;
      this.applied[batch.device] = batch.seq;
      // A new object each time: cells of earlier local changes keep the `seen` they were made with.
      let newest = this.seen[batch.device] ?? '';
      for (const op of batch.ops) if (op.hlc > newest) newest = op.hlc;
      if (newest !== '') this.seen = { ...this.seen, [batch.device]: newest };
      // The clock takes the capped stamp: a peer a day ahead must not drag our clock a day ahead.
      if (result.observe) this.clock.observe(result.observe);
      report.received[batch.device] = (report.received[batch.device] ?? 0) + 1;
      report.review.push(...result.review);
      report.future.push(...result.future);
      report.effects.push(...result.effects);
    }
    return report;
  }
}

/** One round: seal, push what this transport lacks, pull and apply. A failed push keeps the batches for next time. */
export async function syncOnce(replica: Replica, transport: SyncTransport): Promise<SyncReport> {
  replica.seal();
  let pushed = 0;
  for (const batch of replica.log.slice(replica.pushed[transport.name] ?? 0)) {
    await transport.push(batch);
    replica.pushed[transport.name] = batch.seq;
    pushed++;
  }
  const pulled = await transport.pull(replica.applied);
  const accepted = acceptBatches(replica.applied, pulled.candidates, replica.device);
  const applied = replica.receive(accepted.ready);
  return { pushed, ...applied, problems: [...pulled.problems, ...accepted.problems] };
}
