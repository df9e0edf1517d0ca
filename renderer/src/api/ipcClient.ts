// The Electron transport: the preload's `window.planner` bridge, unwrapped into the typed PlannerClient.
import type { DesktopShell, PlannerClient, PushEventName, Reply } from '../../../shared/contract';
// From client.ts, not contract.ts: the contract's schemas (zod) stay out of the first screen's script.
import { PlannerError } from '../../../shared/client';

/** What the preload exposes on `window.planner` (see electron/preload). */
export interface PlannerBridge {
  call(method: string, input: unknown): Promise<Reply<unknown>>;
  on(event: string, listener: (payload: unknown) => void): () => void;
  setMenuLabels?: DesktopShell['setMenuLabels'];
  chooseFolder?: DesktopShell['chooseFolder'];
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

/** The menu and folder dialog, when the preload offers them (it always does in the desktop app). */
function desktopShell(bridge: PlannerBridge): DesktopShell | undefined {
  const { setMenuLabels, chooseFolder } = bridge;
  if (!setMenuLabels || !chooseFolder) return undefined;
  return { setMenuLabels: (labels) => setMenuLabels(labels), chooseFolder: (options) => chooseFolder(options) };
}

export function createIpcClient(bridge: PlannerBridge): PlannerClient {
  const desktop = desktopShell(bridge);
  return {
    ...(desktop && { desktop }),
    async call(method, input) {
      return unwrap(await bridge.call(method, input));
    },
    on(event: PushEventName, listener) {
      return bridge.on(event, listener as (payload: unknown) => void);
    },
    async saveFile(file) {
      // Only the id travels: main shows the save dialog and the backend, which holds the bytes, writes the file.
      const result = unwrap<{ saved: boolean; path?: string }>(await bridge.call('files.saveAs', { id: file.id }));
      return result.path === undefined ? { saved: result.saved } : { saved: result.saved, path: result.path };
    },
  } as PlannerClient;
}
