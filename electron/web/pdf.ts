// Browser mode's PdfRenderer: Chromium through playwright-core (the executable from PLANNER_CHROMIUM, default
// /usr/bin/chromium), printing the same HTML with the same header, footer and margins as Electron's printToPDF.
// One browser is kept warm, with an idle page, so exports after the first skip the launch; pages run with JavaScript
// off and no network, like Electron's hidden window. close() ends the browser.
//
// Start-up cost is paid off the user's path (docs/decisions/013-cold-paths.md): playwright-core is imported only when
// Chromium is first wanted (importing it costs ~0.4 s of the server's start), prepare() launches Chromium and opens a
// page ahead of the first export (the web server calls it once the first screen is served and the app is idle; an
// export calls it before building its HTML, so the launch overlaps that work), and a browser left unused for
// `idleCloseMs` is closed again, since Chromium holds over 100 MB in its own processes.
//
// A crash is not the user's problem (docs/decisions/022-warm-print-engine.md): a warm browser that dies unasked is
// launched again in the background (a few times at most, so a Chromium that cannot stay up is not relaunched in a
// loop), a warm page that crashes is replaced, and an export whose browser died under it is printed once more on a
// fresh one before any error is shown.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { PAGE_MARGINS_MM } from '../backend/export/pdf';
import type { PdfOptions, PdfRenderer } from '../backend/ports';

/** The flags the e2e tests use for the same Chromium (test/e2e/playwright.config.ts); headless is playwright's own. */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export interface BrowserPdfOptions {
  executablePath?: string;
  /** How long one page may take to load and print before the export fails. */
  timeoutMs?: number;
  /** A browser unused this long (no export, no prepare) is closed; the next export starts it again. Default 10 minutes. */
  idleCloseMs?: number;
  /** How long after a crash the browser is launched again (default 1 s: the crash's own clean-up goes first). */
  relaunchDelayMs?: number;
  /** Crashes within `crashWindowMs` after which no background relaunch is made (the next export still tries). */
  maxRelaunches?: number;
  crashWindowMs?: number;
  /** Test seam: starts the browser (default: playwright-core's chromium.launch, imported on first use). */
  launch?: (options: { executablePath: string; timeoutMs: number }) => Promise<Browser>;
}

async function launchChromium({ executablePath, timeoutMs }: { executablePath: string; timeoutMs: number }): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS, timeout: timeoutMs });
}

export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.PLANNER_CHROMIUM || '/usr/bin/chromium';
}

const mm = (n: number) => `${n}mm`;

