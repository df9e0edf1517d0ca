// A few lines of the Chrome DevTools Protocol over the browser's own WebSocket (Node 24 has one built in), for the
// first-screen figure: it opens the app's address in a new tab of a window that is already open, as a person does,
// and reads the browser's own record of when the trip list was painted. Playwright would first instrument each new
// page (its scripts and listeners, on the clock) and notice the list only when it next looked.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

export interface RawBrowser {
  send(method: string, params?: object, sessionId?: string): Promise<Record<string, unknown>>;
  close(): Promise<void>;
}

/** Starts Chromium with these switches (and these environment variables) and a throwaway profile, and connects. */
export async function launchRawChromium(executablePath: string, args: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<RawBrowser> {
  const profile = await mkdtemp(path.join(os.tmpdir(), 'planner-bench-chromium-'));
  // Its own process group: /usr/bin/chromium is a shell script, so killing the child alone would leave Chromium.
  const child: ChildProcess = spawn(executablePath, [...args, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'], {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, ...env },
    detached: true,
  });
  const endpoint = await new Promise<string>((resolve, reject) => {
    let said = '';
    const timer = setTimeout(() => reject(new Error(`Chromium did not open its DevTools endpoint in 30 s: ${said}`)), 30_000);
    child.stderr?.on('data', (chunk: Buffer) => {
      said += chunk.toString();
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(said);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    child.once('exit', (code) => reject(new Error(`Chromium exited (${code}) before it could be driven: ${said}`)));
  });
  const socket = new WebSocket(endpoint);
  await new Promise((resolve, reject) => {
    socket.addEventListener('open', resolve, { once: true });
    socket.addEventListener('error', () => reject(new Error('could not connect to Chromium')), { once: true });
  });
  let nextId = 0;
  const waiting = new Map<number, { resolve: (value: Record<string, unknown>) => void; reject: (error: Error) => void }>();
  socket.addEventListener('message', (event) => {
    const message = JSON.parse(String(event.data)) as { id?: number; result?: Record<string, unknown>; error?: { message: string } };
    if (message.id === undefined) return;
    const wait = waiting.get(message.id);
    waiting.delete(message.id);
    if (message.error) wait?.reject(new Error(message.error.message));
    else wait?.resolve(message.result ?? {});
  });
  const send: RawBrowser['send'] = (method, params = {}, sessionId) =>
    new Promise((resolve, reject) => {
      const id = ++nextId;
      waiting.set(id, { resolve, reject });
      socket.send(JSON.stringify({ id, method, params, sessionId }));
    });
  return {
    send,
    async close() {
      await Promise.race([send('Browser.close').catch(() => undefined), new Promise((resolve) => setTimeout(resolve, 2_000))]);
      socket.close();
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // already gone
      }
      await rm(profile, { recursive: true, force: true }).catch(() => undefined);
    },
  };
}

/** In the page: when the element marked `elementtiming="<name>"` was painted, as epoch milliseconds. */
export function paintedAtExpression(name: string): string {
  return `new Promise((resolve) => new PerformanceObserver((list, observer) => {
    const entry = list.getEntries().find((e) => e.identifier === ${JSON.stringify(name)});
    if (entry) { observer.disconnect(); resolve(performance.timeOrigin + (entry.renderTime || entry.loadTime)); }
  }).observe({ type: 'element', buffered: true }))`;
}
