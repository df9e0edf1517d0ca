// The Data page's backup section: back up everything to one file, and restore one (asking before it replaces data).
import { useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from '../../api';
import { ErrorMessage } from '../../components/ErrorMessage';
import { ExportProgressBar, useExportJob } from '../../components/ExportProgress';
import { useExportFile } from '../../components/useExportFile';
import { BackupPassphrase, type PassphraseDraft } from './BackupPassphrase';
import { passphraseProblems } from './backupLogic';
import { ReplaceDialog, RestoreOutcome } from './RestoreParts';
import { RestorePassphraseDialog } from './RestorePassphrase';
import { useRestore } from './useRestore';
import './backup.css';

export function BackupSection() {
  const { t } = useTranslation();
  const client = useClient();
  const backup = useExportFile();
  const job = useExportJob();
  // Shown once a backup is kept; a new attempt clears it (and a cancelled save dialog leaves nothing shown).
  const [savedMessage, setSavedMessage] = useState<string>();
  const [draft, setDraft] = useState<PassphraseDraft>({ passphrase: '', again: '' });
  const [checked, setChecked] = useState(false);
  const problems = checked ? passphraseProblems(draft.passphrase, draft.again) : {};
  const restore = useRestore();
  const working = backup.busy || restore.state.step === 'checking' || restore.state.step === 'restoring';

  const onBackUp = async (): Promise<void> => {
    setSavedMessage(undefined);
    setChecked(true);
    const found = passphraseProblems(draft.passphrase, draft.again);
    if (found.passphrase || found.again) return;
    const passphrase = draft.passphrase || undefined;
    const jobId = job.start();
    await backup.run(
      () => client.call('backup.export', passphrase ? { passphrase, jobId } : { jobId }).finally(job.finish),
      (result) => {
        const saved = result.path ? t('backup.backedUpTo', { path: result.path }) : t('backup.backedUp', { name: result.fileName });
        setSavedMessage(passphrase ? `${saved} ${t('backup.passphrase.savedEncrypted')}` : saved);
        // Not kept on screen longer than needed: the next backup asks again.
        setDraft({ passphrase: '', again: '' });
        setChecked(false);
      },
    );
  };

  const onFile = (event: ChangeEvent<HTMLInputElement>): void => {
    const file = event.target.files?.[0];
    event.target.value = ''; // choosing the same file again must start again
    if (file) void restore.choose(file);
  };

  return (
    <section className="backup" aria-labelledby="backup-title">
      <h2 id="backup-title">{t('backup.title')}</h2>
      <p className="backup__intro">{t('backup.intro')}</p>
      <BackupPassphrase
        draft={draft}
        onChange={setDraft}
        disabled={working}
        errors={{
          ...(problems.passphrase && { passphrase: t('backup.passphrase.short') }),
          ...(problems.again && { again: t('backup.passphrase.mismatch') }),
        }}
      />
      <div className="backup__actions">
        <button type="button" className="button button--primary" onClick={() => void onBackUp()} disabled={working}>
          {backup.busy ? t('backup.backingUp') : t('backup.backUp')}
        </button>
      </div>
      {/* From the backend's first push until the file is made (not while it is being saved). */}
      {backup.busy && job.progress && <ExportProgressBar progress={job.progress} unit="records" />}
      <div role="status" className="backup__status">
        {savedMessage !== undefined && <p className="backup__saved">{savedMessage}</p>}
      </div>
      {backup.error !== undefined && (
        <>
          <p className="backup__failed">{t('backup.backUpFailed')}</p>
          <ErrorMessage error={backup.error} />
        </>
      )}

      <h3 className="backup__subtitle">{t('backup.restoreTitle')}</h3>
      <p className="backup__intro">{t('backup.restoreIntro')}</p>
      <label className={`button backup__choose ${working ? 'backup__choose--disabled' : ''}`}>
        <input type="file" accept=".dpbackup" className="visually-hidden" onChange={onFile} disabled={working} />
        {t('backup.choose')}
      </label>
      <RestoreOutcome state={restore.state} />
      {restore.state.step === 'passphrase' && <RestorePassphraseDialog state={restore.state} onSubmit={restore.unlock} onCancel={restore.cancel} />}
      {restore.state.step === 'confirm' && <ReplaceDialog state={restore.state} onConfirm={restore.confirm} onCancel={restore.cancel} />}
    </section>
  );
}
