// The channel binding and its sender check, driven through the handler that bindIpc registers on ipcMain.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { BrowserWindow } from '../electron-mock';
import { FakeFrame, FakeWebContents, ipcMain, resetElectronMock } from '../electron-mock';
import { CALL_CHANNEL, PUSH_CHANNEL, bindIpc } from '../../../../electron/main/ipc';
import { START_URL } from '../../../../electron/main/security';
import { createMainWindow } from '../../../../electron/main/window';
import { fakeBackend, type FakeBackend } from './fake-backend';

vi.mock('electron', () => import('../electron-mock'));

let backend: FakeBackend;
let win: BrowserWindow;
let unbind: () => void;

beforeEach(() => {
  resetElectronMock();
  // The glue logs what it refuses; keep the test output to the results.
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  vi.spyOn(console, 'error').mockImplementation(() => {});
  backend = fakeBackend();
  win = createMainWindow({ preloadPath: '/p.cjs' }) as unknown as BrowserWindow;
  unbind = bindIpc({ backend, windows: () => [win] as never });
});

function callFrom(sender: unknown, senderFrame: FakeFrame | null, method: unknown = 'trips.list', input: unknown = {}) {
  return ipcMain.invoke(CALL_CHANNEL, { sender, senderFrame }, method, input);
}

describe('the planner:call channel', () => {
  it('accepts our window main frame at our origin and returns the backend Reply', async () => {
    expect(win.webContents.mainFrame.url).toBe(START_URL);
    const reply = await callFrom(win.webContents, win.webContents.mainFrame, 'trips.get', { id: 't1' });
    expect(backend.dispatch).toHaveBeenCalledWith('trips.get', { id: 't1' });
    expect(reply).toEqual({ ok: true, result: { method: 'trips.get', input: { id: 't1' } } });
  });

  it('passes a failing Reply through unchanged', async () => {
    const failure = { ok: false, error: { code: 'not-found', message: 'No trip t9.' } } as const;
    backend.dispatch.mockResolvedValueOnce(failure);
    expect(await callFrom(win.webContents, win.webContents.mainFrame)).toEqual(failure);
  });

  it('refuses a frame of a webContents that is not one of our windows', async () => {
    const foreign = new FakeWebContents();
    foreign.mainFrame.url = START_URL;
    expect(await callFrom(foreign, foreign.mainFrame)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(backend.dispatch).not.toHaveBeenCalled();
  });

  it('refuses a subframe of our window, even at our origin', async () => {
    const iframe = new FakeFrame(START_URL, win.webContents.mainFrame);
    expect(await callFrom(win.webContents, iframe)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(backend.dispatch).not.toHaveBeenCalled();
  });

  it.each(['https://evil.example/', 'file:///tmp/index.html', 'app://elsewhere/index.html'])(
    'refuses our main frame once it shows %s',
    async (url) => {
      win.webContents.mainFrame.url = url;
      expect(await callFrom(win.webContents, win.webContents.mainFrame)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      expect(backend.dispatch).not.toHaveBeenCalled();
    },
  );

  it('refuses a destroyed or navigated-away frame (senderFrame null) and a destroyed window', async () => {
    expect(await callFrom(win.webContents, null)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    win.destroyed = true;
    expect(await callFrom(win.webContents, win.webContents.mainFrame)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(backend.dispatch).not.toHaveBeenCalled();
  });

  it('answers a call without a method name with a typed error', async () => {
    expect(await callFrom(win.webContents, win.webContents.mainFrame, 42)).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
    expect(backend.dispatch).not.toHaveBeenCalled();
  });

  it('turns a throwing dispatch into an internal error Reply', async () => {
    backend.dispatch.mockRejectedValueOnce(new Error('boom'));
    expect(await callFrom(win.webContents, win.webContents.mainFrame)).toMatchObject({ ok: false, error: { code: 'internal' } });
  });
});

describe('pushed events', () => {
  it('are sent to each of our windows on planner:push', () => {
    backend.push('data.changed', { collections: ['trips'], tripIds: ['t1'], ids: ['t1'] });
    expect(win.webContents.send).toHaveBeenCalledWith(PUSH_CHANNEL, { event: 'data.changed', payload: { collections: ['trips'], tripIds: ['t1'], ids: ['t1'] } });
  });

  it('skip destroyed windows', () => {
    win.destroyed = true;
    backend.push('data.changed', { collections: [], tripIds: [], ids: [] });
    expect(win.webContents.send).not.toHaveBeenCalled();
  });
});

describe('unbinding', () => {
  it('removes the handler and the push subscription', () => {
    unbind();
    expect(ipcMain.handlers.has(CALL_CHANNEL)).toBe(false);
    expect(backend.listenerCount()).toBe(0);
  });
});
