// The preload (sandboxed): bridges exactly one object into the page, window.planner = { call, on } for the backend
// plus two things the main process does for the window itself: the menu's language and the system folder dialog.
// Never ipcRenderer itself. It imports only 'electron' and types, so the bundle carries no other code into the page.
import type { IpcRendererEvent } from 'electron';
import { contextBridge, ipcRenderer } from 'electron';
import type { Method, PushEventName, PushEvents, Reply } from '../../shared/contract';
import type { MenuLabels } from '../../shared/desktop';

// Same names as electron/main/ipc.ts (the preload may not import main code); a unit test holds them equal.
const CALL_CHANNEL = 'planner:call';
const PUSH_CHANNEL = 'planner:push';
const SHELL_CHANNEL = 'planner:shell';

/**
 * What the page sees. `call` resolves to the backend's Reply and never rejects: a Reply is plain data, so it crosses
 * the context bridge intact, whereas a thrown error loses its code and details. The renderer's client unwraps it.
 */
export interface PlannerBridge {
  call(method: Method, input: unknown): Promise<Reply<unknown>>;
  on<E extends PushEventName>(event: E, listener: (payload: PushEvents[E]) => void): () => void;
  /** Rebuilds the application menu with these labels (the app's language). */
  setMenuLabels(labels: MenuLabels): Promise<void>;
  /** The system's folder dialog; resolves to the chosen path, or null when cancelled. */
  chooseFolder(options: { title?: string; defaultPath?: string }): Promise<string | null>;
}

interface PushMessage {
  event: string;
  payload: unknown;
}

const bridge: PlannerBridge = {
  async call(method, input) {
    try {
      return (await ipcRenderer.invoke(CALL_CHANNEL, method, input)) as Reply<unknown>;
    } catch (error) {
      // Only when the main process has no handler (it is quitting) or the input cannot be cloned.
      const reason = error instanceof Error ? error.message : String(error);
      return { ok: false, error: { code: 'internal', message: `The request could not reach Delegation Planner (${reason}). Nothing was changed; please try again.` } };
    }
  },
  on(event, listener) {
    if (typeof listener !== 'function') throw new TypeError('planner.on needs a listener function');
    const relay = (_ipcEvent: IpcRendererEvent, message: PushMessage) => {
      if (message?.event === event) listener(message.payload as PushEvents[typeof event]);
    };
    ipcRenderer.on(PUSH_CHANNEL, relay);
    return () => {
      ipcRenderer.removeListener(PUSH_CHANNEL, relay);
    };
  },
  async setMenuLabels(labels) {
    await ipcRenderer.invoke(SHELL_CHANNEL, { action: 'menu.labels', labels });
  },
  async chooseFolder(options) {
    return ((await ipcRenderer.invoke(SHELL_CHANNEL, { action: 'dialog.folder', ...options })) as string | null) ?? null;
  },
};

contextBridge.exposeInMainWorld('planner', bridge);
