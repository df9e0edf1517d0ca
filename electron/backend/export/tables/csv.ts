// A table as CSV that Excel opens correctly: UTF-8 with a byte-order mark (without it Excel reads Chinese as
// mojibake), CRLF line ends, and quotes wherever a value needs them — all through papaparse.
import Papa from 'papaparse';
import type { Table } from './table';

const BOM = '\uFEFF';

/**
 * Text a spreadsheet would run as a formula ("=HYPERLINK(…)", "@SUM(…)") is prefixed with ' so it stays text: names
 * and notes come from colleagues' laptops and files. A leading + or - is left alone when the rest is digits, spaces
 * and brackets, so phone numbers such as "+852 2345 6789" are written as they are.
 */
const formulaLike = /^[=@\t\r]|^[+-](?![\d\s().-]*$)/;

export function toCsv(table: Table): Uint8Array {
  const data = table.rows.map((row) => table.columns.map((c) => row[c.key] ?? ''));
  const body = Papa.unparse(
    { fields: table.columns.map((c) => c.header), data },
    { newline: '\r\n', quotes: false, escapeFormulae: formulaLike },
  );
  return new TextEncoder().encode(`${BOM}${body}\r\n`);
}
