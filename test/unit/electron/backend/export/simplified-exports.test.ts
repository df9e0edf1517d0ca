// Issue 13: every document in 简体. Each of the four sample trips is exported as every document in zh-Hans by a real
// backend with the real browser-mode PdfRenderer, and each is read back as a person gets it (PDF through pdftotext,
// Word through its XML, the itinerary's HTML source, text files as they are): no Traditional-only character may be
// left, Chinese labels and names must be there, and names come from their stored Simplified spelling.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportFile, TripDetail } from '../../../../../shared/contract';
import type { Trip } from '../../../../../shared/model';
import { createBrowserPdfRenderer } from '../../../../../electron/web/pdf';
import { itineraryHtml } from '../../../../../electron/backend/export/itinerary';
import { finishingPass } from '../../../../../electron/backend/export/simplified';
import { traditionalOnly } from '../../../../support/traditional-only';
import { openTestBackend, type TestBackend } from '../backend-fixture';

let t: TestBackend;
let trips: Trip[];
/** A member whose stored Simplified name is not what OpenCC would make of the Traditional one, to tell them apart. */
const STORED_HANS = '严景信';

function pdfText(file: ExportFile, name: string): string {
  const full = path.join(t.dir, name);
  writeFileSync(full, t.bytesOf(file));
  return execFileSync('pdftotext', [full, '-'], { encoding: 'utf8' });
}

function docxText(file: ExportFile, name: string): string {
  const full = path.join(t.dir, name);
  writeFileSync(full, t.bytesOf(file));
  const xml = execFileSync('unzip', ['-p', full, 'word/document.xml'], { encoding: 'utf8' });
  return xml.replace(/<\/w:p>/g, '\n').replace(/<[^>]+>/g, '');
}

beforeAll(async () => {
  t = await openTestBackend(undefined, { pdf: createBrowserPdfRenderer() });
  ({ loaded: trips } = await t.call('samples.load', {}));
  expect(trips).toHaveLength(4);
  // A note in 繁體 on one meeting of every trip, so user text has to be converted too, not only our labels.
  for (const trip of trips) {
    const detail: TripDetail = await t.call('trips.get', { id: trip.id });
    const meeting = detail.events.find((e) => e.kind === 'meeting' || e.kind === 'signing' || e.kind === 'seminar')!;
    await t.call('events.update', { id: meeting.id, tripId: trip.id, patch: { briefing: { ...meeting.briefing, objectives: { text: '與會者討論後續合作及資訊交流。', restricted: false } } } });
    await t.call('notes.save', { tripId: trip.id, eventId: meeting.id, body: '會後須跟進：寄出簡報檔案。' });
  }
  const lead = (await t.call('members.list', {})).find((m) => m.name.zhHant === '任景信')!;
  await t.call('members.update', { id: lead.id, patch: { name: { ...lead.name, zhHans: STORED_HANS } } });
}, 60_000);

afterAll(() => t?.close());

/** Every document of one trip in 简体, as text. */
async function documents(trip: Trip): Promise<Record<string, string>> {
  const input = { tripId: trip.id, language: 'zh-Hans' as const, includeNotes: true, includeRestricted: true };
  const key = trip.sampleKey ?? trip.id;
  const { trip: stored, events, notes, members, organisations, contacts }: TripDetail = await t.call('trips.get', { id: trip.id });
  const source = { trip: stored, events, notes, members, organisations, contacts };
  const pass = await finishingPass('zh-Hans');
  const press = await t.call('export.pressRelease', { tripId: trip.id, language: 'zh-Hans' });
  return {
    'itinerary PDF': pdfText(await t.call('export.itineraryPdf', input), `${key}-itinerary.pdf`),
    'itinerary HTML': pass(itineraryHtml(source, input).html),
    'briefing pack PDF': pdfText(await t.call('export.briefingPdf', input), `${key}-briefing.pdf`),
    'report PDF': pdfText(await t.call('export.reportPdf', input), `${key}-report.pdf`),
    'report Word': docxText(await t.call('export.reportDocx', input), `${key}-report.docx`),
    'report Markdown': t.bytesOf(await t.call('export.reportMarkdown', input)).toString('utf8'),
    'press release text': t.bytesOf(press.file).toString('utf8'),
    'press release Word': docxText((await t.call('export.pressRelease', { tripId: trip.id, language: 'zh-Hans', format: 'docx' })).file, `${key}-press.docx`),
  };
}

describe('Simplified Chinese exports of every sample trip', () => {
  it.each([0, 1, 2, 3])('sample trip %i: no Traditional-only character in any document, Chinese labels and names present', async (i) => {
    const trip = trips[i]!;
    const docs = await documents(trip);
    for (const [what, text] of Object.entries(docs)) {
      expect(traditionalOnly(text), `${trip.sampleKey} ${what}`).toEqual([]);
      expect(text, `${trip.sampleKey} ${what} is Chinese`).toMatch(/[\u4e00-\u9fff]{4}/);
    }
    // Labels converted, mainland terms put in, the user's 繁體 text converted.
    expect(docs['itinerary PDF']).toContain('行程表');
    expect(docs['itinerary HTML']).toContain('lang="zh-Hans"');
    expect(docs['itinerary HTML']).toContain('会后须跟进：寄出简报档案。');
    expect(docs['briefing pack PDF']).toContain('与会者讨论后续合作及资讯交流。');
    expect(docs['report Markdown']).toMatch(/访问报告/);
    expect(docs['press release text']).toContain('［草稿，待编辑');
    expect(docs['press release Word']).toContain('［草稿，待编辑');
  }, 180_000);

  it('takes names from their stored Simplified spelling, and converts the Traditional one when none is stored', async () => {
    const hangzhou = trips.find((x) => x.sampleKey === 'oases-hangzhou-shanghai-2025')!;
    const bureau = (await t.call('organisations.list', {})).find((o) => o.name.zhHant === '杭州市科學技術局')!;
    await t.call('organisations.update', { id: bureau.id, patch: { name: { ...bureau.name, zhHans: '' } } });
    const docs = await documents(hangzhou);
    expect(docs['briefing pack PDF']).toContain('杭州市科学技术局');
    for (const what of ['itinerary PDF', 'briefing pack PDF', 'report Word', 'press release text']) expect(docs[what], what).toContain(STORED_HANS);
    // The delegation's "Title" column says 职务 as the mainland does (職銜 in 繁體): a term put in, not only characters converted.
    expect(docs['itinerary PDF']).toContain('职务');
    expect(docs['itinerary PDF']).not.toContain('职衔');
  }, 120_000);
});
