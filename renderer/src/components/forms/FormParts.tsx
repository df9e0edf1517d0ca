// The parts every record form repeats: the problem summary at the top (where focus goes when a save is refused) and
// the footer's Cancel and Save. One copy, so the forms cannot drift apart in wording, order or what Cancel does.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** The form's problems, named at the top; `message` is what could not be put beside a field. */
export function FormSummary({ show, title, message }: { show: boolean; title: string; message?: string }) {
  if (!show) return null;
  return (
    <div className="form-summary callout callout--error" role="alert" tabIndex={-1}>
      <p className="callout__title">{title}</p>
      {message && <p className="callout__detail">{message}</p>}
    </div>
  );
}

/**
 * The dialog footer: the form's own extra actions first (Delete, Duplicate), then Cancel, which goes through the
 * discard guard, then the submit button of the form `formId`, which says Saving… while busy.
 */
export function FormFooter({ formId, busy, submitLabel, onCancel, children }: { formId: string; busy: boolean; submitLabel: string; onCancel: () => void; children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <>
      {children}
      <button type="button" className="button" onClick={onCancel}>
        {t('common.cancel')}
      </button>
      <button type="submit" form={formId} className="button button--primary" disabled={busy}>
        {busy ? t('common.saving') : submitLabel}
      </button>
    </>
  );
}
