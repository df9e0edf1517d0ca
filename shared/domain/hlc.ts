// Hybrid logical clock stamps: ordered like wall time, but never going backwards and unique per device.
// A stamp is a string that sorts correctly: `<ms 15 digits>-<counter 6 digits>-<device>`.

export interface Hlc {
  /** Milliseconds of (possibly adjusted) wall time. */
  ms: number;
  counter: number;
  device: string;
}

export function formatHlc(h: Hlc): string {
  return `${String(h.ms).padStart(15, '0')}-${String(h.counter).padStart(6, '0')}-${h.device}`;
}

export function parseHlc(stamp: string): Hlc {
  const m = /^(\d{15})-(\d{6})-(.+)$/.exec(stamp);
  if (!m) throw new Error(`not a clock stamp: ${stamp}`);
  return { ms: Number(m[1]), counter: Number(m[2]), device: m[3]! };
}

/** A clock for one device. `now` is injected so tests and the benchmark control time. */
export class HlcClock {
  private last: Hlc;

  constructor(
    private readonly device: string,
    private readonly now: () => number,
    last?: string,
  ) {
    this.last = last ? parseHlc(last) : { ms: 0, counter: 0, device };
  }

  /** A new stamp for a local change: later than every stamp seen so far. */
  tick(): string {
    const wall = this.now();
    if (wall > this.last.ms) this.last = { ms: wall, counter: 0, device: this.device };
    else this.last = { ms: this.last.ms, counter: this.last.counter + 1, device: this.device };
    return formatHlc(this.last);
  }

  /** Folds in a stamp received from another device so later local stamps sort after it. */
  observe(stamp: string): void {
    const seen = parseHlc(stamp);
    if (seen.ms > this.last.ms || (seen.ms === this.last.ms && seen.counter > this.last.counter)) {
      this.last = { ms: seen.ms, counter: seen.counter, device: this.device };
    }
  }

  current(): string {
    return formatHlc(this.last);
  }
}
