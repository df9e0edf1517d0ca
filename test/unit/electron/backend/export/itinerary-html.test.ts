// The itinerary's HTML and print options, through export.itineraryPdf with a memory PdfRenderer that keeps what it was
// given: restricted text never reaches the engine unless asked for, user text is escaped, the header and footer carry
// the title and page counters, and a missing or failing engine is reported in words people can act on.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PdfOptions, PdfRenderer } from '../../../../../electron/backend/ports';
import type { TripDetail } from '../../../../../shared/contract';
import { openTestBackend, type TestBackend } from '../backend-fixture';

class MemoryPdf implements PdfRenderer {
  calls: { html: string; options: PdfOptions }[] = [];
  fail: Error | undefined;
  async render(html: string, options: PdfOptions): Promise<Uint8Array> {
    this.calls.push({ html, options });
    if (this.fail) throw this.fail;
    return new Uint8Array(Buffer.from('%PDF-1.7 memory'));
  }
  get last() {
    return this.calls.at(-1)!;
  }
}

let t: TestBackend;
let pdf: MemoryPdf;
let detail: TripDetail;

beforeEach(async () => {
  pdf = new MemoryPdf();
  t = await openTestBackend(undefined, { pdf });
  const { loaded } = await t.call('samples.load', {});
  detail = await t.call('trips.get', { id: loaded.find((x) => x.sampleKey === 'oases-hangzhou-shanghai-2025')!.id });
});
afterEach(() => t.close());

