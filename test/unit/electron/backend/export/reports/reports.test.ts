// The briefing pack, the post-trip report (PDF, Word, Markdown) and the press-release draft, made from the sample trips
// by a real backend with the real browser-mode PdfRenderer, then read back the way a person would see them.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportFile, TripDetail } from '../../../../../../shared/contract';
import { createBrowserPdfRenderer } from '../../../../../../electron/web/pdf';
import { openTestBackend, type TestBackend } from '../../backend-fixture';

const shots = '/tmp/shots5';
let t: TestBackend;
let hangzhou: TripDetail;
let signing: TripDetail;
let cyberport: TripDetail;

function save(file: ExportFile, name: string): string {
  mkdirSync(shots, { recursive: true });
  const full = path.join(t.dir, name);
  writeFileSync(full, t.bytesOf(file));
  return full;
}

/** The PDF's text, pages split by form feeds; page 1 also kept as a PNG in /tmp/shots5 to look at. */
function pdfText(file: ExportFile, name: string, layout = false): string {
  const full = save(file, `${name}.pdf`);
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '3', full, path.join(shots, name)]);
  return execFileSync('pdftotext', [...(layout ? ['-layout'] : []), full, '-'], { encoding: 'utf8' });
}

/** The text of a .docx: its word/document.xml with the tags taken out. */
function docxText(file: ExportFile): { text: string; xml: string; footer: string; styles: string } {
  const full = save(file, 'report.docx');
  const xml = execFileSync('unzip', ['-p', full, 'word/document.xml'], { encoding: 'utf8' });
  const footer = execFileSync('unzip', ['-p', full, 'word/footer*.xml'], { encoding: 'utf8' });
  const styles = execFileSync('unzip', ['-p', full, 'word/styles.xml'], { encoding: 'utf8' });
  const text = xml.replace(/<\/w:p>/g, '\n').replace(/<[^>]+>/g, '').replace(/&amp;/g, '&');
  return { text, xml, footer, styles };
}

const decode = (file: ExportFile) => t.bytesOf(file).toString('utf8');

beforeAll(async () => {
  t = await openTestBackend(undefined, { pdf: createBrowserPdfRenderer() });
  const { loaded } = await t.call('samples.load', {});
  const find = async (key: string) => t.call('trips.get', { id: loaded.find((trip) => trip.sampleKey === key)!.id });
  [hangzhou, signing, cyberport] = await Promise.all([find('oases-hangzhou-shanghai-2025'), find('oases-signing-ceremony'), find('cyberport-beijing-symposium-2024')]);

  // Briefings with one restricted line each on an event and on an organisation.
  const bureau = hangzhou.events.find((e) => e.title.startsWith('Meeting with the Hangzhou'))!;
  await t.call('events.update', {
    id: bureau.id,
    tripId: hangzhou.trip.id,
    patch: {
      briefing: {
        objectives: { text: 'Agree a **research-matching** session <script>alert(1)</script>', restricted: false },
        talkingPoints: { text: '- Hong Kong AI infrastructure\n- Talent schemes', restricted: false },
        background: { text: 'Bureau budget figures SECRET-EVENT-LINE', restricted: true },
        previousInteractions: { text: 'Met the deputy director in March.', restricted: false },
      },
    },
  });
  const hzstb = hangzhou.organisations.find((o) => o.name.en.startsWith('Hangzhou Science'))!;
  await t.call('organisations.update', {
    id: hzstb.id,
    patch: {
      briefing: {
        background: { text: 'Municipal bureau for science and technology policy.', restricted: false },
        objectives: { text: '', restricted: false },
        talkingPoints: { text: '', restricted: false },
        previousInteractions: { text: 'Internal assessment SECRET-ORG-LINE', restricted: true },
      },
    },
  });
}, 60_000);

afterAll(async () => {
  await t?.close();
});

