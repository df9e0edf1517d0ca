// Browser mode: the same backend over HTTP on 127.0.0.1 — POST /api/<method>, pushed events over Server-Sent
// Events at GET /api/events, and the built renderer for everything else.
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApiError, ErrorCode } from '../../shared/contract';
import type { Backend } from '../backend';
import { checkHostAndOrigin, checkToken, newToken } from './guard';
import { securityHeaders, serveStatic } from './static';

export interface WebServerOptions {
  backend: Backend;
  staticDir: string;
  /** 0 picks a free port. */
  port?: number;
  token?: string;
}

export interface WebServer {
  url: string;
  token: string;
  port: number;
  server: Server;
  close(): Promise<void>;
}

// Large enough for a full backup being restored (the contract allows 200 MB of base64).
const maxBody = 300 * 1024 * 1024;

const statusOf: Record<ErrorCode, number> = {
  'invalid-input': 400,
  'not-found': 404,
  'unknown-method': 404,
  conflict: 409,
  forbidden: 403,
  storage: 500,
  internal: 500,
};

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { ...securityHeaders(), 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(body));
}

function sendError(res: ServerResponse, status: number, error: ApiError): void {
  sendJson(res, status, { ok: false, error });
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBody) {
        reject(Object.assign(new Error('too large'), { status: 413 }));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const token = options.token ?? newToken();
  const { backend } = options;
  const streams = new Set<ServerResponse>();
  let port = 0;

  const unsubscribe = backend.onPush((event, payload) => {
    const frame = `event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`;
    for (const res of streams) res.write(frame);
  });

  async function handleApi(req: IncomingMessage, res: ServerResponse, method: string): Promise<void> {
    if (req.method !== 'POST') {
      res.setHeader('Allow', 'POST');
      sendError(res, 405, { code: 'invalid-input', message: 'Use POST for API calls.' });
      return;
    }
    let input: unknown;
    try {
      const text = await readBody(req);
      input = text.trim() ? JSON.parse(text) : {};
    } catch (error) {
      const tooLarge = (error as { status?: number }).status === 413;
      sendError(res, tooLarge ? 413 : 400, {
        code: 'invalid-input',
        message: tooLarge ? 'The request is larger than 300 MB. Nothing was changed.' : 'The request body is not valid JSON. Nothing was changed.',
      });
      return;
    }
    const reply = await backend.dispatch(method, input);
    sendJson(res, reply.ok ? 200 : statusOf[reply.error.code], reply);
  }

  function openEventStream(res: ServerResponse): void {
    res.writeHead(200, { ...securityHeaders(), 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
    res.write(': connected\n\n');
    streams.add(res);
    res.on('close', () => streams.delete(res));
  }

  const server = createServer((req, res) => {
    const guard = checkHostAndOrigin(req, port);
    if (!guard.ok) {
      sendError(res, guard.status, { code: 'forbidden', message: guard.message });
      return;
    }
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    if (url.pathname === '/api' || url.pathname.startsWith('/api/')) {
      const isStream = url.pathname === '/api/events' && req.method === 'GET';
      const auth = checkToken(req, token, isStream ? url.searchParams.get('token') : null);
      if (!auth.ok) {
        sendError(res, auth.status, { code: 'forbidden', message: auth.message });
        return;
      }
      if (isStream) {
        openEventStream(res);
        return;
      }
      handleApi(req, res, decodeURIComponent(url.pathname.slice('/api/'.length))).catch((error: unknown) => {
        sendError(res, 500, { code: 'internal', message: `The server failed: ${(error as Error).message}` });
      });
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendError(res, 405, { code: 'invalid-input', message: 'Only GET is served here.' });
      return;
    }
    void serveStatic(options.staticDir, url.pathname, res);
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
      unsubscribe();
      for (const res of streams) res.end();
      streams.clear();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
    },
  };
}
