// The worker's bounds themselves, beyond any fix of a particular parser: a read that overruns its time is stopped,
// one that needs more memory than allowed fails without taking the process with it, a cancelled one stops at once,
// and each says so in words. The limits are made small here so that an ordinary large file reaches them.
import { describe, expect, it } from 'vitest';
import { runBounded } from '../../../../../electron/backend/workers/run-bounded';
import { bigCalendar } from '../export/ics/big-calendar';

const trip = { legs: [], homeTimeZone: 'Asia/Hong_Kong', startDate: '2026-03-09', endDate: '2026-03-13' };
const what = 'This calendar file';

async function failure(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    return error as { code: string; message: string; details: unknown };
  }
  throw new Error('expected the run to fail');
}

describe('runBounded', () => {
  it('reads a calendar in a worker and reports progress', async () => {
    const seen: number[] = [];
    const entries = await runBounded('ics.read', { text: bigCalendar(600), trip }, { what, onProgress: (p) => seen.push(p.done) });
    expect(entries).toHaveLength(600);
    expect(seen).toEqual([250, 500]);
  });

  it('stops a read that overruns its time and says what to do', async () => {
    const started = performance.now();
    const error = await failure(runBounded('ics.read', { text: bigCalendar(20_000), trip }, { what, bounds: { timeoutMs: 300 } }));
    expect(performance.now() - started).toBeLessThan(5000);
    expect(error).toMatchObject({ code: 'invalid-input', details: { reason: 'time-limit', limitMs: 300 } });
    expect(error.message).toBe(
      'This calendar file took longer than 1 second to read, so reading it was stopped. Nothing was changed. Split it into smaller files and import them one by one.',
    );
  });

  it('fails a read that needs more memory than allowed, and the process carries on', async () => {
    const error = await failure(runBounded('ics.read', { text: bigCalendar(40_000), trip }, { what, bounds: { maxOldGenerationSizeMb: 16 } }));
    expect(error).toMatchObject({ code: 'invalid-input', details: { reason: 'memory-limit', limitMb: 16 } });
    expect(error.message).toContain('This calendar file needs more than 16 MB of memory to read');
    // The process that started it is unharmed: another read succeeds.
    expect(await runBounded('ics.read', { text: bigCalendar(3), trip }, { what })).toHaveLength(3);
  });

  it('stops at once when cancelled', async () => {
    const controller = new AbortController();
    const run = runBounded('ics.read', { text: bigCalendar(20_000), trip }, { what, signal: controller.signal, onProgress: () => controller.abort() });
    const error = await failure(run);
    expect(error).toMatchObject({ code: 'conflict', details: { reason: 'cancelled' } });
  });
});