describe('briefing pack PDF', () => {
  it('has a contents page listing every meeting, then a brief per meeting; restricted text only when asked', async () => {
    const file = await t.call('export.briefingPdf', { tripId: hangzhou.trip.id });
    expect(file.mime).toBe('application/pdf');
    expect(file.fileName).toMatch(/^Briefing pack – .*\.pdf$/);
    const text = pdfText(file, 'briefing-en');
    const pages = text.split('\f');
    expect(pages[0]).toContain('Contents');
    const meetings = hangzhou.events.filter((e) => ['meeting', 'site-visit', 'signing', 'seminar'].includes(e.kind));
    expect(meetings.length).toBeGreaterThan(3);
    const flat = text.replace(/\s+/g, ' ');
    for (const m of meetings) expect(flat).toContain(m.title.slice(0, 40));
    expect(pages[0]).toContain('Wed, 14 May 2025');
    expect(pages[0]).toContain('09:30–11:00');
    // Page breaks between briefs: the contents page holds no brief.
    expect(pages[0]).not.toContain('Talking points');
    expect(flat).toContain('Agree a research-matching session <script>alert(1)</script>');
    expect(flat).toContain('Hong Kong AI infrastructure');
    expect(flat).toContain('Municipal bureau for science and technology policy');
    expect(flat).toContain('Propose a research-matching session'); // an open follow-up with the bureau
    expect(flat).toContain('Page 1 of');
    expect(flat).not.toContain('SECRET-EVENT-LINE');
    expect(flat).not.toContain('SECRET-ORG-LINE');

    const withRestricted = pdfText(await t.call('export.briefingPdf', { tripId: hangzhou.trip.id, includeRestricted: true }), 'briefing-restricted');
    expect(withRestricted).toContain('SECRET-EVENT-LINE');
    expect(withRestricted).toContain('SECRET-ORG-LINE');
    expect(withRestricted).toContain('RESTRICTED');
  }, 60_000);

  it('is written in Traditional Chinese when asked, and Chinese names come out', async () => {
    const text = pdfText(await t.call('export.briefingPdf', { tripId: hangzhou.trip.id, language: 'zh-Hant' }), 'briefing-zh');
    expect(text).toContain('目錄');
    expect(text).toContain('杭州市科學技術局');
    expect(text).toContain('談話要點');
  }, 30_000);
});

