// "Sync now" with its progress, and the last sync: when, what was sent, what came in per person, and any problems.
import { useTranslation } from 'react-i18next';
import type { SyncReport } from '../../../../shared/contract';
import { ErrorMessage } from '../../components/ErrorMessage';
import { formatInstant, reportLines } from './syncLogic';

interface SyncNowProps {
  configured: boolean;
  syncing: boolean;
  failure: unknown;
  report?: SyncReport;
  onSync: () => void;
}

export function SyncNow({ configured, syncing, failure, report, onSync }: SyncNowProps) {
  const { t, i18n } = useTranslation();
  return (
    <section className="sync-card" aria-labelledby="sync-now-title">
      <h2 id="sync-now-title" className="visually-hidden">
        {t('sync.now')}
      </h2>
      <div className="sync-actions">
        <button type="button" className="button button--primary" onClick={onSync} disabled={!configured || syncing}>
          {syncing ? t('sync.syncing') : t('sync.now')}
        </button>
        <span role="status" className="sync-last">
          {syncing ? t('sync.syncing') : !configured ? t('sync.notConfigured') : report ? t('sync.lastSync', { when: formatInstant(i18n.language, report.finishedAt) }) : t('sync.never')}
        </span>
      </div>
      {failure !== undefined && failure !== null && (
        <div role="alert">
          <p className="sync-failed">{t('sync.syncFailed')}</p>
          <ErrorMessage error={failure} />
        </div>
      )}
      {report && <ReportView report={report} />}
    </section>
  );
}

function ReportView({ report }: { report: SyncReport }) {
  const { t } = useTranslation();
  const lines = reportLines(report);
  return (
    <div className="sync-report">
      {report.sent > 0 && <p>{t('sync.sent', { count: report.sent })}</p>}
      <h3 id="sync-received">{t('sync.received')}</h3>
      {lines.length === 0 ? (
        <p className="sync-muted">{t('sync.nothingNew')}</p>
      ) : (
        <ul aria-labelledby="sync-received">
          {lines.map((line) => (
            <li key={line.deviceId}>
              {t(line.label.kind === 'person' ? 'sync.personLine' : 'sync.deviceLine', { name: line.label.name, count: line.changes })}
            </li>
          ))}
        </ul>
      )}
      {report.problems.length > 0 && (
        <div className="sync-problems">
          <h3 id="sync-problems">{t('sync.problems')}</h3>
          <ul aria-labelledby="sync-problems">
            {report.problems.map((p, i) => (
              <li key={i}>{p}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
