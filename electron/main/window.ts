// Creates the main window: locked-down webPreferences, the preload bridge, and our page at app://planner, placed
// where it was last (window-state.ts). Its title follows the page's <title>, which names the open trip.
import type { BrowserWindowConstructorOptions } from 'electron';
import { BrowserWindow } from 'electron';
import { START_URL } from './security';
import { initialBounds, MIN_SIZE, type WindowState } from './window-state';

export interface MainWindowOptions {
  /** Absolute path of dist-electron/preload.cjs. */
  preloadPath: string;
  /** Where the last window was, if known. */
  state?: WindowState | undefined;
}

/** The options, apart from the window, so a test can read them and a reviewer can see them in one place. */
export function mainWindowOptions({ preloadPath, state }: MainWindowOptions): BrowserWindowConstructorOptions {
  const { bounds } = initialBounds(state);
  return {
    ...bounds,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
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
  win.once('ready-to-show', () => {
    if (initialBounds(options.state).maximized) win.maximize();
    win.show();
  });
  win.loadURL(START_URL).catch((error: unknown) => console.error('[window] could not load the app page:', error));
  return win;
}
