// An esbuild plugin for the Node bundles: the print stylesheets in assets/print go into the bundle as text, in place of
// electron/backend/export/pdf/print-stylesheets.ts, which reads them from disk when the source runs unbundled.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

export function printStylesheetsPlugin(assetsDir = path.resolve('assets/print')) {
  return {
    name: 'print-stylesheets',
    setup(build) {
      build.onLoad({ filter: /[\\/]export[\\/]pdf[\\/]print-stylesheets\.ts$/ }, async () => {
        const files = (await readdir(assetsDir)).filter((name) => name.endsWith('.css')).sort();
        const sheets = {};
        for (const file of files) sheets[path.basename(file, '.css')] = await readFile(path.join(assetsDir, file), 'utf8');
        return {
          contents: `const sheets = ${JSON.stringify(sheets)};\nexport function printStylesheet(name) { return sheets[name]; }\n`,
          loader: 'js',
          watchFiles: files.map((file) => path.join(assetsDir, file)),
        };
      });
    },
  };
}
