// PLACEHOLDER while issue 4 is built in parallel: replaced before anything lands.
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/PageHeading';

export function DashboardPage(_props: object) {
  const { t } = useTranslation();
  return (
    <div className="page">
      <PageHeading>{t('outcomes.title')}</PageHeading>
    </div>
  );
}
