// The print styles live in assets/print: read from there when the source runs, carried as text inside the bundles.
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { itineraryCss } from '../../../electron/backend/export/itinerary-styles';
import { FONT_STACK, printCss } from '../../../electron/backend/export/pdf';
import { printStylesheetsPlugin } from '../../../scripts/print-stylesheets-plugin.mjs';

const asset = (name: string) => readFileSync(`assets/print/${name}.css`, 'utf8');

describe('print styles from assets/print', () => {
  it('are the ones the PDFs use', () => {
    expect(printCss).toBe(asset('print'));
    expect(itineraryCss).toBe(asset('itinerary'));
    expect(printCss).toContain(FONT_STACK);
    expect(itineraryCss).toContain('.venue__zh');
  });

  it('go into the Node bundles as text, so a built app reads no stylesheet from disk', async () => {
    const result = await build({
      entryPoints: ['electron/backend/export/itinerary-styles.ts'],
      bundle: true,
      write: false,
      platform: 'node',
      format: 'esm',
      logLevel: 'silent',
      plugins: [printStylesheetsPlugin()],
    });
    const code = result.outputFiles[0]!.text;
    expect(code).not.toContain('readFileSync');
    expect(code).not.toContain('import.meta');
    const loaded = (await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)) as { itineraryCss: string };
    expect(loaded.itineraryCss).toBe(asset('itinerary'));
  });
});
