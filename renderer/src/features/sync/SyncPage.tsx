// The Sync page (#/sync): where to sync, "Sync now" with the last report, and the review list of concurrent overwrites.
// It reloads on pushed `sync.finished` and `data.changed` events, so a sync started elsewhere shows here too.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyncReport, SyncStatus } from '../../../../shared/contract';
import { useClient, usePush } from '../../api';
import { useData, useInvalidate } from '../../api/useData';
import { useMenuCommand } from '../../app/menuCommands';
import { ErrorMessage } from '../../components/ErrorMessage';
import { PageHeading } from '../../components/PageHeading';
import { ReviewList } from './ReviewList';
import { SyncNow } from './SyncNow';
import { SyncSettings } from './SyncSettings';
import { SyncWaiting } from './SyncWaiting';
import { ThisLaptop } from './ThisLaptop';
import './sync.css';

export function SyncPage() {
  const { t } = useTranslation();
  const client = useClient();
  const invalidate = useInvalidate();
  const status = useData('sync.status', (c) => c.call('sync.status', {}));
  const review = useData('sync.review', (c) => c.call('sync.review', {}));
  // A status saved or a report received just now wins over a reload still under way.
  const [saved, setSaved] = useState<SyncStatus>();
  const [latest, setLatest] = useState<SyncReport>();
  const [syncing, setSyncing] = useState(false);
  const [failure, setFailure] = useState<unknown>();

  usePush('sync.finished', (report) => {
    setLatest(report);
    invalidate();
  });

  const current = saved && status.data && !status.loading ? status.data : (saved ?? status.data);
  const onSync = async (): Promise<void> => {
    setSyncing(true);
    setFailure(undefined);
    try {
      setLatest(await client.call('sync.now', {}));
    } catch (error) {
      setFailure(error);
    } finally {
      setSyncing(false);
      invalidate();
    }
  };

  useMenuCommand('sync.now', () => void onSync());

  const items = review.data ?? [];
  const lastSync = pickLatest(latest, current?.lastSync);
  return (
    <div className="page sync-page">
      <PageHeading>{items.length > 0 ? t('sync.titleWithCount', { count: items.length }) : t('sync.title')}</PageHeading>
      <p className="sync-page__intro">{t('sync.intro')}</p>
      {status.error !== undefined && !current && (
        <>
          <p className="sync-failed">{t('sync.loadFailed')}</p>
          <ErrorMessage error={status.error} onRetry={status.reload} />
        </>
      )}
      {current && (
        <>
          <SyncSettings status={current} onSaved={(next) => { setSaved(next); invalidate(); }} />
          <SyncNow configured={Boolean(current.folder || current.server)} syncing={syncing} failure={failure} report={lastSync} onSync={() => void onSync()} />
          <SyncWaiting devices={current.devices} />
          <ReviewList items={items} onResolved={invalidate} />
          <ThisLaptop me={current.me} onChosen={() => { setSaved(undefined); invalidate(); }} />
        </>
      )}
    </div>
  );
}

function pickLatest(a?: SyncReport, b?: SyncReport): SyncReport | undefined {
  if (!a) return b;
  if (!b) return a;
  return a.finishedAt >= b.finishedAt ? a : b;
}
