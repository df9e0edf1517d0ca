// Browser mode: the same backend over HTTP on 127.0.0.1 — POST /api/<method>, pushed events over Server-Sent
// Events at GET /api/events, exported files downloaded by id at GET /api/files/<id>, and the built renderer for
// everything else.
import type * as Http from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import type { ApiError, AppInfo, ErrorCode } from '../../shared/contract';
import type { LocalBackend } from '../backend';
import { BackendError } from '../backend/errors';
import { sendHeldFile } from './download';
import { checkHostAndOrigin, checkToken, newToken } from './guard';
import { securityHeaders, serveStatic } from './static';

// node:http is required, not imported: importing it as an ES module builds its export facade, which reads every lazy
// export and so loads Node's fetch implementation (undici), ~0.1 s of CPU before the server can listen.
const { createServer } = createRequire(import.meta.url)('node:http') as typeof Http;

export interface WebServerOptions {
  /**
   * The backend, or its opening: the server can listen (and the browser fetch the page and its script) while the
   * backend's code loads and the data folder opens; calls wait for it (docs/decisions/013-cold-paths.md).
   */
  backend: LocalBackend | Promise<LocalBackend>;
  staticDir: string;
  /** 0 picks a free port. */
  port?: number;
  token?: string;
  /** The largest request body taken, in bytes (default 300 MB: a full backup being restored). */
  maxBodyBytes?: number;
  /**
   * Called once, when the first screen has been served and the app is idle: at least one API call answered and none
   * in flight for `quietMs` (default 1 s). Browser mode warms Chromium for the first PDF here, off the first screen's path.
   */
  whenIdleAfterFirstScreen?: () => void;
  quietMs?: number;
  /**
   * Called once, when the page has gone out (the first file served has been sent: the page, which a browser asks for
   * first), or when the first API call or event stream arrives, whichever is first. Browser mode starts loading the
   * backend here, so that its code, which holds this thread for a while, does not keep the page waiting (decision 025).
   */
  whenPageOut?: () => void;
}

export interface WebServer {
  url: string;
  token: string;
  port: number;
  server: Server;
  close(): Promise<void>;
}

// Large enough for a full backup being restored (the contract allows 200 MB of base64).
const defaultMaxBody = 300 * 1024 * 1024;
/** After a 413, the rest of an oversized body is read and dropped for this long, so the client sees the answer. */
const drainMs = 10_000;

const statusOf: Record<ErrorCode, number> = {
  'invalid-input': 400,
  'not-found': 404,
  'unknown-method': 404,
  conflict: 409,
  forbidden: 403,
  storage: 507,
  internal: 500,
};

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { ...securityHeaders(), 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(body));
}

function sendError(res: ServerResponse, status: number, error: ApiError): void {
  sendJson(res, status, { ok: false, error });
}

class TooLarge extends Error {}

/**
 * The body as text, or TooLarge once it passes `limit`. An oversized body is not cut off by destroying the socket:
 * the client is still sending, so it would see a reset instead of our answer. The rest is read and dropped instead
 * (for a while; see drainBody) while the 413 goes out with `Connection: close`.
 */
function readBody(req: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    if (Number(req.headers['content-length'] ?? 0) > limit) {
      reject(new TooLarge());
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size > limit) {
        req.off('data', onData);
        chunks.length = 0;
        reject(new TooLarge());
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** Reads and drops what is left of a refused body, then lets the connection go; gives up after `drainMs`. */
function drainBody(req: IncomingMessage): void {
  const giveUp = setTimeout(() => req.destroy(), drainMs);
  giveUp.unref();
  req.on('end', () => clearTimeout(giveUp));
  req.on('close', () => clearTimeout(giveUp));
  req.resume();
}

function megabytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / (1024 * 1024))} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

/** The method named in /api/<method>, or undefined when the path is not valid percent-encoding (e.g. /api/%zz). */
function methodOf(pathname: string): string | undefined {
  try {
    return decodeURIComponent(pathname.slice('/api/'.length));
  } catch {
    return undefined;
  }
}

/**
 * Counts API calls in flight and calls `then` once: after the first call has been answered and no call has been in
 * flight for `quietMs`. A call arriving meanwhile restarts the wait, so this never competes with the first screen.
 */
export function idleAfterFirstCall(then: (() => void) | undefined, quietMs: number): { started(): void; finished(): void; cancel(): void } {
  let inFlight = 0;
  let done = !then;
  let timer: NodeJS.Timeout | undefined;
  return {
    started() {
      inFlight++;
      clearTimeout(timer);
    },
    finished() {
      inFlight--;
      if (done || inFlight > 0) return;
      clearTimeout(timer);
      timer = setTimeout(() => {
        done = true;
        then?.();
      }, quietMs);
      timer.unref();
    },
    cancel() {
      done = true;
      clearTimeout(timer);
    },
  };
}

