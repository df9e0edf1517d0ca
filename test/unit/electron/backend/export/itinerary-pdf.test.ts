// The itinerary PDF end to end in the backend: the sample trips printed by the real browser-mode PdfRenderer
// (Chromium through playwright-core), read back with pdftotext: every event shown with its local time, the Chinese
// addresses, page numbers and the trip title on every page, restricted briefing text only when asked for, and a
// title full of markup printed as text. Page 1 and a day page are turned into PNGs in /tmp/shots5 for a person.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportFile, TripDetail } from '../../../../../shared/contract';
import { localParts } from '../../../../../shared/domain/time';
import { createBrowserPdfRenderer } from '../../../../../electron/web/pdf';
import { openTestBackend, type TestBackend } from '../backend-fixture';
import { flat, pdfPages, pdfPngs, pdfText } from './pdf/pdf-text';

const shots = '/tmp/shots5';
const RESTRICTED = 'Restricted: the Secretary may raise the visa quota privately';
const OPEN_BRIEF = 'Objective: agree the internship numbers for 2026';
const ORG_RESTRICTED = 'Organisation-secret: board is split on the Hong Kong office';
const NASTY_TITLE = `HKSTP & "Partners" <script>alert(1)</script> in Beijing`;

let t: TestBackend;
let detail: TripDetail;
let dir: string;

async function exportPdf(name: string, input: { language?: 'en' | 'zh-Hant'; paper?: 'A4' | 'Letter'; includeRestricted?: boolean; includeNotes?: boolean } = {}): Promise<string> {
  const file = (await t.call('export.itineraryPdf', { tripId: detail.trip.id, ...input })) as ExportFile;
  expect(file.mime).toBe('application/pdf');
  const bytes = t.bytesOf(file);
  expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
  const out = path.join(dir, name);
  await writeFile(out, bytes);
  return out;
}

beforeAll(async () => {
  t = await openTestBackend(undefined, { pdf: createBrowserPdfRenderer() });
  dir = t.dir;
  const { loaded } = await t.call('samples.load', {});
  const trip = loaded.find((x) => x.sampleKey === 'hkstp-beijing-2025')!;
  detail = await t.call('trips.get', { id: trip.id });
  // A restricted and an open briefing field on the PKU meeting; a restricted organisation briefing; one event cancelled.
  const pku = detail.events.find((e) => e.title.startsWith('Meeting with Peking University'))!;
  await t.call('events.update', {
    id: pku.id,
    tripId: trip.id,
    patch: { briefing: { ...pku.briefing, objectives: { text: OPEN_BRIEF, restricted: false }, talkingPoints: { text: RESTRICTED, restricted: true } } },
  });
  const org = detail.organisations[0]!;
  await t.call('organisations.update', { id: org.id, patch: { briefing: { ...org.briefing, background: { text: ORG_RESTRICTED, restricted: true } } } });
  const lunch = detail.events.find((e) => e.title === 'Lunch')!;
  await t.call('events.update', { id: lunch.id, tripId: trip.id, patch: { status: 'cancelled' } });
  detail = await t.call('trips.get', { id: trip.id });
}, 60_000);

afterAll(() => t?.close());

describe('itinerary PDF of a sample trip (real Chromium)', () => {
  let file: string;
  let text: string;
  let pages: number;

  beforeAll(async () => {
    file = await exportPdf('itinerary-en.pdf');
    text = await pdfText(file);
    pages = await pdfPages(file);
    await pdfPngs(file, path.join(shots, 'itinerary-en-page'), 1, 3);
  }, 60_000);

  it('shows every event that is not cancelled, on a page with its local start time', async () => {
    const shown = detail.events.filter((e) => e.status !== 'cancelled');
    expect(shown.length).toBeGreaterThan(8);
    const pageTexts = await Promise.all(Array.from({ length: pages }, (_, i) => pdfText(file, { page: i + 1, layout: false }).then(flat)));
    for (const event of shown) {
      // The start of the title: a long one wraps beside the time column, whose text pdftotext may put in between.
      const title = flat(event.title).slice(0, 40);
      const page = pageTexts.findIndex((p) => p.includes(title));
      expect(page, `"${event.title}" is in the PDF`).toBeGreaterThanOrEqual(0);
      expect(pageTexts[page], `"${event.title}" at ${localParts(event.start, event.timeZone).time}`).toContain(localParts(event.start, event.timeZone).time);
    }
    expect(text).toContain('09:30–10:45');
  });

  it('leaves cancelled events out and says so on the cover', async () => {
    expect(flat(text)).not.toMatch(/\bLunch\b/);
    expect(flat(await pdfText(file, { page: 1 }))).toContain('1 cancelled event is left out of this itinerary.');
  });

  it('names each day’s zone and gives travel departures and arrivals in their own zones', () => {
    expect(text).toContain('Times in Beijing (GMT+8)');
    expect(flat(text)).toMatch(/Departs 09:00 Hong Kong \(GMT\+8\)/);
    expect(flat(text)).toMatch(/Arrives 12:20 Beijing \(GMT\+8\)/);
  });

  it('prints the venues’ Chinese names and addresses for the drivers', () => {
    expect(text).toContain('北京大学');
    expect(text).toContain('北京市海淀区颐和园路5号');
    expect(text).toContain('香港國際機場');
  });

  it('has the delegation in order of precedence with titles, and a contacts sheet', () => {
    const cover = flat(text.slice(0, text.indexOf('Page 1 of')));
    expect(cover.indexOf('Albert Wong')).toBeLessThan(cover.indexOf('Fanny Wong'));
    expect(cover.indexOf('Fanny Wong')).toBeLessThan(cover.indexOf('Derek Chim'));
    expect(cover).toContain('Chief Executive Officer');
    const last = flat(text.slice(text.lastIndexOf('Contacts')));
    expect(last).toContain('Eunice Chan');
    expect(last).toContain('Assistant Director');
  });

  it('numbers the pages and carries the trip title on every page', async () => {
    expect(pages).toBeGreaterThan(3);
    expect(text).toContain(`Page 1 of ${pages}`);
    for (let page = 1; page <= pages; page++) {
      const one = await pdfText(file, { page });
      expect(one, `page ${page}`).toContain(detail.trip.title);
      expect(one, `page ${page}`).toContain(`Page ${page} of ${pages}`);
    }
  });

  it('leaves restricted briefing text out by default, but not open briefing text', () => {
    expect(flat(text)).toContain(OPEN_BRIEF);
    expect(flat(text)).not.toContain('visa quota');
    expect(flat(text)).not.toContain('board is split');
  });

  it('is A4 unless Letter is asked for', async () => {
    const { execFile } = await import('node:child_process');
    const size = (f: string) => new Promise<string>((resolve) => execFile('pdfinfo', [f], (_e, out) => resolve(/Page size:\s+(.*)/.exec(out)?.[1] ?? '')));
    expect(await size(file)).toContain('A4');
    expect(await size(await exportPdf('itinerary-letter.pdf', { paper: 'Letter' }))).toContain('letter');
  });
});

