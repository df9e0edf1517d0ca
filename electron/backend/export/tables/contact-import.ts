// Reads a contacts CSV for import: papaparse finds the delimiter (comma, semicolon or tab) and the quoting; this file
// maps columns to fields, checks every row against the directory and says, row by row, what stops it or what
// importing it will also do (create its organisation). It decides nothing on disk: the handler writes the plan.
import Papa from 'papaparse';
import type { ContactImportIssue, ContactImportRow } from '../../../../shared/contract';
import type { Contact, Organisation } from '../../../../shared/model';
import { cleanMapping, contactFields, guessMapping, type ContactField, type ContactMapping } from './contact-mapping';

export interface Directory {
  contacts: Contact[];
  organisations: Organisation[];
}

/** A row that can be imported, with its organisation: an existing one, or a name to create. */
export interface ReadyRow {
  row: number;
  values: Partial<Record<ContactField, string>>;
  organisation?: { id: string } | { create: string };
}

export interface ContactsReading {
  columns: string[];
  mapping: ContactMapping;
  rows: ContactImportRow[];
  ready: ReadyRow[];
}

/** The store's limits (shared/model/directory.ts), checked here so a row is reported rather than failing the import. */
const maxLength: Record<ContactField, number> = { nameEn: 300, nameZhHant: 300, nameZhHans: 300, title: 300, organisation: 300, email: 300, phone: 100 };
const fieldWords: Record<ContactField, string> = {
  nameEn: 'name in English',
  nameZhHant: 'name in Traditional Chinese',
  nameZhHans: 'name in Simplified Chinese',
  title: 'title',
  organisation: 'organisation',
  email: 'email address',
  phone: 'phone number',
};

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const looksLikePhone = /^\+?\d[\d\s()-]{5,}$/;

/**
 * Whether a cell holds something shaped like an address ("x@y.z" inside it), in one pass. The regex this replaces,
 * /\S+@\S+\.\S+/, backtracked: one 128 KB header cell without an "@" took minutes.
 */
export function looksLikeEmail(cell: string): boolean {
  for (const word of cell.split(/\s+/)) {
    const at = word.indexOf('@', 1);
    // Some "@" after the first character, then a "." with a character on each side of it.
    if (at > 0 && word.lastIndexOf('.', word.length - 2) >= at + 2) return true;
  }
  return false;
}

/**
 * The column names, made unique ("Name", "Name (2)"), in time linear in the columns: a list search for every try of
 * every name was cubic, and a header of 32,768 "a"s took minutes. Each name remembers the next number to try.
 */
function uniqueColumns(header: string[]): string[] {
  const used = new Set<string>();
  const next = new Map<string, number>();
  return header.map((cell, i) => {
    const base = cell.trim() || `Column ${i + 1}`;
    let name = base;
    let n = next.get(base) ?? 2;
    while (used.has(name)) name = `${base} (${n++})`;
    next.set(base, n);
    used.add(name);
    return name;
  });
}

/** Words for people, in English: the renderer words the same issues from their codes in the user's language. */
export function describeIssue(issue: ContactImportIssue): string {
  switch (issue.code) {
    case 'no-name':
      return 'no name in English (the directory needs one)';
    case 'bad-email':
      return `the email address "${issue.value ?? ''}" is not valid`;
    case 'too-long':
      return `the ${fieldWords[issue.value as ContactField] ?? 'value'} is too long (at most ${maxLength[issue.value as ContactField] ?? 300} characters)`;
    case 'duplicate':
      return 'already in the directory (same English name and organisation)';
    case 'duplicate-in-file':
      return `the same contact as row ${issue.value ?? '?'}`;
    case 'unclosed-quote':
      return 'a quote opened in this row is never closed, so the rest of the file was read as one value';
    case 'extra-values':
      return `${issue.value ?? 'more'} values, more than the file has columns; a value containing the delimiter needs quotes`;
    case 'no-header':
      return 'the first row looks like a contact, not column names: add a header row (Name, Title, Organisation, Email, Phone)';
    case 'empty-file':
      return 'the file is empty';
    case 'new-organisation':
      return `organisation not found: "${issue.value ?? ''}" will be created`;
  }
}

/** Names compared the way people mean them: case, width and spacing aside. */
function key(name: string): string {
  return name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
}

function organisationsByName(organisations: Organisation[]): Map<string, Organisation> {
  const byName = new Map<string, Organisation>();
  for (const org of organisations) {
    if (org.deleted) continue;
    for (const name of [org.name.en, org.name.zhHant, org.name.zhHans]) if (name.trim() && !byName.has(key(name))) byName.set(key(name), org);
  }
  return byName;
}

