// One record's own page: its names in all three forms, its details and, for an organisation, its contacts.
// "Used in" (the trips and events that refer to it) needs a backend method and comes with the organisation page.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Contact, Organisation } from '../../../../shared/model';
import { hrefFor, type DirectorySection } from '../../app/router';
import { PageHeading } from '../../components/PageHeading';
import { OrganisationBriefing } from '../notes/BriefingSections';
import { chineseNames, sortByName, websiteHref, type DirectoryRecord } from './directoryLogic';
import { RecordName } from './RecordName';
import { recordFacts, type Fact } from './recordFacts';
import type { DirectoryActions } from './useDirectoryActions';

interface RecordViewProps {
  section: DirectorySection;
  record: DirectoryRecord | undefined;
  organisations: Organisation[];
  contacts: Contact[];
  actions: DirectoryActions;
}

function FactValue({ fact, organisation }: { fact: Fact; organisation?: Organisation }) {
  const { t } = useTranslation();
  if (!fact.value) return <span className="muted">{t('directory.none')}</span>;
  const website = fact.key === 'website' ? websiteHref(fact.value) : undefined;
  if (website)
    return (
      <a href={website} target="_blank" rel="noreferrer noopener">
        {fact.value}
      </a>
    );
  if (fact.key === 'email') return <a href={`mailto:${fact.value}`}>{fact.value}</a>;
  if (fact.key === 'organisation' && organisation) return <RecordName name={organisation.name} href={hrefFor({ page: 'directory', section: 'organisations', id: organisation.id })} />;
  return <>{fact.value}</>;
}

export function RecordView({ section, record, organisations, contacts, actions }: RecordViewProps) {
  const { t } = useTranslation();
  const byId = useMemo(() => new Map(organisations.map((o) => [o.id, o])), [organisations]);
  const back = (
    <a className="back-link" href={hrefFor({ page: 'directory', section })}>
      <span aria-hidden="true">← </span>
      {t(`directory.record.back.${section}`)}
    </a>
  );

  if (!record) {
    return (
      <div className="page">
        {back}
        <div className="callout callout--error" role="alert">
          <p className="callout__title">{t('directory.record.notFound')}</p>
        </div>
      </div>
    );
  }

  const { zhHant, zhHans } = chineseNames(record.name);
  const organisation = section === 'contacts' ? byId.get((record as Contact).organisationId ?? '') : undefined;
  const ownContacts = section === 'organisations' ? sortByName(contacts.filter((c) => c.organisationId === record.id)) : [];

  return (
    <div className="page directory-record">
      {back}
      <div className="page__toolbar">
        <div>
          <PageHeading>{record.name.en}</PageHeading>
          {(zhHant || zhHans) && (
            <p className="directory-record__zh">
              {zhHant && (
                <span lang="zh-Hant" title={t('directory.record.traditional')}>
                  {zhHant}
                </span>
              )}
              {zhHans && (
                <span lang="zh-Hans" title={t('directory.record.simplified')}>
                  {zhHans}
                </span>
              )}
            </p>
          )}
        </div>
        <div className="page__actions">
          {section === 'organisations' && (
            <a className="button" href={hrefFor({ page: 'organisation', id: record.id })}>
              {t('outcomes.org.open')}
            </a>
          )}
          <button type="button" className="button" onClick={() => actions.edit(section, record)}>
            {t('common.edit')}
          </button>
          <button type="button" className="button button--quiet-danger" onClick={() => actions.remove(section, record)}>
            {t('common.delete')}
          </button>
        </div>
      </div>

      <section className="panel" aria-labelledby="record-details">
        <h2 id="record-details">{t('directory.record.details')}</h2>
        <dl className="facts">
          <div>
            <dt>{t('directory.record.traditional')}</dt>
            <dd lang="zh-Hant">{record.name.zhHant || <span className="muted">{t('directory.none')}</span>}</dd>
          </div>
          <div>
            <dt>{t('directory.record.simplified')}</dt>
            <dd lang="zh-Hans">{record.name.zhHans || <span className="muted">{t('directory.none')}</span>}</dd>
          </div>
          {recordFacts(section, record, byId, t).map((fact) => (
            <div key={fact.key}>
              <dt>{fact.label}</dt>
              <dd>
                <FactValue fact={fact} organisation={organisation} />
              </dd>
            </div>
          ))}
        </dl>
      </section>

      {section === 'organisations' && (
        <section className="panel directory-record__contacts" aria-labelledby="record-contacts">
          <div className="section-head">
            <h2 id="record-contacts">
              {t('directory.record.contacts')} <span className="count">{ownContacts.length}</span>
            </h2>
            <button type="button" className="button button--small" onClick={() => actions.create('contacts', { organisationId: record.id })}>
              <span aria-hidden="true">＋ </span>
              {t('directory.record.addContact')}
            </button>
          </div>
          {ownContacts.length === 0 ? (
            <p className="muted">{t('directory.record.noContacts')}</p>
          ) : (
            <ul className="org-contacts">
              {ownContacts.map((c) => (
                <li key={c.id} className="org-contacts__item">
                  <p className="org-contacts__name">
                    <RecordName name={c.name} href={hrefFor({ page: 'directory', section: 'contacts', id: c.id })} />
                  </p>
                  <p className="org-contacts__meta muted">{[c.title, c.email, c.phone].filter(Boolean).join(' · ')}</p>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}

      {section === 'organisations' && <OrganisationBriefing organisation={record as Organisation} />}
    </div>
  );
}
