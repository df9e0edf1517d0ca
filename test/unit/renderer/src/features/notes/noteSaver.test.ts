// The autosave's timing rules: a pause saves, typing postpones, one save at a time (a new note is created once),
// a failure keeps the text and retries, and the last keystrokes leave with the page.
import { describe, expect, it, vi } from 'vitest';
import { NoteSaver, autosaveDelayMs, type SaveState, type SavedNote } from '../../../../../../renderer/src/features/notes/noteSaver';

function setUp(stored: { id?: string; body: string } = { body: '' }) {
  const calls: { id?: string; body: string; keepalive: boolean; resolve: (n: SavedNote) => void; reject: (e: unknown) => void }[] = [];
  const states: SaveState[] = [];
  const confirmed: { body: string; upToDate: boolean }[] = [];
  let n = 0;
  const saver = new NoteSaver(stored, stored.body, {
    save: (input, keepalive) =>
      new Promise<SavedNote>((resolve, reject) => {
        calls.push({ ...input, keepalive, resolve, reject });
      }),
    onState: (s) => states.push(s),
    onConfirmed: (_note, body, upToDate) => confirmed.push({ body, upToDate }),
  });
  const answer = async (i = calls.length - 1) => {
    calls[i]?.resolve({ id: 'note1', updatedAt: `2025-05-13T06:0${n++}:00.000Z` });
    await vi.advanceTimersByTimeAsync(0);
  };
  return { saver, calls, states, confirmed, answer };
}

describe('NoteSaver', () => {
  it('saves once typing has paused, never while typing goes on', async () => {
    vi.useFakeTimers();
    const { saver, calls, states } = setUp();
    saver.change('H');
    await vi.advanceTimersByTimeAsync(autosaveDelayMs - 100);
    saver.change('He');
    await vi.advanceTimersByTimeAsync(autosaveDelayMs - 100);
    expect(calls).toHaveLength(0);
    expect(states.at(-1)).toEqual({ kind: 'pending' });
    await vi.advanceTimersByTimeAsync(100);
    expect(calls.map((c) => c.body)).toEqual(['He']);
    expect(autosaveDelayMs).toBeLessThanOrEqual(800);
    expect(states.at(-1)).toEqual({ kind: 'saving' });
    vi.useRealTimers();
  });

  it('creates a new note once: text typed during the first save goes as an update to the same note', async () => {
    vi.useFakeTimers();
    const { saver, calls, answer, states, confirmed } = setUp();
    saver.change('Hello');
    saver.flush();
    saver.change('Hello world');
    saver.flush();
    expect(calls).toHaveLength(1);
    expect(calls[0]?.id).toBeUndefined();
    await answer(0);
    expect(calls).toHaveLength(2);
    expect(calls[1]).toMatchObject({ id: 'note1', body: 'Hello world' });
    expect(confirmed).toEqual([{ body: 'Hello', upToDate: false }]);
    await answer(1);
    expect(states.at(-1)).toMatchObject({ kind: 'saved' });
    expect(saver.dirty).toBe(false);
    expect(confirmed.at(-1)).toEqual({ body: 'Hello world', upToDate: true });
    vi.useRealTimers();
  });

  it('flush saves at once (blur, closing) and does nothing when all is saved', async () => {
    vi.useFakeTimers();
    const { saver, calls, answer } = setUp({ id: 'note1', body: 'A' });
    saver.flush();
    expect(calls).toHaveLength(0);
    saver.change('AB');
    saver.flush();
    expect(calls).toHaveLength(1);
    await answer();
    await vi.advanceTimersByTimeAsync(5000);
    expect(calls).toHaveLength(1);
    vi.useRealTimers();
  });

  it('keeps the text after a failure, says so, and tries again', async () => {
    vi.useFakeTimers();
    const { saver, calls, states } = setUp({ id: 'note1', body: '' });
    saver.change('Important');
    saver.flush();
    calls[0]?.reject(new Error('offline'));
    await vi.advanceTimersByTimeAsync(0);
    expect(states.at(-1)).toMatchObject({ kind: 'error' });
    expect(saver.dirty).toBe(true);
    await vi.advanceTimersByTimeAsync(5000);
    expect(calls).toHaveLength(2);
    expect(calls[1]?.body).toBe('Important');
    vi.useRealTimers();
  });

  it('sends the last keystrokes with keepalive as the page goes, but never a second create', async () => {
    vi.useFakeTimers();
    const fresh = setUp();
    fresh.saver.change('First words');
    fresh.saver.flush();
    fresh.saver.change('First words and more');
    fresh.saver.flushForUnload();
    expect(fresh.calls).toHaveLength(1);

    const existing = setUp({ id: 'note1', body: 'Old' });
    existing.saver.change('Old and new');
    existing.saver.flushForUnload();
    expect(existing.calls).toHaveLength(1);
    expect(existing.calls[0]).toMatchObject({ id: 'note1', body: 'Old and new', keepalive: true });
    // pagehide after beforeunload: the same text is not sent twice.
    existing.saver.flushForUnload();
    expect(existing.calls).toHaveLength(1);
    // A save in flight for an existing note does not hold back the newest text.
    existing.saver.change('Old and new, newest');
    existing.saver.flushForUnload();
    expect(existing.calls.at(-1)).toMatchObject({ id: 'note1', body: 'Old and new, newest', keepalive: true });
    vi.useRealTimers();
  });

  it('schedules nothing once deactivated, but a save in flight still chains the newest text', async () => {
    vi.useFakeTimers();
    const { saver, calls, answer } = setUp({ id: 'note1', body: '' });
    saver.change('a');
    saver.flush();
    saver.change('ab');
    saver.deactivate();
    await answer(0);
    expect(calls.at(-1)?.body).toBe('ab');
    vi.useRealTimers();
  });
});
