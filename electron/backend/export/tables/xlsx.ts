// A table as an Excel workbook through exceljs: a bold, frozen header row with a filter, columns sized to their
// content, numbers stored as numbers and calendar dates as real dates, so people can sort, sum and filter at once.
// exceljs (with its zip libraries) is loaded on the first workbook, not with the backend: evaluating it was the largest
// part of loading the backend's code, which stands between starting the app and its first screen.
import type ExcelJS from 'exceljs';
import type { Report } from '../../workers/progress';
import type { Cell, Column, Table } from './table';

/** Rows between progress reports. */
const REPORT_EVERY = 1000;

const minWidth = 8;
const defaultMaxWidth = 30;

/** How wide text looks in characters: CJK characters take about two. */
function displayWidth(value: string): number {
  let width = 0;
  for (const ch of value) width += /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/.test(ch) ? 2 : 1;
  return width;
}

function cellText(value: Cell, column: Column): string {
  if (value === undefined) return '';
  return column.type === 'number' && typeof value === 'number' ? value.toLocaleString('en-GB') : String(value);
}

/** A calendar date as UTC midnight: Excel dates have no zone, and exceljs converts from UTC. */
function cellValue(value: Cell, column: Column): ExcelJS.CellValue {
  if (value === undefined || value === '') return null;
  if (column.type === 'date' && typeof value === 'string') return new Date(`${value}T00:00:00Z`);
  return value;
}

export async function toXlsx(table: Table, createdAt: Date, report?: Report): Promise<Uint8Array> {
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  workbook.creator = 'Delegation Planner';
  workbook.created = createdAt;
  workbook.modified = createdAt;
  const sheet = workbook.addWorksheet(table.name, { views: [{ state: 'frozen', ySplit: 1 }] });

  sheet.columns = table.columns.map((column) => {
    const longest = Math.max(displayWidth(column.header), ...table.rows.map((row) => displayWidth(cellText(row[column.key], column))));
    const width = Math.min(Math.max(longest + 2, minWidth), column.maxWidth ?? defaultMaxWidth);
    const style: Partial<ExcelJS.Style> =
      column.type === 'number' ? { numFmt: '#,##0' } : column.type === 'date' ? { numFmt: 'yyyy-mm-dd' } : { alignment: { vertical: 'top', wrapText: longest + 2 > width } };
    return { header: column.header, key: column.key, width, style };
  });
  const total = table.rows.length;
  table.rows.forEach((row, i) => {
    sheet.addRow(Object.fromEntries(table.columns.map((c) => [c.key, cellValue(row[c.key], c)])));
    if ((i + 1) % REPORT_EVERY === 0) report?.({ done: i + 1, total });
  });

  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle' };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7EFF9' } };
  if (table.columns.length > 0) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.columns.length } };

  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
