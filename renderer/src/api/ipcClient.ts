// The Electron transport: the preload's `window.planner` bridge, unwrapped into the typed PlannerClient.
import type { PlannerClient, PushEventName, Reply } from '../../../shared/contract';
import { PlannerError } from '../../../shared/contract';

/** What the preload exposes on `window.planner` (see electron/preload). */
export interface PlannerBridge {
  call(method: string, input: unknown): Promise<Reply<unknown>>;
  on(event: string, listener: (payload: unknown) => void): () => void;
}

declare global {
  interface Window {
    planner?: PlannerBridge;
  }
}

export function unwrap<T>(reply: Reply<unknown>): T {
  if (reply.ok) return reply.result as T;
  throw new PlannerError(reply.error.code, reply.error.message, reply.error.details);
}

export function createIpcClient(bridge: PlannerBridge): PlannerClient {
  return {
    async call(method, input) {
      return unwrap(await bridge.call(method, input));
    },
    on(event: PushEventName, listener) {
      return bridge.on(event, listener as (payload: unknown) => void);
    },
    async saveFile(file) {
      // The main process shows the save dialog and writes the file (electron/main/files.ts).
      const result = unwrap<{ saved: boolean; path?: string }>(await bridge.call('files.saveAs', file));
      return result.path === undefined ? { saved: result.saved } : { saved: result.saved, path: result.path };
    },
  } as PlannerClient;
}
