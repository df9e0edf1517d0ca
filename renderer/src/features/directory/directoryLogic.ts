// The directory's list rules without React: which records a search finds, and the order they are listed in.
import type { Contact, Member, Names, Organisation } from '../../../../shared/model';

export type DirectoryRecord = Organisation | Contact | Member;

/**
 * Text folded for comparison: full-width letters and digits become ordinary ones (NFKC), case is ignored and runs
 * of spaces collapse. Chinese characters are left as they are, so any substring of a Chinese name matches.
 */
export function foldText(text: string): string {
  return text.normalize('NFKC').toLocaleLowerCase('en').replace(/\s+/g, ' ').trim();
}

/** The words of a query; every one must appear somewhere in the record ("hkstp shenzhen" narrows, not widens). */
export function queryTerms(query: string): string[] {
  return foldText(query).split(' ').filter(Boolean);
}

/** True when every term of the query appears in one of the texts. An empty query matches everything. */
export function matchesQuery(texts: readonly string[], query: string): boolean {
  const terms = queryTerms(query);
  if (terms.length === 0) return true;
  const haystack = texts.map(foldText).filter(Boolean);
  return terms.every((term) => haystack.some((text) => text.includes(term)));
}

const nameTexts = (name: Names): string[] => [name.en, name.zhHant, name.zhHans];

/** What a search looks at for an organisation: its names, kind, sector, city and website. */
export function organisationTexts(o: Organisation): string[] {
  return [...nameTexts(o.name), o.sector, o.city, o.website];
}

/** What a search looks at for a contact: names, title, email, phone, and their organisation's names and city. */
export function contactTexts(c: Contact, organisation?: Organisation): string[] {
  const org = organisation ? [...nameTexts(organisation.name), organisation.city, organisation.sector] : [];
  return [...nameTexts(c.name), c.title, c.email, c.phone, ...org];
}

/** What a search looks at for a delegation member: names, title and organisation. */
export function memberTexts(m: Member): string[] {
  return [...nameTexts(m.name), m.title, m.organisation];
}

const byEnglishName = (a: { name: Names }, b: { name: Names }): number =>
  a.name.en.localeCompare(b.name.en, 'en', { sensitivity: 'base', numeric: true }) || a.name.zhHant.localeCompare(b.name.zhHant, 'zh-Hant');

/** Organisations and contacts: alphabetical by English name (the name every record has). */
export function sortByName<T extends { name: Names }>(records: readonly T[]): T[] {
  return [...records].sort(byEnglishName);
}

/** Members: in order of precedence (rank 1 leads), then alphabetical among equal ranks. */
export function sortMembers(members: readonly Member[]): Member[] {
  return [...members].sort((a, b) => a.rank - b.rank || byEnglishName(a, b));
}

/** The Chinese forms worth showing beside the English name: Traditional, then Simplified when it differs. */
export function chineseNames(name: Names): { zhHant?: string; zhHans?: string } {
  const zhHant = name.zhHant.trim() || undefined;
  const zhHans = name.zhHans.trim() && name.zhHans.trim() !== zhHant ? name.zhHans.trim() : undefined;
  return { zhHant, zhHans };
}

/** A website as a link target: people type "hkstp.org" more often than "https://hkstp.org". */
export function websiteHref(website: string): string | undefined {
  const trimmed = website.trim();
  if (!trimmed) return undefined;
  if (/^https?:\/\//i.test(trimmed)) return trimmed;
  if (/^[\w.-]+\.[a-z]{2,}(\/.*)?$/i.test(trimmed)) return `https://${trimmed}`;
  return undefined;
}
