// Asked when the chosen backup is encrypted: its passphrase, again with a clear word when the one typed did not open it.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import type { RestoreState } from './useRestore';

export function RestorePassphraseDialog({
  state,
  onSubmit,
  onCancel,
}: {
  state: Extract<RestoreState, { step: 'passphrase' }>;
  onSubmit: (passphrase: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [passphrase, setPassphrase] = useState('');
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (passphrase !== '') onSubmit(passphrase);
  };
  return (
    <Dialog
      title={t('backup.passphrase.restoreTitle')}
      onClose={onCancel}
      describedBy="backup-passphrase-body"
      footer={
        <>
          <button type="button" className="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
          <button type="submit" form="backup-passphrase-form" className="button button--primary" disabled={passphrase === ''}>
            {t('backup.passphrase.open')}
          </button>
        </>
      }
    >
      <form id="backup-passphrase-form" onSubmit={submit}>
        <p id="backup-passphrase-body">{t('backup.passphrase.restoreBody', { name: state.name })}</p>
        <Field label={t('backup.passphrase.label')} error={state.wrong ? t('backup.passphrase.wrong') : undefined}>
          <input type="password" value={passphrase} onChange={(e) => setPassphrase(e.target.value)} autoComplete="current-password" data-autofocus />
        </Field>
      </form>
    </Dialog>
  );
}
