// What the contacts-import preview shows, worked out from the backend's answer: the fields a column can fill, which
// rows are ready and which are not, the organisations that importing would create, and how long lists are shortened.
import type { ContactImportIssue, ContactImportRow } from '../../../../shared/contract';

/** The fields of a contact a column can fill, in the order the mapping shows them; nameEn is required. */
export const importFields = ['nameEn', 'nameZhHant', 'nameZhHans', 'title', 'organisation', 'email', 'phone'] as const;
export type ImportField = (typeof importFields)[number];

export interface ImportPreview {
  columns: string[];
  mapping: Record<string, string>;
  rows: ContactImportRow[];
}

export interface ImportSummary {
  total: number;
  ready: number;
  /** Row numbers that cannot be imported, in file order. */
  badRows: number[];
  /** Organisations importing the ready rows would create, as written in the file, each once. */
  newOrganisations: string[];
}

export function isBad(row: ContactImportRow): boolean {
  return row.errors.length > 0;
}

export function summarise(rows: readonly ContactImportRow[]): ImportSummary {
  const badRows = rows.filter(isBad).map((r) => r.row);
  const seen = new Map<string, string>();
  for (const row of rows) {
    if (isBad(row)) continue;
    for (const issue of row.issues ?? []) {
      if (issue.code !== 'new-organisation' || !issue.value) continue;
      const key = issue.value.normalize('NFKC').trim().toLowerCase();
      if (!seen.has(key)) seen.set(key, issue.value);
    }
  }
  // Row 1 is the header: a problem there (no header, an unclosed quote) is not a contact, so it is not counted as one.
  const contacts = rows.filter((r) => r.row > 1);
  return { total: contacts.length, ready: contacts.filter((r) => !isBad(r)).length, badRows, newOrganisations: [...seen.values()] };
}

/** The mapping with one field changed; choosing "not imported" ('') removes the field. */
export function withField(mapping: Record<string, string>, field: ImportField, column: string): Record<string, string> {
  const next = { ...mapping };
  if (column) next[field] = column;
  else delete next[field];
  return next;
}

/** The problems of a row, with notes after errors; rows the backend sent without codes keep its English words. */
export function problemsOf(row: ContactImportRow): { errors: ContactImportIssue[]; notes: ContactImportIssue[]; plain: string[] } {
  const issues = row.issues ?? [];
  const errors = issues.filter((i) => i.level === 'error');
  return { errors, notes: issues.filter((i) => i.level === 'note'), plain: errors.length === 0 ? row.errors : [] };
}

/** The first `limit` numbers and how many more there are, so a long list of rows stays readable. */
export function shorten(numbers: readonly number[], limit = 12): { shown: number[]; more: number } {
  return { shown: numbers.slice(0, limit), more: Math.max(0, numbers.length - limit) };
}

/** Rows the table shows: all, or only those with problems; at most `limit` of them. */
export function visibleRows(rows: readonly ContactImportRow[], onlyProblems: boolean, limit = 200): { rows: ContactImportRow[]; of: number } {
  const matching = onlyProblems ? rows.filter(isBad) : [...rows];
  return { rows: matching.slice(0, limit), of: matching.length };
}
