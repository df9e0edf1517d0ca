// A deleted note's editor saves nothing more: not the text typed before the delete, not on blur, not as the page goes.
import { describe, expect, it, vi } from 'vitest';
import { NoteSaver, autosaveDelayMs } from '../../../../../../renderer/src/features/notes/noteSaver';

describe('NoteSaver.discard', () => {
  it('drops unsaved text and never saves again', async () => {
    vi.useFakeTimers();
    const saves: string[] = [];
    const saver = new NoteSaver({ id: 'note1', body: 'secret' }, 'secret', {
      save: (input) => {
        saves.push(input.body);
        return new Promise(() => undefined);
      },
      onState: () => undefined,
    });
    saver.change('secret, more');
    saver.discard();
    await vi.advanceTimersByTimeAsync(autosaveDelayMs * 3);
    saver.flush();
    saver.flushForUnload();
    expect(saves).toEqual([]);
    expect(saver.dirty).toBe(false);
    vi.useRealTimers();
  });
});
