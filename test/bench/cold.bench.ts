// Cold paths a user feels, each the first of its kind after the app starts, in fresh processes on the 10-year
// history (plus its 200-event trip): start to first screen (the built app in browser mode, in Chromium), opening the
// 200-event trip (trips.get, what the trip page asks for first), and the first itinerary PDF of that trip (browser
// mode's renderer, Chromium's launch included). Targets (issue 12): ≤ 500, ≤ 300 and ≤ 1000 ms.
import { chromium } from 'playwright-core';
import { chromiumArgs, startServer } from './calendar.bench';
import { fixture } from './fixture';
import type { BenchModule } from './module';
import { runPair, runProbe, USER_PAUSE_MS } from './probes';
import { reportSpread } from './report';
import { scoreboard, summarize } from './targets';

const RUNS = 5;
const PDF_RUNS = 3;

/**
 * From spawning the server (`node dist-electron/web.mjs`, a fresh process) until the trip list is on screen. The
 * browser is already running, as a user's would be; each run gets a fresh context (no cache, no storage). Also kept
 * apart, for the closing note, the three parts of each run: the server's start until it printed its address,
 * Chromium opening the new tab (a context and a page, no app code yet), and what came after (the app's page, its
 * script and the list).
 */
async function startToFirstScreen(dataDir: string): Promise<{ total: number[]; address: number[]; tab: number[]; afterPage: number[] }> {
  const browser = await chromium.launch({ executablePath: process.env.PLANNER_CHROMIUM || '/usr/bin/chromium', args: chromiumArgs });
  const samples: number[] = [];
  const address: number[] = [];
  const tab: number[] = [];
  const afterPage: number[] = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      const started = performance.now();
      const server = await startServer(dataDir);
      const addressAt = performance.now();
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB', timezoneId: 'Asia/Hong_Kong' });
      try {
        const page = await context.newPage();
        const pageAt = performance.now();
        await page.goto(server.url);
        // The first screen is there when the list shows its trips (the count under the heading comes with them).
        await page.locator('.page__subtitle').waitFor({ timeout: 120_000 });
        samples.push(performance.now() - started);
        afterPage.push(performance.now() - pageAt);
        address.push(addressAt - started);
        tab.push(pageAt - addressAt);
      } finally {
        await context.close();
        server.child.kill('SIGTERM');
        await new Promise((resolve) => server.child.once('exit', resolve));
      }
    }
  } finally {
    await browser.close();
  }
  return { total: samples, address, tab, afterPage };
}

export const coldBench: BenchModule = {
  name: 'cold paths',
  async run() {
    const f = await fixture(10);
    const runs = await startToFirstScreen(f.dataDir);
    const screen = summarize(runs.total);
    scoreboard.check('start to first screen (10-year)', screen.median, 'ms', screen);
    reportSpread('of which the server until it printed its address (no target)', summarize(runs.address), 'ms');
    reportSpread('of which Chromium opening the new tab (its context and page, before the address is loaded: no app code; no target)', summarize(runs.tab), 'ms');
    reportSpread('of which after Chromium had the new tab open (the page, its script, the list; no target)', summarize(runs.afterPage), 'ms');
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
