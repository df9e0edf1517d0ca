// Browser mode listens before its backend is open (docs/decisions/013-cold-paths.md): the browser fetches the page
// and its script while the backend's code loads and the data folder opens; calls made meanwhile wait for it.
import { mkdir, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBackend, type LocalBackend } from '../../../../electron/backend';
import { compileCacheDir, listenThenLoad } from '../../../../electron/web/main';
import { startWebServer, type WebServer } from '../../../../electron/web/server';
import { tempDir } from '../../helpers/tmp';

function send(web: WebServer, target: string, body?: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = body === undefined ? {} : { Authorization: `Bearer ${web.token}`, 'Content-Type': 'application/json' };
    const req = request({ host: '127.0.0.1', port: web.port, path: target, method: body === undefined ? 'GET' : 'POST', headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

let web: WebServer | undefined;
let backend: LocalBackend | undefined;
let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => {
  await web?.close();
  await backend?.close();
  await cleanup?.();
  web = backend = cleanup = undefined;
});

async function staticDir(dir: string): Promise<string> {
  const root = path.join(dir, 'static');
  await mkdir(root);
  await writeFile(path.join(root, 'index.html'), '<!doctype html><title>Delegation Planner</title>');
  return root;
}

describe('the web server before its backend is open', () => {
  it('says when the page has gone out: after the first file is sent, or at the first call, and once', async () => {
    let dir: string;
    ({ dir, cleanup } = await tempDir());
    let outs = 0;
    const pending = new Promise<LocalBackend>(() => undefined);
    const root = await staticDir(dir);
    web = await startWebServer({ backend: pending, staticDir: root, port: 0, whenPageOut: () => (outs += 1) });
    expect(outs).toBe(0);
    const page = await send(web, '/');
    expect(page.body).toContain('<title>Delegation Planner</title>');
    await vi.waitFor(() => expect(outs).toBe(1), { timeout: 5_000 });
    await send(web, '/assets/missing.js');
    expect(outs).toBe(1);
    await web.close();

    let callOuts = 0;
    web = await startWebServer({ backend: pending, staticDir: root, port: 0, whenPageOut: () => (callOuts += 1) });
    void send(web, '/api/trips.list', '{}').catch(() => undefined); // waits for a backend that never opens
    // A window that calls should not wait for a page that was never asked for.
    await vi.waitFor(() => expect(callOuts).toBe(1), { timeout: 5_000 });
  });

  it('serves the page at once, and answers a call once the backend is there', async () => {
    let dir: string;
    ({ dir, cleanup } = await tempDir());
    let open = (_: LocalBackend): void => undefined;
    const opening = new Promise<LocalBackend>((resolve) => (open = resolve));
    web = await startWebServer({ backend: opening, staticDir: await staticDir(dir), port: 0 });

    expect((await send(web, '/')).body).toContain('<title>Delegation Planner</title>');
    let answered = false;
    const call = send(web, '/api/trips.list', '{}').then((reply) => ((answered = true), reply));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(answered).toBe(false); // waiting for the backend, not refused

    backend = await createBackend({ dataDir: path.join(dir, 'data') });
    open(backend);
    expect(await call).toEqual({ status: 200, body: JSON.stringify({ ok: true, result: [] }) });
  });

  it('answers calls with the reason when the data folder cannot be opened', async () => {
    let dir: string;
    ({ dir, cleanup } = await tempDir());
    const failed = Promise.reject(new Error('it was saved by a newer version'));
    failed.catch(() => undefined); // the host (main.ts) reports it and exits; here only the server's answer matters
    web = await startWebServer({ backend: failed, staticDir: await staticDir(dir), port: 0 });
    const reply = await send(web, '/api/trips.list', '{}');
    expect(reply.status).toBe(500);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'internal', message: expect.stringMatching(/^The data folder could not be opened \(it was saved by a newer version\)\./) } });
  });
});

describe('browser mode start-up order (decisions 015 and 025)', () => {
  /** listenThenLoad with steps that record their order; `pageOutDuringListen` asks for the page before the address. */
  async function start(latestMs: number, pageOutDuringListen = false) {
    const steps: string[] = [];
    const fakeWeb = { url: 'http://127.0.0.1:1/#token=t' } as WebServer;
    let given: Promise<LocalBackend> | undefined;
    let pageOut = (): void => undefined;
    const started = await listenThenLoad(
      {
        listen: async (backendOpening, whenPageOut) => {
          given = backendOpening;
          pageOut = whenPageOut;
          steps.push('listen');
          if (pageOutDuringListen) whenPageOut();
          await new Promise((resolve) => setTimeout(resolve, 20)); // listening takes a moment: nothing loads meanwhile
          return fakeWeb;
        },
        announce: (url) => steps.push(`announce ${url}`),
        load: () => {
          steps.push('load');
          return Promise.resolve({} as LocalBackend);
        },
      },
      latestMs,
    );
    expect(started.web).toBe(fakeWeb);
    expect(given).toBe(started.opening);
    return { steps, opening: started.opening, pageOut: () => pageOut(), url: fakeWeb.url };
  }
  const tick = () => new Promise((resolve) => setTimeout(resolve, 30));

  it('prints the address, then loads the backend once the page has gone out, not before', async () => {
    const { steps, opening, pageOut, url } = await start(60_000);
    await tick();
    expect(steps).toEqual(['listen', `announce ${url}`]); // the page is not out yet: its request would wait for the load
    pageOut();
    pageOut(); // a second page, or a call after it: still one load
    await opening;
    expect(steps).toEqual(['listen', `announce ${url}`, 'load']);
  });

  it('waits for the address even when the page was asked for before it was printed', async () => {
    const { steps, opening, url } = await start(60_000, true);
    await opening;
    expect(steps).toEqual(['listen', `announce ${url}`, 'load']);
  });

  it('loads the backend anyway when nobody opens the page in time', async () => {
    const { steps, opening, url } = await start(10);
    await opening;
    expect(steps).toEqual(['listen', `announce ${url}`, 'load']);
  });

  it("keeps Node's compile cache in the user's own cache folder, not a shared temp folder", () => {
    if (process.platform !== 'linux') return;
    expect(compileCacheDir({ XDG_CACHE_HOME: '/home/ann/.cache' })).toBe('/home/ann/.cache/delegation-planner/compile');
    expect(compileCacheDir({})).toBe(path.join(os.homedir(), '.cache', 'delegation-planner', 'compile'));
  });
});
