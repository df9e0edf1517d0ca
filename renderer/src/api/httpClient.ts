// The browser-mode transport: POST /api/<method> with the per-run token, pushed events over Server-Sent Events.
import type { ExportFile, PlannerClient, PushEventName, Reply } from '../../../shared/contract';
// From client.ts, not contract.ts: the contract's schemas (zod) stay out of the first screen's script.
import { PlannerError } from '../../../shared/client';
import { unwrap } from './ipcClient';

const storageKey = 'planner.token';
/** Chromium's cap (bytes) on the bodies of keepalive requests in flight, with room to spare. */
const keepaliveLimit = 60_000;

/**
 * The server prints `http://127.0.0.1:PORT/#token=TOKEN`. Read the token once, keep it for reloads in this tab,
 * and take it out of the address bar so it is not bookmarked or shown on screen.
 */
export function takeToken(): string | null {
  const fromHash = new URLSearchParams(location.hash.replace(/^#/, '')).get('token');
  if (fromHash) {
    sessionStorage.setItem(storageKey, fromHash);
    history.replaceState(null, '', location.pathname + location.search);
    return fromHash;
  }
  return sessionStorage.getItem(storageKey);
}

export function forgetToken(): void {
  sessionStorage.removeItem(storageKey);
}

async function readReply(response: Response): Promise<Reply<unknown>> {
  try {
    return (await response.json()) as Reply<unknown>;
  } catch {
    const code = response.status === 401 || response.status === 403 ? 'forbidden' : 'internal';
    return { ok: false, error: { code, message: `The planner service answered ${response.status} ${response.statusText}.` } };
  }
}

export function createHttpClient(token: string): PlannerClient {
  let source: EventSource | null = null;
  const events = (): EventSource => (source ??= new EventSource(`/api/events?token=${encodeURIComponent(token)}`));

  const client = {
    async call(method, input, options) {
      let response: Response;
      const body = JSON.stringify(input ?? {});
      try {
        response = await fetch(`/api/${method}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
          body,
          // Browsers refuse keepalive bodies over 64 KiB; a bigger one goes as a normal request (it may be cut off
          // by the closing page, which is why callers also keep a local copy).
          keepalive: options?.keepalive === true && new TextEncoder().encode(body).length < keepaliveLimit,
        });
      } catch {
        throw new PlannerError('internal', 'The planner service could not be reached.', { reason: 'unreachable' });
      }
      return unwrap(await readReply(response));
    },
    on(event: PushEventName, listener: (payload: never) => void) {
      const handler = (message: MessageEvent<string>): void => {
        try {
          listener(JSON.parse(message.data) as never);
        } catch {
          // A malformed message is ignored: the next change will bring fresh data anyway.
        }
      };
      events().addEventListener(event, handler);
      return () => events().removeEventListener(event, handler);
    },
    async saveFile(file: ExportFile) {
      // Asked first, so a file that has expired fails here with the backend's "export again" instead of as a
      // broken download; then the browser fetches the bytes straight from the server.
      const answer = await client.call('files.saveAs', { id: file.id });
      if (!answer.download) return answer.path === undefined ? { saved: answer.saved } : { saved: answer.saved, path: answer.path };
      downloadFile(file, token);
      return { saved: true };
    },
  } as PlannerClient;
  return client;
}

/**
 * A browser keeps a file by downloading it: a link to GET /api/files/<id>, which the server streams with the file's
 * name. A link cannot send the Authorization header, so it carries the token as the event stream does.
 */
export function downloadFile(file: ExportFile, token: string): void {
  const link = document.createElement('a');
  link.href = `/api/files/${encodeURIComponent(file.id)}?token=${encodeURIComponent(token)}`;
  link.download = file.fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
}
