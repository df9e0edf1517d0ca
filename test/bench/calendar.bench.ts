// Calendar benchmark: how long the itinerary calendar takes to render a busy month (500 events) and a busy week
// (200 events) in Chromium, against the built app in browser mode. Measured in the page with performance.now() from
// the click on the view's button until the events are in the DOM and laid out; median of several switches.
// Target: ≤ 200 ms each.
import { spawn, type ChildProcess } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { instantFromLocal, addCalendarDays } from '../../shared/domain/time';
import { prng } from './history';
import { percentile, report } from './report';
import type { BenchModule } from './module';

const RUNS = 7;
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
// The same headless flags as test/e2e/playwright.config.ts.
export const chromiumArgs = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
/** Debian's Chromium unless PLANNER_CHROMIUM names another, as in the end-to-end tests. */
export const chromiumPath = (): string => process.env.PLANNER_CHROMIUM || '/usr/bin/chromium';
const kinds = ['meeting', 'seminar', 'signing', 'site-visit', 'meal', 'press', 'internal'] as const;

export interface Server {
  child: ChildProcess;
  url: string;
  call: (method: string, input: unknown) => Promise<unknown>;
}

/** Stops the server as Ctrl+C would (it saves what is pending) and waits until it has exited. */
export async function stopServer(server: Server): Promise<void> {
  server.child.kill('SIGTERM');
  await new Promise((resolve) => server.child.once('exit', resolve));
}

export async function startServer(dataDir: string): Promise<Server> {
  const child = spawn(process.execPath, [path.join(root, 'dist-electron/web.mjs'), '--data-dir', dataDir, '--port', '0'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let errors = '';
  child.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /http:\/\/127\.0\.0\.1:\d+\/#token=[A-Za-z0-9_.~-]+/.exec(out);
      if (match) resolve(match[0]);
    });
    child.once('exit', (code) => reject(new Error(`the server exited (${code}) before printing its address: ${out}${errors}`)));
  });
  const base = new URL(url);
  const token = base.hash.replace('#token=', '');
  const call = async (method: string, input: unknown): Promise<unknown> => {
    const response = await fetch(`${base.origin}/api/${method}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', Origin: base.origin },
      body: JSON.stringify(input),
    });
    const reply = (await response.json()) as { ok: boolean; result?: unknown; error?: { message: string } };
    if (!reply.ok) throw new Error(`${method}: ${reply.error?.message}`);
    return reply.result;
  };
  return { child, url, call };
}

/** A trip of `days` days in Shanghai with `count` events spread over it, 08:00–20:00 local, 30–120 minutes long. */
async function seedTrip(server: Server, title: string, startDate: string, days: number, count: number): Promise<string> {
  const endDate = addCalendarDays(startDate, days - 1);
  const leg = { city: 'Shanghai', country: 'China', timeZone: 'Asia/Shanghai', startDate, endDate };
  const trip = (await server.call('trips.create', { title, startDate, endDate, homeTimeZone: 'Asia/Hong_Kong', legs: [leg] })) as { id: string };
  const random = prng(days * 1000 + count);
  const inputs = Array.from({ length: count }, (_, i) => {
    const date = addCalendarDays(startDate, i % days);
    const minutes = 8 * 60 + Math.floor(random() * 24) * 30;
    const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
    const start = instantFromLocal(date, time, 'Asia/Shanghai');
    const end = new Date(Date.parse(start) + (1 + Math.floor(random() * 4)) * 30 * 60_000).toISOString();
    const status = i % 9 === 0 ? 'tentative' : i % 23 === 0 ? 'cancelled' : 'confirmed';
    return { tripId: trip.id, title: `Meeting ${i + 1}`, kind: kinds[i % kinds.length], start, end, timeZone: 'Asia/Shanghai', status };
  });
  for (let i = 0; i < inputs.length; i += 25) await Promise.all(inputs.slice(i, i + 25).map((e) => server.call('events.create', e)));
  return trip.id;
}

/** Clicks a view's button and times, in the page, until events are in the DOM and laid out. */
async function timeViewSwitch(page: Page, view: string): Promise<number> {
  return page.evaluate(async (name) => {
    const button = [...document.querySelectorAll<HTMLButtonElement>('.itin-toolbar__view')].find((b) => b.textContent?.trim() === name);
    if (!button) throw new Error(`no ${name} button`);
    const started = performance.now();
    button.click();
    const deadline = started + 10_000;
    while (button.getAttribute('aria-pressed') !== 'true' || document.querySelectorAll('.rbc-event').length === 0) {
      if (performance.now() > deadline) throw new Error(`the ${name} view showed no events`);
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    void document.body.getBoundingClientRect(); // force style and layout, so they are inside the measure
    return performance.now() - started;
  }, view);
}

async function measure(page: Page, tripId: string, view: string, away: string): Promise<number> {
  await page.evaluate((id) => (location.hash = `#/trips/${id}/itinerary`), tripId);
  await page.locator(`.itin-toolbar__view[aria-pressed="true"]`).waitFor();
  await page.locator('.rbc-event').first().waitFor();
  const samples: number[] = [];
  for (let run = 0; run < RUNS + 1; run++) {
    await timeViewSwitch(page, away);
    const ms = await timeViewSwitch(page, view);
    if (run > 0) samples.push(ms); // the first switch also loads code and warms the JIT
  }
  return percentile(samples, 50);
}

export const calendarBench: BenchModule = {
  name: 'calendar',
  async run() {
    const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'planner-bench-calendar-'));
    const server = await startServer(dataDir);
    const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
    try {
      await server.call('samples.dismiss', {});
      const monthTrip = await seedTrip(server, 'Busy month', '2027-05-01', 31, 500);
      const weekTrip = await seedTrip(server, 'Busy week', '2027-06-07', 7, 200);
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB', timezoneId: 'Asia/Hong_Kong' });
      const page = await context.newPage();
      await page.goto(server.url);
      await page.getByRole('heading', { level: 1, name: 'Trips' }).waitFor();
      report('calendar month view render (500 events)', await measure(page, monthTrip, 'Month', 'Day'), 'ms');
      report('calendar week view render (200 events)', await measure(page, weekTrip, 'Week', 'Day'), 'ms');
    } finally {
      await browser.close();
      await stopServer(server);
      await fs.rm(dataDir, { recursive: true, force: true });
    }
  },
};
