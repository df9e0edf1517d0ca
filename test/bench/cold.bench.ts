// Cold paths a user feels, each the first of its kind after the app starts, in fresh processes on the 10-year
// history (plus its 200-event trip): start to first screen (the built app in browser mode, in Chromium: see
// startToFirstScreen for what is on the clock, and decision 025 for why it is measured so), opening the
// 200-event trip (trips.get, what the trip page asks for first), and the first itinerary PDF of that trip (browser
// mode's renderer, Chromium's launch included). Targets (issue 12): ≤ 500, ≤ 300 and ≤ 1000 ms.
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath, startServer, stopServer } from './calendar.bench';
import { launchRawChromium, paintedAtExpression, type RawBrowser } from './cdp';
import { fixture } from './fixture';
import type { BenchModule } from './module';
import { runPair, runProbe, USER_PAUSE_MS } from './probes';
import { reportSpread } from './report';
import { scoreboard, summarize } from './targets';

const RUNS = 7;
const RUNS_AS_BEFORE = 5;
const PDF_RUNS = 3;
/** The window the address is opened in was opened this long before: a person's browser has been open a while. */
const WINDOW_OPEN_FOR_MS = 3_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * From spawning the server (`node dist-electron/web.mjs`, a fresh process) until the trip list is painted. The
 * browser is already running with a window open, as a person's is, and each run's window is a fresh browser context
 * (no cache, no storage). When the server prints its address, the address is opened in a new tab of that window (as
 * a link opened from the terminal is), and the figure is when the browser painted the list's count line, which it
 * records itself (Element Timing: the app marks the line `elementtiming="first-screen"`); the bench does not
 * instrument the page, and reads that record afterwards. Also kept: the server's start until it printed its address.
 */
async function startToFirstScreen(dataDir: string): Promise<{ total: number[]; address: number[] }> {
  // Chromium's own language and zone are the reader's: British English, Hong Kong.
  const browser = await launchRawChromium(chromiumPath(), [...chromiumArgs, '--lang=en-GB'], { TZ: 'Asia/Hong_Kong' });
  const total: number[] = [];
  const address: number[] = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      const { browserContextId } = await browser.send('Target.createBrowserContext', { disposeOnDetach: true });
      try {
        await browser.send('Target.createTarget', { url: 'about:blank', browserContextId, width: 1280, height: 800 });
        await sleep(WINDOW_OPEN_FOR_MS);
        const started = Date.now();
        const server = await startServer(dataDir);
        const addressAt = Date.now();
        try {
          const { targetId } = await browser.send('Target.createTarget', { url: server.url, browserContextId, newWindow: false });
          const { sessionId } = await browser.send('Target.attachToTarget', { targetId, flatten: true });
          const paintedAt = await whenPainted(browser, sessionId as string, new URL(server.url).origin);
          if (paintedAt < addressAt) throw new Error(`the list was painted ${addressAt - paintedAt} ms before the address was printed: the clocks disagree`);
          total.push(paintedAt - started);
          address.push(addressAt - started);
        } finally {
          await stopServer(server);
        }
      } finally {
        await browser.send('Target.disposeBrowserContext', { browserContextId });
      }
    }
  } finally {
    await browser.close();
  }
  return { total, address };
}

/** Asks the tab, once the app's page is in it, when the browser painted its first screen (epoch ms). */
async function whenPainted(browser: RawBrowser, sessionId: string, origin: string): Promise<number> {
  const expression = `location.origin === ${JSON.stringify(origin)} ? ${paintedAtExpression('first-screen')} : null`;
  const giveUpAt = Date.now() + 120_000;
  while (Date.now() < giveUpAt) {
    // Before the page is in the tab this answers null, or fails as the blank document it ran in goes away.
    const reply = await browser.send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true }, sessionId).catch(() => undefined);
    const value = (reply?.result as { value?: unknown } | undefined)?.value;
    if (typeof value === 'number') return value;
    await sleep(25);
  }
  throw new Error('the trip list was not painted within 120 s');
}

/**
 * How this figure was measured until now, kept for comparison: Playwright opens a new window (a context and a page)
 * after the address is printed, and the clock stops when Playwright next sees the count line in the DOM. That adds
 * Playwright's set-up of each page, the browser's building of a new window's own pages (Chromium 156 loads its
 * address bar's drop-down as web pages in every new window) and the time until Playwright looks.
 */
async function startToFirstScreenAsBefore(dataDir: string): Promise<number[]> {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
  const samples: number[] = [];
  try {
    for (let i = 0; i < RUNS_AS_BEFORE; i++) {
      const started = performance.now();
      const server = await startServer(dataDir);
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB', timezoneId: 'Asia/Hong_Kong' });
      try {
        const page = await context.newPage();
        await page.goto(server.url);
        await page.locator('.page__subtitle').waitFor({ timeout: 120_000 });
        samples.push(performance.now() - started);
      } finally {
        await context.close();
        await stopServer(server);
      }
    }
  } finally {
    await browser.close();
  }
  return samples;
}

export const coldBench: BenchModule = {
  name: 'cold paths',
  async run() {
    const f = await fixture(10);
    const runs = await startToFirstScreen(f.dataDir);
    const screen = summarize(runs.total);
    scoreboard.check('start to first screen (10-year)', screen.median, 'ms', screen);
    reportSpread('of which the server until it printed its address (no target)', summarize(runs.address), 'ms');
    const before = summarize(await startToFirstScreenAsBefore(f.dataDir));
    reportSpread('start to first screen measured as before (Playwright opens a new window after the address and watches the page; no target)', before, 'ms');
    const trip = await runProbe('app-trip', [f.dataDir], RUNS);
    if (trip.some((r) => r.events !== 200)) throw new Error(`trips.get returned ${trip.map((r) => r.events).join('/')} events, expected 200`);
    const open = summarize(trip.map((r) => r.ms));
    scoreboard.check('open 200-event trip first after start (10-year)', open.median, 'ms', open);
    const ab = await runPair(['app-pdf-after-first-screen', [f.dataDir, 'off']], ['app-pdf-after-first-screen', [f.dataDir, 'on']], PDF_RUNS);
    const pace = `${USER_PAUSE_MS / 1000} s on the list, ${USER_PAUSE_MS / 1000} s on the trip`;
    reportSpread(`first itinerary PDF after start, Chromium not warmed (A; ${pace})`, summarize(ab.a.map((r) => r.ms)), 'ms');
    const pdf = summarize(ab.b.map((r) => r.ms));
    reportSpread(`first itinerary PDF after start, warmed when idle (B; ${pace})`, pdf, 'ms');
    scoreboard.check('first itinerary PDF after start', pdf.median, 'ms', pdf);
    const instant = summarize((await runProbe('app-pdf', [f.dataDir], PDF_RUNS)).map((r) => r.ms));
    reportSpread('first itinerary PDF at the instant of start (no idle moment; Chromium launch included)', instant, 'ms');
  },
};
