// The optional passphrase of a new backup, typed twice; without one the section says plainly that the file is not
// encrypted and holds restricted fields too.
import { useTranslation } from 'react-i18next';
import { Field } from '../../components/Field';

export interface PassphraseDraft {
  passphrase: string;
  again: string;
}

export function BackupPassphrase({
  draft,
  onChange,
  errors,
  disabled,
}: {
  draft: PassphraseDraft;
  onChange: (draft: PassphraseDraft) => void;
  errors: { passphrase?: string; again?: string };
  disabled: boolean;
}) {
  const { t } = useTranslation();
  const encrypting = draft.passphrase !== '';
  return (
    <fieldset className="backup__protect" disabled={disabled}>
      <legend>{t('backup.passphrase.legend')}</legend>
      <div className="backup__fields">
        <Field label={t('backup.passphrase.label')} hint={t('backup.passphrase.hint')} error={errors.passphrase}>
          <input type="password" value={draft.passphrase} onChange={(e) => onChange({ ...draft, passphrase: e.target.value })} autoComplete="new-password" />
        </Field>
        <Field label={t('backup.passphrase.again')} error={errors.again}>
          <input type="password" value={draft.again} onChange={(e) => onChange({ ...draft, again: e.target.value })} autoComplete="new-password" />
        </Field>
      </div>
      <p className={`backup__note ${encrypting ? 'backup__note--encrypted' : 'backup__note--plain'}`} role="note">
        {t(encrypting ? 'backup.passphrase.encrypted' : 'backup.passphrase.notEncrypted')}
      </p>
    </fieldset>
  );
}
