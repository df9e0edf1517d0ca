// The app's life: one instance, the backend's process started on ready, windows, IPC and menu bound, and on quit
// the backend flushed and closed before the process ends, so no pending write is lost. index.ts calls runApp, which
// runs the backend in its own utilityProcess (backend-process.ts); tests may pass a backend of their own.
import path from 'node:path';
import type { BrowserWindow } from 'electron';
import { app, dialog } from 'electron';
import type { Backend, BackendOptions } from '../backend';
import { ENGLISH_MENU_LABELS, type MenuLabels } from '../../shared/desktop';
import { startBackendProcess } from './backend-process';
import { createFileSaver } from './files';
import { bindIpc, bindShell, sendPush } from './ipc';
import { installMenu } from './menu';
import { createElectronPdfRenderer } from './pdf';
import { registerAppScheme, serveRenderer } from './protocol';
import { createSecretBox } from './secrets';
import { installSecurity } from './security';
import { createMainWindow } from './window';
import { loadWindowState, trackWindowState, windowStateFile, type WindowState } from './window-state';

export interface AppDeps {
  /** Opens the backend; by default in its own utilityProcess from <bundleDir>/backend.cjs. */
  createBackend?: (options: BackendOptions) => Promise<Backend>;
  /** The folder holding main.cjs and preload.cjs (dist-electron); the renderer is in ../dist/renderer. */
  bundleDir: string;
  env?: NodeJS.ProcessEnv;
  platform?: NodeJS.Platform;
}

/** How long quitting waits for the backend to flush before giving up, so a stuck disk cannot hang the app forever. */
export const CLOSE_TIMEOUT_MS = 15_000;

export function runApp({ createBackend, bundleDir, env = process.env, platform = process.platform }: AppDeps): void {
  // Tests and people running side-by-side copies give each run its own data; must be set before anything reads it.
  if (env.PLANNER_USER_DATA) app.setPath('userData', path.resolve(env.PLANNER_USER_DATA));
  registerAppScheme();

  // The lock is per userData folder: a second copy with the same data would be a second writer. Hand over and leave.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }

  const windows = new Set<BrowserWindow>();
  const preloadPath = path.join(bundleDir, 'preload.cjs');
  const rendererDir = path.join(bundleDir, '..', 'dist', 'renderer');
  let backendReady: Promise<Backend> | undefined;
  let unbindIpc: (() => void) | undefined;
  let windowState: WindowState | undefined;
  const stateFile = () => windowStateFile(app.getPath('userData'));
  // The app's words as the renderer last sent them (with the menu's), for the question about unsaved edits.
  let labels: MenuLabels = ENGLISH_MENU_LABELS;
  // A quit closes the windows first, so one with unsaved edits can ask; Keep editing there calls the quit off.
  let quitAfterWindows = false;

  const openWindow = (): BrowserWindow => {
    const win = createMainWindow({ preloadPath, state: windowState, labels: () => labels, onKeepEditing: () => (quitAfterWindows = false) });
    windows.add(win);
    trackWindowState(win, stateFile(), (state) => (windowState = state));
    win.on('closed', () => {
      windows.delete(win);
      if (quitAfterWindows && windows.size === 0) app.quit();
    });
    return win;
  };
  const focusedOrFirst = (): BrowserWindow | undefined => [...windows].find((w) => w.isFocused()) ?? [...windows][0];
  /** A window may be opened only once the backend is bound and while the app is not quitting. */
  const mayOpenWindow = () => Boolean(unbindIpc) && quitState === 'running';

  // A second launch (a double-click on the icon, a file association) brings this one forward, also while it is
  // quitting and flushing; on macOS with every window closed it opens one, unless the app is quitting.
  app.on('second-instance', () => {
    const win = focusedOrFirst();
    if (win) {
      if (win.isMinimized()) win.restore();
      win.show();
      win.focus();
      return;
    }
    if (mayOpenWindow()) openWindow();
  });

  app.on('window-all-closed', () => {
    // macOS apps stay in the Dock until the user quits them.
    if (platform !== 'darwin') app.quit();
  });

  app.on('activate', () => {
    if (mayOpenWindow() && windows.size === 0) openWindow();
  });

  let quitState: 'running' | 'closing' | 'closed' = 'running';
  app.on('before-quit', (event) => {
    if (quitState === 'closed') return;
    event.preventDefault();
    if (quitState === 'closing') return;
    // Windows first: the data service must outlive any window whose user keeps editing (window.ts asks them).
    if (windows.size > 0) {
      quitAfterWindows = true;
      for (const win of [...windows]) win.close();
      return;
    }
    quitState = 'closing';
    void closeBackend().finally(() => {
      quitState = 'closed';
      app.quit();
    });
  });

  let unbindShell: (() => void) | undefined;
  async function closeBackend(): Promise<void> {
    unbindShell?.();
    unbindShell = undefined;
    unbindIpc?.();
    unbindIpc = undefined;
    if (!backendReady) return;
    try {
      const backend = await backendReady;
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<void>((resolve) => {
        timer = setTimeout(() => {
          console.error(`[app] the data folder did not close within ${CLOSE_TIMEOUT_MS / 1000} s; quitting anyway`);
          resolve();
        }, CLOSE_TIMEOUT_MS);
      });
      await Promise.race([backend.close(), timeout]).finally(() => clearTimeout(timer));
    } catch (error) {
      console.error('[app] closing the backend failed:', error);
    }
  }

  app
    .whenReady()
    .then(async () => {
      // Sessions exist only once the app is ready; no window exists before this, so nothing goes unguarded.
      installSecurity();
      serveRenderer(rendererDir);
      // Printing (a hidden, sandboxed window), the save dialog and the OS keychain are Electron's; the backend gets
      // them as ports, which its process reaches through main.
      const options = {
        dataDir: path.join(app.getPath('userData'), 'data'),
        version: app.getVersion(),
        ports: { pdf: createElectronPdfRenderer(), files: createFileSaver(focusedOrFirst), secrets: createSecretBox() },
      };
      backendReady = createBackend ? createBackend(options) : startBackendProcess({ ...options, modulePath: path.join(bundleDir, 'backend.cjs') });
      const [savedState, backend] = await Promise.all([loadWindowState(stateFile()), backendReady]);
      windowState = savedState;
      if (quitState !== 'running') return; // the user quit while the data folder was opening
      unbindIpc = bindIpc({ backend, windows: () => windows });
      const buildMenu = installMenu({
        isPackaged: app.isPackaged,
        platform,
        sendCommand: (command, target) => {
          const win = target && windows.has(target) ? target : focusedOrFirst();
          if (win) sendPush(win, 'menu', { command });
        },
      });
      const setMenuLabels = (next: MenuLabels): void => {
        labels = next;
        buildMenu(next);
      };
      unbindShell = bindShell({ windows: () => windows, setMenuLabels });
      openWindow();
    })
    .catch((error: unknown) => {
      const reason = error instanceof Error ? error.message : String(error);
      dialog.showErrorBox(
        'Delegation Planner could not start',
        `The data folder ${path.join(app.getPath('userData'), 'data')} could not be opened: ${reason}\n\nNothing was changed. Check that the folder exists and is writable, then start the app again.`,
      );
      app.exit(1);
    });
}
