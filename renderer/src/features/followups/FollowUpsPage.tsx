// PLACEHOLDER while issue 4 is built in parallel: replaced before anything lands.
import { useTranslation } from 'react-i18next';
import type { FollowUpView } from '../../app/router';
import { PageHeading } from '../../components/PageHeading';

export function FollowUpsPage(_props: { view: FollowUpView }) {
  const { t } = useTranslation();
  return (
    <div className="page">
      <PageHeading>{t('followups.title')}</PageHeading>
    </div>
  );
}