export function createBrowserPdfRenderer(options: BrowserPdfOptions = {}): PdfRenderer {
  const { executablePath = chromiumPath(), timeoutMs = 30_000, idleCloseMs = 10 * 60_000, launch = launchChromium } = options;
  const { relaunchDelayMs = 1_000, maxRelaunches = 3, crashWindowMs = 5 * 60_000 } = options;
  /** When the browsers that died unasked died, within the last crashWindowMs. */
  let crashes: number[] = [];
  let relaunchTimer: NodeJS.Timeout | undefined;
  /** The warm-up document last given to prepare(), printed again on a page or browser that replaces a crashed one. */
  let lastWarmUp: { html: string; options: PdfOptions } | undefined;
  let starting: Promise<BrowserContext> | undefined;
  let browser: Browser | undefined;
  let closed = false;
  /** Pages that printed cleanly (or were opened by prepare) and can print; one is enough for one-at-a-time exports. */
  const idle: Page[] = [];
  /** The page prepare() is opening, which the next export takes instead of opening another. */
  let preparing: Promise<Page | undefined> | undefined;
  /** Exports waiting for the page prepare() is opening. */
  let exportsWaiting = 0;
  let rendering = 0;
  let idleTimer: NodeJS.Timeout | undefined;

  /** (Re)starts the countdown after which an unused browser is closed to give its memory back. */
  function touch(): void {
    clearTimeout(idleTimer);
    idleTimer = setTimeout(() => void closeIdleBrowser(), idleCloseMs);
    idleTimer.unref();
  }

  async function closeIdleBrowser(): Promise<void> {
    if (rendering > 0 || preparing || !browser) return;
    const running = browser;
    browser = undefined;
    starting = undefined;
    idle.length = 0;
    await running.close().catch(() => {});
  }

  function relaunchAfterCrash(): void {
    if (closed) return;
    const now = Date.now();
    crashes = [...crashes.filter((at) => now - at < crashWindowMs), now];
    if (crashes.length > maxRelaunches) return; // crashing over and over: the next export launches and says why
    clearTimeout(relaunchTimer);
    relaunchTimer = setTimeout(() => renderer.prepare?.(lastWarmUp), relaunchDelayMs);
    relaunchTimer.unref();
  }

  function context(): Promise<BrowserContext> {
    if (closed) return Promise.reject(new Error('the PDF engine has been shut down'));
    starting ??= (async () => {
      const launched = await launch({ executablePath, timeoutMs });
      if (closed) {
        await launched.close().catch(() => {});
        throw new Error('the PDF engine has been shut down');
      }
      browser = launched;
      // A browser that dies unasked (crashed, killed) is forgotten and warmed again; one closed on purpose (idle,
      // quit) is no longer `browser` by the time it disconnects.
      launched.on('disconnected', () => {
        if (browser !== launched) return;
        browser = undefined;
        starting = undefined;
        idle.length = 0;
        relaunchAfterCrash();
      });
      return launched.newContext({ javaScriptEnabled: false, offline: true });
    })();
    // A failed launch is not remembered, so the next export tries again (e.g. after the user installs Chromium).
    starting.catch(() => (starting = undefined));
    return starting;
  }

  async function openPage(): Promise<Page> {
    const created = await (await context()).newPage();
    created.setDefaultTimeout(timeoutMs);
    // A warm page whose renderer process crashed cannot print: it leaves the pool and another is warmed.
    created.on('crash', () => {
      const at = idle.indexOf(created);
      if (at < 0) return;
      idle.splice(at, 1);
      void created.close().catch(() => {});
      renderer.prepare?.(lastWarmUp);
    });
    return created;
  }

  async function takePage(): Promise<Page> {
    // A page prepare() is opening is this export's (a failed one is not: the export then tries itself, and says why).
    if (preparing) {
      exportsWaiting++;
      try {
        await preparing;
      } finally {
        exportsWaiting--;
      }
    }
    const page = idle.pop();
    if (page && !page.isClosed()) return page;
    return openPage();
  }

  /** Prints on one page, as Electron's printToPDF would: same paper, margins, header and footer. */
  async function printOn(page: Page, html: string, options: PdfOptions): Promise<Buffer> {
    // Fonts are local and nothing is fetched, so 'load' is the whole wait; networkidle would only add idle time.
    await page.setContent(html, { waitUntil: 'load' });
    return page.pdf({
      format: options.paper,
      printBackground: true,
      // The document's own page-margin boxes carry the header and footer (export/pdf/templates.ts).
      displayHeaderFooter: false,
      margin: { top: mm(PAGE_MARGINS_MM.top), bottom: mm(PAGE_MARGINS_MM.bottom), left: mm(PAGE_MARGINS_MM.left), right: mm(PAGE_MARGINS_MM.right) },
    });
  }

  /** Prints on a warm (or new) page; an error says whether the browser itself went away (a crash, not a bad page). */
  async function printPage(html: string, options: PdfOptions): Promise<Uint8Array> {
    const page = await takePage();
    try {
      const pdf = await printOn(page, html, options);
      if (idle.length === 0 && !closed) idle.push(page);
      else await page.close();
      return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
    } catch (error) {
      // A page that failed may be in any state; it is not reused.
      await page.close().catch(() => {});
      if (error instanceof Error) Object.assign(error, { browserDied: page.context().browser()?.isConnected() === false });
      throw error;
    }
  }

  /** Prints; if the browser died under the export, prints once more on a fresh one before the user sees an error. */
  async function printOnFreshBrowserIfItDied(html: string, options: PdfOptions): Promise<Uint8Array> {
    try {
      return await printPage(html, options);
    } catch (error) {
      if (closed || !(error as { browserDied?: boolean }).browserDied) throw error;
      clearTimeout(relaunchTimer); // this export launches it now
      return printPage(html, options);
    }
  }

  const renderer: PdfRenderer = {
    prepare(warmUp): void {
      lastWarmUp = warmUp ?? lastWarmUp;
      if (closed || preparing || idle.length > 0) return;
      touch();
      preparing = openPage().then(
        async (page) => {
          // Printed and discarded; a warm-up print that fails only leaves the first export that first time.
          // Skipped when an export is already waiting for this page: it would only wait longer.
          if (warmUp && exportsWaiting === 0) await printOn(page, warmUp.html, warmUp.options).catch(() => undefined);
          if (closed) void page.close().catch(() => {});
          else idle.push(page);
          return page;
        },
        // A warm-up that fails is forgotten: printing launches again and reports the failure to the user then.
        () => undefined,
      );
      void preparing.finally(() => (preparing = undefined));
    },

    async render(html: string, options: PdfOptions): Promise<Uint8Array> {
      rendering++;
      touch();
      try {
        return await printOnFreshBrowserIfItDied(html, options);
      } finally {
        rendering--;
        touch();
      }
    },

    async close(): Promise<void> {
      closed = true;
      clearTimeout(idleTimer);
      clearTimeout(relaunchTimer);
      idle.length = 0;
      await preparing;
      const pending = starting;
      starting = undefined;
      if (pending) await pending.catch(() => undefined);
      const running = browser;
      browser = undefined;
      await running?.close().catch(() => {});
    },
  };
  return renderer;
}
