// The app's lifecycle with a fake backend: start-up wiring, single instance, and a quit that waits for the backend.
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { BackendOptions } from '../../../../electron/backend';
import { app, BrowserWindow, dialog, ipcMain, Menu, preventableEvent, protocol, resetElectronMock, session } from '../electron-mock';
import { CALL_CHANNEL, PUSH_CHANNEL } from '../../../../electron/main/ipc';
import { runApp } from '../../../../electron/main/lifecycle';
import { fakeBackend, type FakeBackend } from './fake-backend';

vi.mock('electron', () => import('../electron-mock'));

const bundleDir = path.resolve('/opt/planner/dist-electron');
let backend: FakeBackend;
let createBackend: ReturnType<typeof vi.fn<(options: BackendOptions) => Promise<FakeBackend>>>;

/** Lets queued promise callbacks (whenReady, createBackend, close) run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Starts the app; unless told otherwise, waits for the window (the saved window place is read from disk first). */
async function start(env: NodeJS.ProcessEnv = {}, platform: NodeJS.Platform = 'linux', { window = true } = {}) {
  runApp({ createBackend, bundleDir, env, platform });
  await settle();
  if (window) await vi.waitFor(() => expect(BrowserWindow.instances.length).toBeGreaterThan(0));
}

beforeEach(() => {
  resetElectronMock();
  // The glue logs what it refuses; keep the test output to the results.
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  vi.spyOn(console, 'error').mockImplementation(() => {});
  backend = fakeBackend();
  createBackend = vi.fn(async () => backend);
});

describe('start-up', () => {
  it('registers app: before ready, opens the backend in userData/data, binds IPC, sets the menu and opens the window', async () => {
    await start();
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalled();
    expect(createBackend).toHaveBeenCalledWith({
      dataDir: path.join('/fake/userData', 'data'),
      version: '0.1.0',
      ports: {
        pdf: expect.objectContaining({ render: expect.any(Function) }),
        files: expect.objectContaining({ choosePath: expect.any(Function) }),
        secrets: expect.objectContaining({ available: expect.any(Function), encrypt: expect.any(Function), decrypt: expect.any(Function) }),
      },
    });
    expect(ipcMain.handlers.has(CALL_CHANNEL)).toBe(true);
    expect(protocol.handlers.has('app')).toBe(true);
    expect(Menu.setApplicationMenu).toHaveBeenCalled();
    expect(BrowserWindow.instances).toHaveLength(1);
    expect(BrowserWindow.instances[0]?.options.webPreferences?.preload).toBe(path.join(bundleDir, 'preload.cjs'));
  });

  it('installs the security baseline before the first window, so the window is guarded', async () => {
    await start();
    expect(session.defaultSession.permissionRequestHandler).toBeDefined();
    const navigation = preventableEvent({ url: 'https://evil.example/' });
    BrowserWindow.instances[0]?.webContents.emit('will-navigate', navigation, navigation.url);
    expect(navigation.preventDefault).toHaveBeenCalled();
  });

  it('honours PLANNER_USER_DATA, so each test run gets its own data', async () => {
    await start({ PLANNER_USER_DATA: '/tmp/run-1' });
    expect(app.setPath).toHaveBeenCalledWith('userData', path.resolve('/tmp/run-1'));
    expect(createBackend).toHaveBeenCalledWith(expect.objectContaining({ dataDir: path.join(path.resolve('/tmp/run-1'), 'data') }));
  });

  it('quits at once when another instance holds the lock, opening nothing', async () => {
    app.hasLock = false;
    await start({}, 'linux', { window: false });
    expect(app.quit).toHaveBeenCalled();
    expect(createBackend).not.toHaveBeenCalled();
    expect(BrowserWindow.instances).toHaveLength(0);
  });

  it('focuses the existing window when a second instance starts', async () => {
    await start();
    app.emit('second-instance');
    expect(BrowserWindow.instances[0]?.focus).toHaveBeenCalled();
  });

  it('tells the user and exits when the data folder cannot be opened', async () => {
    createBackend.mockRejectedValueOnce(new Error('EACCES: permission denied'));
    await start({}, 'linux', { window: false });
    expect(dialog.showErrorBox).toHaveBeenCalledWith('Delegation Planner could not start', expect.stringContaining('EACCES'));
    expect(app.exit).toHaveBeenCalledWith(1);
  });

  it('delivers File › Load sample trips… to the window as a menu push event', async () => {
    await start();
    const [template] = Menu.buildFromTemplate.mock.calls[0] as unknown as [{ label?: string; submenu?: { label?: string; click?: (...a: unknown[]) => void }[] }[]];
    const file = template.find((m) => m.label === '&File');
    const win = BrowserWindow.instances[0];
    file?.submenu?.find((i) => i.label === 'Load sample trips…')?.click?.({}, win, {});
    expect(win?.webContents.send).toHaveBeenCalledWith(PUSH_CHANNEL, { event: 'menu', payload: { command: 'samples.offer' } });
  });
});

