// The directory form: plain strings as typed, checked by a schema built from the contract's record schemas, and
// turned into the contract's input. The backend checks again; its `invalid-input` issues land on the same fields.
import type { TFunction } from 'i18next';
import { z } from 'zod';
import type { InputOf } from '../../../../shared/contract';
import { MemberInput, Names, OrganisationKind, type Contact, type Member, type Organisation } from '../../../../shared/model';
import type { DirectorySection } from '../../app/router';
import type { FieldMap } from '../../components/forms/issuePaths';
import type { FieldMessages } from '../../components/forms/schemaForm';

export interface DirectoryValues {
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

export function emptyDraft(): DirectoryValues {
  return { nameEn: '', nameZhHant: '', nameZhHans: '', kind: 'company', sector: '', city: '', website: '', title: '', organisationId: '', email: '', phone: '', organisation: '', rank: '' };
}

export function draftFromRecord(section: DirectorySection, record: Organisation | Contact | Member): DirectoryValues {
  const draft: DirectoryValues = { ...emptyDraft(), nameEn: record.name.en, nameZhHant: record.name.zhHant, nameZhHans: record.name.zhHans };
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

/** Where the backend's issue paths show; a name without a language is the English one, which is required. */
export const directoryFieldMap: FieldMap = {
  fields: Object.keys(emptyDraft()),
  rename: { 'name.en': 'nameEn', 'name.zhHant': 'nameZhHant', 'name.zhHans': 'nameZhHans', name: 'nameEn' },
};

const names = (d: DirectoryValues) => ({ en: d.nameEn.trim(), zhHant: d.nameZhHant.trim(), zhHans: d.nameZhHans.trim() });

export function organisationInput(d: DirectoryValues): InputOf<'organisations.create'> {
  return { name: names(d), kind: d.kind, sector: d.sector.trim(), city: d.city.trim(), website: d.website.trim() };
}

export function contactInput(d: DirectoryValues): InputOf<'contacts.create'> {
  const base = { name: names(d), title: d.title.trim(), email: d.email.trim(), phone: d.phone.trim() };
  return d.organisationId ? { ...base, organisationId: d.organisationId } : base;
}

export function memberInput(d: DirectoryValues): InputOf<'members.create'> {
  // An empty rank means "no particular place": the model's default of 100, after everyone ranked.
  const rank = d.rank.trim() === '' ? defaultRank : Number(d.rank);
  return { name: names(d), title: d.title.trim(), organisation: d.organisation.trim(), rank };
}

export const defaultRank = 100;

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const free = z.string();
const rank = MemberInput.shape.rank.unwrap();

/** The form's values checked as typed for one section: the contract's name and rank rules, and an email that
 *  looks like one (the contract keeps any text, so imported lists are not refused). */
export function directoryForm(section: DirectorySection) {
  return z.object({
    nameEn: Names.shape.en,
    nameZhHant: Names.shape.zhHant,
    nameZhHans: Names.shape.zhHans,
    kind: OrganisationKind,
    sector: free,
    city: free,
    website: free,
    title: free,
    organisationId: free,
    email: section === 'contacts' ? z.string().trim().pipe(z.union([z.literal(''), z.string().regex(emailPattern)])) : free,
    phone: free,
    organisation: free,
    // An empty rank means "no particular place"; a typed one must be a whole number the contract accepts.
    rank: section === 'members' ? z.string().refine((typed) => typed.trim() === '' || rank.safeParse(Number(typed)).success) : free,
  });
}

/** Each field's problem in words people understand. */
export function directoryMessages(t: TFunction): FieldMessages {
  return {
    nameEn: () => t('directory.form.required.nameEn'),
    email: () => t('directory.form.badEmail'),
    rank: () => t('directory.form.badRank'),
  };
}
