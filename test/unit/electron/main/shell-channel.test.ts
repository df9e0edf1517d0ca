// The shell channel: what the window asks of the main process itself (the menu's language, the folder dialog),
// behind the same sender check as calls, with its requests validated.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ENGLISH_MENU_LABELS, type MenuLabels } from '../../../../shared/desktop';
import { SHELL_CHANNEL, bindShell } from '../../../../electron/main/ipc';
import { createMainWindow } from '../../../../electron/main/window';
import type { BrowserWindow } from '../electron-mock';
import { dialog, FakeFrame, FakeWebContents, ipcMain, resetElectronMock } from '../electron-mock';

vi.mock('electron', () => import('../electron-mock'));

let win: BrowserWindow;
let setMenuLabels: ReturnType<typeof vi.fn<(labels: MenuLabels) => void>>;
const chinese = { ...ENGLISH_MENU_LABELS, file: '檔案(&F)', newTrip: '新增行程' };

beforeEach(() => {
  resetElectronMock();
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  win = createMainWindow({ preloadPath: '/p.cjs' }) as unknown as BrowserWindow;
  setMenuLabels = vi.fn();
  bindShell({ windows: () => [win] as never, setMenuLabels });
});

const fromWindow = (request: unknown) => ipcMain.invoke(SHELL_CHANNEL, { sender: win.webContents, senderFrame: win.webContents.mainFrame }, request);

describe('the planner:shell channel', () => {
  it('rebuilds the menu with the labels the window sends', async () => {
    await fromWindow({ action: 'menu.labels', labels: chinese });
    expect(setMenuLabels).toHaveBeenCalledWith(chinese);
  });

  it('ignores labels that are missing a key or are not text', async () => {
    const { file: _file, ...missing } = chinese;
    await fromWindow({ action: 'menu.labels', labels: missing });
    await fromWindow({ action: 'menu.labels', labels: { ...chinese, file: 42 } });
    await fromWindow({ action: 'delete.everything' });
    expect(setMenuLabels).not.toHaveBeenCalled();
  });

  it('shows the system folder dialog over the asking window and answers the chosen path', async () => {
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: ['/Volumes/Team/Sync'] });
    expect(await fromWindow({ action: 'dialog.folder', title: 'Choose the shared folder' })).toBe('/Volumes/Team/Sync');
    expect(dialog.showOpenDialog).toHaveBeenCalledWith(win, {
      properties: ['openDirectory', 'createDirectory'],
      title: 'Choose the shared folder',
    });
  });

  it('answers null when the folder dialog is cancelled', async () => {
    expect(await fromWindow({ action: 'dialog.folder' })).toBeNull();
  });

  it('refuses a foreign sender: no dialog, no menu change', async () => {
    const foreign = new FakeWebContents();
    foreign.mainFrame = new FakeFrame('https://evil.example/');
    await ipcMain.invoke(SHELL_CHANNEL, { sender: foreign, senderFrame: foreign.mainFrame }, { action: 'dialog.folder' });
    await ipcMain.invoke(SHELL_CHANNEL, { sender: foreign, senderFrame: foreign.mainFrame }, { action: 'menu.labels', labels: chinese });
    expect(dialog.showOpenDialog).not.toHaveBeenCalled();
    expect(setMenuLabels).not.toHaveBeenCalled();
  });
});
