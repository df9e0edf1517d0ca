// The Data page's backup section: back up everything to one file, and restore one (asking before it replaces data).
import { useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlannerClient } from '../../../../shared/contract';
import { useClient } from '../../api';
import { ErrorMessage } from '../../components/ErrorMessage';
import { ReplaceDialog, RestoreOutcome } from './RestoreParts';
import { useRestore } from './useRestore';
import './backup.css';

type BackUpState = { step: 'idle' } | { step: 'working' } | { step: 'saved'; message: string } | { step: 'failed'; error: unknown };

async function backUp(client: PlannerClient): Promise<{ saved: boolean; path?: string; fileName: string }> {
  const file = await client.call('backup.export', {});
  return { ...(await client.saveFile(file)), fileName: file.fileName };
}

export function BackupSection() {
  const { t } = useTranslation();
  const client = useClient();
  const [backup, setBackup] = useState<BackUpState>({ step: 'idle' });
  const restore = useRestore();
  const working = backup.step === 'working' || restore.state.step === 'checking' || restore.state.step === 'restoring';

  const onBackUp = async (): Promise<void> => {
    setBackup({ step: 'working' });
    try {
      const result = await backUp(client);
      if (!result.saved) return setBackup({ step: 'idle' }); // the user cancelled the save dialog
      setBackup({ step: 'saved', message: result.path ? t('backup.backedUpTo', { path: result.path }) : t('backup.backedUp', { name: result.fileName }) });
    } catch (error) {
      setBackup({ step: 'failed', error });
    }
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
          {backup.step === 'working' ? t('backup.backingUp') : t('backup.backUp')}
        </button>
      </div>
      <div role="status" className="backup__status">
        {backup.step === 'saved' && <p className="backup__saved">{backup.message}</p>}
      </div>
      {backup.step === 'failed' && (
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
