// export.table: follow-ups, contacts and outcomes read back from the files written — CSV through papaparse (BOM, CRLF,
// Chinese intact, quotes) and XLSX through exceljs (bold frozen header, numbers as numbers, dates as dates).
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ExportFile } from '../../../../../../shared/contract';
import type { TestBackend } from '../../backend-fixture';
import { hangzhouTrip, openTestBackend } from '../../backend-fixture';

let t: TestBackend;
beforeEach(async () => {
  t = await openTestBackend();
});
afterEach(async () => {
  await t.close();
});

async function world() {
  const trip = await t.call('trips.create', hangzhouTrip);
  const zhipu = await t.call('organisations.create', { name: { en: 'Zhipu AI', zhHant: '智譜AI', zhHans: '智谱AI' }, sector: 'Artificial intelligence' });
  const owner = await t.call('members.create', { name: { en: 'Wong Ka Yan', zhHant: '黃嘉欣' } });
  const event = await t.call('events.create', { tripId: trip.id, title: 'Meeting with Zhipu AI', start: '2025-05-13T06:30:00.000Z', end: '2025-05-13T08:00:00.000Z', timeZone: 'Asia/Shanghai' });
  const landing = await t.call('followups.create', {
    tripId: trip.id,
    title: 'Zhipu AI 在香港設立辦事處',
    ownerId: owner.id,
    organisationId: zhipu.id,
    eventId: event.id,
    dueDate: '2025-09-30',
    priority: 'high',
    status: 'in-progress',
    details: 'Send the landing package, "soft-landing" office, fees',
    outcome: { mou: { title: 'MoU on AI research', parties: ['OASES', 'Zhipu AI'], date: '2025-05-14' }, investmentHkd: 120_000_000, jobs: 45 },
  });
  await t.call('followups.create', { tripId: trip.id, title: 'Thank-you letters' });
  const gone = await t.call('followups.create', { tripId: trip.id, title: 'Deleted follow-up', outcome: { jobs: 3 } });
  await t.call('followups.delete', { id: gone.id, tripId: trip.id });
  await t.call('contacts.create', { name: { en: 'Li Wei', zhHant: '李偉', zhHans: '李伟' }, title: 'Vice President', organisationId: zhipu.id, email: 'li.wei@zhipu.ai', phone: '+86 10 8888 0000' });
  await t.call('contacts.create', { name: { en: '=HYPERLINK("http://x")' }, title: 'Tester' });
  const removed = await t.call('contacts.create', { name: { en: 'Removed Person' } });
  await t.call('contacts.delete', { id: removed.id });
  return { trip, zhipu, owner, event, landing };
}

function csvOf(file: ExportFile): { text: string; rows: Record<string, string>[] } {
  const bytes = t.bytesOf(file);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.toString('utf8');
  const parsed = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return { text, rows: parsed.data };
}

async function sheetOf(file: ExportFile): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(t.bytesOf(file) as unknown as ArrayBuffer);
  return workbook.worksheets[0]!;
}

