// Browser mode warms Chromium for the first PDF only once the first screen has been served and the app is idle
// (docs/decisions/013-cold-paths.md): never before the first call is answered, never while calls are in flight.
import { mkdir, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBackend, type LocalBackend } from '../../../../electron/backend';
import { idleAfterFirstCall, startWebServer, type WebServer } from '../../../../electron/web/server';
import { tempDir } from '../../helpers/tmp';

describe('idleAfterFirstCall', () => {
  afterEach(() => vi.useRealTimers());

  it('waits for a first answered call, then for quiet, and fires once', () => {
    vi.useFakeTimers();
    const then = vi.fn();
    const idle = idleAfterFirstCall(then, 1_000);
    vi.advanceTimersByTime(5_000);
    expect(then).not.toHaveBeenCalled(); // nothing served yet: the first screen has not been asked for

    idle.started();
    idle.started();
    idle.finished();
    vi.advanceTimersByTime(5_000);
    expect(then).not.toHaveBeenCalled(); // one of the first screen's calls is still in flight

    idle.finished();
    vi.advanceTimersByTime(900);
    idle.started(); // another call arrives before the quiet is over: the wait starts again after it
    vi.advanceTimersByTime(2_000);
    expect(then).not.toHaveBeenCalled();
    idle.finished();
    vi.advanceTimersByTime(999);
    expect(then).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(then).toHaveBeenCalledTimes(1);

    idle.started();
    idle.finished();
    vi.advanceTimersByTime(5_000);
    expect(then).toHaveBeenCalledTimes(1);
  });

  it('does nothing once cancelled (the server is closing)', () => {
    vi.useFakeTimers();
    const then = vi.fn();
    const idle = idleAfterFirstCall(then, 1_000);
    idle.started();
    idle.finished();
    idle.cancel();
    vi.advanceTimersByTime(5_000);
    expect(then).not.toHaveBeenCalled();
  });
});

describe('the web server calls whenIdleAfterFirstScreen', () => {
  let web: WebServer | undefined;
  let backend: LocalBackend | undefined;
  let cleanup: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await web?.close();
    await backend?.close();
    await cleanup?.();
  });

  const get = (server: WebServer, target: string, init: { method?: string; body?: string } = {}) =>
    new Promise<number>((resolve, reject) => {
      const headers: Record<string, string> = target.startsWith('/api/') ? { Authorization: `Bearer ${server.token}`, 'Content-Type': 'application/json' } : {};
      const req = request({ host: '127.0.0.1', port: server.port, path: target, method: init.method ?? 'GET', headers }, (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      });
      req.on('error', reject);
      req.end(init.body);
    });

  it('after the first screen\'s calls are answered, not when only the page and its files were fetched', async () => {
    let dir: string;
    ({ dir, cleanup } = await tempDir());
    const staticDir = path.join(dir, 'static');
    await mkdir(staticDir);
    await writeFile(path.join(staticDir, 'index.html'), '<!doctype html><title>Delegation Planner</title>');
    backend = await createBackend({ dataDir: path.join(dir, 'data') });
    const warmed = vi.fn();
    web = await startWebServer({ backend, staticDir, port: 0, quietMs: 50, whenIdleAfterFirstScreen: warmed });

    expect(await get(web, '/')).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(warmed).not.toHaveBeenCalled();

    const calls = ['trips.list', 'app.info', 'sync.status'].map((m) => get(web!, `/api/${m}`, { method: 'POST', body: '{}' }));
    expect(warmed).not.toHaveBeenCalled();
    expect(await Promise.all(calls)).toEqual([200, 200, 200]);
    await vi.waitFor(() => expect(warmed).toHaveBeenCalledTimes(1));
  });
});
