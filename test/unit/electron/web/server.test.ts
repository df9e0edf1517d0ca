// Browser mode's gatekeeping and transport: token, Host and Origin checks, status codes, events, static files.
import { request } from 'node:http';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LocalBackend } from '../../../../electron/backend';
import { createBackend } from '../../../../electron/backend';
import { parseArgs } from '../../../../electron/web/main';
import type { WebServer } from '../../../../electron/web/server';
import { startWebServer } from '../../../../electron/web/server';
import { tempDir } from '../../helpers/tmp';

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function send(web: WebServer, opts: { path: string; method?: string; headers?: Record<string, string>; body?: string }): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: web.port, path: opts.path, method: opts.method ?? 'GET', headers: opts.headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end(opts.body);
  });
}

function api(web: WebServer, method: string, input: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  return send(web, {
    path: `/api/${method}`,
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${web.token}`, ...headers },
    body: JSON.stringify(input),
  });
}

/** Reads the server's event stream until `marker` arrives, then hangs up; resolves with what came. */
function streamUntil(web: WebServer, marker: string): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: web.port, path: `/api/events?token=${web.token}` }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        text += chunk;
        if (text.includes(marker)) {
          resolve(text);
          req.destroy();
        }
      });
    });
    req.on('error', reject);
    req.end();
  });
}

let dir: string;
let cleanup: () => Promise<void>;
let backend: LocalBackend;
let web: WebServer;

beforeEach(async () => {
  ({ dir, cleanup } = await tempDir());
  const staticDir = path.join(dir, 'static');
  await mkdir(staticDir);
  await writeFile(path.join(staticDir, 'index.html'), '<!doctype html><title>Delegation Planner</title>');
  await writeFile(path.join(dir, 'secret.txt'), 'do not serve');
  backend = await createBackend({ dataDir: path.join(dir, 'data') });
  web = await startWebServer({ backend, staticDir, port: 0 });
});
afterEach(async () => {
  await web.close();
  await backend.close();
  await cleanup();
});

describe('browser-mode server', () => {
  it('prints a 127.0.0.1 address carrying a long random token', () => {
    expect(web.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#token=[A-Za-z0-9_-]{43}$/);
    expect(web.server.address()).toMatchObject({ address: '127.0.0.1' });
  });

  it('answers a call with the token', async () => {
    const answer = await api(web, 'trips.list', {});
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toEqual({ ok: true, result: [] });
  });

  it('refuses calls without the token or with a wrong one (401)', async () => {
    const none = await send(web, { path: '/api/trips.list', method: 'POST', body: '{}' });
    expect(none.status).toBe(401);
    expect(JSON.parse(none.body).error.message).toMatch(/access token/);
    expect((await api(web, 'trips.list', {}, { Authorization: 'Bearer wrong' })).status).toBe(401);
    expect((await api(web, 'trips.list', {}, { Authorization: `Bearer ${web.token}x` })).status).toBe(401);
  });

  it('refuses a foreign Origin (403) even with the token, and changes nothing', async () => {
    const trip = { title: 'Evil', startDate: '2025-01-01', endDate: '2025-01-02' };
    const answer = await api(web, 'trips.create', trip, { Origin: 'https://evil.example' });
    expect(answer.status).toBe(403);
    expect(JSON.parse((await api(web, 'trips.list', {})).body).result).toEqual([]);
    expect((await api(web, 'trips.list', {}, { Origin: `http://127.0.0.1:${web.port}` })).status).toBe(200);
  });

  it('refuses a Host that is not ours (DNS rebinding) with 403, static files included', async () => {
    expect((await api(web, 'trips.list', {}, { Host: `evil.example:${web.port}` })).status).toBe(403);
    expect((await send(web, { path: '/', headers: { Host: 'evil.example' } })).status).toBe(403);
    expect((await api(web, 'trips.list', {}, { Host: `localhost:${web.port}` })).status).toBe(200);
  });

  it('maps typed errors to fitting statuses', async () => {
    expect((await api(web, 'trips.create', { title: '' })).status).toBe(400);
    expect((await api(web, 'trips.get', { id: 'missing' })).status).toBe(404);
    expect((await api(web, 'no.such', {})).status).toBe(404);
    const badJson = await send(web, { path: '/api/trips.list', method: 'POST', headers: { Authorization: `Bearer ${web.token}` }, body: '{nope' });
    expect(badJson.status).toBe(400);
    expect(JSON.parse(badJson.body).error.message).toMatch(/not valid JSON/);
    expect((await send(web, { path: '/api/trips.list', headers: { Authorization: `Bearer ${web.token}` } })).status).toBe(405);
  });

  it('serves the renderer with a strict policy, and nothing outside its folder', async () => {
    const page = await send(web, { path: '/' });
    expect(page.status).toBe(200);
    expect(page.body).toContain('Delegation Planner');
    expect(page.headers['content-security-policy']).toContain("default-src 'self'");
    expect((await send(web, { path: '/trips/abc' })).body).toContain('Delegation Planner');
    expect((await send(web, { path: '/../secret.txt' })).body).not.toContain('do not serve');
    expect((await send(web, { path: '/%2e%2e/secret.txt' })).status).toBe(404);
  });

  it('streams pushed events to holders of the token only', async () => {
    expect((await send(web, { path: '/api/events?token=wrong' })).status).toBe(401);
    const received = streamUntil(web, 'event: data.changed');
    await new Promise((r) => setTimeout(r, 50));
    await api(web, 'trips.create', { title: 'Beijing', startDate: '2025-05-18', endDate: '2025-05-20' });
    expect(await received).toMatch(/event: data\.changed\ndata: \{"collections":\["trips"\]/);
  });
});

