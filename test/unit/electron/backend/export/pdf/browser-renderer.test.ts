// Browser mode's PdfRenderer (electron/web/pdf.ts) with the real Chromium: prints A4 and Letter, serves concurrent
// exports, reuses its warm browser (later exports skip the launch), fails clearly without Chromium, and shuts down.
import { describe, expect, it, vi } from 'vitest';
import type { Browser } from 'playwright-core';
import { warmUpDocument } from '../../../../../../electron/backend/export/pdf/warm-up';
import { CHROMIUM_ARGS, createBrowserPdfRenderer } from '../../../../../../electron/web/pdf';

const isPdf = (bytes: Uint8Array) => Buffer.from(bytes.subarray(0, 5)).toString() === '%PDF-';

/** The real launch, counted; `failFirst` makes the first one fail as a missing Chromium would. */
function countingLaunch(failFirst = false) {
  const launched: Browser[] = [];
  let attempts = 0;
  const launch = async ({ executablePath }: { executablePath: string }) => {
    attempts++;
    if (failFirst && attempts === 1) throw new Error('browserType.launch: Failed to launch chromium (test)');
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
    launched.push(browser);
    return browser;
  };
  return { launch, launched, attempts: () => attempts };
}

describe('createBrowserPdfRenderer', () => {
  it('prints A4 and Letter, concurrently, and later exports reuse the one browser it launched', async () => {
    // How much faster a warm export is, is the bench's figure; here, that it skips the launch.
    const counting = countingLaunch();
    const renderer = createBrowserPdfRenderer({ launch: counting.launch });
    try {
      expect(isPdf(await renderer.render('<p>first</p>', { paper: 'A4' }))).toBe(true);
      const results = await Promise.all(['a', 'b', 'c'].map((x) => renderer.render(`<p>${x}</p>`, { paper: 'Letter' })));
      expect(results.every(isPdf)).toBe(true);
      expect(isPdf(await renderer.render('<p>warm</p>', { paper: 'A4' }))).toBe(true);
      expect(counting.attempts()).toBe(1);
      expect(counting.launched[0]!.isConnected()).toBe(true);
    } finally {
      await renderer.close?.();
    }
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

describe('warming Chromium ahead of the first export', () => {
  it('launches nothing until asked, and the first export reuses the warmed browser', async () => {
    const counting = countingLaunch();
    const renderer = createBrowserPdfRenderer({ launch: counting.launch });
    try {
      expect(counting.attempts()).toBe(0); // creating the renderer (at start) launches nothing
      renderer.prepare?.();
      renderer.prepare?.(); // asked twice (the idle server, then an export): still one launch
      expect(isPdf(await renderer.render('<p>first</p>', { paper: 'A4' }))).toBe(true);
      expect(counting.attempts()).toBe(1);
      expect(counting.launched[0]!.contexts()[0]!.pages()).toHaveLength(1); // the warmed page printed it
    } finally {
      await renderer.close?.();
    }
  }, 60_000);

  it('prints the warm-up document on the warmed page (fonts and print code loaded before the first export)', async () => {
    const counting = countingLaunch();
    const renderer = createBrowserPdfRenderer({ launch: counting.launch });
    try {
      renderer.prepare?.(warmUpDocument());
      await vi.waitFor(async () => {
        const page = counting.launched[0]?.contexts()[0]?.pages()[0];
        expect(page && (await page.content())).toContain('行程表');
      }, { timeout: 30_000 });
      expect(isPdf(await renderer.render('<p>first</p>', { paper: 'A4' }))).toBe(true);
      expect(counting.attempts()).toBe(1);
      expect(counting.launched[0]!.contexts()[0]!.pages()).toHaveLength(1);
    } finally {
      await renderer.close?.();
    }
  }, 60_000);

  it('a failed warm-up does not break printing: the export launches again', async () => {
    const counting = countingLaunch(true);
    const renderer = createBrowserPdfRenderer({ launch: counting.launch });
    try {
      renderer.prepare?.();
      expect(isPdf(await renderer.render('<p>after a failed warm-up</p>', { paper: 'A4' }))).toBe(true);
      expect(counting.attempts()).toBe(2);
    } finally {
      await renderer.close?.();
    }
  }, 60_000);

  it('closes a browser left unused, and the next export starts it again', async () => {
    const counting = countingLaunch();
    const renderer = createBrowserPdfRenderer({ launch: counting.launch, idleCloseMs: 300 });
    try {
      expect(isPdf(await renderer.render('<p>one</p>', { paper: 'A4' }))).toBe(true);
      const first = counting.launched[0]!;
      await vi.waitFor(() => expect(first.isConnected()).toBe(false), { timeout: 10_000 });
      expect(isPdf(await renderer.render('<p>two</p>', { paper: 'A4' }))).toBe(true);
      expect(counting.attempts()).toBe(2);
    } finally {
      await renderer.close?.();
    }
  }, 60_000);

  it('prepare after close starts nothing', async () => {
    const counting = countingLaunch();
    const renderer = createBrowserPdfRenderer({ launch: counting.launch });
    await renderer.close?.();
    renderer.prepare?.();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(counting.attempts()).toBe(0);
  });
});
