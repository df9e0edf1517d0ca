// Things the backend tells the user (a damaged file set aside, a backup restored), until they dismiss them.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Notice } from '../../../shared/contract';
import { BACKEND_RESTARTED_NOTICE } from '../../../shared/desktop';
import { useClient, usePush } from '../api';

export function Notices({ initial }: { initial: Notice[] }) {
  const { t } = useTranslation();
  const client = useClient();
  const [pushed, setPushed] = useState<Notice[]>([]);
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(new Set());
  usePush('notice', (notice) => setPushed((all) => [...all.filter((n) => n.id !== notice.id), notice]));
  // Asked again once the push listener above is attached: a notice raised after `initial` was fetched but before this
  // component listened (a trip file repaired by the first screen's calls) would otherwise show only after a reload.
  const [caughtUp, setCaughtUp] = useState<Notice[]>([]);
  useEffect(() => {
    let current = true;
    client
      .call('app.info', {})
      .then((info) => current && setCaughtUp(info.notices))
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [client]);

  const byId = new Map<string, Notice>();
  for (const n of [...initial, ...caughtUp, ...pushed]) byId.set(n.id, n);
  const notices = [...byId.values()].filter((n) => !dismissed.has(n.id));
  const dismiss = (id: string): void => {
    setDismissed((ids) => new Set(ids).add(id));
    client.call('app.dismissNotice', { id }).catch(() => undefined);
  };

  if (notices.length === 0) return null;
  return (
    <section className="notices" aria-label={t('notices.region')}>
      {notices.map((notice) => (
        <div key={notice.id} className={`notice notice--${notice.level}`} role={notice.level === 'info' ? 'status' : 'alert'}>
          <p>{notice.id.startsWith(BACKEND_RESTARTED_NOTICE) ? t('desktop.backendRestarted') : notice.message}</p>
          <button type="button" className="button button--small" onClick={() => dismiss(notice.id)}>
            {t('common.dismiss')}
          </button>
        </div>
      ))}
    </section>
  );
}
