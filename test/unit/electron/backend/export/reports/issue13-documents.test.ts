// Issue 13's document changes, read back as a person gets them: the briefing pack leaves out the sections a meeting
// has nothing in (and says once when it has nothing at all), the press release saves as Word in every language, and
// a document made without naming its paper is printed on the paper of this device's settings.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportFile, ExportLanguage } from '../../../../../../shared/contract';
import type { Trip } from '../../../../../../shared/model';
import { createBrowserPdfRenderer } from '../../../../../../electron/web/pdf';
import { openTestBackend, type TestBackend } from '../../backend-fixture';
import { meeting, trip as tripInput } from '../../sync/engine-helpers';

let t: TestBackend;
let trip: Trip;
let hangzhou: Trip;

function save(file: ExportFile, name: string): string {
  const full = path.join(t.dir, name);
  writeFileSync(full, t.bytesOf(file));
  return full;
}
const pdfText = (file: ExportFile, name: string) => execFileSync('pdftotext', [save(file, name), '-'], { encoding: 'utf8' });
const pdfSize = (file: ExportFile, name: string) => execFileSync('pdfinfo', [save(file, name)], { encoding: 'utf8' }).match(/Page size:\s+(.*)/)?.[1] ?? '';
/** word/document.xml of a .docx, and its paragraphs' text. */
function docx(file: ExportFile, name: string): { xml: string; paragraphs: string[] } {
  const xml = execFileSync('unzip', ['-p', save(file, name), 'word/document.xml'], { encoding: 'utf8' });
  const paragraphs = xml.split('</w:p>').map((p) => p.replace(/<w:br\/>/g, '\n').replace(/<[^>]+>/g, '').replace(/&quot;/g, '"').replace(/&amp;/g, '&')).filter((p) => p.trim());
  return { xml, paragraphs };
}

beforeAll(async () => {
  t = await openTestBackend(undefined, { pdf: createBrowserPdfRenderer() });
  trip = await t.call('trips.create', tripInput);
  // One meeting with nothing recorded, one with only talking points.
  await t.call('events.create', { ...meeting(trip.id), title: 'Empty meeting' });
  const second = await t.call('events.create', { ...meeting(trip.id), title: 'Talking meeting', start: '2025-05-14T02:00:00.000Z', end: '2025-05-14T03:00:00.000Z' });
  await t.call('events.update', { id: second.id, tripId: trip.id, patch: { briefing: { ...second.briefing, talkingPoints: { text: 'Raise the data centre', restricted: false } } } });
  const { loaded } = await t.call('samples.load', {});
  hangzhou = loaded.find((x) => x.sampleKey === 'oases-hangzhou-shanghai-2025')!;
}, 60_000);

afterAll(() => t?.close());

describe('briefing pack without empty sections', () => {
  it('shows no heading for a section with nothing in it, and says once when a meeting has nothing at all', async () => {
    const pages = pdfText(await t.call('export.briefingPdf', { tripId: trip.id }), 'briefing.pdf').split('\f');
    const empty = pages.find((p) => p.includes('Brief 1 of 2'))!;
    const talking = pages.find((p) => p.includes('Brief 2 of 2'))!;
    const fold = (s: string) => s.replace(/\s+/g, ' ');
    expect(fold(empty)).toContain('Empty meeting');
    expect(fold(empty).match(/Nothing is recorded about this meeting yet/g)).toHaveLength(1);
    for (const heading of ['Objectives', 'Talking points', 'Background', 'Previous interactions', 'Open follow-ups']) {
      expect(empty).not.toContain(heading);
      if (heading !== 'Talking points') expect(talking).not.toContain(heading);
    }
    expect(talking).toContain('Talking points');
    expect(talking).toContain('Raise the data centre');
    expect(talking).not.toContain('Nothing is recorded');
    expect(pages.join('')).not.toContain('Nothing recorded.');
  }, 60_000);

  it('does the same in Chinese', async () => {
    const text = pdfText(await t.call('export.briefingPdf', { tripId: trip.id, language: 'zh-Hant' }), 'briefing-zh.pdf');
    expect(text.match(/此會議尚未有任何記錄/g)).toHaveLength(1);
    expect(text).toContain('談話要點');
    expect(text).not.toContain('沒有記錄。');
    expect(text).not.toContain('背景');
  }, 60_000);
});

describe('press release as a Word document', () => {
  it.each<[ExportLanguage, RegExp, string]>([
    ['en', /visits Hangzhou and Shanghai$/, 'today (May 16) concluded a visit to Hangzhou and Shanghai'],
    ['zh-Hant', /訪問杭州及上海$/, '今日（五月十六日）結束'],
    ['zh-Hans', /访问杭州及上海$/, '今日（五月十六日）结束'],
  ])('in %s: opens, with the headline as a heading and every paragraph of the text', async (language, headline, paragraph) => {
    const { text, file } = await t.call('export.pressRelease', { tripId: hangzhou.id, language, format: 'docx' });
    expect(file.fileName).toMatch(/\.docx$/);
    expect(file.mime).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    const { xml, paragraphs } = docx(file, `press-${language}.docx`);
    const blocks = text.split(/\n\s*\n/).map((b) => b.trim()).filter(Boolean);
    expect(paragraphs).toEqual(blocks);
    const heading = xml.split('</w:p>').find((p) => p.includes('w:pStyle w:val="Heading1"'))!.replace(/<[^>]+>/g, '');
    expect(heading).toMatch(headline);
    expect(paragraphs.join('\n')).toContain(paragraph);
  }, 30_000);

  it('keeps the edited text, and still saves .txt when asked for text', async () => {
    const edited = 'Headline as edited\n\nFirst paragraph, rewritten.\n\nSecond paragraph.';
    const word = await t.call('export.pressRelease', { tripId: hangzhou.id, language: 'en', format: 'docx', text: edited });
    expect(docx(word.file, 'press-edited.docx').paragraphs).toEqual(['Headline as edited', 'First paragraph, rewritten.', 'Second paragraph.']);
    const plain = await t.call('export.pressRelease', { tripId: hangzhou.id, language: 'en', text: edited });
    expect(plain.file.fileName).toMatch(/\.txt$/);
    expect(t.bytesOf(plain.file).toString('utf8')).toBe(edited);
  });
});

describe('paper from the settings', () => {
  it('is A4 by default, and a document made without naming its paper follows the setting', async () => {
    expect((await t.call('settings.get', {})).paper).toBe('A4');
    expect(pdfSize(await t.call('export.reportPdf', { tripId: hangzhou.id }), 'a4.pdf')).toContain('A4');
    await t.call('settings.update', { paper: 'Letter' });
    expect((await t.call('settings.get', {})).paper).toBe('Letter');
    for (const method of ['export.itineraryPdf', 'export.briefingPdf', 'export.reportPdf'] as const) {
      expect(pdfSize(await t.call(method, { tripId: hangzhou.id }), `${method}.pdf`), method).toContain('letter');
    }
    // A call that names its paper still gets it.
    expect(pdfSize(await t.call('export.itineraryPdf', { tripId: hangzhou.id, paper: 'A4' }), 'named.pdf')).toContain('A4');
    await t.call('settings.update', { paper: 'A4' });
  }, 90_000);
});
