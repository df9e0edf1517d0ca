// The import preview's logic: counting ready and bad rows (the header row is no contact), new organisations once,
// changing one field of the mapping, and shortening long lists.
import { describe, expect, it } from 'vitest';
import type { ContactImportRow } from '../../../../../../shared/contract';
import { problemsOf, shorten, summarise, visibleRows, withField } from '../../../../../../renderer/src/features/tables/importModel';

const ok = (row: number, org?: string): ContactImportRow => ({
  row,
  values: { nameEn: `Person ${row}` },
  errors: [],
  issues: org ? [{ code: 'new-organisation', level: 'note', value: org }] : [],
});
const bad = (row: number, org?: string): ContactImportRow => ({
  row,
  values: {},
  errors: ['no name in English (the directory needs one)'],
  issues: [{ code: 'no-name', level: 'error' }, ...(org ? [{ code: 'new-organisation' as const, level: 'note' as const, value: org }] : [])],
});

describe('summarise', () => {
  it('counts ready rows and lists bad ones, with each new organisation once, only from ready rows', () => {
    const summary = summarise([ok(2, 'Zhipu AI'), bad(3, 'Only On A Bad Row'), ok(4, 'zhipu ai'), ok(5, 'Acme'), bad(9)]);
    expect(summary).toEqual({ total: 5, ready: 3, badRows: [3, 9], newOrganisations: ['Zhipu AI', 'Acme'] });
  });

  it('does not count a problem with the header row as a contact', () => {
    const header: ContactImportRow = { row: 1, values: {}, errors: ['no header'], issues: [{ code: 'no-header', level: 'error' }] };
    expect(summarise([header, ok(2)])).toEqual({ total: 1, ready: 1, badRows: [1], newOrganisations: [] });
  });
});

describe('withField', () => {
  it('sets a field and removes it when "not imported" is chosen, leaving the original alone', () => {
    const mapping = { nameEn: 'Name', email: 'Email' };
    expect(withField(mapping, 'phone', 'Tel')).toEqual({ nameEn: 'Name', email: 'Email', phone: 'Tel' });
    expect(withField(mapping, 'email', '')).toEqual({ nameEn: 'Name' });
    expect(mapping).toEqual({ nameEn: 'Name', email: 'Email' });
  });
});

describe('problemsOf', () => {
  it('splits errors and notes, and falls back to the English words when codes are missing', () => {
    expect(problemsOf(bad(3, 'X'))).toEqual({ errors: [{ code: 'no-name', level: 'error' }], notes: [{ code: 'new-organisation', level: 'note', value: 'X' }], plain: [] });
    expect(problemsOf({ row: 2, values: {}, errors: ['odd'] })).toEqual({ errors: [], notes: [], plain: ['odd'] });
  });
});

describe('lists', () => {
  it('shortens long lists of rows', () => {
    expect(shorten([1, 2, 3], 2)).toEqual({ shown: [1, 2], more: 1 });
    expect(shorten([1, 2], 12)).toEqual({ shown: [1, 2], more: 0 });
  });

  it('shows only rows with problems when asked, up to a limit', () => {
    const rows = [ok(2), bad(3), ok(4), bad(5)];
    expect(visibleRows(rows, true).rows.map((r) => r.row)).toEqual([3, 5]);
    expect(visibleRows(rows, false, 3)).toMatchObject({ of: 4 });
    expect(visibleRows(rows, false, 3).rows).toHaveLength(3);
  });
});
