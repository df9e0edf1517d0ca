// Browser mode's PdfRenderer: Chromium through playwright-core (the executable from PLANNER_CHROMIUM, default
// /usr/bin/chromium), printing the same HTML with the same header, footer and margins as Electron's printToPDF.
// One browser is started on the first export and kept warm, with an idle page, so later exports skip the launch;
// pages run with JavaScript off and no network, like Electron's hidden window. close() ends the browser.
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { PAGE_MARGINS_MM } from '../backend/export/pdf';
import type { PdfOptions, PdfRenderer } from '../backend/ports';

/** The flags the e2e tests use for the same Chromium (test/e2e/playwright.config.ts); headless is playwright's own. */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export interface BrowserPdfOptions {
  executablePath?: string;
  /** How long one page may take to load and print before the export fails. */
  timeoutMs?: number;
}

export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.PLANNER_CHROMIUM || '/usr/bin/chromium';
}

const mm = (n: number) => `${n}mm`;

export function createBrowserPdfRenderer({ executablePath = chromiumPath(), timeoutMs = 30_000 }: BrowserPdfOptions = {}): PdfRenderer {
  let starting: Promise<BrowserContext> | undefined;
  let browser: Browser | undefined;
  let closed = false;
  /** Pages that printed cleanly and can print again; one is enough for the usual one-at-a-time exports. */
  const idle: Page[] = [];

  function context(): Promise<BrowserContext> {
    if (closed) return Promise.reject(new Error('the PDF engine has been shut down'));
    starting ??= (async () => {
      const launched = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS, timeout: timeoutMs });
      browser = launched;
      // A crashed or killed browser is started afresh by the next export.
      launched.on('disconnected', () => {
        if (browser === launched) {
          browser = undefined;
          starting = undefined;
          idle.length = 0;
        }
      });
      return launched.newContext({ javaScriptEnabled: false, offline: true });
    })();
    // A failed launch is not remembered, so the next export tries again (e.g. after the user installs Chromium).
    starting.catch(() => (starting = undefined));
    return starting;
  }

  async function takePage(): Promise<Page> {
    const page = idle.pop();
    if (page && !page.isClosed()) return page;
    const created = await (await context()).newPage();
    created.setDefaultTimeout(timeoutMs);
    return created;
  }

  return {
    async render(html: string, options: PdfOptions): Promise<Uint8Array> {
      const page = await takePage();
      try {
        // Fonts are local and nothing is fetched, so 'load' is the whole wait; networkidle would only add idle time.
        await page.setContent(html, { waitUntil: 'load' });
        const pdf = await page.pdf({
          format: options.paper,
          printBackground: true,
          displayHeaderFooter: Boolean(options.headerTemplate || options.footerTemplate),
          headerTemplate: options.headerTemplate ?? '<span></span>',
          footerTemplate: options.footerTemplate ?? '<span></span>',
          margin: { top: mm(PAGE_MARGINS_MM.top), bottom: mm(PAGE_MARGINS_MM.bottom), left: mm(PAGE_MARGINS_MM.left), right: mm(PAGE_MARGINS_MM.right) },
        });
        if (idle.length === 0 && !closed) idle.push(page);
        else await page.close();
        return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
      } catch (error) {
        // A page that failed may be in any state; it is not reused.
        await page.close().catch(() => {});
        throw error;
      }
    },

    async close(): Promise<void> {
      closed = true;
      idle.length = 0;
      const pending = starting;
      starting = undefined;
      if (pending) await pending.catch(() => undefined);
      const running = browser;
      browser = undefined;
      await running?.close().catch(() => {});
    },
  };
}
