// Where the import worker's code is. Built, it is dist-electron/import-worker.mjs beside the bundle that runs the
// backend (scripts/build-node.mjs). Run from the TypeScript sources (Vitest, the benchmark), it is bundled once per
// process with esbuild into a temporary file: a worker cannot load our .ts files itself, and loading them through a
// TypeScript loader took seconds per worker on a busy machine.
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { build as esbuildBuild } from 'esbuild';

export const WORKER_BUNDLE = 'import-worker.mjs';

/** Options shared with scripts/build-node.mjs; ical.js and papaparse are CommonJS, so the ESM bundle gets a require. */
export const workerBanner = "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);";

let built: Promise<URL> | undefined;

async function bundleFromSources(source: string): Promise<URL> {
  // A variable specifier: the production bundles never include esbuild, and never reach this line.
  const esbuild = 'esbuild';
  const { build } = (await import(esbuild)) as { build: typeof esbuildBuild };
  const dir = await mkdtemp(path.join(os.tmpdir(), 'planner-worker-'));
  const outfile = path.join(dir, WORKER_BUNDLE);
  await build({ entryPoints: [source], outfile, bundle: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'warning', banner: { js: workerBanner } });
  return pathToFileURL(outfile);
}

/**
 * A worker thread reads its file from disk by itself, not through Electron's asar reader, so the packaged app keeps the
 * worker outside the archive (electron-builder.yml asarUnpack) and starts it from there.
 */
export function unpacked(url: string): string {
  return url.replace('/app.asar/', '/app.asar.unpacked/');
}

export function workerEntry(): Promise<URL> {
  const here = import.meta.url;
  if (!here.endsWith('.ts')) return Promise.resolve(new URL(`./${WORKER_BUNDLE}`, unpacked(here)));
  built ??= bundleFromSources(fileURLToPath(new URL('./import-worker.ts', here)));
  return built;
}