describe('windows', () => {
  it('quits when the last window closes, except on macOS', async () => {
    await start({}, 'linux');
    app.emit('window-all-closed');
    expect(app.quit).toHaveBeenCalled();
  });

  it('stays open on macOS and reopens a window on activate', async () => {
    await start({}, 'darwin');
    BrowserWindow.instances[0]?.emit('closed');
    app.emit('window-all-closed');
    expect(app.quit).not.toHaveBeenCalled();
    app.emit('activate');
    expect(BrowserWindow.instances).toHaveLength(2);
  });
});

describe('quitting', () => {
  it('holds the quit until the backend has closed, then quits', async () => {
    await start();
    let finishClose: () => void = () => {};
    backend.close.mockImplementationOnce(() => new Promise<void>((resolve) => (finishClose = resolve)));

    app.quit();
    await settle();
    expect(backend.close).toHaveBeenCalledTimes(1);
    expect(app.quitCompleted).toBe(false); // the first before-quit was prevented
    expect(ipcMain.handlers.has(CALL_CHANNEL)).toBe(false); // no new calls while the data is flushed

    app.quit(); // a second Quit while closing neither closes twice nor slips through
    expect(app.quitCompleted).toBe(false);

    finishClose();
    await settle();
    expect(backend.close).toHaveBeenCalledTimes(1);
    expect(app.quitCompleted).toBe(true);
  });

  it('closes the windows first, so unsaved edits are asked about; Keep editing keeps the app and its data service', async () => {
    await start();
    const [win] = BrowserWindow.instances;
    win!.refusesUnload = true; // a form in it holds unsaved edits
    dialog.showMessageBoxSync.mockReturnValueOnce(1); // Keep editing
    app.quit();
    await settle();
    expect(dialog.showMessageBoxSync).toHaveBeenCalledTimes(1);
    expect(win!.destroyed).toBe(false);
    expect(backend.close).not.toHaveBeenCalled();
    expect(ipcMain.handlers.has(CALL_CHANNEL)).toBe(true); // the form can still be saved
    expect(app.quitCompleted).toBe(false);

    dialog.showMessageBoxSync.mockReturnValueOnce(0); // Discard
    app.quit();
    await settle();
    expect(win!.destroyed).toBe(true);
    expect(backend.close).toHaveBeenCalledTimes(1);
    expect(app.quitCompleted).toBe(true);
  });

  it('quits even if closing the backend fails', async () => {
    await start();
    backend.close.mockRejectedValueOnce(new Error('disk gone'));
    app.quit();
    await settle();
    expect(app.quitCompleted).toBe(true);
  });

  it('closes a backend that was still opening when the user quit, and opens no window for it', async () => {
    app.holdReady();
    runApp({ createBackend, bundleDir, env: {}, platform: 'linux' });
    let openBackend: (b: FakeBackend) => void = () => {};
    createBackend.mockImplementationOnce(() => new Promise((resolve) => (openBackend = resolve)));
    app.fireReady();
    await settle();
    const event = preventableEvent();
    app.emit('before-quit', event);
    expect(event.preventDefault).toHaveBeenCalled();
    openBackend(backend);
    await settle();
    expect(backend.close).toHaveBeenCalled();
    expect(BrowserWindow.instances).toHaveLength(0);
    expect(app.quit).toHaveBeenCalled();
  });
});
