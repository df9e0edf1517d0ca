// The preload (sandboxed): bridges exactly one object into the page, window.planner = { call, on }. Never
// ipcRenderer itself. It imports only 'electron' and types, so the bundle carries no other code into the page.
import type { IpcRendererEvent } from 'electron';
import { contextBridge, ipcRenderer } from 'electron';
import type { Method, PushEventName, PushEvents, Reply } from '../../shared/contract';

// Same names as electron/main/ipc.ts (the preload may not import main code); a unit test holds them equal.
const CALL_CHANNEL = 'planner:call';
const PUSH_CHANNEL = 'planner:push';

/**
 * What the page sees. `call` resolves to the backend's Reply and never rejects: a Reply is plain data, so it crosses
 * the context bridge intact, whereas a thrown error loses its code and details. The renderer's client unwraps it.
 */
export interface PlannerBridge {
  call(method: Method, input: unknown): Promise<Reply<unknown>>;
  on<E extends PushEventName>(event: E, listener: (payload: PushEvents[E]) => void): () => void;
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
};

contextBridge.exposeInMainWorld('planner', bridge);
