// The record picker's rules without a browser: which records match what was typed (in any of the three scripts),
// whether to offer "Create …", and the name a record created from typed text gets.
import type { Names } from '../../../shared/model';
import { nameIn } from '../i18n/names';

export interface PickerRecord {
  id: string;
  name: Pick<Names, 'en'> & Partial<Names>;
  /** A second line, e.g. a contact's title and organisation. */
  detail?: string;
}

const normalise = (text: string): string => text.normalize('NFKC').trim().toLocaleLowerCase();
const namesOf = (record: PickerRecord): string[] => [record.name.en, record.name.zhHant ?? '', record.name.zhHans ?? ''].filter(Boolean);

/** Records not already chosen whose English, Traditional or Simplified name contains the query, ignoring case.
 *  Names that start with the query come first, then alphabetical by English name. */
export function matchRecords(records: PickerRecord[], query: string, excludeIds: string[] = [], limit = 8): PickerRecord[] {
  const q = normalise(query);
  const excluded = new Set(excludeIds);
  const scored: { record: PickerRecord; rank: number }[] = [];
  for (const record of records) {
    if (excluded.has(record.id)) continue;
    const names = namesOf(record).map(normalise);
    if (!q) {
      scored.push({ record, rank: 1 });
      continue;
    }
    if (names.some((n) => n.startsWith(q))) scored.push({ record, rank: 0 });
    else if (names.some((n) => n.includes(q))) scored.push({ record, rank: 1 });
  }
  return scored
    .sort((a, b) => a.rank - b.rank || a.record.name.en.localeCompare(b.record.name.en))
    .slice(0, limit)
    .map((s) => s.record);
}

/** True when no record (chosen or not) already has exactly this name in any script: then "Create …" is offered. */
export function canCreate(records: PickerRecord[], query: string): boolean {
  const q = normalise(query);
  return q.length > 0 && !records.some((r) => namesOf(r).some((n) => normalise(n) === q));
}

const cjk = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u{20000}-\u{2fa1f}]/u;

export function isChinese(text: string): boolean {
  return cjk.test(text);
}

/** The name of a record created from typed text. English is required, so Chinese text goes in both English and
 *  Traditional Chinese; the directory page lets people put the English name in later. */
export function nameFromText(text: string): { en: string; zhHant?: string } {
  const name = text.trim();
  return isChinese(name) ? { en: name, zhHant: name } : { en: name };
}

/** The name to show for a record in the reader's language. */
export function displayName(record: Pick<PickerRecord, 'name'>, language: string): string {
  return nameIn(record.name, language);
}
