// Organisation page render benchmark: the time, in Chromium against the built app in browser mode, from navigating
// to #/organisations/<id> until its meetings are in the DOM and laid out — for an organisation with 200 meetings
// across 10 trips (plus notes and follow-ups with outcomes). It includes the organisations.page call, as a user
// waits for both. Median of several navigations after a warm-up. Target: ≤ 200 ms.
// The backend's share alone, over the 10-year history, is orgpage.bench.ts.
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { addCalendarDays, instantFromLocal } from '../../shared/domain/time';
import { chromiumArgs, chromiumPath, startServer, stopServer, type Server } from './calendar.bench';
import { percentile, report } from './report';
import type { BenchModule } from './module';

const RUNS = 9;
const TRIPS = 10;
const MEETINGS_PER_TRIP = 20;

/** One organisation met 200 times over 10 trips, with a note on every 5th meeting and a follow-up per trip. */
async function seed(server: Server): Promise<string> {
  const org = (await server.call('organisations.create', { name: { en: 'Benchmark Holdings', zhHant: '基準控股', zhHans: '基准控股' }, sector: 'Fintech', stage: 'engaged' })) as { id: string };
  for (let t = 0; t < TRIPS; t++) {
    const startDate = addCalendarDays('2022-03-07', t * 120);
    const endDate = addCalendarDays(startDate, 4);
    const leg = { city: 'Shanghai', country: 'China', timeZone: 'Asia/Shanghai', startDate, endDate };
    const trip = (await server.call('trips.create', { title: `Mission ${t + 1}`, startDate, endDate, legs: [leg] })) as { id: string };
    const events = await Promise.all(
      Array.from({ length: MEETINGS_PER_TRIP }, (_, i) => {
        const start = instantFromLocal(addCalendarDays(startDate, i % 5), `${String(9 + Math.floor(i / 5) * 2).padStart(2, '0')}:00`, 'Asia/Shanghai');
        const end = new Date(Date.parse(start) + 60 * 60_000).toISOString();
        const input = { tripId: trip.id, title: `Meeting ${t + 1}.${i + 1} with Benchmark Holdings`, start, end, timeZone: 'Asia/Shanghai', organisationIds: [org.id] };
        return server.call('events.create', input) as Promise<{ id: string }>;
      }),
    );
    await Promise.all(
      events
        .filter((_, i) => i % 5 === 0)
        .map((e, i) => server.call('notes.save', { tripId: trip.id, eventId: e.id, body: `## Meeting ${i + 1}\n- Objectives: landing in Hong Kong\n- 討論落戶香港的安排` })),
    );
    await server.call('followups.create', { tripId: trip.id, title: `Follow up mission ${t + 1}`, organisationId: org.id, outcome: { investmentHkd: 10_000_000, jobs: 5 } });
  }
  return org.id;
}

/** Navigates by hash and times, in the page, until the meetings list has its rows and layout is done. */
async function timeOpen(page: Page, orgId: string): Promise<number> {
  return page.evaluate(async (id) => {
    const started = performance.now();
    location.hash = `#/organisations/${id}`;
    const deadline = started + 10_000;
    while (document.querySelectorAll('.org-section--meetings .org-list__item').length === 0) {
      if (performance.now() > deadline) throw new Error('the organisation page showed no meetings');
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    void document.body.getBoundingClientRect(); // force style and layout, so they are inside the measure
    return performance.now() - started;
  }, orgId);
}

async function leave(page: Page): Promise<void> {
  await page.evaluate(() => (location.hash = '#/trips'));
  await page.getByRole('heading', { level: 1, name: 'Trips' }).waitFor();
}

export const orgPageRenderBench: BenchModule = {
  name: 'organisation page render',
  async run() {
    const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'planner-bench-orgpage-'));
    const server = await startServer(dataDir);
    const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
    try {
      await server.call('samples.dismiss', {});
      const orgId = await seed(server);
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB', timezoneId: 'Asia/Hong_Kong' });
      const page = await context.newPage();
      await page.goto(server.url);
      await page.getByRole('heading', { level: 1, name: 'Trips' }).waitFor();
      const samples: number[] = [];
      for (let run = 0; run < RUNS + 1; run++) {
        const ms = await timeOpen(page, orgId);
        if (run > 0) samples.push(ms); // the first opening also loads code and warms the JIT
        const shown = await page.locator('.org-section--meetings .org-list__item').count();
        if (shown !== 50) throw new Error(`expected the newest 50 of 200 meetings, saw ${shown}`);
        await leave(page);
      }
      report(`organisation page render (${TRIPS * MEETINGS_PER_TRIP} meetings)`, percentile(samples, 50), 'ms');
    } finally {
      await browser.close();
      await stopServer(server);
      await fs.rm(dataDir, { recursive: true, force: true });
    }
  },
};
