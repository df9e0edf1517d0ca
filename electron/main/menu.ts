// The application menu, in the app's language: the renderer translates the labels (shared/desktop.ts) and sends them
// whenever its language changes; until then the menu is English. Commands that belong to the app (New trip,
// Export…, Sync now…) are pushed to the renderer as `menu` events, so the renderer keeps the one way of doing them;
// editing and window items use Electron's roles. Reload and developer tools exist only in unpackaged builds.
import type { BrowserWindow, MenuItemConstructorOptions } from 'electron';
import { Menu } from 'electron';
import { ENGLISH_MENU_LABELS, type MenuCommand, type MenuLabels } from '../../shared/desktop';

export interface MenuOptions {
  isPackaged: boolean;
  platform: NodeJS.Platform;
  labels?: MenuLabels;
  /** Delivers a command to the renderer of the given window (or of our focused/first window when none is given). */
  sendCommand: (command: MenuCommand, target: BrowserWindow | undefined) => void;
}

export function menuTemplate({ isPackaged, platform, labels = ENGLISH_MENU_LABELS, sendCommand }: MenuOptions): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  const l = labels;
  const command =
    (name: MenuCommand): MenuItemConstructorOptions['click'] =>
    (_item, window) => {
      sendCommand(name, window as BrowserWindow | undefined);
    };
  const separator: MenuItemConstructorOptions = { type: 'separator' };
  const template: MenuItemConstructorOptions[] = [];
  if (isMac) template.push({ role: 'appMenu' });
  template.push(
    {
      label: l.file,
      submenu: [
        { label: l.newTrip, accelerator: 'CmdOrCtrl+N', click: command('trips.new') },
        { label: l.loadSamples, click: command('samples.offer') },
        separator,
        { label: l.export, accelerator: 'CmdOrCtrl+Shift+E', click: command('export.open') },
        { label: l.printItinerary, accelerator: 'CmdOrCtrl+P', click: command('itinerary.print') },
        separator,
        { label: l.syncNow, click: command('sync.now') },
        separator,
        isMac ? { role: 'close', label: l.close } : { role: 'quit', label: l.quit },
      ],
    },
    {
      label: l.edit,
      submenu: [
        { role: 'undo', label: l.undo },
        { role: 'redo', label: l.redo },
        separator,
        { role: 'cut', label: l.cut },
        { role: 'copy', label: l.copy },
        { role: 'paste', label: l.paste },
        { role: 'selectAll', label: l.selectAll },
      ],
    },
    {
      label: l.view,
      submenu: [
        // Reloading drops what is typed but not saved, and developer tools are for us: neither in packaged builds.
        ...(isPackaged ? [] : ([{ role: 'reload', label: l.reload }, { role: 'toggleDevTools', label: l.devTools }, separator] as MenuItemConstructorOptions[])),
        { role: 'resetZoom', label: l.resetZoom },
        { role: 'zoomIn', label: l.zoomIn },
        { role: 'zoomOut', label: l.zoomOut },
        separator,
        { role: 'togglefullscreen', label: l.fullScreen },
        separator,
        // The renderer keeps the choice (app/theme.ts) and shows it in its header switch; these items only set it.
        {
          label: l.appearance,
          submenu: [
            { label: l.themeSystem, click: command('theme.system') },
            { label: l.themeLight, click: command('theme.light') },
            { label: l.themeDark, click: command('theme.dark') },
          ],
        },
      ],
    },
    { role: 'windowMenu', label: l.window },
    {
      role: 'help',
      label: l.help,
      submenu: [
        { label: l.shortcuts, accelerator: 'CmdOrCtrl+/', click: command('help.shortcuts') },
        { label: l.helpContents, accelerator: 'F1', click: command('help.open') },
        // macOS has About in the app menu.
        ...(isMac ? [] : ([separator, { role: 'about', label: l.about }] as MenuItemConstructorOptions[])),
      ],
    },
  );
  return template;
}

/** Sets the menu now and returns a function that rebuilds it in another language. */
export function installMenu(options: MenuOptions): (labels: MenuLabels) => void {
  const build = (labels: MenuLabels | undefined) =>
    Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(labels ? { ...options, labels } : options)));
  build(options.labels);
  return build;
}
