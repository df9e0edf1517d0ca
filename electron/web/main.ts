// `npm run serve -- --data-dir DIR [--port N]`: runs the app in a browser. Prints one line with the address (which
// carries this run's access token) and, on SIGINT/SIGTERM, flushes every pending write before exiting.
import { mkdirSync, readFileSync } from 'node:fs';
import { enableCompileCache } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LocalBackend } from '../backend';
import { createBrowserPdfRenderer } from './pdf';
import { type WebServer, startWebServer } from './server';

interface Args {
  dataDir: string;
  port: number;
}

/** The folder Electron would use (app.getPath('userData')), so both hosts share one data folder by default. */
export function defaultDataDir(): string {
  const product = 'Delegation Planner';
  const home = os.homedir();
  if (process.platform === 'win32') return path.join(process.env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), product, 'data');
  if (process.platform === 'darwin') return path.join(home, 'Library', 'Application Support', product, 'data');
  return path.join(process.env.XDG_CONFIG_HOME ?? path.join(home, '.config'), product, 'data');
}

/** Where Node keeps the compiled code of the server's bundle between starts: the user's own cache folder, private. */
export function compileCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  const product = 'Delegation Planner';
  const home = os.homedir();
  if (process.platform === 'win32') return path.join(env.LOCALAPPDATA ?? path.join(home, 'AppData', 'Local'), product, 'Cache', 'compile');
  if (process.platform === 'darwin') return path.join(home, 'Library', 'Caches', product, 'compile');
  return path.join(env.XDG_CACHE_HOME ?? path.join(home, '.cache'), 'delegation-planner', 'compile');
}

/**
 * Compiling the backend's 5 MB of code took ~0.2 s of every start; Node's compile cache keeps V8's compiled code on
 * disk, checked against each file's content, so a start after the first (and after each update) skips it. A cache
 * that cannot be made only costs that time. NODE_COMPILE_CACHE, when set, names another folder.
 */
function useCompileCache(): void {
  try {
    const dir = process.env.NODE_COMPILE_CACHE || compileCacheDir();
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    enableCompileCache(dir);
  } catch {
    // Not having the cache is only slower.
  }
}

export function parseArgs(argv: string[], env: NodeJS.ProcessEnv): Args {
  let dataDir = env.PLANNER_DATA_DIR || '';
  let port = Number(env.PLANNER_PORT ?? 0);
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.includes('=') ? arg.split(/=(.*)/s) : [arg, undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw new Error(`${flag} needs a value`);
      return v;
    };
    if (flag === '--data-dir') dataDir = value();
    else if (flag === '--port') port = Number(value());
    else throw new Error(`unknown option ${arg} (use --data-dir DIR and --port N)`);
  }
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be a whole number from 0 to 65535`);
  return { dataDir: path.resolve(dataDir || defaultDataDir()), port };
}

function packageVersion(root: string): string {
  try {
    return (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return '0.0.0';
  }
}

/** However long the page takes to be asked for (or if nobody opens it), the backend starts loading by then. */
export const LOAD_LATEST_MS = 300;

/**
 * Listens, prints the address, and starts loading the backend once the page has gone out (the server's
 * `whenPageOut`: the page sent, or a first call arrived), or `latestMs` after the address, whichever is first.
 * Compiling and running the backend's code holds this thread for ~70 ms: a browser that opens the address at once
 * gets its page first, and reads it (and asks for its script) while the backend loads (decision 025). Whoever waits
 * for the address (a person, the browser) never waits for the backend.
 */
export async function listenThenLoad(
  steps: {
    listen(backend: Promise<LocalBackend>, pageOut: () => void): Promise<WebServer>;
    announce(url: string): void;
    load(): Promise<LocalBackend>;
  },
  latestMs = LOAD_LATEST_MS,
): Promise<{ web: WebServer; opening: Promise<LocalBackend> }> {
  let loadNow = (): void => undefined;
  const opening = new Promise<void>((resolve) => (loadNow = resolve)).then(() => steps.load());
  let pageWentOut = (): void => undefined;
  const pageOut = new Promise<void>((resolve) => (pageWentOut = resolve));
  const web = await steps.listen(opening, () => pageWentOut());
  steps.announce(web.url);
  // Only now: a page sent before the address was printed still waits for the address.
  const latest = setTimeout(loadNow, latestMs);
  void pageOut.then(() => {
    clearTimeout(latest);
    loadNow();
  });
  return { web, opening };
}

async function main(): Promise<void> {
  let args: Args;
  try {
    args = parseArgs(process.argv.slice(2), process.env);
  } catch (error) {
    process.stderr.write(`Delegation Planner: ${(error as Error).message}\n`);
    process.exit(2);
  }
  useCompileCache();
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  // Chromium is not started here, so the app opens as fast as it can: it is warmed once the first screen is served
  // and the app is idle (below), or by the first PDF export, whichever comes first; backend.close() ends it.
  const pdf = createBrowserPdfRenderer();
  // The backend's chunk is loaded by then (the first screen's calls were answered); a small document is printed on the
  // warm page so the first export does not load the fonts and print code either (decision 022).
  const warmPrintingWhenIdle = (): void => void import('../backend').then(({ warmUpDocument }) => pdf.prepare?.(warmUpDocument()), () => undefined);
  // The backend's code is most of the server (exports, imports, sync, search): it is loaded (its own chunk of the
  // bundle) and opens the data folder once the page has gone out, while the browser reads it and fetches its script;
  // the page's first calls wait for it.
  const { web, opening } = await listenThenLoad({
    listen: (backend, pageOut) =>
      startWebServer({ backend, staticDir: path.join(root, 'dist', 'renderer'), port: args.port, whenIdleAfterFirstScreen: warmPrintingWhenIdle, whenPageOut: pageOut }),
    announce: (url) => process.stdout.write(`Delegation Planner (browser mode) is running at ${url}\n`),
    load: () => import('../backend').then(({ createBackend }) => createBackend({ dataDir: args.dataDir, version: packageVersion(root), ports: { pdf } })),
  });
  let backend: LocalBackend;
  try {
    backend = await opening;
  } catch (error) {
    // Said in words, not as a stack trace: e.g. a change log written by a newer version of the app.
    process.stderr.write(`Delegation Planner could not open the data folder ${args.dataDir}: ${(error as Error).message}\n`);
    await web.close().catch(() => undefined);
    process.exit(1);
  }
  process.stderr.write(`Data folder: ${args.dataDir}. Press Ctrl+C to stop.\n`);

  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    process.stderr.write(`${signal}: saving and stopping…\n`);
    void Promise.all([web.close(), backend.close()]).then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`Could not finish saving: ${(error as Error).message}\n`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  void main();
}
