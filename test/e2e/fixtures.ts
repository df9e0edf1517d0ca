// Per-test browser-mode server: a fresh temporary data folder, `node dist-electron/web.mjs --data-dir DIR --port 0`,
// the URL (with its token) read from the one line it prints, and SIGTERM afterwards. `restart()` starts it again on
// the same data folder, as a user would after closing it.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';

export const projectRoot = path.resolve(import.meta.dirname, '../..');
const root = projectRoot;
const urlPattern = /(http:\/\/127\.0\.0\.1:\d+)\/#token=([A-Za-z0-9_.~-]+)/;

export interface Planner {
  /** The address the server printed, token included. */
  url: string;
  /** `http://127.0.0.1:PORT` */
  baseURL: string;
  token: string;
  dataDir: string;
  /**
   * Stops the server (flushing its writes) and starts it again on the same data folder; updates url, baseURL, token.
   * `whileStopped` runs in between, e.g. to damage a file the way a crash or a bad disk would.
   */
  restart(whileStopped?: () => Promise<void>): Promise<void>;
  /** Calls the API directly, as another window would. */
  call(method: string, input?: unknown): Promise<unknown>;
}

interface Running {
  child: ChildProcess;
  url: string;
  baseURL: string;
  token: string;
}

const startBoundMs = 45_000;

export async function startServer(dataDir: string): Promise<Running> {
  const child = spawn(process.execPath, [path.join(root, 'dist-electron/web.mjs'), '--data-dir', dataDir, '--port', '0'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, PLANNER_CHROMIUM: process.env.PLANNER_CHROMIUM ?? '/usr/bin/chromium' },
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise<Running>((resolve, reject) => {
    let stdout = '';
    // Generous: on a machine with every core busy, loading the 5 MB server bundle alone has taken over 15 s.
    const timer = setTimeout(() => fail(new Error(`the server printed no address within ${startBoundMs / 1000} s`)), startBoundMs);
    function fail(error: Error): void {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new Error(`${error.message}\nstdout: ${stdout}\nstderr: ${stderr}`));
    }
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = urlPattern.exec(stdout);
      if (match?.[1] && match[2]) {
        clearTimeout(timer);
        resolve({ child, url: match[0], baseURL: match[1], token: match[2] });
      }
    });
    child.once('exit', (code) => fail(new Error(`the server exited with code ${code} before printing its address`)));
  });
}

export async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 10_000));
  if ((await Promise.race([exited, timeout])) === 'timeout') {
    child.kill('SIGKILL');
    await exited;
  }
}

export const test = base.extend<{ planner: Planner }>({
  planner: [
    // Playwright reads a fixture's dependencies from its first parameter's pattern; this one needs none.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const dataDir = await mkdtemp(path.join(os.tmpdir(), 'planner-e2e-'));
      let running = await startServer(dataDir);
      const planner: Planner = {
        url: running.url,
        baseURL: running.baseURL,
        token: running.token,
        dataDir,
        async restart(whileStopped) {
          await stopServer(running.child);
          await whileStopped?.();
          running = await startServer(dataDir);
          Object.assign(planner, { url: running.url, baseURL: running.baseURL, token: running.token });
        },
        async call(method, input = {}) {
          const response = await fetch(`${planner.baseURL}/api/${method}`, {
            method: 'POST',
            headers: { Authorization: `Bearer ${planner.token}`, 'Content-Type': 'application/json', Origin: planner.baseURL },
            body: JSON.stringify(input),
          });
          const reply = (await response.json()) as { ok: boolean; result?: unknown; error?: { message: string } };
          if (!reply.ok) throw new Error(`${method} failed: ${reply.error?.message}`);
          return reply.result;
        },
      };
      await use(planner);
      await stopServer(running.child);
      await rm(dataDir, { recursive: true, force: true });
    },
    // Its own time, so a slow start on a busy machine does not eat the test's 60 s.
    { timeout: 2 * startBoundMs },
  ],
});

export { expect };

/** Opens the app and waits for the trip list. */
export async function openApp(page: Page, planner: Planner): Promise<void> {
  await page.goto(planner.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Trips' })).toBeVisible();
}

/** Answers the first-run sample offer with "Not now". */
export async function declineSamples(page: Page): Promise<void> {
  const offer = page.getByRole('dialog', { name: 'Load the sample trips?' });
  await expect(offer).toBeVisible();
  await offer.getByRole('button', { name: 'Not now' }).click();
  await expect(offer).toBeHidden();
}

/** Saves a screenshot for people to look at (not compared by the tests). */
export async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(process.env.PLANNER_SHOTS ?? '/tmp/shots', `${name}.png`), fullPage: false });
}

/**
 * Stands in for a check only the backend makes: the next calls of `method` are refused as invalid input with these
 * issues, exactly as the backend sends them, so the display of its issues is tested on its own.
 */
export async function refuseInput(page: Page, method: string, message: string, issues: { path: string | (string | number)[]; message: string }[]): Promise<void> {
  await page.route(`**/api/${method}`, (route) =>
    route.fulfill({
      status: 400,
      contentType: 'application/json',
      body: JSON.stringify({ ok: false, error: { code: 'invalid-input', message, details: { issues } } }),
    }),
  );
}
