// "Where to sync": the shared folder, the CouchDB server and the team passphrase, saved with sync.configure.
// Secrets are never shown back: only that one is saved, with Change / Remove.
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PlannerError, type SyncStatus } from '../../../../shared/contract';
import { useClient } from '../../api';
import { useFolderChooser } from '../../api/useFolderChooser';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';
import { checkDraft, configureInput, draftFrom, syncIssueErrors, type SettingsDraft, type SyncFieldErrors } from './syncLogic';

type SaveState = { step: 'idle' } | { step: 'saving' } | { step: 'saved' } | { step: 'failed'; error?: unknown };

export function SyncSettings({ status, onSaved }: { status: SyncStatus; onSaved: (status: SyncStatus) => void }) {
  const { t } = useTranslation();
  const client = useClient();
  const [draft, setDraft] = useState<SettingsDraft>(() => draftFrom(status));
  const [editPassword, setEditPassword] = useState(!status.server?.hasPassword);
  const [editPassphrase, setEditPassphrase] = useState(!status.encrypted);
  const [errors, setErrors] = useState<SyncFieldErrors>({});
  const [save, setSave] = useState<SaveState>({ step: 'idle' });
  const set = <K extends keyof SettingsDraft>(key: K, value: SettingsDraft[K]): void => {
    setDraft((d) => ({ ...d, [key]: value }));
    if (save.step === 'saved') setSave({ step: 'idle' });
  };

  const chooseFolder = useFolderChooser();
  const pickFolder = async (choose: NonNullable<typeof chooseFolder>): Promise<void> => {
    const chosen = await choose({ title: t('desktop.chooseFolderTitle'), ...(draft.folder && { defaultPath: draft.folder }) }).catch(() => null);
    if (chosen) set('folder', chosen);
  };

  const onSubmit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const checked = checkDraft(draft);
    const local: SyncFieldErrors = {};
    for (const [field, key] of Object.entries(checked)) local[field as keyof SyncFieldErrors] = t(`sync.errors.${key}`);
    setErrors(local);
    if (Object.keys(local).length) return setSave({ step: 'failed' });
    setSave({ step: 'saving' });
    try {
      const next = await client.call('sync.configure', configureInput(draft));
      // Keep what the person typed in the plain fields; only the secrets are cleared once saved.
      setDraft((d) => ({ ...d, password: '', removePassword: false, passphrase: '', removePassphrase: false }));
      setEditPassword(!next.server?.hasPassword);
      setEditPassphrase(!next.encrypted);
      setSave({ step: 'saved' });
      onSaved(next);
    } catch (error) {
      const fieldErrors = error instanceof PlannerError && error.code === 'invalid-input' ? syncIssueErrors(error.details) : {};
      setErrors(fieldErrors);
      setSave({ step: 'failed', error: Object.keys(fieldErrors).some((k) => k !== 'form') ? undefined : error });
    }
  };

  const saving = save.step === 'saving';
  return (
    <section className="sync-card" aria-labelledby="sync-where">
      <h2 id="sync-where">{t('sync.where')}</h2>
      <p className="sync-card__intro">{t('sync.whereIntro')}</p>
      <form noValidate onSubmit={(e) => void onSubmit(e)}>
        <Field label={t('sync.folder')} hint={chooseFolder ? t('sync.folderHint') : `${t('sync.folderHint')} ${t('desktop.folderHintBrowser')}`} error={errors.folder}>
          <input type="text" value={draft.folder} onChange={(e) => set('folder', e.target.value)} spellCheck={false} className="sync-wide" />
        </Field>
        {chooseFolder && (
          <button type="button" className="button sync-choose-folder" onClick={() => void pickFolder(chooseFolder)}>
            {t('desktop.chooseFolder')}
          </button>
        )}

        <label className="sync-check">
          <input type="checkbox" checked={draft.useServer} onChange={(e) => set('useServer', e.target.checked)} />
          {t('sync.useServer')}
        </label>
        {draft.useServer && (
          <fieldset className="sync-server">
            <legend className="visually-hidden">{t('sync.useServer')}</legend>
            <Field label={t('sync.serverUrl')} hint={t('sync.serverUrlHint')} error={errors.url}>
              <input type="url" value={draft.url} onChange={(e) => set('url', e.target.value)} spellCheck={false} className="sync-wide" />
            </Field>
            <Field label={t('sync.database')} hint={t('sync.databaseHint')} error={errors.database}>
              <input type="text" value={draft.database} onChange={(e) => set('database', e.target.value)} spellCheck={false} />
            </Field>
            <Field label={t('sync.username')} error={errors.username}>
              <input type="text" value={draft.username} onChange={(e) => set('username', e.target.value)} autoComplete="username" spellCheck={false} />
            </Field>
            <Secret
              saved={!editPassword}
              savedText={t('sync.passwordSaved')}
              willRemove={draft.removePassword}
              willRemoveText={t('sync.passwordWillRemove')}
              labels={{ change: t('sync.passwordChange'), remove: t('sync.passwordRemove'), keep: t('sync.passwordKeep') }}
              onChange={() => setEditPassword(true)}
              onRemove={() => set('removePassword', true)}
              onKeep={() => {
                setDraft((d) => ({ ...d, password: '', removePassword: false }));
                setEditPassword(!status.server?.hasPassword);
              }}
              canKeep={Boolean(status.server?.hasPassword)}
            >
              <Field label={t('sync.password')} error={errors.password}>
                <input type="password" value={draft.password} onChange={(e) => set('password', e.target.value)} autoComplete="new-password" />
              </Field>
            </Secret>
          </fieldset>
        )}

        <div className="sync-passphrase">
          <p className="sync-warning">{t('sync.passphraseWarning')}</p>
          <p className="sync-warning">{t('sync.passphraseFresh')}</p>
          <Secret
            saved={!editPassphrase}
            savedText={t('sync.passphraseSaved')}
            willRemove={draft.removePassphrase}
            willRemoveText={t('sync.passphraseWillRemove')}
            labels={{ change: t('sync.passphraseChange'), remove: t('sync.passphraseRemove'), keep: t('sync.passphraseKeep') }}
            onChange={() => setEditPassphrase(true)}
            onRemove={() => set('removePassphrase', true)}
            onKeep={() => {
              setDraft((d) => ({ ...d, passphrase: '', removePassphrase: false }));
              setEditPassphrase(!status.encrypted);
            }}
            canKeep={status.encrypted}
          >
            <Field label={t('sync.passphrase')} hint={t('sync.passphraseHint')} error={errors.passphrase}>
              <input type="password" value={draft.passphrase} onChange={(e) => set('passphrase', e.target.value)} autoComplete="new-password" />
            </Field>
          </Secret>
        </div>

        {errors.form && <p className="field__error">{errors.form}</p>}
        <div className="sync-actions">
          <button type="submit" className="button button--primary" disabled={saving}>
            {saving ? t('sync.saving') : t('sync.save')}
          </button>
          <span role="status" className="sync-saved">
            {save.step === 'saved' ? t('sync.saved') : ''}
          </span>
        </div>
        {save.step === 'failed' && (
          <div role="alert">
            <p className="sync-failed">{t('sync.saveFailed')}</p>
            {save.error !== undefined && <ErrorMessage error={save.error} />}
          </div>
        )}
      </form>
    </section>
  );
}

interface SecretProps {
  saved: boolean;
  savedText: string;
  willRemove: boolean;
  willRemoveText: string;
  labels: { change: string; remove: string; keep: string };
  onChange: () => void;
  onRemove: () => void;
  onKeep: () => void;
  canKeep: boolean;
  children: ReactNode;
}

/** A saved secret: says one is saved (never its value) and offers Change / Remove; otherwise the field to type one. */
function Secret({ saved, savedText, willRemove, willRemoveText, labels, onChange, onRemove, onKeep, canKeep, children }: SecretProps) {
  if (saved && !willRemove) {
    return (
      <div className="sync-secret">
        <span>{savedText}</span>
        <button type="button" className="button button--small" onClick={onChange}>
          {labels.change}
        </button>
        <button type="button" className="button button--small button--quiet-danger" onClick={onRemove}>
          {labels.remove}
        </button>
      </div>
    );
  }
  return (
    <div>
      {willRemove ? <p className="sync-secret">{willRemoveText}</p> : children}
      {canKeep && (
        <button type="button" className="button button--small button--quiet" onClick={onKeep}>
          {labels.keep}
        </button>
      )}
    </div>
  );
}
