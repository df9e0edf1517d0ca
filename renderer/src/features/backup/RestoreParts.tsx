// What the restore shows: progress while it works, the confirmation before data is replaced, the counts restored
// (and where the earlier data was saved), or what went wrong and that nothing changed.
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../components/Dialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import { localeFor } from '../../i18n/format';
import { countRows, describeRestoreError } from './backupLogic';
import type { RestoreState } from './useRestore';

function Counts({ counts, hideZero = false }: { counts: Record<string, number>; hideZero?: boolean }) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(localeFor(i18n.language));
  const rows = countRows(counts).filter((row) => !hideZero || row.count > 0);
  return (
    <ul className="backup__counts">
      {rows.map(({ collection, count }) => (
        <li key={collection}>{t(`backup.counts.${collection}`, { count, formatted: number.format(count) })}</li>
      ))}
    </ul>
  );
}

export function ReplaceDialog({ state, onConfirm, onCancel }: { state: Extract<RestoreState, { step: 'confirm' }>; onConfirm: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  return (
    <Dialog
      title={t('backup.confirmTitle')}
      onClose={onCancel}
      describedBy="backup-replace-body"
      footer={
        <>
          <button type="button" className="button" onClick={onCancel} data-autofocus>
            {t('common.cancel')}
          </button>
          <button type="button" className="button button--danger" onClick={onConfirm}>
            {t('backup.confirm')}
          </button>
        </>
      }
    >
      <div id="backup-replace-body">
        <p>{t('backup.confirmBody', { name: state.name })}</p>
        <Counts counts={state.present} hideZero />
        <p>{t('backup.confirmSaved')}</p>
      </div>
    </Dialog>
  );
}

function Failure({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const { problem, detail } = describeRestoreError(error);
  if (problem === 'other') return <ErrorMessage error={error} />;
  return (
    <div className="callout callout--error" role="alert">
      <p className="callout__title">{t(`backup.problems.${problem}`)}</p>
      {detail && <p className="callout__detail">{t('errors.detail', { message: detail })}</p>}
    </div>
  );
}

export function RestoreOutcome({ state }: { state: RestoreState }) {
  const { t } = useTranslation();
  const working = state.step === 'checking' || state.step === 'restoring';
  return (
    <div className="backup__outcome">
      <div role="status">
        {working && (
          <p className="backup__progress">
            <progress aria-label={t('backup.progress')} />
            <span>{t(state.step === 'checking' ? 'backup.reading' : 'backup.restoring', { name: state.name })}</span>
          </p>
        )}
        {state.step === 'done' && (
          <div className="backup__done">
            <p className="backup__done-title">{t('backup.doneTitle', { name: state.name })}</p>
            <p>{t('backup.doneIntro')}</p>
            <Counts counts={state.restored} />
            {state.previousSavedTo && (
              <p>
                {t('backup.previousSaved')} <code className="backup__path">{state.previousSavedTo}</code>. {t('backup.previousHint')}
              </p>
            )}
          </div>
        )}
      </div>
      {state.step === 'failed' && <Failure error={state.error} />}
    </div>
  );
}
