// The browser-mode transport: POST /api/<method> with the per-run token, pushed events over Server-Sent Events.
import type { ExportFile, PlannerClient, PushEventName, Reply } from '../../../shared/contract';
import { PlannerError } from '../../../shared/contract';
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

  return {
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
      downloadFile(file);
      return { saved: true };
    },
  } as PlannerClient;
}

/** A browser keeps a file by downloading it: the bytes become a Blob behind a temporary link. */
export function downloadFile(file: ExportFile): void {
  const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: file.mime }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: some browsers read the Blob after click() has returned.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
