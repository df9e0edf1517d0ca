// Bundles the Node side: the Electron main process, the backend's own process and the preload (CommonJS, as
// Electron loads them), the browser-mode server (ESM), and the import worker that every host starts beside its bundle
// (electron/backend/workers/worker-entry.ts finds it there). The renderer is built by Vite.
import { readdir, rm } from 'node:fs/promises';
import { build } from 'esbuild';
import { printStylesheetsPlugin } from './print-stylesheets-plugin.mjs';

const common = { bundle: true, platform: 'node', target: 'node22.12', sourcemap: true, logLevel: 'warning', plugins: [printStylesheetsPlugin()] };
// The backend finds its worker from import.meta.url, which a CommonJS bundle does not have: give it this file's.
const cjsImportMeta = {
  banner: { js: "const __planner_import_meta_url = require('node:url').pathToFileURL(__filename).href;" },
  define: { 'import.meta.url': '__planner_import_meta_url' },
};
// Bundled CommonJS dependencies may call require(); give each ESM bundle one.
const esmRequire = { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" };

// The browser-mode server's chunks are named by content hash: last build's are removed, not left to pile up.
for (const name of await readdir('dist-electron').catch(() => [])) {
  if (/^web-.+\.mjs(\.map)?$/.test(name)) await rm(`dist-electron/${name}`);
}

await Promise.all([
  build({ ...common, entryPoints: ['electron/main/index.ts'], outfile: 'dist-electron/main.cjs', format: 'cjs', external: ['electron'], ...cjsImportMeta }),
  // The backend's own process (a utilityProcess): plain Node that never imports electron; it bundles all it uses.
  build({ ...common, entryPoints: ['electron/backend/process/entry.ts'], outfile: 'dist-electron/backend.cjs', format: 'cjs', external: ['electron'], ...cjsImportMeta }),
  build({ ...common, entryPoints: ['electron/preload/index.ts'], outfile: 'dist-electron/preload.cjs', format: 'cjs', external: ['electron'] }),
  // The server is split: web.mjs (the HTTP server, ~0.1 MB) listens at once, and the backend, loaded by a dynamic
  // import, is its own chunk (web-*.mjs, beside web.mjs so its import.meta.url finds the import worker there too).
  build({
    ...common,
    entryPoints: { web: 'electron/web/main.ts' },
    outdir: 'dist-electron',
    outExtension: { '.js': '.mjs' },
    splitting: true,
    chunkNames: 'web-[name]-[hash]',
    format: 'esm',
    // playwright-core (browser-mode PDF) finds its own files from its install folder, so it is loaded from node_modules.
    external: ['playwright-core'],
    banner: esmRequire,
  }),
  // Same options as worker-entry.ts uses when the backend runs from its TypeScript sources.
  build({ ...common, entryPoints: ['electron/backend/workers/import-worker.ts'], outfile: 'dist-electron/import-worker.mjs', format: 'esm', banner: esmRequire }),
]);
