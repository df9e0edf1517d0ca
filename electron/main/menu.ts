// The application menu. Commands that belong to the app (Load sample trips…) are pushed to the renderer as
// `menu` events, so the renderer keeps the one way of doing them; editing and window items use Electron's roles.
import type { BrowserWindow, MenuItemConstructorOptions } from 'electron';
import { Menu } from 'electron';

export interface MenuOptions {
  isPackaged: boolean;
  platform: NodeJS.Platform;
  /** Delivers a command to the renderer of the given window (or of our focused/first window when none is given). */
  sendCommand: (command: string, target: BrowserWindow | undefined) => void;
}

/** Menu labels are English for now: the renderer's i18n does not reach the main process yet. */
export function menuTemplate({ isPackaged, platform, sendCommand }: MenuOptions): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  const command = (name: string): MenuItemConstructorOptions['click'] => (_item, window) => {
    sendCommand(name, window as BrowserWindow | undefined);
  };
  const template: MenuItemConstructorOptions[] = [];
  if (isMac) template.push({ role: 'appMenu' });
  template.push(
    {
      label: '&File',
      submenu: [{ label: 'Load sample trips…', click: command('samples.offer') }, { type: 'separator' }, isMac ? { role: 'close' } : { role: 'quit' }],
    },
    {
      label: '&Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    {
      label: '&View',
      submenu: [
        { role: 'reload' },
        // Developer tools are for us, not for people planning trips: only in unpackaged builds.
        ...(isPackaged ? [] : ([{ role: 'toggleDevTools' }] as MenuItemConstructorOptions[])),
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'windowMenu' },
    { role: 'help', submenu: [{ role: 'about' }] },
  );
  return template;
}

export function installMenu(options: MenuOptions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(options)));
}
