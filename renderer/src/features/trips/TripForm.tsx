// Create or edit a trip in a dialog. Errors appear beside their fields; nothing typed is lost when saving fails,
// and closing it with unsaved edits asks first.
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TripStatus, type Trip } from '../../../../shared/model';
import { useClient } from '../../api';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { useDiscardGuard } from '../../components/forms/DiscardPrompt';
import { useSchemaForm } from '../../components/forms/schemaForm';
import { DateField } from '../../components/DateTimeField';
import { TimeZonePicker } from '../../components/TimeZonePicker';
import { useFormat } from '../../i18n/format';
import { LegsEditor } from './LegsEditor';
import { draftFromTrip, emptyDraft, newLeg, toInput, TripForm as TripFormSchema, tripFieldMap, tripMessages, withCityHint, type LegValues, type TripValues } from './tripForm';
import { FormFooter, FormSummary } from '../../components/forms/FormParts';

interface TripFormProps {
  /** The trip to edit; without it the form creates a new trip. */
  trip?: Trip;
  onClose: () => void;
  onSaved: (trip: Trip, created: boolean) => void;
}

const formId = 'trip-form';

export function TripForm({ trip, onClose, onSaved }: TripFormProps) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const client = useClient();
  const [saving, setSaving] = useState(false);
  const [defaults] = useState<TripValues>(() => (trip ? draftFromTrip(trip) : emptyDraft()));
  const { draft, errors, formMessage, hasErrors, isDirty, set, fail, submit, formRef } = useSchemaForm<TripValues>({
    schema: TripFormSchema,
    defaults,
    messages: tripMessages(t, format.date),
    fieldMap: tripFieldMap,
    t,
  });
  const guard = useDiscardGuard(isDirty, onClose);
  // What a known city filled into each leg (by leg key), so the next known city may replace it but not a choice.
  const filledByCity = useRef(new Map<string, Pick<LegValues, 'country' | 'timeZone'>>());

  /** A leg's fields as typed, with the country and zone of a known city filled in where still empty. */
  const setLeg = (index: number, patch: Partial<LegValues>): void => {
    const leg = draft.legs[index]!;
    const typed = { ...leg, ...patch };
    const next = withCityHint(typed, patch, i18n.language, filledByCity.current.get(leg.key));
    if (next !== typed) filledByCity.current.set(leg.key, { country: next.country, timeZone: next.timeZone });
    const changed = (Object.keys(next) as (keyof LegValues)[]).filter((key) => next[key] !== leg[key]);
    set(Object.fromEntries(changed.map((key) => [`legs.${index}.${key}`, next[key]])));
  };

  const save = async (values: TripValues): Promise<void> => {
    if (saving) return;
    setSaving(true);
    try {
      const input = toInput(values);
      const saved = trip ? await client.call('trips.update', { id: trip.id, patch: input }) : await client.call('trips.create', input);
      guard.release();
      onSaved(saved, !trip);
    } catch (error) {
      fail(error);
      setSaving(false);
    }
  };

  return (
    <>
      <Dialog
        title={trip ? t('form.editTitle') : t('form.createTitle')}
        onClose={guard.close}
        size="large"
        footer={
          <FormFooter formId={formId} busy={saving} submitLabel={trip ? t('common.save') : t('form.create')} onCancel={guard.close} />
        }
      >
        <form id={formId} ref={formRef} className="trip-form" onSubmit={submit(save)} noValidate>
          <FormSummary show={hasErrors} title={t('form.summary')} message={formMessage} />
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
              <DateField value={draft.startDate} onChange={(startDate) => set({ startDate })} />
            </Field>
            <Field label={t('form.endDate')} error={errors.endDate}>
              <DateField value={draft.endDate} onChange={(endDate) => set({ endDate })} openAt={draft.startDate} />
            </Field>
            <Field label={t('form.homeTimeZone')} error={errors.homeTimeZone} hint={t('form.timeZoneHint')}>
              <TimeZonePicker value={draft.homeTimeZone} at={draft.startDate} onChange={(homeTimeZone) => set({ homeTimeZone })} />
            </Field>
          </div>
          <LegsEditor
            legs={draft.legs}
            errors={errors}
            onChange={setLeg}
            onAdd={() => set({ legs: [...draft.legs, newLeg(draft)] })}
            onRemove={(index) => set({ legs: draft.legs.filter((_, i) => i !== index) })}
          />
        </form>
      </Dialog>
      {guard.prompt}
    </>
  );
}