describe('export.itineraryPdf', () => {
  it('returns the engine’s bytes as a PDF named after the trip', async () => {
    const file = await t.call('export.itineraryPdf', { tripId: detail.trip.id });
    // The answer is a handle; the engine's bytes are held in the backend under its id.
    expect(file).toEqual({ id: expect.any(String), fileName: 'Itinerary – OASES Director-General to Hangzhou and Shanghai.pdf', mime: 'application/pdf', size: Buffer.byteLength('%PDF-1.7 memory') });
    expect(t.bytesOf(file)).toEqual(Buffer.from('%PDF-1.7 memory'));
    expect(pdf.last.options.paper).toBe('A4');
    // The running header and footer are page-margin boxes in the document (export/pdf/templates.ts).
    expect(pdf.last.html).toContain('@top-left { content: "OASES Director-General to Hangzhou and Shanghai";');
    expect(pdf.last.html).toContain('@bottom-right { content: "Page " counter(page) " of " counter(pages);');
  });

  it('keeps restricted briefing text away from the engine unless asked, and marks it when included', async () => {
    const event = detail.events[3]!;
    const secret = 'SECRET-talking-point-visa-quota';
    await t.call('events.update', { id: event.id, tripId: detail.trip.id, patch: { briefing: { ...event.briefing, talkingPoints: { text: secret, restricted: true } } } });
    await t.call('export.itineraryPdf', { tripId: detail.trip.id, includeNotes: true });
    expect(pdf.last.html).not.toContain(secret);
    await t.call('export.itineraryPdf', { tripId: detail.trip.id, includeRestricted: true });
    expect(pdf.last.html).toContain(secret);
    expect(pdf.last.html).toContain('badge--restricted');
  });

  it('escapes user text everywhere: titles, venues, descriptions, and markdown notes', async () => {
    const event = detail.events[2]!;
    await t.call('trips.update', { id: detail.trip.id, patch: { title: 'Trip <script>alert(1)</script> & "co"' } });
    await t.call('events.update', {
      id: event.id,
      tripId: detail.trip.id,
      patch: { title: '<img src=x onerror=alert(2)>', venue: { en: '<b>Hall</b>', zh: '<i>大廳</i>' }, description: '<iframe src="https://evil.example"></iframe>' },
    });
    await t.call('notes.save', { tripId: detail.trip.id, eventId: event.id, body: 'Hi <script>alert(3)</script> [x](javascript:alert(4)) **bold**' });
    await t.call('export.itineraryPdf', { tripId: detail.trip.id, includeNotes: true });
    const { html, options } = pdf.last;
    expect(html).not.toMatch(/<script|<img|<iframe|<b>Hall|<i>大廳|href="javascript:/i);
    // The unsafe link stays as the literal text typed, never a link.
    expect(html).toContain('[x](javascript:alert(4))');
    expect(html).toContain('Trip &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;co&quot;');
    expect(html).toContain('&lt;img src=x onerror=alert(2)&gt;');
    expect(html).toContain('<strong>bold</strong>');
    expect(options).toEqual({ paper: 'A4' });
    // In the running header the title is a CSS string whose markup characters are escapes, so it cannot end the style.
    expect(html).toContain('@top-left { content: "Trip \\3c script\\3e alert(1)\\3c /script\\3e  & \\22 co\\22 ";');
  });

  it('leaves cancelled events out and shows times in each event’s own zone', async () => {
    const [first, second] = detail.events;
    await t.call('events.update', { id: second!.id, tripId: detail.trip.id, patch: { status: 'cancelled' } });
    await t.call('export.itineraryPdf', { tripId: detail.trip.id });
    expect(pdf.last.html).not.toContain(`<h3>${second!.title.replace(/&/g, '&amp;')}</h3>`);
    expect(pdf.last.html).toContain('1 cancelled event is left out');
    expect(first!.timeZone).toBe('Asia/Hong_Kong');
    expect(pdf.last.html).toContain('Times in Hong Kong (GMT+8) and Hangzhou (GMT+8)');
  });

  it('names places from the trip, not the zone: Hangzhou and Shanghai share GMT+8 (issue 9)', async () => {
    await t.call('export.itineraryPdf', { tripId: detail.trip.id });
    const text = pdf.last.html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    // 15 May: the morning in Hangzhou, the train, the afternoon in Shanghai.
    expect(text).toContain('Times in Hangzhou (GMT+8) and Shanghai (GMT+8)');
    expect(text).toContain('Departs 12:30 Hangzhou (GMT+8) · Hangzhou East Railway Station');
    expect(text).toContain('Arrives 13:35 Shanghai (GMT+8) · Shanghai Hongqiao Railway Station');
    expect(text).toContain('Departs 19:00 Shanghai (GMT+8) · Shanghai Hongqiao International Airport');
    expect(text).not.toMatch(/Departs 12:30 Shanghai/);
    await t.call('export.itineraryPdf', { tripId: detail.trip.id, language: 'zh-Hant' });
    const zh = pdf.last.html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect(zh).toContain('出發 12:30 杭州 (GMT+8) · 杭州东站');
    expect(zh).toContain('抵達 13:35 上海 (GMT+8) · 上海虹桥站');
  });

  it('uses Letter paper and Chinese words when asked', async () => {
    await t.call('export.itineraryPdf', { tripId: detail.trip.id, paper: 'Letter', language: 'zh-Hant' });
    expect(pdf.last.options.paper).toBe('Letter');
    expect(pdf.last.html).toContain('<html lang="zh-Hant">');
    expect(pdf.last.html).toContain('2025年5月13日至16日');
    expect(pdf.last.html).toContain('@bottom-right { content: "第 " counter(page) " 頁，共 " counter(pages) " 頁";');
  });

  it('says what went wrong when the engine fails, and when there is none', async () => {
    pdf.fail = new Error('Chromium crashed');
    const failed = await t.fail('export.itineraryPdf', { tripId: detail.trip.id });
    expect(failed.message).toMatch(/could not print the itinerary \(Chromium crashed\)\. Nothing was changed/);
    const bare = await openTestBackend();
    try {
      const { loaded } = await bare.call('samples.load', {});
      const none = await bare.fail('export.itineraryPdf', { tripId: loaded[0]!.id });
      expect(none.message).toMatch(/no PDF engine/);
    } finally {
      await bare.close();
    }
  });
});
