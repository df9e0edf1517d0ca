// The main window's options and loading, checked on the real window.ts against the mocked electron module.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BrowserWindow, dialog, resetElectronMock } from '../electron-mock';
import { ENGLISH_MENU_LABELS } from '../../../../shared/desktop';
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

describe('closing a window with unsaved edits', () => {
  it('closes a clean window at once, without a question', () => {
    const win = createMainWindow({ preloadPath: '/p.cjs' }) as unknown as BrowserWindow;
    win.close();
    expect(dialog.showMessageBoxSync).not.toHaveBeenCalled();
    expect(win.destroyed).toBe(true);
  });

  it('asks natively in the app’s language; Keep editing (the default and Escape) keeps it, Discard closes it', () => {
    const labels = { ...ENGLISH_MENU_LABELS, discardTitle: '捨棄更改？', discard: '捨棄', keepEditing: '繼續編輯' };
    const onKeepEditing = vi.fn();
    const win = createMainWindow({ preloadPath: '/p.cjs', labels: () => labels, onKeepEditing }) as unknown as BrowserWindow;
    win.refusesUnload = true;

    win.close(); // the mock answers with cancelId, as Escape does
    expect(dialog.showMessageBoxSync).toHaveBeenCalledTimes(1);
    const [parent, options] = dialog.showMessageBoxSync.mock.calls[0] as [unknown, { buttons: string[]; defaultId: number; cancelId: number; message: string }];
    expect(parent).toBe(win);
    expect(options.message).toBe('捨棄更改？');
    expect(options.buttons).toEqual(['捨棄', '繼續編輯']);
    expect(options.buttons[options.defaultId]).toBe('繼續編輯');
    expect(options.buttons[options.cancelId]).toBe('繼續編輯');
    expect(win.destroyed).toBe(false);
    expect(onKeepEditing).toHaveBeenCalledTimes(1);

    dialog.showMessageBoxSync.mockReturnValueOnce(0);
    win.close();
    expect(win.destroyed).toBe(true);
  });
});
