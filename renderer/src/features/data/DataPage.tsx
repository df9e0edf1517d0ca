// Data and backup: tables to export, contacts to import, and the full backup — each section owned by its feature.
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/PageHeading';
import { BackupSection } from '../backup/BackupSection';
import { TablesSection } from '../tables/TablesSection';

export function DataPage() {
  const { t } = useTranslation();
  return (
    <div className="page">
      <PageHeading>{t('app.data')}</PageHeading>
      <TablesSection />
      <BackupSection />
    </div>
  );
}
