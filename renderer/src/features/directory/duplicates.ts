// Likely duplicates in the directory: records whose English names match once case, punctuation and company
// suffixes ("Ltd", "Limited", "Co.") are ignored, or whose Chinese names are the same. A hint only; people decide.
import type { Names } from '../../../../shared/model';

/** Words that say what kind of company it is rather than which one. */
const suffixWords = new Set(['ltd', 'limited', 'co', 'company', 'inc', 'incorporated', 'corp', 'corporation', 'plc', 'llc', 'gmbh', 'the']);

/** The English name reduced to what identifies it: "The Hangzhou AI Co., Ltd." → "hangzhou ai". */
export function englishKey(name: string): string {
  const words = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '') // accents: "Zürich" and "Zurich" are one place
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .split(' ')
    .filter(Boolean);
  const meaningful = words.filter((word) => !suffixWords.has(word));
  // A name made only of such words ("The Company") is compared as written rather than as nothing.
  return (meaningful.length > 0 ? meaningful : words).join(' ');
}

/** Company-form endings in Chinese, longest first so "股份有限公司" is taken whole. */
const chineseSuffixes = ['股份有限公司', '有限責任公司', '有限责任公司', '有限公司'];

/** A Chinese name without spaces, punctuation or a company-form ending. */
export function chineseKey(name: string): string {
  let key = name.normalize('NFKC').replace(/[\s\p{P}\p{S}]+/gu, '');
  for (const suffix of chineseSuffixes) {
    if (key.endsWith(suffix) && key.length > suffix.length) {
      key = key.slice(0, -suffix.length);
      break;
    }
  }
  return key;
}

export type DuplicateReason = 'english' | 'chinese';

const reasonOrder: DuplicateReason[] = ['english', 'chinese'];

export interface DuplicateGroup<T> {
  records: T[];
  /** Why they look alike: the same English name, the same Chinese name, or both. */
  reasons: DuplicateReason[];
}

/** Groups of two or more records that look like the same organisation or person, in the order of `records`. */
export function findDuplicates<T extends { id: string; name: Names }>(records: readonly T[]): DuplicateGroup<T>[] {
  // Union-find over records that share a key, so A~B by English and B~C by Chinese make one group.
  const parent = records.map((_, i) => i);
  const root = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const reasons = new Map<number, Set<DuplicateReason>>();
  const firstWithKey = new Map<string, number>();
  const link = (key: string, index: number, reason: DuplicateReason): void => {
    const seen = firstWithKey.get(key);
    if (seen === undefined) {
      firstWithKey.set(key, index);
      return;
    }
    const a = root(seen);
    const b = root(index);
    const merged = new Set([...(reasons.get(a) ?? []), ...(reasons.get(b) ?? []), reason]);
    parent[b] = a;
    reasons.set(a, merged);
  };

  records.forEach((record, i) => {
    const en = englishKey(record.name.en);
    if (en) link(`en:${en}`, i, 'english');
    // Traditional and Simplified share one key space: a name written the same way in either script matches.
    const zh = new Set([chineseKey(record.name.zhHant), chineseKey(record.name.zhHans)].filter(Boolean));
    for (const key of zh) link(`zh:${key}`, i, 'chinese');
  });

  const groups = new Map<number, T[]>();
  records.forEach((record, i) => {
    const r = root(i);
    groups.set(r, [...(groups.get(r) ?? []), record]);
  });
  return [...groups.entries()]
    .filter(([, members]) => members.length > 1)
    .map(([r, members]) => ({ records: members, reasons: reasonOrder.filter((reason) => reasons.get(r)?.has(reason)) }));
}