describe('post-trip report', () => {
  it('says the same meetings and outcome figures as PDF, Word and Markdown', async () => {
    const input = { tripId: signing.trip.id };
    // Table cells wrap inside the PDF, so its text is compared without any white space.
    const pdfFile = await t.call('export.reportPdf', input);
    const pdf = pdfText(pdfFile, 'report-en').replace(/\s+/g, '');
    const pdfLines = pdfText(pdfFile, 'report-en', true);
    const docxFile = await t.call('export.reportDocx', input);
    expect(docxFile.fileName).toMatch(/\.docx$/);
    const docx = docxText(docxFile);
    const mdFile = await t.call('export.reportMarkdown', input);
    expect(mdFile.fileName).toMatch(/\.md$/);
    const md = decode(mdFile);

    const meetings = ['OASES partnership signing ceremony', 'Meeting with Xunfei Healthcare'];
    const figures = ['HK$4,000,000', 'Support iFLYTEK', 'Introduce Xunfei Healthcare to the Hospital Authority', 'Peter Yan', '31 Mar 2025'];
    for (const needle of [...meetings, ...figures]) {
      expect(pdf, `PDF: ${needle}`).toContain(needle.replace(/\s+/g, ''));
      expect(docx.text, `Word: ${needle}`).toContain(needle);
      expect(md, `Markdown: ${needle}`).toContain(needle);
    }
    // Jobs: 10 (XtalPi) in the totals of all three.
    expect(md).toMatch(/\*\*Jobs:\*\* 10/);
    expect(docx.text).toContain('Jobs: 10');
    expect(pdfLines).toMatch(/Jobs +10\n/);
    // Word: headings, tables, page numbers in the footer.
    expect(docx.xml).toContain('w:tbl');
    expect(docx.xml).toContain('Heading1');
    expect(docx.footer).toContain('PAGE');
    expect(docx.footer).toContain('NUMPAGES');
    // Markdown: headings and well-formed tables (every row of a table has the header's cell count).
    expect(md).toMatch(/^# Post-trip report/);
    expect(md).toContain('## Outcomes');
    const rows = md.split('\n').filter((l) => l.startsWith('|'));
    expect(rows.length).toBeGreaterThan(6);
    for (const row of rows) expect(row.trimEnd().endsWith('|')).toBe(true);
  }, 60_000);

  it('lists MoUs with their parties and date, in English and Chinese labels', async () => {
    const md = decode(await t.call('export.reportMarkdown', { tripId: cyberport.trip.id }));
    expect(md).toContain('Beijing Xicheng District Data Bureau');
    expect(md).toContain('20 Sept 2024');
    expect(md).toMatch(/\*\*MoUs signed:\*\* 1/);
    const zh = decode(await t.call('export.reportMarkdown', { tripId: cyberport.trip.id, language: 'zh-Hant' }));
    expect(zh).toContain('## 成果');
    expect(zh).toContain('已簽署合作備忘錄');
    expect(zh).toContain('2024年9月20日');
    const docx = docxText(await t.call('export.reportDocx', { tripId: cyberport.trip.id, language: 'zh-Hant' }));
    expect(docx.text).toContain('跟進事項');
    expect(docx.styles).toContain('Microsoft JhengHei');
  }, 30_000);
});

describe('press-release draft', () => {
  it('names the leader, the cities and the dates, marked as a draft, in English', async () => {
    const { text, file } = await t.call('export.pressRelease', { tripId: hangzhou.trip.id, language: 'en' });
    expect(text).toMatch(/^\[DRAFT/);
    expect(text).toContain('The Director-General of the Office for Attracting Strategic Enterprises (OASES), [Mr/Ms] Peter Yan, today (May 16) concluded a visit to Hangzhou and Shanghai.');
    expect(text).toContain('During the visit to Hangzhou from May 13 to 15');
    expect(text).toContain('During the visit to Shanghai from May 15 to 16');
    expect(text).toContain('the Hangzhou Science and Technology Bureau');
    expect(text).toContain('Ends/Friday, May 16, 2025');
    expect(decode(file)).toBe(text);
    expect(file.fileName).toMatch(/\.txt$/);
  });

  it('is written in Hong Kong government style in Traditional Chinese', async () => {
    const { text } = await t.call('export.pressRelease', { tripId: hangzhou.trip.id, language: 'zh-Hant' });
    expect(text).toMatch(/^［草稿/);
    expect(text).toContain('引進重點企業辦公室總監任景信今日（五月十六日）結束杭州及上海的訪問。');
    expect(text).toContain('五月十三日至十五日在杭州');
    expect(text).toContain('杭州市科學技術局');
    expect(text).toContain('2025年5月16日（星期五）');
  });

  it('reports outcomes: MoUs, investment and jobs', async () => {
    const en = (await t.call('export.pressRelease', { tripId: signing.trip.id, language: 'en' })).text;
    expect(en).toContain('invest about HK$4,000,000 in Hong Kong and create about 10 jobs');
    const mou = (await t.call('export.pressRelease', { tripId: cyberport.trip.id, language: 'en' })).text;
    expect(mou).toContain('A Memorandum of Understanding (MoU) was signed');
    expect(mou).toContain('Beijing Xicheng District Data Bureau');
    const zh = (await t.call('export.pressRelease', { tripId: cyberport.trip.id, language: 'zh-Hant' })).text;
    expect(zh).toContain('共簽署一份合作備忘錄');
    expect(zh).toContain('陳細明');
  });
});

describe('without a PDF printer', () => {
  it('explains that the PDF cannot be made and offers the other formats', async () => {
    const bare = await openTestBackend();
    try {
      const { loaded } = await bare.call('samples.load', { keys: ['oases-signing-ceremony'] });
      const error = await bare.fail('export.reportPdf', { tripId: loaded[0]!.id });
      expect(error.message).toMatch(/no PDF printer/);
      expect(error.message).toMatch(/Word or Markdown/);
      const md = await bare.call('export.reportMarkdown', { tripId: loaded[0]!.id });
      expect(bare.bytesOf(md).toString('utf8')).toContain('HK$4,000,000');
    } finally {
      await bare.close();
    }
  });
});
