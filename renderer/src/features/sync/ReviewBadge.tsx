// The number of sync changes waiting for review beside "Sync" in the navigation; hidden at 0 or when sync fails to load.
import { useTranslation } from 'react-i18next';
import { useCall } from '../../api/query';
import { localeFor } from '../../i18n/format';
import './sync.css';

export function ReviewBadge() {
  const { t, i18n } = useTranslation();
  const { data } = useCall('sync.status', {});
  const count = data?.toReview ?? 0;
  if (count <= 0) return null;
  const text = t('sync.navBadge', { count });
  return (
    <span className="sync-badge" title={text}>
      <span aria-hidden="true">{new Intl.NumberFormat(localeFor(i18n.language)).format(count)}</span>
      <span className="visually-hidden"> {text}</span>
    </span>
  );
}
