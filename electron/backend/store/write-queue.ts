// The store's single writer: one promise chain, so no two writes to the data directory ever overlap.
// Saves that arrive while a write is running share the next one (group commit), so a burst costs two writes, not N.

export class WriteQueue {
  private tail: Promise<unknown> = Promise.resolve();
  /** The group write queued but not started yet; new saves join it. */
  private nextGroup: Promise<void> | null = null;

  /**
   * Queues `write` unless a queued, not-yet-started group write exists, in which case the caller joins it.
   * `write` must take its snapshot of memory synchronously when it starts, so every save made before then is in it.
   */
  group(write: () => Promise<void>): Promise<void> {
    if (this.nextGroup) return this.nextGroup;
    const run: Promise<void> = this.tail.then(() => {
      if (this.nextGroup === run) this.nextGroup = null;
      return write();
    });
    this.nextGroup = run;
    this.tail = run.catch(() => undefined);
    return run;
  }

  /** Runs `task` alone, after everything queued so far. */
  run<T>(task: () => Promise<T>): Promise<T> {
    const result = this.tail.then(task);
    this.tail = result.catch(() => undefined);
    // A group queued before this task stays ahead of it; saves made later must queue behind it.
    this.nextGroup = null;
    return result;
  }

  /**
   * Resolves once what is queued now has finished (successfully or not), not waiting for anything queued after: a
   * writer that yields to this queue this way is never held off for long by a steady stream of new work.
   */
  settled(): Promise<void> {
    return this.tail.then(() => undefined);
  }

  /** Resolves once everything queued so far, and anything queued meanwhile, has finished (successfully or not). */
  async idle(): Promise<void> {
    let seen: Promise<unknown>;
    do {
      seen = this.tail;
      await seen;
    } while (seen !== this.tail);
  }
}
