// The rooming list (XLSX and PDF) and the travel manifest (CSV and XLSX) read back: a row per member and stay with the
// room, who shares it and the confirmation; a row per member and journey with carrier and number, codes, terminals,
// local times, seat, class and booking reference, and a row showing the member with no journey; in three languages.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportFile } from '../../../../../../shared/contract';
import { createBrowserPdfRenderer } from '../../../../../../electron/web/pdf';
import { openTestBackend, type TestBackend } from '../../backend-fixture';
import { flat, pdfPngs, pdfText } from '../pdf/pdf-text';
import { listsWorld, type ListsWorld } from './lists-world';

let t: TestBackend;
let w: ListsWorld;

beforeAll(async () => {
  t = await openTestBackend(undefined, { pdf: createBrowserPdfRenderer() });
  w = await listsWorld(t);
}, 60_000);
afterAll(() => t?.close());

type Rows = Record<string, string | number | Date>[];

async function xlsxRows(file: ExportFile): Promise<{ sheet: string; headers: string[]; rows: Rows }> {
  expect(file.mime).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  expect(file.fileName).toMatch(/\.xlsx$/);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(t.bytesOf(file) as unknown as ArrayBuffer);
  const sheet = book.worksheets[0]!;
  const headers = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
  const rows: Rows = [];
  sheet.eachRow((row, n) => {
    if (n === 1) return;
    const values = (row.values as unknown[]).slice(1);
    rows.push(Object.fromEntries(headers.map((h, i) => [h, (values[i] ?? '') as string | number | Date])));
  });
  return { sheet: sheet.name, headers, rows };
}

