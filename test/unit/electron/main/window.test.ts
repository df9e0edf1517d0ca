// The main window's options and loading, checked on the real window.ts against the mocked electron module.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BrowserWindow, resetElectronMock } from '../electron-mock';
import { START_URL } from '../../../../electron/main/security';
import { createMainWindow } from '../../../../electron/main/window';

vi.mock('electron', () => import('../electron-mock'));

beforeEach(() => resetElectronMock());

describe('createMainWindow', () => {
  it('locks the renderer down and loads the preload bridge', () => {
    createMainWindow({ preloadPath: '/app/dist-electron/preload.cjs' });
    const [win] = BrowserWindow.instances;
    expect(win?.options.webPreferences).toMatchObject({
      preload: '/app/dist-electron/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      webviewTag: false,
      allowRunningInsecureContent: false,
    });
  });

  it('loads our page at our own origin and shows the window only when it is ready', () => {
    const win = createMainWindow({ preloadPath: '/p.cjs' }) as unknown as BrowserWindow;
    expect(win.options.show).toBe(false);
    expect(win.webContents.loadURL).toHaveBeenCalledWith(START_URL);
    expect(win.show).not.toHaveBeenCalled();
    win.emit('ready-to-show');
    expect(win.show).toHaveBeenCalledTimes(1);
  });
});
