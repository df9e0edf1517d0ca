// The shared directory: organisations, contacts and delegation members, one tab each, and a page per record.
import { useTranslation } from 'react-i18next';
import { hrefFor, navigate, type DirectorySection } from '../../app/router';
import { ErrorMessage } from '../../components/ErrorMessage';
import { PageHeading } from '../../components/PageHeading';
import type { DirectoryRecord } from './directoryLogic';
import { DirectoryList } from './DirectoryList';
import { RecordView } from './RecordView';
import { useDirectoryActions } from './useDirectoryActions';
import { useDirectoryData } from './useDirectoryData';
import './directory.css';

const sections: DirectorySection[] = ['organisations', 'contacts', 'members'];

function SectionTabs({ current }: { current: DirectorySection }) {
  const { t } = useTranslation();
  // Links rather than ARIA tabs: each section has its own address, so back, forward and bookmarks work.
  return (
    <nav className="directory-tabs" aria-label={t('directory.sectionsNav')}>
      {sections.map((section) => (
        <a key={section} href={hrefFor({ page: 'directory', section })} className="directory-tabs__tab" aria-current={section === current ? 'page' : undefined}>
          {t(`directory.sections.${section}`)}
        </a>
      ))}
    </nav>
  );
}

export function DirectoryPage({ section, id }: { section: DirectorySection; id?: string }) {
  const { t } = useTranslation();
  const data = useDirectoryData(section);
  const organisations = data.organisations ?? [];
  const records: DirectoryRecord[] | undefined = section === 'organisations' ? data.organisations : section === 'contacts' ? data.contacts : data.members;
  const actions = useDirectoryActions({
    organisations,
    // A record's page has nothing to show once the record is deleted: go back to its list.
    afterDelete: (record) => {
      if (record.id === id) navigate({ page: 'directory', section });
    },
  });

  const body = data.error !== undefined ? <ErrorMessage error={data.error} onRetry={data.reload} /> : !records ? <p className="muted">{t('app.loading')}</p> : null;

  if (id) {
    return (
      <>
        {body ? <div className="page">{body}</div> : <RecordView key={id} section={section} record={records?.find((r) => r.id === id)} organisations={organisations} contacts={data.contacts ?? []} actions={actions} />}
        {actions.dialogs}
      </>
    );
  }

  return (
    <div className="page directory-page">
      <div className="page__toolbar">
        <div>
          <PageHeading>{t('directory.title')}</PageHeading>
          <p className="muted page__subtitle">{t('directory.subtitle')}</p>
        </div>
      </div>
      <SectionTabs current={section} />
      {body ?? (records && <DirectoryList key={section} section={section} records={records} organisations={organisations} actions={actions} />)}
      {actions.dialogs}
    </div>
  );
}
