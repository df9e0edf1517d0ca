// Undo and redo for this session: each user step remembers the records as they were, and undoing it applies the
// reverse through store.apply — so an undo is itself a recorded change that sync carries like any other.
import type { HistoryStep } from '../../shared/contract';
import type { Collection } from '../../shared/model';
import type { Clock, Mutation, RecordTypes, Store } from './store/types';

interface Entry extends HistoryStep {
  /** Applying these takes the data back to before the step. */
  undo: Mutation[];
  /** Applying these does the step again. */
  redo: Mutation[];
}

const keep = 200;

/** Fields that the store manages itself and an inverse must not try to set. */
const managed = new Set(['createdAt', 'updatedAt']);

/** The mutation that turns `after` back into `before` (a record that did not exist before is deleted). */
export function inverse<C extends Collection>(m: Mutation<C>, before: RecordTypes[C] | undefined): Mutation<C> {
  if (!before) return { ...m, fields: { deleted: true } as Partial<RecordTypes[C]> };
  const fields: Record<string, unknown> = {};
  for (const key of Object.keys(m.fields)) {
    if (managed.has(key)) continue;
    fields[key] = (before as Record<string, unknown>)[key];
  }
  if (before.deleted === false && !('deleted' in fields)) fields.deleted = false;
  return { ...m, fields: fields as Partial<RecordTypes[C]> };
}

export class History {
  private done: Entry[] = [];
  private undone: Entry[] = [];
  /** Steps, undos and redos run one after another: an undo sent right after a step must undo that step. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
  ) {}

  private serial<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work, work);
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** Applies `mutations` as one undoable step. */
  apply(step: { action: string; subject: string; tripId?: string }, mutations: Mutation[]): Promise<void> {
    return this.serial(() => this.record(step, mutations));
  }

  /**
   * Applies a large step (an import) in batches, still as one undoable step, yielding between batches so other calls
   * are answered meanwhile. `onBatch` hears how many are written. When `signal` is aborted the batches already
   * written are rolled back and `cancelled()` is thrown: the step lands whole or not at all.
   */
  applyInBatches(
    step: { action: string; subject: string; tripId?: string },
    mutations: Mutation[],
    options: { size: number; onBatch?: (done: number) => void; signal?: AbortSignal; cancelled: () => Error },
  ): Promise<void> {
    return this.serial(async () => {
      const before = await Promise.all(mutations.map((m) => this.store.get(m.collection, m.id, m.tripId)));
      const undo = mutations.map((m, i) => inverse(m, before[i])).reverse();
      let written = 0;
      try {
        while (written < mutations.length) {
          if (options.signal?.aborted) throw options.cancelled();
          const batch = mutations.slice(written, written + options.size);
          await this.store.apply(batch);
          written += batch.length;
          options.onBatch?.(written);
          await new Promise((resolve) => setImmediate(resolve));
        }
        // Aborted during the last batch: it is still rolled back, as the caller was told it would be.
        if (options.signal?.aborted) throw options.cancelled();
      } catch (error) {
        const back = undo.slice(mutations.length - written);
        for (let i = 0; i < back.length; i += options.size) await this.store.apply(back.slice(i, i + options.size));
        throw error;
      }
      const redo = mutations.map((m, i) => (before[i] ? m : { ...m, fields: { ...m.fields, deleted: false } }));
      this.remember(step, undo, redo);
    });
  }

  /** Forgets every step (after a restore replaced the data, undoing an older step would write over it). */
  clear(): Promise<void> {
    return this.serial(async () => {
      this.done = [];
      this.undone = [];
    });
  }

  undo(tripId?: string): Promise<HistoryStep | null> {
    return this.serial(() => this.move(this.done, this.undone, 'undo', tripId));
  }

  redo(tripId?: string): Promise<HistoryStep | null> {
    return this.serial(() => this.move(this.undone, this.done, 'redo', tripId));
  }

  private async record(step: { action: string; subject: string; tripId?: string }, mutations: Mutation[]): Promise<void> {
    const before = await Promise.all(mutations.map((m) => this.store.get(m.collection, m.id, m.tripId)));
    await this.store.apply(mutations);
    const undo = mutations.map((m, i) => inverse(m, before[i])).reverse();
    // Redoing a create must bring the record back from the tombstone its undo left, so it says so explicitly.
    const redo = mutations.map((m, i) => (before[i] ? m : { ...m, fields: { ...m.fields, deleted: false } }));
    this.remember(step, undo, redo);
  }

  private remember(step: { action: string; subject: string; tripId?: string }, undo: Mutation[], redo: Mutation[]): void {
    const { tripId } = step;
    this.done.push({ action: step.action, subject: step.subject, tripId, at: new Date(this.clock.now()).toISOString(), undo, redo });
    if (this.done.length > keep) this.done.shift();
    this.undone = this.undone.filter((e) => e.tripId !== tripId);
  }

  private async move(from: Entry[], to: Entry[], direction: 'undo' | 'redo', tripId?: string): Promise<HistoryStep | null> {
    const index = findLastIndex(from, (e) => tripId === undefined || e.tripId === tripId);
    if (index < 0) return null;
    const entry = from[index]!;
    await this.store.apply(entry[direction]);
    from.splice(index, 1);
    to.push(entry);
    return { action: entry.action, subject: entry.subject, tripId: entry.tripId, at: entry.at };
  }
}

function findLastIndex<T>(items: T[], test: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i]!)) return i;
  return -1;
}