describe('browser-mode server, a window that connects late', () => {
  it('sends the open notices again when the event stream opens, so one raised before it opened is not lost', async () => {
    const notice = { id: 'repaired:t1', level: 'warning', message: 'The trip "Beijing" could not be read and was rebuilt.', at: '2026-12-03T10:00:00.000Z' };
    const { cleanup: done } = await tempDir();
    const late = await startWebServer({
      backend: {
        dispatch: async (method: string) => (method === 'app.info' ? { ok: true, result: { notices: [notice] } } : { ok: false, error: { code: 'not-found', message: 'no' } }),
        onPush: () => () => {},
        close: async () => {},
      } as unknown as LocalBackend,
      staticDir: dir,
      port: 0,
    });
    try {
      const text = await streamUntil(late, 'event: notice');
      expect(text).toContain(`event: notice\ndata: ${JSON.stringify(notice)}`);
    } finally {
      await late.close();
      await done();
    }
  });
});

describe('browser-mode server, given bad requests', () => {
  it('answers a broken %-escape in the method with 400 and keeps serving', async () => {
    const broken = await send(web, { path: '/api/%zz', method: 'POST', headers: { Authorization: `Bearer ${web.token}` }, body: '{}' });
    expect(broken.status).toBe(400);
    expect(JSON.parse(broken.body).error).toMatchObject({ code: 'invalid-input', message: expect.stringMatching(/not a method name/) });
    expect((await api(web, 'trips.list', {})).status).toBe(200);
  });

  it('answers a body over the size limit with 413 and its message, not a connection reset', async () => {
    const small = await startWebServer({ backend, staticDir: path.join(dir, 'static'), port: 0, maxBodyBytes: 1024 });
    try {
      const headers = { 'Content-Type': 'application/json', Authorization: `Bearer ${small.token}` };
      const body = JSON.stringify({ title: 'x'.repeat(200_000), startDate: '2025-01-01', endDate: '2025-01-02' });
      // Declared up front (Content-Length) ...
      const declared = await send(small, { path: '/api/trips.create', method: 'POST', headers, body });
      expect(declared.status).toBe(413);
      expect(JSON.parse(declared.body).error).toMatchObject({ code: 'invalid-input', message: expect.stringMatching(/larger than 1 KB.*Nothing was changed/) });
      // ... and found out while streaming (chunked, no length).
      const streamed = await new Promise<Answer>((resolve, reject) => {
        const req = request({ host: '127.0.0.1', port: small.port, path: '/api/trips.create', method: 'POST', headers }, (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (c: string) => (text += c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
        });
        req.on('error', reject);
        for (let i = 0; i < 50; i++) req.write('x'.repeat(4096));
        req.end();
      });
      expect(streamed.status).toBe(413);
      expect(JSON.parse(streamed.body).error.message).toMatch(/larger than 1 KB/);
      expect(JSON.parse((await api(small, 'trips.list', {})).body).result).toEqual([]);
    } finally {
      await small.close();
    }
  });
});

describe('serve arguments', () => {
  it('takes --data-dir and --port, or PLANNER_DATA_DIR', () => {
    expect(parseArgs(['--data-dir', '/tmp/x', '--port', '8123'], {})).toEqual({ dataDir: '/tmp/x', port: 8123 });
    expect(parseArgs(['--data-dir=/tmp/y'], {})).toEqual({ dataDir: '/tmp/y', port: 0 });
    expect(parseArgs([], { PLANNER_DATA_DIR: '/tmp/z' }).dataDir).toBe('/tmp/z');
    expect(() => parseArgs(['--port', 'abc'], {})).toThrow(/--port/);
    expect(() => parseArgs(['--bogus'], {})).toThrow(/unknown option/);
  });
});
