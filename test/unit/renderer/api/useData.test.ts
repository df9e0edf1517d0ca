// One reload per change: a save's pushed `data.changed` and the caller's own invalidate() are one piece of news.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { reloadCoalescer, SAME_CHANGE_MS } from '../../../../renderer/src/api/useData';

describe('reloadCoalescer', () => {
  let reloads: number;
  let coalescer: ReturnType<typeof reloadCoalescer>;
  beforeEach(() => {
    vi.useFakeTimers();
    reloads = 0;
    coalescer = reloadCoalescer(() => reloads++);
  });
  afterEach(() => {
    coalescer.dispose();
    vi.useRealTimers();
  });

  it('reloads once when the push comes before the save’s answer', () => {
    coalescer.pushed();
    vi.advanceTimersByTime(20);
    coalescer.invalidate();
    vi.advanceTimersByTime(5 * SAME_CHANGE_MS);
    expect(reloads).toBe(1);
  });

  it('reloads once when the save’s answer comes before the push', () => {
    coalescer.invalidate();
    vi.advanceTimersByTime(20);
    expect(reloads).toBe(0);
    coalescer.pushed();
    expect(reloads).toBe(1);
    vi.advanceTimersByTime(5 * SAME_CHANGE_MS);
    expect(reloads).toBe(1);
  });

  it('still reloads when no push comes', () => {
    coalescer.invalidate();
    vi.advanceTimersByTime(SAME_CHANGE_MS);
    expect(reloads).toBe(1);
  });

  it('reloads for every push: news from elsewhere is never dropped', () => {
    coalescer.pushed();
    coalescer.pushed();
    vi.advanceTimersByTime(10);
    coalescer.pushed();
    expect(reloads).toBe(3);
  });

  it('an invalidate() long after a push reloads again', () => {
    coalescer.pushed();
    vi.advanceTimersByTime(2 * SAME_CHANGE_MS);
    coalescer.invalidate();
    vi.advanceTimersByTime(SAME_CHANGE_MS);
    expect(reloads).toBe(2);
  });
});
