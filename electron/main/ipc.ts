// Binds the backend to the renderer: one invoke channel for calls (behind the sender check) and one channel for
// pushed events; and a shell channel, behind the same check, for what the main process itself does for the window
// (the menu's language, the folder dialog). The channel names are repeated in electron/preload/index.ts; a unit
// test holds them equal.
import type { BrowserWindow, IpcMainInvokeEvent, OpenDialogOptions } from 'electron';
import { dialog, ipcMain } from 'electron';
import { z } from 'zod';
import type { PushEventName, PushEvents, Reply } from '../../shared/contract';
import type { MenuLabels } from '../../shared/desktop';
import { MenuLabelsSchema } from '../../shared/desktop-schema';
import type { Backend } from '../backend';
import { isTrustedSender } from './security';

export const CALL_CHANNEL = 'planner:call';
export const PUSH_CHANNEL = 'planner:push';
export const SHELL_CHANNEL = 'planner:shell';

export interface IpcBinding {
  backend: Pick<Backend, 'dispatch' | 'onPush'>;
  /** Our windows, read at each call so windows opened later are included. */
  windows: () => Iterable<BrowserWindow>;
}

const FORBIDDEN: Reply<never> = {
  ok: false,
  error: { code: 'forbidden', message: 'This request did not come from the Delegation Planner window, so it was refused. Nothing was changed.' },
};

/** Sends one pushed event to one window, in the `{ event, payload }` shape the preload expects. */
export function sendPush<E extends PushEventName>(win: BrowserWindow, event: E, payload: PushEvents[E]): void {
  if (!win.isDestroyed()) win.webContents.send(PUSH_CHANNEL, { event, payload });
}

/** Registers the call channel and the push relay; returns a function that removes both (used while quitting). */
export function bindIpc({ backend, windows }: IpcBinding): () => void {
  ipcMain.handle(CALL_CHANNEL, async (event, method: unknown, input: unknown): Promise<Reply<unknown>> => {
    if (!isTrustedSender(event, windows())) {
      console.warn(`[ipc] refused a call from ${JSON.stringify(event.senderFrame?.url ?? 'a destroyed frame')}`);
      return FORBIDDEN;
    }
    if (typeof method !== 'string') {
      return { ok: false, error: { code: 'unknown-method', message: 'The request named no method, so nothing was done.' } };
    }
    try {
      return await backend.dispatch(method, input);
    } catch (error) {
      // dispatch promises never to throw; if it does anyway, the renderer still gets a Reply, not a rejected promise.
      console.error('[ipc] dispatch threw:', error);
      return { ok: false, error: { code: 'internal', message: 'Something went wrong inside Delegation Planner. Nothing was changed; please try again.' } };
    }
  });
  const stopPush = backend.onPush((event, payload) => {
    for (const win of windows()) sendPush(win, event, payload);
  });
  return () => {
    ipcMain.removeHandler(CALL_CHANNEL);
    stopPush();
  };
}

/** What the window may ask of the main process itself; anything else is refused. */
const ShellRequest = z.discriminatedUnion('action', [
  z.object({ action: z.literal('menu.labels'), labels: MenuLabelsSchema }),
  z.object({ action: z.literal('dialog.folder'), title: z.string().max(200).optional(), defaultPath: z.string().max(1000).optional() }),
]);

export interface ShellBinding {
  windows: () => Iterable<BrowserWindow>;
  setMenuLabels: (labels: MenuLabels) => void;
}

/** The chosen folder's path, or null when the person cancelled. */
async function chooseFolder(owner: BrowserWindow | undefined, title: string | undefined, defaultPath: string | undefined): Promise<string | null> {
  const options: OpenDialogOptions = { properties: ['openDirectory', 'createDirectory'], ...(title && { title }), ...(defaultPath && { defaultPath }) };
  const result = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

/** Registers the shell channel; returns a function that removes it. */
export function bindShell({ windows, setMenuLabels }: ShellBinding): () => void {
  ipcMain.handle(SHELL_CHANNEL, async (event: IpcMainInvokeEvent, request: unknown): Promise<unknown> => {
    if (!isTrustedSender(event, windows())) {
      console.warn(`[ipc] refused a shell request from ${JSON.stringify(event.senderFrame?.url ?? 'a destroyed frame')}`);
      return null;
    }
    const parsed = ShellRequest.safeParse(request);
    if (!parsed.success) return null;
    if (parsed.data.action === 'menu.labels') {
      setMenuLabels(parsed.data.labels);
      return null;
    }
    const owner = [...windows()].find((win) => win.webContents === event.sender);
    return chooseFolder(owner, parsed.data.title, parsed.data.defaultPath);
  });
  return () => ipcMain.removeHandler(SHELL_CHANNEL);
}
