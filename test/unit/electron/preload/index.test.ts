// The preload bridges exactly window.planner = { call, on, setMenuLabels, chooseFolder } over the channels the main
// process binds.
import { describe, expect, it, vi } from 'vitest';
import { contextBridge, ipcRenderer } from '../electron-mock';
import { CALL_CHANNEL, PUSH_CHANNEL, SHELL_CHANNEL } from '../../../../electron/main/ipc';
import { ENGLISH_MENU_LABELS } from '../../../../shared/desktop';

vi.mock('electron', () => import('../electron-mock'));

// Importing the preload runs it, as Electron would before the page loads.
await import('../../../../electron/preload/index');

interface Bridge {
  call(method: string, input: unknown): Promise<unknown>;
  on(event: string, listener: (payload: unknown) => void): () => void;
  setMenuLabels(labels: unknown): Promise<void>;
  chooseFolder(options: { title?: string }): Promise<string | null>;
}
const planner = contextBridge.exposed.get('planner') as Bridge;

describe('the preload', () => {
  it('exposes exactly one key, planner, with exactly call, on and the two shell functions', () => {
    expect([...contextBridge.exposed.keys()]).toEqual(['planner']);
    expect(Object.keys(planner).sort()).toEqual(['call', 'chooseFolder', 'on', 'setMenuLabels']);
    expect(typeof planner.call).toBe('function');
    expect(typeof planner.on).toBe('function');
  });

  it('sends the menu labels and asks for a folder over the shell channel', async () => {
    await planner.setMenuLabels(ENGLISH_MENU_LABELS);
    expect(ipcRenderer.invoke).toHaveBeenCalledWith(SHELL_CHANNEL, { action: 'menu.labels', labels: ENGLISH_MENU_LABELS });
    ipcRenderer.invoke.mockResolvedValueOnce('/Volumes/Team/Sync');
    expect(await planner.chooseFolder({ title: 'Shared folder' })).toBe('/Volumes/Team/Sync');
    expect(ipcRenderer.invoke).toHaveBeenLastCalledWith(SHELL_CHANNEL, { action: 'dialog.folder', title: 'Shared folder' });
    ipcRenderer.invoke.mockResolvedValueOnce(null);
    expect(await planner.chooseFolder({})).toBeNull();
  });

  it('never hands out ipcRenderer', () => {
    expect(Object.values(planner)).not.toContain(ipcRenderer);
  });

  it('call invokes the main process channel and resolves to its Reply', async () => {
    ipcRenderer.invoke.mockResolvedValueOnce({ ok: true, result: [] });
    await expect(planner.call('trips.list', {})).resolves.toEqual({ ok: true, result: [] });
    expect(ipcRenderer.invoke).toHaveBeenCalledWith(CALL_CHANNEL, 'trips.list', {});
  });

  it('call resolves to a typed error, never rejects, when the main process cannot be reached', async () => {
    ipcRenderer.invoke.mockRejectedValueOnce(new Error("No handler registered for 'planner:call'"));
    await expect(planner.call('trips.list', {})).resolves.toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it('on delivers only the named event, and its return value unsubscribes', () => {
    const listener = vi.fn();
    const off = planner.on('data.changed', listener);
    ipcRenderer.emit(PUSH_CHANNEL, {}, { event: 'notice', payload: { id: 'n1' } });
    ipcRenderer.emit(PUSH_CHANNEL, {}, { event: 'data.changed', payload: { collections: ['trips'], tripIds: [] } });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener).toHaveBeenCalledWith({ collections: ['trips'], tripIds: [] });
    off();
    ipcRenderer.emit(PUSH_CHANNEL, {}, { event: 'data.changed', payload: { collections: [], tripIds: [] } });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(ipcRenderer.listenerCount(PUSH_CHANNEL)).toBe(0);
  });

  it('on refuses a listener that is not a function', () => {
    expect(() => planner.on('menu', 'alert(1)' as never)).toThrow(TypeError);
  });
});