function row(number: number, values: Record<string, string>, issues: ContactImportIssue[]): ContactImportRow {
  return { row: number, values, errors: issues.filter((i) => i.level === 'error').map(describeIssue), issues };
}

export function readContacts(text: string, requested: Record<string, string> | undefined, directory: Directory): ContactsReading {
  const source = text.replace(/^\uFEFF/, '');
  if (source.trim() === '') {
    return { columns: [], mapping: {}, rows: [row(1, {}, [{ code: 'empty-file', level: 'error' }])], ready: [] };
  }
  const parsed = Papa.parse<string[]>(source, { skipEmptyLines: 'greedy', delimitersToGuess: [',', ';', '\t'] });
  const records = parsed.data;
  const header = records[0] ?? [];
  // Unique, non-empty column names, since the mapping refers to columns by name.
  const columns = uniqueColumns(header);
  const mapping = requested ? cleanMapping(requested, columns) : guessMapping(columns);
  const indexOf = new Map(columns.map((column, i) => [column, i]));

  // Quote errors belong to the record papaparse was reading; an unclosed quote swallows the rest of the file.
  const quoteTrouble = new Set<number>();
  for (const error of parsed.errors) {
    if (error.type !== 'Quotes') continue;
    quoteTrouble.add(error.row !== undefined && error.row < records.length ? error.row : records.length - 1);
  }

  const rows: ContactImportRow[] = [];
  const ready: ReadyRow[] = [];
  const headerIssues: ContactImportIssue[] = [];
  if (quoteTrouble.has(0)) headerIssues.push({ code: 'unclosed-quote', level: 'error' });
  if (header.some((cell) => looksLikeEmail(cell) || looksLikePhone.test(cell.trim()))) headerIssues.push({ code: 'no-header', level: 'error' });
  if (headerIssues.length > 0) rows.push(row(1, {}, headerIssues));

  const orgs = organisationsByName(directory.organisations);
  const existing = new Set(directory.contacts.filter((c) => !c.deleted).map((c) => `${key(c.name.en)}|${c.organisationId ?? ''}`));
  const seen = new Map<string, number>();

  for (let i = 1; i < records.length; i++) {
    const record = records[i]!;
    const number = i + 1;
    const values: Record<string, string> = {};
    for (const field of contactFields) {
      const column = mapping[field];
      if (column !== undefined) values[field] = (record[indexOf.get(column) ?? -1] ?? '').trim();
    }
    const issues: ContactImportIssue[] = [];
    if (quoteTrouble.has(i)) issues.push({ code: 'unclosed-quote', level: 'error' });
    const extra = record.slice(columns.length).filter((cell) => cell.trim() !== '');
    if (extra.length > 0) issues.push({ code: 'extra-values', level: 'error', value: String(columns.length + extra.length) });
    if (!values.nameEn) issues.push({ code: 'no-name', level: 'error' });
    for (const field of contactFields) {
      if ((values[field]?.length ?? 0) > maxLength[field]) issues.push({ code: 'too-long', level: 'error', value: field });
    }
    if (values.email && values.email.length <= maxLength.email && !emailPattern.test(values.email)) issues.push({ code: 'bad-email', level: 'error', value: values.email });

    const orgName = values.organisation ?? '';
    const org = orgName ? orgs.get(key(orgName)) : undefined;
    if (values.nameEn) {
      const identity = `${key(values.nameEn)}|${org ? org.id : orgName ? `new:${key(orgName)}` : ''}`;
      if (existing.has(identity)) issues.push({ code: 'duplicate', level: 'error' });
      const first = seen.get(identity);
      if (first !== undefined) issues.push({ code: 'duplicate-in-file', level: 'error', value: String(first) });
      else if (!issues.some((x) => x.level === 'error')) seen.set(identity, number);
    }
    if (orgName && !org) issues.push({ code: 'new-organisation', level: 'note', value: orgName });

    rows.push(row(number, values, issues));
    if (!issues.some((x) => x.level === 'error')) {
      ready.push({ row: number, values, ...(org ? { organisation: { id: org.id } } : orgName ? { organisation: { create: orgName } } : {}) });
    }
  }
  return { columns, mapping, rows, ready };
}

/** "rows 4, 9, 12", shortened for long lists. */
export function rowList(numbers: number[], show = 12): string {
  const shown = numbers.slice(0, show).join(', ');
  const more = numbers.length > show ? ` and ${numbers.length - show} more` : '';
  return `${numbers.length === 1 ? 'row' : 'rows'} ${shown}${more}`;
}
