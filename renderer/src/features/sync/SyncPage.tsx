// PLACEHOLDER while issue 6 is wired in parallel: replaced before anything lands.
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/PageHeading';

export function SyncPage() {
  const { t } = useTranslation();
  return (
    <div className="page">
      <PageHeading>{t('app.sync')}</PageHeading>
    </div>
  );
}
