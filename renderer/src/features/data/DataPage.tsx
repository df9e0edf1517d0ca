// Data and backup: tables to export, contacts to import, the full backup and the documents' paper — each section owned
// by its feature.
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/PageHeading';
import { BackupSection } from '../backup/BackupSection';
import { PaperSetting } from '../exports/PaperSetting';
import { TablesSection } from '../tables/TablesSection';

export function DataPage() {
  const { t } = useTranslation();
  return (
    <div className="page">
      <PageHeading>{t('app.data')}</PageHeading>
      <TablesSection />
      <BackupSection />
      <PaperSetting />
    </div>
  );
}
