// A record's key fields as label/value pairs, for the record page and for telling records apart when merging.
import type { TFunction } from 'i18next';
import type { Contact, Member, Organisation } from '../../../../shared/model';
import type { DirectorySection } from '../../app/router';
import type { DirectoryRecord } from './directoryLogic';

export interface Fact {
  key: string;
  label: string;
  value: string;
}

export function recordFacts(section: DirectorySection, record: DirectoryRecord, organisations: ReadonlyMap<string, Organisation>, t: TFunction): Fact[] {
  const fact = (key: string, label: string, value: string): Fact => ({ key, label, value });
  if (section === 'organisations') {
    const o = record as Organisation;
    return [
      fact('kind', t('directory.columns.kind'), t(`directory.kinds.${o.kind}`)),
      fact('sector', t('directory.columns.sector'), o.sector),
      fact('city', t('directory.columns.city'), o.city),
      fact('website', t('directory.columns.website'), o.website),
    ];
  }
  if (section === 'contacts') {
    const c = record as Contact;
    const org = c.organisationId ? organisations.get(c.organisationId) : undefined;
    return [
      fact('title', t('directory.columns.title'), c.title),
      fact('organisation', t('directory.columns.organisation'), org ? org.name.en : ''),
      fact('email', t('directory.columns.email'), c.email),
      fact('phone', t('directory.columns.phone'), c.phone),
    ];
  }
  const m = record as Member;
  return [
    fact('rank', t('directory.columns.rank'), String(m.rank)),
    fact('title', t('directory.columns.title'), m.title),
    fact('organisation', t('directory.columns.organisation'), m.organisation),
  ];
}
