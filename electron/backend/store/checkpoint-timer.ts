// When the background checkpoint runs (decision 010): a short quiet time after the last save, so a burst of edits
// costs one write of each file it touched, but never later than a few quiet times after the first unwritten save, and
// at once when many files wait, so memory and the replay after a crash stay small.
const MANY_DIRTY_FILES = 256;
const MAX_WAIT_FACTOR = 4;

export class CheckpointTimer {
  private timer: NodeJS.Timeout | undefined;
  private firstPoke: number | undefined;
  private stopped = false;

  constructor(
    private readonly delayMs: number,
    private readonly run: () => Promise<void>,
  ) {}

  /** A save landed (or a recovery redid groups): `dirty` files now wait for a checkpoint. */
  poke(dirty: number): void {
    if (this.stopped) return;
    const now = Date.now();
    this.firstPoke ??= now;
    const latest = this.firstPoke + this.delayMs * MAX_WAIT_FACTOR;
    const wait = dirty >= MANY_DIRTY_FILES ? 0 : Math.max(0, Math.min(this.delayMs, latest - now));
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.firstPoke = undefined;
      void this.run();
    }, wait);
    this.timer.unref?.(); // a pending checkpoint never keeps the process alive; close() writes what is dirty
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }
}
