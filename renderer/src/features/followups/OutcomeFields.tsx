// The outcome a follow-up achieved, for the dashboard: an MoU (title, parties, date), investment pledged in HK$
// and jobs. The amount is echoed back formatted, so a missing zero is caught before it is published.
import { useTranslation } from 'react-i18next';
import { DateField } from '../../components/DateTimeField';
import { Field } from '../../components/Field';
import type { DraftErrors, FollowUpValues } from './followUpForm';
import { formatHkd, parseAmount } from './followUpFormat';

interface Props {
  draft: FollowUpValues;
  errors: DraftErrors;
  set: (patch: Partial<FollowUpValues>) => void;
}

export function OutcomeFields({ draft, errors, set }: Props) {
  const { t, i18n } = useTranslation();
  const text = (key: keyof FollowUpValues) => ({
    value: draft[key],
    onChange: (e: { target: { value: string } }) => set({ [key]: e.target.value }),
  });
  const amount = parseAmount(draft.investment);
  const amountHint = amount !== undefined && !Number.isNaN(amount) ? t('followups.editor.investmentShown', { amount: formatHkd(i18n.language, amount) }) : t('followups.editor.investmentHint');

  return (
    <fieldset className="fu-form__group">
      <legend>{t('followups.editor.outcome')}</legend>
      <p className="field__hint fu-form__group-hint">{t('followups.editor.outcomeHint')}</p>
      <div className="fu-form__row fu-form__row--two">
        <Field label={t('followups.editor.mouTitle')} error={errors.mouTitle}>
          <input type="text" {...text('mouTitle')} />
        </Field>
        <Field label={t('followups.editor.mouDate')} error={errors.mouDate}>
          <DateField value={draft.mouDate} onChange={(mouDate) => set({ mouDate })} />
        </Field>
      </div>
      <Field label={t('followups.editor.mouParties')} error={errors.mouParties} hint={t('followups.editor.mouPartiesHint')}>
        <textarea rows={2} {...text('mouParties')} />
      </Field>
      <div className="fu-form__row fu-form__row--two">
        <Field label={t('followups.editor.investment')} error={errors.investment} hint={amountHint}>
          <input type="text" inputMode="numeric" autoComplete="off" {...text('investment')} />
        </Field>
        <Field label={t('followups.editor.jobs')} error={errors.jobs}>
          <input type="text" inputMode="numeric" autoComplete="off" {...text('jobs')} />
        </Field>
      </div>
    </fieldset>
  );
}
