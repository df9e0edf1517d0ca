// The Data page's backup section: back up everything to one file, and restore one (asking before it replaces data).
import { useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from '../../api';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useExportFile } from '../../components/useExportFile';
import { ReplaceDialog, RestoreOutcome } from './RestoreParts';
import { useRestore } from './useRestore';
import './backup.css';

export function BackupSection() {
  const { t } = useTranslation();
  const client = useClient();
  const backup = useExportFile();
  // Shown once a backup is kept; a new attempt clears it (and a cancelled save dialog leaves nothing shown).
  const [savedMessage, setSavedMessage] = useState<string>();
  const restore = useRestore();
  const working = backup.busy || restore.state.step === 'checking' || restore.state.step === 'restoring';

  const onBackUp = (): Promise<void> => {
    setSavedMessage(undefined);
    return backup.run(
      () => client.call('backup.export', {}),
      (result) => setSavedMessage(result.path ? t('backup.backedUpTo', { path: result.path }) : t('backup.backedUp', { name: result.fileName })),
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
      <div className="backup__actions">
        <button type="button" className="button button--primary" onClick={() => void onBackUp()} disabled={working}>
          {backup.busy ? t('backup.backingUp') : t('backup.backUp')}
        </button>
      </div>
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
      {restore.state.step === 'confirm' && <ReplaceDialog state={restore.state} onConfirm={restore.confirm} onCancel={restore.cancel} />}
    </section>
  );
}
