// Create or edit a trip in a dialog. Errors appear beside their fields; nothing typed is lost when saving fails.
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PlannerError } from '../../../../shared/contract';
import { TripStatus, type Trip } from '../../../../shared/model';
import { useClient } from '../../api';
import { Dialog } from '../../components/Dialog';
import { describeError } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';
import { TimeZoneInput, TimeZoneOptions } from '../../components/TimeZoneInput';
import { useFormat } from '../../i18n/format';
import { LegsEditor } from './LegsEditor';
import { draftFromTrip, withCityHint, emptyDraft, isFieldPath, issuesToErrors, newLeg, toInput, validateDraft, type FieldErrors, type LegDraft, type TripDraft } from './tripDraft';
import { useFocusFirstProblem } from '../../components/useFocusFirstProblem';

interface TripFormProps {
  /** The trip to edit; without it the form creates a new trip. */
  trip?: Trip;
  onClose: () => void;
  onSaved: (trip: Trip, created: boolean) => void;
}

const formId = 'trip-form';
const withoutLegErrors = (errors: FieldErrors): FieldErrors => Object.fromEntries(Object.entries(errors).filter(([path]) => !path.startsWith('legs')));

export function TripForm({ trip, onClose, onSaved }: TripFormProps) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const client = useClient();
  const [draft, setDraft] = useState<TripDraft>(() => (trip ? draftFromTrip(trip) : emptyDraft()));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);

  useFocusFirstProblem(formRef, attempt);

  const set = (patch: Partial<TripDraft>): void => {
    setDraft((d) => ({ ...d, ...patch }));
    setErrors((e) => Object.fromEntries(Object.entries(e).filter(([path]) => !(path in patch))));
  };
  const setLeg = (index: number, patch: Partial<LegDraft>): void => {
    setDraft((d) => ({ ...d, legs: d.legs.map((leg, i) => (i === index ? withCityHint({ ...leg, ...patch }, patch, i18n.language) : leg)) }));
    setErrors((e) => Object.fromEntries(Object.entries(e).filter(([path]) => !Object.keys(patch).some((k) => path === `legs.${index}.${k}`))));
  };

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (saving) return;
    const found = validateDraft(draft, t, format.date);
    setErrors(found);
    setFailure(null);
    if (Object.keys(found).length > 0) {
      setAttempt((a) => a + 1);
      return;
    }
    setSaving(true);
    try {
      const input = toInput(draft);
      const saved = trip ? await client.call('trips.update', { id: trip.id, patch: input }) : await client.call('trips.create', input);
      onSaved(saved, !trip);
    } catch (error) {
      const fromServer = error instanceof PlannerError && error.code === 'invalid-input' ? issuesToErrors(error.details) : {};
      setErrors(fromServer);
      if (Object.keys(fromServer).length > 0) {
        // Issues with a field beside them show there; any others are listed in the summary.
        const stray = Object.entries(fromServer).filter(([path]) => !isFieldPath(path, draft));
        setFailure(stray.length > 0 ? stray.map(([, message]) => message).join(' ') : null);
      } else {
        const { key, detail } = describeError(error);
        setFailure(detail ? `${t(`errors.${key}`)} ${t('errors.detail', { message: detail })}` : t(`errors.${key}`));
      }
      setSaving(false);
      setAttempt((a) => a + 1);
    }
  };

  const hasErrors = failure !== null || Object.keys(errors).length > 0;
  return (
    <Dialog
      title={trip ? t('form.editTitle') : t('form.createTitle')}
      onClose={onClose}
      size="large"
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" form={formId} className="button button--primary" disabled={saving}>
            {saving ? t('common.saving') : trip ? t('common.save') : t('form.create')}
          </button>
        </>
      }
    >
      <form id={formId} ref={formRef} className="trip-form" onSubmit={(e) => void submit(e)} noValidate>
        {hasErrors && (
          <div className="form-summary callout callout--error" role="alert" tabIndex={-1}>
            <p className="callout__title">{t('form.summary')}</p>
            {failure && <p className="callout__detail">{failure}</p>}
          </div>
        )}
        <TimeZoneOptions />
        <Field label={t('form.title')} error={errors.title} hint={t('form.titleHint')}>
          <input type="text" value={draft.title} onChange={(e) => set({ title: e.target.value })} data-autofocus />
        </Field>
        <div className="form-row">
          <Field label={t('form.organisingBody')} error={errors.organisingBody}>
            <input type="text" value={draft.organisingBody} onChange={(e) => set({ organisingBody: e.target.value })} />
          </Field>
          <Field label={t('form.status')} error={errors.status} className="field--narrow">
            <select value={draft.status} onChange={(e) => set({ status: e.target.value as TripStatus })}>
              {TripStatus.options.map((status) => (
                <option key={status} value={status}>
                  {t(`status.${status}`)}
                </option>
              ))}
            </select>
          </Field>
        </div>
        <Field label={t('form.purpose')} error={errors.purpose}>
          <textarea rows={3} value={draft.purpose} onChange={(e) => set({ purpose: e.target.value })} />
        </Field>
        <div className="form-row form-row--three">
          <Field label={t('form.startDate')} error={errors.startDate}>
            <input type="date" value={draft.startDate} onChange={(e) => set({ startDate: e.target.value })} />
          </Field>
          <Field label={t('form.endDate')} error={errors.endDate}>
            <input type="date" value={draft.endDate} onChange={(e) => set({ endDate: e.target.value })} />
          </Field>
          <Field label={t('form.homeTimeZone')} error={errors.homeTimeZone} hint={t('form.timeZoneHint')}>
            <TimeZoneInput value={draft.homeTimeZone} onChange={(e) => set({ homeTimeZone: e.target.value })} />
          </Field>
        </div>
        <LegsEditor
          legs={draft.legs}
          errors={errors}
          onChange={setLeg}
          onAdd={() => {
            setDraft((d) => ({ ...d, legs: [...d.legs, newLeg(d)] }));
            setErrors(withoutLegErrors);
          }}
          onRemove={(index) => {
            setDraft((d) => ({ ...d, legs: d.legs.filter((_, i) => i !== index) }));
            setErrors(withoutLegErrors);
          }}
        />
      </form>
    </Dialog>
  );
}
