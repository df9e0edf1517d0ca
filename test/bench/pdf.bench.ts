// Itinerary PDF benchmark: export.itineraryPdf through backend.dispatch with the browser-mode PdfRenderer (Chromium via
// playwright-core) for a 10-day, 60-event trip with venues in English and Chinese, counterparts and a delegation.
// Cold = the first export, including Chromium's launch; warm = the median of later exports (browser and page kept).
// Targets: ≤ 1 s cold, ≤ 300 ms warm. Then a driver's sheet (export.driverSheetPdf) for one car's day of 4 rides with
// 4 passengers each, timed warm (no target set by the issue; the median and spread of the runs are printed).
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createBackend, type Backend, type LocalBackend } from '../../electron/backend';
import { createBrowserPdfRenderer } from '../../electron/web/pdf';
import { addCalendarDays, instantFromLocal } from '../../shared/domain/time';
import { collectGarbage, percentile, report, reportSpread } from './report';
import { summarize } from './targets';
import type { BenchModule } from './module';

const DAYS = 10;
const EVENTS_PER_DAY = 6;
const WARM_RUNS = 9;
const START = '2026-03-02';
const ZONE = 'Asia/Shanghai';
const kinds = ['meeting', 'site-visit', 'meal', 'seminar', 'meeting', 'internal'] as const;

async function call<T>(backend: Backend, method: string, input: unknown): Promise<T> {
  const reply = await backend.dispatch(method, input);
  if (!reply.ok) throw new Error(`${method} failed: ${reply.error.message}`);
  return reply.result as T;
}

/** A car with its driver and 4 rides a day, each taking 4 members to one of the day's events. */
async function seedCar(backend: Backend, tripId: string): Promise<string> {
  const car = await call<{ id: string }>(backend, 'vehicles.create', {
    tripId,
    label: 'Car 1',
    seats: 4,
    plate: '沪A·12345',
    driver: { name: { en: 'Wang Lei', zh: '王磊' }, phone: '+86 139 0000 0000' },
  });
  const { events, members } = await call<{ events: { id: string; start: string; title: string }[]; members: { id: string }[] }>(backend, 'trips.get', { id: tripId });
  const firstDay = events.filter((e) => e.start.startsWith(START)).slice(0, 4);
  for (const [i, event] of firstDay.entries()) {
    await call(backend, 'rides.create', {
      tripId,
      vehicleId: car.id,
      pickUpAt: new Date(Date.parse(event.start) - 30 * 60_000).toISOString(),
      timeZone: ZONE,
      from: { name: { en: 'Hotel lobby', zh: '酒店大堂' }, address: { en: `${i + 1} Nanjing Road, Shanghai`, zh: `上海市黄浦区南京东路${i + 1}号` } },
      eventId: event.id,
      memberIds: members.slice(0, 4).map((m) => m.id),
    });
  }
  return car.id;
}

async function driverSheetOnce(backend: LocalBackend, tripId: string, vehicleId: string): Promise<number> {
  const started = performance.now();
  const file = await call<{ id: string }>(backend, 'export.driverSheetPdf', { tripId, vehicleId, date: START });
  const ms = performance.now() - started;
  if (!Buffer.from(backend.heldFile(file.id).bytes.subarray(0, 5)).equals(Buffer.from('%PDF-'))) throw new Error('not a PDF');
  backend.releaseFile(file.id);
  return ms;
}

