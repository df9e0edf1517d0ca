// Bundles the Node side: the Electron main process and preload (CommonJS, as Electron loads them) and the
// browser-mode server (ESM). The renderer is built by Vite.
import { build } from 'esbuild';
import { printStylesheetsPlugin } from './print-stylesheets-plugin.mjs';

const common = { bundle: true, platform: 'node', target: 'node22.12', sourcemap: true, logLevel: 'warning', plugins: [printStylesheetsPlugin()] };

await Promise.all([
  build({ ...common, entryPoints: ['electron/main/index.ts'], outfile: 'dist-electron/main.cjs', format: 'cjs', external: ['electron'] }),
  build({ ...common, entryPoints: ['electron/preload/index.ts'], outfile: 'dist-electron/preload.cjs', format: 'cjs', external: ['electron'] }),
  build({
    ...common,
    entryPoints: ['electron/web/main.ts'],
    outfile: 'dist-electron/web.mjs',
    format: 'esm',
    // playwright-core (browser-mode PDF) finds its own files from its install folder, so it is loaded from node_modules.
    external: ['playwright-core'],
    // Bundled CommonJS dependencies may call require(); give the ESM bundle one.
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  }),
]);