describe('itinerary PDF options', () => {
  it('includes restricted briefing fields, marked, when asked', async () => {
    const text = flat(await pdfText(await exportPdf('itinerary-restricted.pdf', { includeRestricted: true })));
    expect(text).toContain(RESTRICTED);
    expect(text).toContain('This copy includes restricted briefing fields.');
  });

  it('includes notes only when asked, rendered from markdown', async () => {
    const without = flat(await pdfText(await exportPdf('itinerary-no-notes.pdf')));
    const withNotes = flat(await pdfText(await exportPdf('itinerary-notes.pdf', { includeNotes: true })));
    expect(without).not.toContain('Nearly 200 students');
    expect(withNotes).toContain('Nearly 200 students across both campuses.');
    expect(withNotes).not.toContain('**');
  });

  it('writes the document in Traditional Chinese when asked', async () => {
    const file = await exportPdf('itinerary-zh.pdf', { language: 'zh-Hant' });
    const text = await pdfText(file);
    expect(text).toContain('第 1 頁，共');
    expect(text).toContain('當地時間：北京 (GMT+8)');
    expect(text).toContain('全體團員');
    expect(text).toContain('北京市海淀区颐和园路5号');
    await pdfPngs(file, path.join(shots, 'itinerary-zh-page'), 1, 3);
  });

  it('prints a title full of markup as text, on the cover and in every page header', async () => {
    await t.call('trips.update', { id: detail.trip.id, patch: { title: NASTY_TITLE } });
    const file = await exportPdf('itinerary-nasty.pdf');
    const text = await pdfText(file);
    expect(text).toContain('<script>alert(1)</script>');
    expect(text).toContain('HKSTP & "Partners"');
    const pages = await pdfPages(file);
    for (let page = 1; page <= pages; page++) expect(await pdfText(file, { page })).toContain(NASTY_TITLE);
    await t.call('trips.update', { id: detail.trip.id, patch: { title: detail.trip.title } });
  });

  it('fails clearly for a trip that does not exist', async () => {
    const error = await t.fail('export.itineraryPdf', { tripId: 'no-such-trip' });
    expect(error.code).toBe('not-found');
  });
});

describe('itinerary PDF of the OASES Hangzhou and Shanghai trip (issue 9: places from the trip, not the zone)', () => {
  it('prints where the train leaves and arrives, and both cities on the day it runs', async () => {
    const trips = (await t.call('trips.list', {})) as { id: string; sampleKey?: string }[];
    const oases = trips.find((x) => x.sampleKey === 'oases-hangzhou-shanghai-2025')!;
    const file = (await t.call('export.itineraryPdf', { tripId: oases.id })) as ExportFile;
    const out = path.join(dir, 'itinerary-oases.pdf');
    await writeFile(out, t.bytesOf(file));
    const text = flat(await pdfText(out));
    expect(text).toContain('Times in Hangzhou (GMT+8) and Shanghai (GMT+8)');
    expect(text).toMatch(/Departs 12:30 Hangzhou \(GMT\+8\) · Hangzhou East Railway Station/);
    expect(text).toMatch(/Arrives 13:35 Shanghai \(GMT\+8\) · Shanghai Hongqiao Railway Station/);
    expect(text).not.toMatch(/Departs 12:30 Shanghai/);
    await pdfPngs(out, path.join(shots, 'itinerary-oases-page'), 4, 4);
  }, 60_000);
});
