// Creates the main window: locked-down webPreferences, the preload bridge, and our page at app://planner, placed
// where it was last (window-state.ts). Its title follows the page's <title>, which names the open trip. Closing it
// while a form holds unsaved edits asks first (askBeforeUnload).
import type { BrowserWindowConstructorOptions } from 'electron';
import { BrowserWindow, dialog } from 'electron';
import { ENGLISH_MENU_LABELS, type MenuLabels } from '../../shared/desktop';
import { START_URL } from './security';
import { initialBounds, MIN_SIZE, type WindowState } from './window-state';

export interface MainWindowOptions {
  /** Absolute path of dist-electron/preload.cjs. */
  preloadPath: string;
  /** Where the last window was, if known. */
  state?: WindowState | undefined;
  /** The app's words in its current language (the renderer sends them with the menu's). */
  labels?: () => MenuLabels;
  /** Called when the user keeps editing instead of letting the window close (a quit in progress stops). */
  onKeepEditing?: () => void;
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
  askBeforeUnload(win, options.labels ?? (() => ENGLISH_MENU_LABELS), options.onKeepEditing);
  return win;
}

/** Menu labels carry `&` for the Alt-key letter; a dialog button would show it. */
const plain = (label: string): string => label.replace(/&(.)/g, '$1');

/**
 * A page with unsaved edits refuses to unload (its beforeunload handler, renderer/src/components/forms/unsavedEdits.ts).
 * Electron would then keep the window open without a word, so ask as the browser does: Discard lets the window close
 * (preventDefault here means "ignore the page's refusal"), Keep editing, the default and what Escape picks, keeps it.
 */
export function askBeforeUnload(win: BrowserWindow, labels: () => MenuLabels, onKeepEditing?: () => void): void {
  win.webContents.on('will-prevent-unload', (event) => {
    const l = labels();
    const choice = dialog.showMessageBoxSync(win, {
      type: 'question',
      buttons: [plain(l.discard), plain(l.keepEditing)],
      defaultId: 1,
      cancelId: 1,
      noLink: true,
      title: l.discardTitle,
      message: l.discardTitle,
      detail: l.discardDetail,
    });
    if (choice === 0) event.preventDefault();
    else onKeepEditing?.();
  });
}
