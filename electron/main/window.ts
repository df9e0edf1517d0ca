// Creates the main window: locked-down webPreferences, the preload bridge, and our page at app://planner.
import type { BrowserWindowConstructorOptions } from 'electron';
import { BrowserWindow } from 'electron';
import { START_URL } from './security';

export interface MainWindowOptions {
  /** Absolute path of dist-electron/preload.cjs. */
  preloadPath: string;
}

/** The options, apart from the window, so a test can read them and a reviewer can see them in one place. */
export function mainWindowOptions({ preloadPath }: MainWindowOptions): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 820,
    minWidth: 880,
    minHeight: 560,
    title: 'Delegation Planner',
    // Shown on ready-to-show, so people never see an empty white frame while the renderer loads.
    show: false,
    webPreferences: {
      preload: preloadPath,
      // The page cannot reach Node or the preload's scope; it only sees window.planner (see electron/preload).
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: true,
    },
  };
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const win = new BrowserWindow(mainWindowOptions(options));
  win.once('ready-to-show', () => win.show());
  win.loadURL(START_URL).catch((error: unknown) => console.error('[window] could not load the app page:', error));
  return win;
}
