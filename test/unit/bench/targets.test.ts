import { afterEach, describe, expect, it, vi } from 'vitest';
import { Scoreboard, TARGETS, formatSpread, formatTarget, formatValue, summarize } from '../../bench/targets';

describe('summarize (median and spread of fresh-process runs)', () => {
  it('takes the middle of an odd count and the mean of the two middles of an even one, in any order', () => {
    expect(summarize([9, 1, 5])).toEqual({ median: 5, min: 1, max: 9, runs: 3, of: 'fresh processes' });
    expect(summarize([4, 10, 2, 6])).toMatchObject({ median: 5, min: 2, max: 10, runs: 4 });
  });

  it('refuses no samples rather than inventing a figure', () => {
    expect(() => summarize([])).toThrow(/at least one sample/);
  });

  it('names what the runs were', () => {
    expect(formatSpread(summarize([3.5, 1.25, 2]))).toBe('median of 3 fresh processes, spread 1.25–3.50');
    expect(formatSpread(summarize([120, 140], 'runs in one process'))).toBe('median of 2 runs in one process, spread 120–140');
    expect(formatSpread(summarize([7]))).toBe('one run');
  });
});

describe('formatValue', () => {
  it('prints counts whole and measured values with fewer decimals the larger they are', () => {
    expect(formatValue(48)).toBe('48');
    expect(formatValue(0.1234)).toBe('0.12');
    expect(formatValue(56.94)).toBe('56.9');
    expect(formatValue(6123.4)).toBe('6123');
  });
});

describe('formatTarget', () => {
  it('prints the issue-12 form, then the target and whether it is met', () => {
    expect(formatTarget('save p95 vs sqlite (10-year)', 1.5, '×')).toBe('bench: save p95 vs sqlite (10-year): 1.50 × (target ≤ 2: met)');
    expect(formatTarget('first search after start (10-year)', 6123.4, 'ms', summarize([5900, 6123.4, 7100]))).toBe(
      'bench: first search after start (10-year): 6123 ms (target ≤ 150: NOT met; median of 3 fresh processes, spread 5900–7100)',
    );
  });

  it('counts a value equal to the target as met', () => {
    expect(formatTarget('data folder vs naive single file (10-year)', 1.2, '×')).toContain('met)');
    expect(formatTarget('data folder vs naive single file (10-year)', 1.21, '×')).toContain('NOT met');
  });

  it('is not met when a condition beside the number fails, however good the number', () => {
    expect(formatTarget('search p95 vs sqlite (10-year)', 0.5, '×', undefined, { what: 'finds every query SQLite finds', holds: false })).toBe(
      'bench: search p95 vs sqlite (10-year): 0.50 × (target ≤ 1 and finds every query SQLite finds: NOT met)',
    );
  });
});

describe('Scoreboard', () => {
  afterEach(() => vi.restoreAllMocks());

  it('counts met targets, and in a full run counts every unmeasured target as not met', () => {
    vi.spyOn(console, 'log').mockImplementation(() => {});
    const board = new Scoreboard();
    board.check('sync merge 3 devices × 5,000 changes', 250, 'ms');
    board.check('first itinerary PDF after start', 2600, 'ms');
    board.failed('call p95 during 20,000-event ICS import', 'the module failed');
    expect(board.summary(false)).toBe('bench: targets met: 1 of 3');
    const all = Object.keys(TARGETS);
    expect(all).toHaveLength(11);
    expect(board.summary(true)).toMatch(new RegExp(`^bench: targets met: 1 of ${all.length} \\(not measured: `));
    expect(board.summary(true)).toContain('start to first screen (10-year)');
  });

  it('prints each line as it checks it', () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    new Scoreboard().check('backend rss after first search (30-year)', 731, 'MB');
    expect(log).toHaveBeenCalledWith('bench: backend rss after first search (30-year): 731 MB (target ≤ 300: NOT met)');
  });
});