function csvRows(file: ExportFile): Record<string, string>[] {
  expect(file.mime).toContain('text/csv');
  expect(file.fileName).toMatch(/\.csv$/);
  const bytes = t.bytesOf(file);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const parsed = Papa.parse<Record<string, string>>(bytes.toString('utf8').slice(1), { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

describe('rooming list', () => {
  it('XLSX: a row per member of the stay in precedence, with room, type, who shares and the confirmation', async () => {
    const { sheet, rows } = await xlsxRows(await t.call('export.roomingList', { tripId: w.tripId, format: 'xlsx' }));
    expect(sheet).toBe('Rooming list');
    const mine = rows.filter((r) => r['Hotel'] === 'Lists Test Hotel Beijing');
    expect(mine.map((r) => r['Member'])).toEqual(['Albert Wong', 'Fanny Wong', 'Derek Chim']);
    expect(mine[0]).toMatchObject({ 'Hotel (Chinese)': '測試酒店北京', 'Chinese name': '黃克強', Room: '1808', 'Room type': 'Executive suite', Confirmation: 'SL-1808', 'Sharing with': '' });
    expect(mine[1]).toMatchObject({ Room: '1210', 'Sharing with': 'Derek Chim 詹德禮', Confirmation: 'SL-1210' });
    expect(mine[2]).toMatchObject({ Room: '1210', 'Sharing with': 'Fanny Wong 黃慧芬' });
    expect((mine[0]!['Check-in'] as Date).toISOString().slice(0, 10)).toBe('2025-05-18');
    expect((mine[0]!['Check-out'] as Date).toISOString().slice(0, 10)).toBe('2025-05-20');
  });

  it('XLSX in 繁體 and 简体', async () => {
    const hant = await xlsxRows(await t.call('export.roomingList', { tripId: w.tripId, format: 'xlsx', language: 'zh-Hant' }));
    expect(hant.headers).toContain('同房');
    expect(hant.rows.find((r) => r['房號'] === '1210' && r['中文姓名'] === '黃慧芬')?.['同房']).toBe('詹德禮 Derek Chim');
    const hans = await xlsxRows(await t.call('export.roomingList', { tripId: w.tripId, format: 'xlsx', language: 'zh-Hans' }));
    expect(hans.headers).toContain('确认编号');
    expect(hans.rows.find((r) => r['房号'] === '1808')?.['中文姓名']).toBe('黄克强');
  });

  it('PDF: the hotel, its dates and each room with who shares it', async () => {
    const file = await t.call('export.roomingList', { tripId: w.tripId, format: 'pdf' });
    expect(file.mime).toBe('application/pdf');
    const out = path.join(t.dir, 'rooming-en.pdf');
    await writeFile(out, t.bytesOf(file));
    await pdfPngs(out, '/tmp/shots-lists/rooming-en', 1, 1, 70);
    const text = flat(await pdfText(out));
    expect(text).toContain('Lists Test Hotel Beijing');
    expect(text).toContain('測試酒店北京');
    expect(text).toContain('2 nights');
    expect(text).toMatch(/Albert Wong 黃克強 .*1808 Executive/);
    expect(text).toMatch(/Fanny Wong 黃慧芬 .*1210 Twin Derek Chim 詹德禮 SL-1210/);
    expect(text).toContain('Not in a room here: Zoe Lam 林知恩');
    const hans = path.join(t.dir, 'rooming-zh-Hans.pdf');
    await writeFile(hans, t.bytesOf(await t.call('export.roomingList', { tripId: w.tripId, format: 'pdf', language: 'zh-Hans' })));
    await pdfPngs(hans, '/tmp/shots-lists/rooming-zh-Hans', 1, 1, 70);
    const hansText = flat(await pdfText(hans));
    expect(hansText).toContain('住宿名单');
    expect(hansText).toContain('测试酒店北京');
  }, 60_000);
});

describe('travel manifest', () => {
  it('CSV: each member’s arrival and departure with carrier, codes, terminals, local times, seat, class and booking', async () => {
    const rows = csvRows(await t.call('export.manifest', { tripId: w.tripId, format: 'csv' }));
    const albert = rows.filter((r) => r['Member'] === 'Albert Wong');
    expect(albert.map((r) => r['Journey'])).toEqual(['Arrival', 'Departure']);
    expect(albert[0]).toMatchObject({
      'Chinese name': '黃克強',
      Date: '2025-05-18',
      Mode: 'Flight',
      'Carrier and number': 'CX 312',
      'From code': 'HKG',
      'From terminal': '1',
      Departs: '09:00',
      'Arrival date': '2025-05-18',
      Arrives: '12:20',
      Seat: '11A',
      Class: 'Business',
      'Booking ref': 'ABC123',
    });
    expect(albert[0]!['From']).toContain('Hong Kong International Airport');
    expect(albert[1]).toMatchObject({ 'Carrier and number': 'CA 111', Departs: '19:30', Arrives: '22:55', Seat: '2K', Class: 'First', 'Booking ref': 'XYZ999' });
    // Derek travels as a member of the journeys, with no seat entered yet.
    const derek = rows.filter((r) => r['Member'] === 'Derek Chim');
    expect(derek.map((r) => r['Journey'])).toEqual(['Arrival', 'Departure']);
    expect(derek[0]!['Seat']).toBe('');
    expect(rows.filter((r) => r['Member'] === 'Zoe Lam')).toEqual([expect.objectContaining({ Journey: 'No travel entered', Date: '' })]);
    // Members in precedence order.
    expect([...new Set(rows.map((r) => r['Member']))]).toEqual(['Albert Wong', 'Fanny Wong', 'Derek Chim', 'Zoe Lam']);
  });

  it('XLSX: the same rows with dates as dates, in 繁體 and 简体', async () => {
    const en = await xlsxRows(await t.call('export.manifest', { tripId: w.tripId, format: 'xlsx' }));
    const fanny = en.rows.find((r) => r['Member'] === 'Fanny Wong' && r['Journey'] === 'Arrival')!;
    expect(fanny).toMatchObject({ Seat: '11C', 'Booking ref': 'ABC124', 'Carrier and number': 'CX 312', '#': 2 });
    expect((fanny['Date'] as Date).toISOString().slice(0, 10)).toBe('2025-05-18');
    const hant = await xlsxRows(await t.call('export.manifest', { tripId: w.tripId, format: 'xlsx', language: 'zh-Hant' }));
    expect(hant.rows.find((r) => r['中文姓名'] === '黃克強' && r['行程'] === '抵達')).toMatchObject({ 座位: '11A', 交通工具: '航班' });
    const hans = await xlsxRows(await t.call('export.manifest', { tripId: w.tripId, format: 'xlsx', language: 'zh-Hans' }));
    expect(hans.headers).toContain('订位编号');
    expect(hans.rows.find((r) => r['中文姓名'] === '黄克强' && r['行程'] === '离开')).toMatchObject({ 座位: '2K' });
  });
});
