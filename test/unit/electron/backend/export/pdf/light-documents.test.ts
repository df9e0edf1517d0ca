// Documents stay light in dark mode: the window's theme (renderer/src/app/theme.css, data-theme on <html>) never
// reaches the HTML the PDF engine renders, and that HTML declares itself light so a dark system (Electron's
// printToPDF follows the OS) cannot darken its canvas or controls.
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { PdfOptions, PdfRenderer } from '../../../../../../electron/backend/ports';
import { openTestBackend, type TestBackend } from '../../backend-fixture';

class MemoryPdf implements PdfRenderer {
  html: string[] = [];
  async render(html: string, _options: PdfOptions): Promise<Uint8Array> {
    this.html.push(html);
    return new Uint8Array(Buffer.from('%PDF-1.7 memory'));
  }
}

let t: TestBackend;
let pdf: MemoryPdf;
beforeEach(async () => {
  pdf = new MemoryPdf();
  t = await openTestBackend(undefined, { pdf });
});
afterEach(() => t.close());

it('the itinerary PDF is rendered from light-only HTML with nothing of the window’s theme', async () => {
  const { loaded } = await t.call('samples.load', {});
  const trip = loaded[0];
  if (!trip) throw new Error('no sample trip');
  await t.call('export.itineraryPdf', { tripId: trip.id });
  const html = pdf.html.at(-1) ?? '';
  expect(html).toContain('<html');
  expect(html).toMatch(/color-scheme:\s*light/);
  expect(html).not.toMatch(/prefers-color-scheme|data-theme|color-scheme:\s*dark/);
  expect(html).not.toMatch(/var\(--(surface|bg|text|primary)\)/);
});
