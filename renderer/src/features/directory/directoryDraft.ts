// The directory form's working copy: plain strings as typed, checked in words people understand, and turned into
// the contract's input. The backend checks again; its `invalid-input` issues land on the same field paths.
import type { TFunction } from 'i18next';
import type { InputOf } from '../../../../shared/contract';
import type { Contact, Member, Organisation, OrganisationKind } from '../../../../shared/model';
import type { DirectorySection } from '../../app/router';

export interface DirectoryDraft {
  nameEn: string;
  nameZhHant: string;
  nameZhHans: string;
  /** Organisation */
  kind: OrganisationKind;
  sector: string;
  city: string;
  website: string;
  /** Contact and member */
  title: string;
  /** Contact: an organisation id, or '' for none. */
  organisationId: string;
  email: string;
  phone: string;
  /** Member: the organisation as text, and the rank as typed. */
  organisation: string;
  rank: string;
}

/** Field path (as the backend names it, e.g. `name.en`) → message. */
export type FieldErrors = Record<string, string>;

export function emptyDraft(): DirectoryDraft {
  return { nameEn: '', nameZhHant: '', nameZhHans: '', kind: 'company', sector: '', city: '', website: '', title: '', organisationId: '', email: '', phone: '', organisation: '', rank: '' };
}

export function draftFromRecord(section: DirectorySection, record: Organisation | Contact | Member): DirectoryDraft {
  const draft: DirectoryDraft = { ...emptyDraft(), nameEn: record.name.en, nameZhHant: record.name.zhHant, nameZhHans: record.name.zhHans };
  if (section === 'organisations') {
    const o = record as Organisation;
    return { ...draft, kind: o.kind, sector: o.sector, city: o.city, website: o.website };
  }
  if (section === 'contacts') {
    const c = record as Contact;
    return { ...draft, title: c.title, organisationId: c.organisationId ?? '', email: c.email, phone: c.phone };
  }
  const m = record as Member;
  return { ...draft, title: m.title, organisation: m.organisation, rank: String(m.rank) };
}

/** Which draft field shows the error for a backend path. */
export const fieldOfPath: Record<string, keyof DirectoryDraft> = {
  'name.en': 'nameEn',
  'name.zhHant': 'nameZhHant',
  'name.zhHans': 'nameZhHans',
  name: 'nameEn',
  kind: 'kind',
  sector: 'sector',
  city: 'city',
  website: 'website',
  title: 'title',
  organisationId: 'organisationId',
  email: 'email',
  phone: 'phone',
  organisation: 'organisation',
  rank: 'rank',
};

const names = (d: DirectoryDraft) => ({ en: d.nameEn.trim(), zhHant: d.nameZhHant.trim(), zhHans: d.nameZhHans.trim() });

export function organisationInput(d: DirectoryDraft): InputOf<'organisations.create'> {
  return { name: names(d), kind: d.kind, sector: d.sector.trim(), city: d.city.trim(), website: d.website.trim() };
}

export function contactInput(d: DirectoryDraft): InputOf<'contacts.create'> {
  const base = { name: names(d), title: d.title.trim(), email: d.email.trim(), phone: d.phone.trim() };
  return d.organisationId ? { ...base, organisationId: d.organisationId } : base;
}

export function memberInput(d: DirectoryDraft): InputOf<'members.create'> {
  // An empty rank means "no particular place": the model's default of 100, after everyone ranked.
  const rank = d.rank.trim() === '' ? defaultRank : Number(d.rank);
  return { name: names(d), title: d.title.trim(), organisation: d.organisation.trim(), rank };
}

export const defaultRank = 100;

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Checks before saving; returns errors keyed by draft field. */
export function validateDraft(section: DirectorySection, d: DirectoryDraft, t: TFunction): Partial<Record<keyof DirectoryDraft, string>> {
  const errors: Partial<Record<keyof DirectoryDraft, string>> = {};
  if (!d.nameEn.trim()) errors.nameEn = t('directory.form.required.nameEn');
  if (section === 'contacts' && d.email.trim() && !emailPattern.test(d.email.trim())) errors.email = t('directory.form.badEmail');
  if (section === 'members' && d.rank.trim() !== '') {
    const rank = Number(d.rank);
    if (!Number.isInteger(rank) || rank < 1 || rank > 10_000) errors.rank = t('directory.form.badRank');
  }
  return errors;
}

/** The backend's issues as draft-field errors, plus any message without a field (shown at the top of the form). */
export function issuesToFieldErrors(details: unknown): { fields: Partial<Record<keyof DirectoryDraft, string>>; other: string[] } {
  const issues = (details as { issues?: { path?: unknown; message?: unknown }[] } | undefined)?.issues;
  const fields: Partial<Record<keyof DirectoryDraft, string>> = {};
  const other: string[] = [];
  if (!Array.isArray(issues)) return { fields, other };
  for (const issue of issues) {
    const raw = Array.isArray(issue.path) ? issue.path.join('.') : String(issue.path ?? '');
    const path = raw.replace(/\[(\d+)\]/g, '.$1').replace(/^(patch|input)\./, '');
    const message = String(issue.message ?? '');
    const field = fieldOfPath[path];
    if (field) fields[field] = fields[field] ? `${fields[field]} ${message}` : message;
    else other.push(message);
  }
  return { fields, other };
}
