// Loads the print stylesheets from assets/print, the one place they are kept. Run from source (Vitest, tsx) they are
// read beside this file's project; the Node bundles carry their text instead (scripts/print-stylesheets-plugin.mjs
// puts a module built from the same folder in this one's place), so a built app reads nothing from disk for them.
import { readFileSync } from 'node:fs';

/** The files in assets/print, without `.css`. */
export type PrintStylesheet = 'print' | 'itinerary';

export function printStylesheet(name: PrintStylesheet): string {
  return readFileSync(new URL(`../../../../assets/print/${name}.css`, import.meta.url), 'utf8');
}
