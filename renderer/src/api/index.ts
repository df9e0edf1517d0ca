// Chooses the transport once, at start-up: the Electron preload bridge if present, otherwise browser mode over HTTP.
// Nothing else in the renderer knows which host it runs in.
import type { PlannerClient } from '../../../shared/contract';
import { createHttpClient, forgetToken, takeToken } from './httpClient';
import { createIpcClient } from './ipcClient';

export type ClientStart = { kind: 'ready'; client: PlannerClient; forgetAccess: () => void } | { kind: 'no-token' };

export function startClient(): ClientStart {
  if (window.planner) return { kind: 'ready', client: createIpcClient(window.planner), forgetAccess: () => undefined };
  const token = takeToken();
  // Pasting a fresh address into this tab only changes the hash: start again so the new token is taken.
  window.addEventListener('hashchange', () => {
    if (/(^|[#&])token=/.test(location.hash)) location.reload();
  });
  if (!token) return { kind: 'no-token' };
  return { kind: 'ready', client: createHttpClient(token), forgetAccess: forgetToken };
}

export { ClientProvider, useClient, usePush } from './context';
export { PlannerError } from '../../../shared/client';