export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const token = options.token ?? newToken();
  const opening = Promise.resolve(options.backend);
  // Not awaited here: a failed opening is answered to each call (the host reports it and exits).
  opening.catch(() => undefined);
  const maxBody = options.maxBodyBytes ?? defaultMaxBody;
  const streams = new Set<ServerResponse>();
  let port = 0;
  const idle = idleAfterFirstCall(options.whenIdleAfterFirstScreen, options.quietMs ?? 1_000);
  let pageOut = options.whenPageOut;
  const pageIsOut = (): void => {
    const then = pageOut;
    pageOut = undefined;
    then?.();
  };

  let unsubscribe = (): void => undefined;
  let shutDown = false;
  void opening.then((backend) => {
    if (shutDown) return;
    unsubscribe = backend.onPush((event, payload) => {
      const frame = `event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`;
      for (const res of streams) res.write(frame);
    });
  }, () => undefined);

  async function handleApi(req: IncomingMessage, res: ServerResponse, method: string): Promise<void> {
    if (req.method !== 'POST') {
      res.setHeader('Allow', 'POST');
      sendError(res, 405, { code: 'invalid-input', message: 'Use POST for API calls.' });
      return;
    }
    let input: unknown;
    try {
      const text = await readBody(req, maxBody);
      input = text.trim() ? JSON.parse(text) : {};
    } catch (error) {
      if (error instanceof TooLarge) {
        res.setHeader('Connection', 'close');
        sendError(res, 413, {
          code: 'invalid-input',
          message: `The request is larger than ${megabytes(maxBody)}, the most this app takes in one call. Nothing was changed; send a smaller file or less at a time.`,
        });
        drainBody(req);
        return;
      }
      sendError(res, 400, { code: 'invalid-input', message: 'The request body is not valid JSON. Nothing was changed.' });
      return;
    }
    let backend: LocalBackend;
    try {
      backend = await opening;
    } catch (error) {
      sendError(res, 500, { code: 'internal', message: `The data folder could not be opened (${(error as Error).message}). Nothing was changed; the window where the app was started says more.` });
      return;
    }
    const reply = await backend.dispatch(method, input);
    sendJson(res, reply.ok ? 200 : statusOf[reply.error.code], reply);
  }

  function answerApi(req: IncomingMessage, res: ServerResponse, method: string): void {
    idle.started();
    handleApi(req, res, method)
      .catch((error: unknown) => {
        if (res.headersSent) res.destroy();
        else sendError(res, 500, { code: 'internal', message: `The server failed: ${(error as Error).message}` });
      })
      .finally(() => idle.finished());
  }

  function openEventStream(res: ServerResponse): void {
    res.writeHead(200, { ...securityHeaders(), 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
    res.write(': connected\n\n');
    streams.add(res);
    res.on('close', () => streams.delete(res));
    // A notice raised after the window asked app.info but before this stream opened (a trip file repaired by the first
    // screen's calls) would otherwise reach it only after a reload: send the open ones again (the window keeps one per id).
    void opening.then(
      (backend) =>
        backend.dispatch('app.info', {}).then((reply) => {
          if (!reply.ok || res.writableEnded) return;
          for (const notice of (reply.result as AppInfo).notices) res.write(`event: notice\ndata: ${JSON.stringify(notice)}\n\n`);
        }),
      () => undefined,
    );
  }

  function route(req: IncomingMessage, res: ServerResponse): void {
    const guard = checkHostAndOrigin(req, port);
    if (!guard.ok) {
      sendError(res, guard.status, { code: 'forbidden', message: guard.message });
      return;
    }
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    if (url.pathname === '/api' || url.pathname.startsWith('/api/')) {
      pageIsOut();
      const isStream = url.pathname === '/api/events' && req.method === 'GET';
      const download = req.method === 'GET' ? /^\/api\/files\/([A-Za-z0-9_-]{1,64})$/.exec(url.pathname) : null;
      // EventSource and a download link cannot send a header, so these two may carry the token in the address.
      const auth = checkToken(req, token, isStream || download ? url.searchParams.get('token') : null);
      if (!auth.ok) {
        sendError(res, auth.status, { code: 'forbidden', message: auth.message });
        return;
      }
      if (isStream) {
        openEventStream(res);
        return;
      }
      if (download) {
        void opening.then(
          (backend) => {
            try {
              sendHeldFile(res, backend, download[1]!);
            } catch (error) {
              if (!(error instanceof BackendError)) throw error;
              sendError(res, statusOf[error.code], error.toApiError());
            }
          },
          (error: unknown) => sendError(res, 500, { code: 'internal', message: `The data folder could not be opened: ${(error as Error).message}` }),
        ).catch(() => {
          if (res.headersSent) res.destroy();
          else sendError(res, 500, { code: 'internal', message: 'The server failed while sending the file. Export it again.' });
        });
        return;
      }
      const method = methodOf(url.pathname);
      if (method === undefined) {
        sendError(res, 400, { code: 'invalid-input', message: 'The address of this call is not a method name (it has a broken %-escape). Nothing was changed.' });
        return;
      }
      answerApi(req, res, method);
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendError(res, 405, { code: 'invalid-input', message: 'Only GET is served here.' });
      return;
    }
    res.once('close', pageIsOut);
    void serveStatic(options.staticDir, url.pathname, res);
  }

  const server = createServer((req, res) => {
    // Nothing a request carries may stop the server: whatever slips past the checks above is answered, not thrown.
    try {
      route(req, res);
    } catch (error) {
      if (res.headersSent) res.destroy();
      else sendError(res, 400, { code: 'invalid-input', message: `The request could not be read (${(error as Error).message}). Nothing was changed.` });
    }
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}/#token=${token}`,
    token,
    port,
    server,
    async close() {
      shutDown = true;
      idle.cancel();
      pageOut = undefined;
      unsubscribe();
      for (const res of streams) res.end();
      streams.clear();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
    },
  };
}
