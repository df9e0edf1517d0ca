// The desktop shell around the backend's process: the real default backend (the utilityProcess, its fork wired to
// the real message loop and a real data folder), a crash the window hears about, a quit that flushes, the single
// instance while quitting and on macOS, the menu's language and the remembered window place.
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RESTARTED_MESSAGE } from '../../../../electron/main/backend-process';
import { CALL_CHANNEL, PUSH_CHANNEL, SHELL_CHANNEL } from '../../../../electron/main/ipc';
import { runApp } from '../../../../electron/main/lifecycle';
import { ENGLISH_MENU_LABELS } from '../../../../shared/desktop';
import { tempDir } from '../../helpers/tmp';
import { app, BrowserWindow, ipcMain, Menu, resetElectronMock, utilityProcess } from '../electron-mock';
import { fakeBackend } from './fake-backend';
import { linkToBackendLoop, type BackendLink } from './backend-link';

vi.mock('electron', () => import('../electron-mock'));

const bundleDir = path.resolve('/opt/planner/dist-electron');
let userData: string;
let cleanup: () => Promise<void>;
let links: BackendLink[];

beforeEach(async () => {
  resetElectronMock();
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  vi.spyOn(console, 'error').mockImplementation(() => {});
  ({ dir: userData, cleanup } = await tempDir());
  links = [];
  utilityProcess.onFork = (child) => links.push(linkToBackendLoop(child));
});
afterEach(async () => cleanup());

async function startApp(platform: NodeJS.Platform = 'linux', withFakeBackend = false) {
  const backend = fakeBackend();
  runApp({ bundleDir, env: { PLANNER_USER_DATA: userData }, platform, ...(withFakeBackend && { createBackend: async () => backend }) });
  await vi.waitFor(() => expect(BrowserWindow.instances.length).toBe(1));
  const win = BrowserWindow.instances[0]!;
  const call = (method: string, input: unknown) => ipcMain.invoke(CALL_CHANNEL, { sender: win.webContents, senderFrame: win.webContents.mainFrame }, method, input);
  const shell = (request: unknown) => ipcMain.invoke(SHELL_CHANNEL, { sender: win.webContents, senderFrame: win.webContents.mainFrame }, request);
  return { win, call, shell, backend };
}

describe('the backend in its own process', () => {
  it('forks dist-electron/backend.cjs on ready and answers the window’s calls from it', async () => {
    const { call } = await startApp();
    expect(utilityProcess.fork).toHaveBeenCalledWith(path.join(bundleDir, 'backend.cjs'), [], expect.anything());
    const created = (await call('trips.create', { title: 'Beijing universities', startDate: '2026-05-10', endDate: '2026-05-12' })) as { ok: boolean };
    expect(created.ok).toBe(true);
    const listed = (await call('trips.list', {})) as { ok: true; result: { title: string }[] };
    expect(listed.result.map((t) => t.title)).toEqual(['Beijing universities']);
  });

  it('restarts a crashed process and tells the window, which keeps working with what was saved', async () => {
    const { win, call } = await startApp();
    await call('trips.create', { title: 'Shanghai seminar', startDate: '2026-06-01', endDate: '2026-06-02' });
    await links[0]?.crash();
    await vi.waitFor(() =>
      expect(win.webContents.send).toHaveBeenCalledWith(PUSH_CHANNEL, { event: 'notice', payload: expect.objectContaining({ level: 'warning', message: RESTARTED_MESSAGE }) }),
    );
    const listed = (await call('trips.list', {})) as { ok: true; result: { title: string }[] };
    expect(listed.result.map((t) => t.title)).toEqual(['Shanghai seminar']);
  });

  it('asks the process to flush and close on quit, then quits', async () => {
    const { call } = await startApp();
    await call('trips.create', { title: 'Riyadh', startDate: '2026-07-01', endDate: '2026-07-03' });
    app.quit();
    expect(app.quitCompleted).toBe(false);
    await vi.waitFor(() => expect(app.quitCompleted).toBe(true));
    expect(links[0]?.sent.at(-1)).toEqual({ type: 'closed' });
    expect(utilityProcess.instances).toHaveLength(1); // ending on purpose is not a crash
  });
});

describe('a second launch', () => {
  // Issue 13: a quit now closes the windows before the flush (so unsaved edits are asked about while the data service
  // still runs), so there is no window left to bring forward; a second launch must still open none.
  it('opens no window while the quit is flushing (the windows closed first)', async () => {
    const { win, backend } = await startApp('linux', true);
    backend.close.mockImplementationOnce(() => new Promise(() => {})); // a flush that takes its time
    app.quit();
    expect(win.destroyed).toBe(true);
    await vi.waitFor(() => expect(backend.close).toHaveBeenCalled());
    app.emit('second-instance');
    expect(BrowserWindow.instances).toHaveLength(1);
    expect(app.quitCompleted).toBe(false);
  });

  it('opens a window on macOS when every window was closed', async () => {
    const { win } = await startApp('darwin', true);
    win.emit('closed');
    app.emit('second-instance');
    expect(BrowserWindow.instances).toHaveLength(2);
  });

  it('opens nothing on macOS with no window while quitting', async () => {
    const { win, backend } = await startApp('darwin', true);
    win.emit('closed');
    backend.close.mockImplementationOnce(() => new Promise(() => {}));
    app.quit();
    app.emit('second-instance');
    app.emit('activate');
    expect(BrowserWindow.instances).toHaveLength(1);
  });
});

describe('the menu and the window', () => {
  it('rebuilds the menu in the language the window sends', async () => {
    const { shell } = await startApp('linux', true);
    await shell({ action: 'menu.labels', labels: { ...ENGLISH_MENU_LABELS, file: '檔案(&F)', newTrip: '新增行程' } });
    const [template] = Menu.buildFromTemplate.mock.calls.at(-1) as unknown as [{ label?: string; submenu?: { label?: string }[] }[]];
    expect(template[0]?.label).toBe('檔案(&F)');
    expect(template[0]?.submenu?.[0]?.label).toBe('新增行程');
  });

  it('opens the next window where the last one was closed', async () => {
    const first = await startApp('darwin', true);
    first.win.normalBounds = { x: 100, y: 80, width: 1000, height: 700 };
    first.win.emit('close');
    first.win.emit('closed');
    app.emit('activate');
    expect(BrowserWindow.instances[1]?.options).toMatchObject({ x: 100, y: 80, width: 1000, height: 700 });
  });
});
