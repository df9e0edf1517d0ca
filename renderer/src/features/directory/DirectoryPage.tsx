// The shared directory: organisations, contacts and delegation members.
import { useTranslation } from 'react-i18next';
import type { DirectorySection } from '../../app/router';
import { PageHeading } from '../../components/PageHeading';

export function DirectoryPage(_props: { section: DirectorySection; id?: string }) {
  const { t } = useTranslation();
  return (
    <div className="page">
      <PageHeading>{t('directory.title')}</PageHeading>
    </div>
  );
}
