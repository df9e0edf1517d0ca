// Every field of a follow-up, laid out for the editor: what, which trip and event, who and when, the counterpart,
// and the outcome it achieved. State lives in FollowUpEditor.
import { useTranslation } from 'react-i18next';
import { FollowUpStatus } from '../../../../shared/model';
import { useCall } from '../../api/query';
import { DateField } from '../../components/DateTimeField';
import { Field } from '../../components/Field';
import { RecordPicker } from '../../components/RecordPicker';
import { displayName } from '../../components/recordPicker';
import { dateInZone, useFormat } from '../../i18n/format';
import type { DraftErrors, FollowUpValues, Priority } from './followUpForm';
import { OutcomeFields } from './OutcomeFields';
import type { FollowUpDirectory } from './useFollowUpDirectory';

const priorities: Priority[] = ['high', 'normal', 'low'];

interface Props {
  draft: FollowUpValues;
  errors: DraftErrors;
  set: (patch: Partial<FollowUpValues>) => void;
  directory: FollowUpDirectory;
  /** A stored follow-up keeps its trip (the contract moves none between trips). */
  tripFixed: boolean;
}

export function FollowUpFields({ draft, errors, set, directory, tripFixed }: Props) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const text = (key: keyof FollowUpValues) => ({
    value: draft[key],
    onChange: (e: { target: { value: string } }) => set({ [key]: e.target.value }),
  });
  const tripId = draft.tripId;
  const detail = useCall('trips.get', { id: tripId ?? '' }, { enabled: Boolean(tripId) }).data;
  const events = (detail?.trip.id === tripId ? detail.events : []).filter((e) => !e.deleted).sort((a, b) => a.start.localeCompare(b.start));
  const eventKnown = !draft.eventId || events.some((e) => e.id === draft.eventId);

  return (
    <>
      <Field label={t('followups.editor.title')} error={errors.title} hint={t('followups.editor.titleHint')}>
        <input type="text" {...text('title')} data-autofocus required />
      </Field>
      <div className="fu-form__row fu-form__row--two">
        <Field label={t('followups.editor.trip')} error={errors.tripId} hint={tripFixed ? t('followups.editor.tripFixed') : undefined}>
          <select value={draft.tripId} onChange={(e) => set({ tripId: e.target.value, eventId: '' })} disabled={tripFixed} required>
            <option value="">{t('followups.editor.chooseTrip')}</option>
            {directory.trips.map((trip) => (
              <option key={trip.id} value={trip.id}>
                {trip.title} ({format.range(trip.startDate, trip.endDate)})
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('followups.editor.event')} error={errors.eventId}>
          <select {...text('eventId')} disabled={!tripId}>
            <option value="">{t('followups.editor.noEvent')}</option>
            {events.map((event) => (
              <option key={event.id} value={event.id}>
                {event.title} ({format.date(dateInZone(event.start, event.timeZone))})
              </option>
            ))}
            {/* Shown until the trip's events arrive, so an edit never silently drops the link. */}
            {!eventKnown && <option value={draft.eventId}>…</option>}
          </select>
        </Field>
      </div>
      <div className="fu-form__row fu-form__row--four">
        <Field label={t('followups.editor.owner')} error={errors.ownerId}>
          <select {...text('ownerId')}>
            <option value="">{t('followups.noOwner')}</option>
            {directory.members.map((m) => (
              <option key={m.id} value={m.id}>
                {displayName(m, i18n.language)}
                {m.title ? ` — ${m.title}` : ''}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('followups.editor.due')} error={errors.dueDate}>
          <DateField value={draft.dueDate} onChange={(dueDate) => set({ dueDate })} />
        </Field>
        <Field label={t('followups.editor.status')} error={errors.status}>
          <select value={draft.status} onChange={(e) => set({ status: e.target.value as FollowUpStatus })}>
            {FollowUpStatus.options.map((s) => (
              <option key={s} value={s}>
                {t(`followups.status.${s}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('followups.editor.priority')} error={errors.priority}>
          <select value={draft.priority} onChange={(e) => set({ priority: e.target.value as Priority })}>
            {priorities.map((p) => (
              <option key={p} value={p}>
                {t(`followups.priority.${p}`)}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <RecordPicker
        label={t('followups.editor.organisation')}
        records={directory.organisationRecords}
        selectedIds={draft.organisationId ? [draft.organisationId] : []}
        // One organisation per follow-up: choosing another replaces it.
        onChange={(ids) => set({ organisationId: ids[ids.length - 1] ?? '' })}
        onCreate={directory.createOrganisation}
        hint={t('followups.editor.organisationHint')}
        error={errors.organisationId}
      />
      <Field label={t('followups.editor.details')} error={errors.details}>
        <textarea rows={4} {...text('details')} />
      </Field>
      <OutcomeFields draft={draft} errors={errors} set={set} />
    </>
  );
}