describe('CSV', () => {
  it('writes follow-ups with a BOM and CRLF, Chinese intact, tombstones left out', async () => {
    await world();
    const file = await t.call('export.table', { table: 'followups', format: 'csv' });
    expect(file.fileName).toBe('follow-ups-2026-01-05.csv');
    expect(file.mime).toContain('text/csv');
    const { text, rows } = csvOf(file);
    expect(text).toContain('\r\n');
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
    expect(rows).toHaveLength(2);
    expect(rows.map((r) => r.Title)).not.toContain('Deleted follow-up');
    expect(rows[0]).toEqual({
      Title: 'Zhipu AI 在香港設立辦事處',
      Status: 'In progress',
      Priority: 'High',
      Owner: 'Wong Ka Yan',
      'Due date': '2025-09-30',
      Trip: 'OASES to Hangzhou and Shanghai',
      Event: 'Meeting with Zhipu AI',
      Organisation: 'Zhipu AI',
      'MoU title': 'MoU on AI research',
      'MoU parties': 'OASES; Zhipu AI',
      'MoU date': '2025-05-14',
      'Investment (HK$)': '120000000',
      Jobs: '45',
      Details: 'Send the landing package, "soft-landing" office, fees',
    });
    // A value with commas and quotes is quoted, its quotes doubled.
    expect(text).toContain('"Send the landing package, ""soft-landing"" office, fees"');
  });

  it('writes contacts with their three names, and keeps formula-like text as text', async () => {
    await world();
    const { rows } = csvOf(await t.call('export.table', { table: 'contacts', format: 'csv' }));
    expect(rows.map((r) => r['Name (English)'])).toEqual(["'=HYPERLINK(\"http://x\")", 'Li Wei']);
    expect(rows[1]).toEqual({
      'Name (English)': 'Li Wei',
      'Name (Traditional Chinese)': '李偉',
      'Name (Simplified Chinese)': '李伟',
      Title: 'Vice President',
      Organisation: 'Zhipu AI',
      Email: 'li.wei@zhipu.ai',
      Phone: '+86 10 8888 0000',
    });
  });

  it('writes one outcome row per follow-up with an outcome', async () => {
    await world();
    const { rows } = csvOf(await t.call('export.table', { table: 'outcomes', format: 'csv' }));
    expect(rows).toEqual([
      {
        Trip: 'OASES to Hangzhou and Shanghai',
        'Follow-up': 'Zhipu AI 在香港設立辦事處',
        Organisation: 'Zhipu AI',
        Sector: 'Artificial intelligence',
        'MoU title': 'MoU on AI research',
        'MoU parties': 'OASES; Zhipu AI',
        'MoU date': '2025-05-14',
        'Investment (HK$)': '120000000',
        Jobs: '45',
        Date: '2025-05-14',
      },
    ]);
  });

  it('leaves out the follow-ups of a deleted trip', async () => {
    const { trip } = await world();
    await t.call('trips.delete', { id: trip.id });
    expect(csvOf(await t.call('export.table', { table: 'followups', format: 'csv' })).rows).toEqual([]);
    expect(csvOf(await t.call('export.table', { table: 'outcomes', format: 'csv' })).rows).toEqual([]);
  });
});

describe('XLSX', () => {
  it('writes follow-ups with a bold frozen header, numbers as numbers and dates as dates', async () => {
    await world();
    const file = await t.call('export.table', { table: 'followups', format: 'xlsx' });
    expect(file.fileName).toBe('follow-ups-2026-01-05.xlsx');
    expect(file.mime).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const sheet = await sheetOf(file);
    expect(sheet.name).toBe('Follow-ups');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const header = sheet.getRow(1);
    expect(header.getCell(1).value).toBe('Title');
    expect(header.getCell(1).font?.bold).toBe(true);
    expect(sheet.rowCount).toBe(3);

    const headers = (header.values as unknown[]).slice(1) as string[];
    const cell = (row: number, name: string) => sheet.getRow(row).getCell(headers.indexOf(name) + 1);
    expect(cell(2, 'Title').value).toBe('Zhipu AI 在香港設立辦事處');
    expect(cell(2, 'Investment (HK$)').value).toBe(120_000_000);
    expect(cell(2, 'Investment (HK$)').numFmt).toBe('#,##0');
    expect(cell(2, 'Jobs').value).toBe(45);
    const due = cell(2, 'Due date').value;
    expect(due).toBeInstanceOf(Date);
    expect((due as Date).toISOString()).toBe('2025-09-30T00:00:00.000Z');
    expect(cell(2, 'Due date').numFmt).toBe('yyyy-mm-dd');
    expect(cell(3, 'Title').value).toBe('Thank-you letters');
    expect(cell(3, 'Due date').value).toBeNull();
    // Columns are sized to their content within limits.
    const widths = sheet.columns.map((c) => c.width ?? 0);
    expect(Math.min(...widths)).toBeGreaterThanOrEqual(8);
    expect(Math.max(...widths)).toBeLessThanOrEqual(60);
  });

  it('writes contacts and outcomes sheets', async () => {
    await world();
    const contacts = await sheetOf(await t.call('export.table', { table: 'contacts', format: 'xlsx' }));
    expect(contacts.getRow(3).getCell(2).value).toBe('李偉');
    const outcomes = await sheetOf(await t.call('export.table', { table: 'outcomes', format: 'xlsx' }));
    expect(outcomes.name).toBe('Outcomes');
    expect(outcomes.rowCount).toBe(2);
    expect(outcomes.getRow(2).getCell(10).value).toEqual(new Date('2025-05-14T00:00:00Z'));
  });
});
