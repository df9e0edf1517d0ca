// The Sync page (#/sync): where to sync, "Sync now" with the last report, and the review list of concurrent overwrites.
// It reloads on pushed `sync.finished` and `data.changed` events, so a sync started elsewhere shows here too.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyncReport, SyncStatus } from '../../../../shared/contract';
import { useClient, usePush } from '../../api';
import { useCall, useRefresh } from '../../api/query';
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
  const refresh = useRefresh();
  const status = useCall('sync.status', {});
  const review = useCall('sync.review', {});
  // A status saved or a report received just now wins over a reload still under way.
  const [saved, setSaved] = useState<SyncStatus>();
  const [latest, setLatest] = useState<SyncReport>();
  const [syncing, setSyncing] = useState(false);
  const [failure, setFailure] = useState<unknown>();

  // The cache refreshes the status and the review list on this push by itself (api/query.tsx).
  usePush('sync.finished', (report) => setLatest(report));

  const current = saved && status.data && !status.isFetching ? status.data : (saved ?? status.data);
  const onSync = async (): Promise<void> => {
    setSyncing(true);
    setFailure(undefined);
    try {
      setLatest(await client.call('sync.now', {}));
    } catch (error) {
      setFailure(error);
    } finally {
      setSyncing(false);
      // Even a failed sync may have brought some batches in before it stopped.
      refresh(['sync', 'trips', 'events', 'notes', 'followups', 'members', 'organisations', 'contacts']);
    }
  };

  useMenuCommand('sync.now', () => void onSync());

  const items = review.data ?? [];
  const lastSync = pickLatest(latest, current?.lastSync);
  return (
    <div className="page sync-page">
      <PageHeading>{items.length > 0 ? t('sync.titleWithCount', { count: items.length }) : t('sync.title')}</PageHeading>
      <p className="sync-page__intro">{t('sync.intro')}</p>
      {status.isError && !current && (
        <>
          <p className="sync-failed">{t('sync.loadFailed')}</p>
          <ErrorMessage error={status.error} onRetry={() => void status.refetch()} />
        </>
      )}
      {current && (
        <>
          <SyncSettings status={current} onSaved={(next) => { setSaved(next); refresh(['sync']); }} />
          <SyncNow configured={Boolean(current.folder || current.server)} syncing={syncing} failure={failure} report={lastSync} onSync={() => void onSync()} />
          <SyncWaiting devices={current.devices} />
          <ReviewList items={items} onResolved={() => refresh(['sync', 'trips', 'events', 'notes', 'followups', 'members', 'organisations', 'contacts'])} />
          <ThisLaptop me={current.me} onChosen={() => { setSaved(undefined); refresh(['settings', 'sync']); }} />
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
