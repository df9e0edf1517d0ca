// The clock that orders recorded changes: monotonic, unique per device, and sortable as text.
import { describe, expect, it } from 'vitest';
import { HlcClock, formatHlc, parseHlc } from '../../../../shared/domain/hlc';

describe('HlcClock', () => {
  it('never goes backwards when the wall clock does', () => {
    let wall = 1_000;
    const clock = new HlcClock('dev-a', () => wall);
    const a = clock.tick();
    wall = 500;
    const b = clock.tick();
    const c = clock.tick();
    expect([a, b, c]).toEqual([...[a, b, c]].sort());
    expect(new Set([a, b, c]).size).toBe(3);
    expect(parseHlc(c)).toEqual({ ms: 1_000, counter: 2, device: 'dev-a' });
  });

  it('orders its next stamp after one observed from another device', () => {
    const clock = new HlcClock('dev-a', () => 1_000);
    clock.observe(formatHlc({ ms: 5_000, counter: 3, device: 'dev-b' }));
    expect(parseHlc(clock.tick())).toEqual({ ms: 5_000, counter: 4, device: 'dev-a' });
  });

  it('resumes from a persisted stamp', () => {
    const clock = new HlcClock('dev-a', () => 10, formatHlc({ ms: 99, counter: 7, device: 'dev-a' }));
    expect(clock.tick() > formatHlc({ ms: 99, counter: 7, device: 'dev-a' })).toBe(true);
  });

  it('rejects text that is not a stamp', () => {
    expect(() => parseHlc('yesterday')).toThrow(/not a clock stamp/);
  });
});