/** A trip of 10 days in two legs with 6 events a day, each with a venue, an address in Chinese and a counterpart. */
async function seed(backend: Backend): Promise<string> {
  const members: string[] = [];
  for (let i = 1; i <= 6; i++) {
    const m = await call<{ id: string }>(backend, 'members.create', { name: { en: `Member ${i}`, zhHant: `團員${i}` }, title: 'Director', rank: i, organisation: 'OASES' });
    members.push(m.id);
  }
  const orgs: string[] = [];
  const contacts: string[] = [];
  for (let i = 1; i <= 20; i++) {
    const o = await call<{ id: string }>(backend, 'organisations.create', { name: { en: `Company ${i} Technology Ltd`, zhHant: `第${i}科技有限公司` }, kind: 'company' });
    orgs.push(o.id);
    const c = await call<{ id: string }>(backend, 'contacts.create', { name: { en: `Contact ${i}` }, title: 'Chief Executive Officer', organisationId: o.id, email: `ceo${i}@example.com`, phone: '+86 21 5555 0000' });
    contacts.push(c.id);
  }
  const trip = await call<{ id: string }>(backend, 'trips.create', {
    title: 'Benchmark delegation to Shanghai and Hangzhou',
    purpose: 'Meet AI, fintech and life-science companies considering Hong Kong.',
    organisingBody: 'Office for Attracting Strategic Enterprises (OASES)',
    startDate: START,
    endDate: addCalendarDays(START, DAYS - 1),
    legs: [
      { city: 'Shanghai', country: 'China', timeZone: ZONE, startDate: START, endDate: addCalendarDays(START, 4) },
      { city: 'Hangzhou', country: 'China', timeZone: ZONE, startDate: addCalendarDays(START, 5), endDate: addCalendarDays(START, DAYS - 1) },
    ],
    memberIds: members,
  });
  for (let d = 0; d < DAYS; d++) {
    const date = addCalendarDays(START, d);
    for (let e = 0; e < EVENTS_PER_DAY; e++) {
      const n = d * EVENTS_PER_DAY + e;
      const hour = String(8 + e * 2).padStart(2, '0');
      await call(backend, 'events.create', {
        tripId: trip.id,
        kind: kinds[e],
        title: `Meeting ${n + 1} with Company ${(n % 20) + 1} on AI and data`,
        start: instantFromLocal(date, `${hour}:00`, ZONE),
        end: instantFromLocal(date, `${hour}:45`, ZONE),
        timeZone: ZONE,
        venue: { en: `Tower ${n + 1}, Lujiazui`, zh: `陸家嘴第${n + 1}大廈` },
        address: { en: `${n + 1} Century Avenue, Pudong, Shanghai`, zh: `上海市浦東新區世紀大道${n + 1}號` },
        memberIds: members.slice(0, 3 + (n % 4)),
        organisationIds: [orgs[n % 20]],
        contactIds: [contacts[n % 20]],
        status: 'confirmed',
        description: 'Courtesy call, company presentation and a discussion of setting up in Hong Kong.',
      });
    }
  }
  return trip.id;
}

async function exportOnce(backend: LocalBackend, tripId: string): Promise<number> {
  const started = performance.now();
  const file = await call<{ id: string }>(backend, 'export.itineraryPdf', { tripId });
  const ms = performance.now() - started;
  // The export answers a handle; the bytes stay in the backend until saved.
  if (!Buffer.from(backend.heldFile(file.id).bytes.subarray(0, 5)).equals(Buffer.from('%PDF-'))) throw new Error('not a PDF');
  backend.releaseFile(file.id);
  return ms;
}

export const pdfBench: BenchModule = {
  name: 'itinerary PDF',
  async run() {
    const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'planner-bench-pdf-'));
    const backend = await createBackend({ dataDir, clock: { now: () => Date.now() }, ports: { pdf: createBrowserPdfRenderer() } });
    try {
      const tripId = await seed(backend);
      collectGarbage();
      report(`itinerary PDF ${DAYS} days ${DAYS * EVENTS_PER_DAY} events (cold)`, await exportOnce(backend, tripId), 'ms');
      const warm: number[] = [];
      for (let i = 0; i < WARM_RUNS; i++) warm.push(await exportOnce(backend, tripId));
      report(`itinerary PDF ${DAYS} days ${DAYS * EVENTS_PER_DAY} events (warm)`, percentile(warm, 50), 'ms');
      const vehicleId = await seedCar(backend, tripId);
      const sheets: number[] = [];
      for (let i = 0; i < WARM_RUNS; i++) sheets.push(await driverSheetOnce(backend, tripId, vehicleId));
      reportSpread("driver's sheet PDF", summarize(sheets, 'exports'), 'ms');
    } finally {
      await backend.close();
      await fs.rm(dataDir, { recursive: true, force: true });
    }
  },
};
