// Browser mode's PdfRenderer (electron/web/pdf.ts) with the real Chromium: prints A4 and Letter, serves concurrent
// exports, reuses its warm browser (later exports skip the launch), fails clearly without Chromium, and shuts down.
import { afterAll, describe, expect, it } from 'vitest';
import { createBrowserPdfRenderer } from '../../../../../../electron/web/pdf';

const renderer = createBrowserPdfRenderer();
afterAll(() => renderer.close?.());

const isPdf = (bytes: Uint8Array) => Buffer.from(bytes.subarray(0, 5)).toString() === '%PDF-';

describe('createBrowserPdfRenderer', () => {
  it('prints, concurrently, and faster once warm', async () => {
    const started = performance.now();
    expect(isPdf(await renderer.render('<p>first</p>', { paper: 'A4' }))).toBe(true);
    const cold = performance.now() - started;
    const results = await Promise.all(['a', 'b', 'c'].map((x) => renderer.render(`<p>${x}</p>`, { paper: 'Letter', footerTemplate: '<span class="pageNumber"></span>' })));
    expect(results.every(isPdf)).toBe(true);
    const again = performance.now();
    await renderer.render('<p>warm</p>', { paper: 'A4' });
    expect(performance.now() - again).toBeLessThan(cold);
  }, 60_000);

  it('says what is wrong when Chromium is missing, and tries again on the next export', async () => {
    const missing = createBrowserPdfRenderer({ executablePath: '/nonexistent/chromium', timeoutMs: 5_000 });
    await expect(missing.render('<p>x</p>', { paper: 'A4' })).rejects.toThrow(/nonexistent\/chromium/);
    await expect(missing.render('<p>x</p>', { paper: 'A4' })).rejects.toThrow(/nonexistent\/chromium/);
    await missing.close?.();
  });

  it('refuses to print once closed', async () => {
    const closing = createBrowserPdfRenderer();
    await closing.render('<p>x</p>', { paper: 'A4' });
    await closing.close?.();
    await expect(closing.render('<p>x</p>', { paper: 'A4' })).rejects.toThrow(/shut down/);
  }, 60_000);
});
