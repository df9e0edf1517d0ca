// Every field of an event, laid out for the editor: what, when (local date and time in a zone), where in two
// languages, who (members, counterpart organisations and contacts), and notes. State lives in EventEditor.
import { useTranslation } from 'react-i18next';
import { cityInLanguage, cityLanguage } from '../../../../shared/domain/cities';
import { EventKind, EventStatus, type Leg, type Member } from '../../../../shared/model';
import { Field } from '../../components/Field';
import { RecordPicker } from '../../components/RecordPicker';
import type { PickerRecord } from '../../components/recordPicker';
import { DateField, TimeField } from '../../components/DateTimeField';
import { TimeZonePicker } from '../../components/TimeZonePicker';
import type { EventValues, EventErrors } from './eventForm';
import { MemberChecklist } from './MemberChecklist';
import { PassengerFields, RouteFields } from './TravelFields';

export interface EventFormFieldsProps {
  draft: EventValues;
  errors: EventErrors;
  set: (patch: Partial<EventValues>) => void;
  /** The trip's legs, for choosing the one the event happens in. */
  legs: readonly Leg[];
  members: { delegation: Member[]; others: Member[] };
  organisations: PickerRecord[];
  contacts: PickerRecord[];
  createOrganisation: (text: string) => Promise<PickerRecord>;
  createContact: (text: string) => Promise<PickerRecord>;
}

export function EventFormFields({ draft, errors, set, legs, members, organisations, contacts, createOrganisation, createContact }: EventFormFieldsProps) {
  const { t, i18n } = useTranslation();
  const text = (key: keyof EventValues) => ({
    value: draft[key] as string,
    onChange: (e: { target: { value: string } }) => set({ [key]: e.target.value }),
  });
  // The date, time and zone fields hand back the value itself, not an event.
  const value = (key: 'startDate' | 'startTime' | 'endDate' | 'endTime' | 'timeZone' | 'endTimeZone') => ({
    value: draft[key],
    onChange: (next: string) => set({ [key]: next }),
  });
  return (
    <>
      <div className="event-form__row event-form__row--what">
        <Field label={t('events.fields.title')} error={errors.title}>
          <input type="text" {...text('title')} data-autofocus />
        </Field>
        <Field label={t('events.fields.kind')} error={errors.kind}>
          <select value={draft.kind} onChange={(e) => set({ kind: e.target.value as EventKind })}>
            {EventKind.options.map((kind) => (
              <option key={kind} value={kind}>
                {t(`kind.${kind}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('events.fields.status')} error={errors.status}>
          <select value={draft.status} onChange={(e) => set({ status: e.target.value as EventStatus })}>
            {EventStatus.options.map((status) => (
              <option key={status} value={status}>
                {t(`eventStatus.${status}`)}
              </option>
            ))}
          </select>
        </Field>
      </div>

      <fieldset className="event-form__group">
        <legend>{t('events.fields.when')}</legend>
        <div className="event-form__row event-form__row--when">
          <Field label={t('events.fields.startDate')} error={errors.startDate}>
            <DateField {...value('startDate')} />
          </Field>
          <Field label={t('events.fields.startTime')} error={errors.startTime}>
            <TimeField {...value('startTime')} />
          </Field>
          <Field label={t('events.fields.endDate')} error={errors.endDate}>
            <DateField {...value('endDate')} openAt={draft.startDate} />
          </Field>
          <Field label={t('events.fields.endTime')} error={errors.endTime}>
            <TimeField {...value('endTime')} />
          </Field>
        </div>
        <div className="event-form__row event-form__row--zones">
          <Field label={t('events.fields.timeZone')} error={errors.timeZone} hint={draft.kind === 'travel' ? t('events.fields.departsHint') : t('events.fields.timeZoneHint')}>
            <TimeZonePicker {...value('timeZone')} at={draft.startDate} />
          </Field>
          {draft.kind === 'travel' && (
            <Field label={t('events.fields.arrivesIn')} error={errors.endTimeZone} hint={t('events.fields.arrivesHint')}>
              <TimeZonePicker {...value('endTimeZone')} at={draft.endDate || draft.startDate} placeholder={draft.timeZone || 'Asia/Riyadh'} />
            </Field>
          )}
        </div>
      </fieldset>

      {draft.kind === 'travel' && <RouteFields draft={draft} errors={errors} set={set} text={text} />}

      <fieldset className="event-form__group">
        <legend>{t('events.fields.where')}</legend>
        {legs.length > 0 && (
          <div className="event-form__row event-form__row--two">
            <Field label={t('events.place.leg')} error={errors.legId} hint={t('events.place.legHint')}>
              <select value={draft.legId} onChange={(e) => set({ legId: e.target.value })}>
                <option value="">{t('events.place.legAuto')}</option>
                {legs.map((leg) => (
                  <option key={leg.id} value={leg.id}>
                    {t('events.place.legOption', { city: cityInLanguage(leg.city, cityLanguage(i18n.language)), start: leg.startDate, end: leg.endDate })}
                  </option>
                ))}
              </select>
            </Field>
          </div>
        )}
        <div className="event-form__row event-form__row--two">
          <Field label={t('events.fields.venueEn')} error={errors.venueEn}>
            <input type="text" {...text('venueEn')} lang="en" />
          </Field>
          <Field label={t('events.fields.venueZh')} error={errors.venueZh}>
            <input type="text" {...text('venueZh')} lang="zh-Hant" />
          </Field>
          <Field label={t('events.fields.addressEn')} error={errors.addressEn} hint={t('events.fields.addressHint')}>
            <input type="text" {...text('addressEn')} lang="en" />
          </Field>
          <Field label={t('events.fields.addressZh')} error={errors.addressZh}>
            <input type="text" {...text('addressZh')} lang="zh-Hant" />
          </Field>
        </div>
      </fieldset>

      <fieldset className="event-form__group">
        <legend>{t('events.fields.who')}</legend>
        <MemberChecklist members={members} selectedIds={draft.memberIds} onChange={(memberIds) => set({ memberIds })} error={errors.memberIds} />
        <div className="event-form__row event-form__row--two">
          <RecordPicker
            label={t('events.fields.organisations')}
            records={organisations}
            selectedIds={draft.organisationIds}
            onChange={(organisationIds) => set({ organisationIds })}
            onCreate={createOrganisation}
            error={errors.organisationIds}
            placeholder={t('events.picker.placeholder')}
          />
          <RecordPicker
            label={t('events.fields.contacts')}
            records={contacts}
            selectedIds={draft.contactIds}
            onChange={(contactIds) => set({ contactIds })}
            onCreate={createContact}
            error={errors.contactIds}
            placeholder={t('events.picker.placeholder')}
          />
        </div>
      </fieldset>

      {draft.kind === 'travel' && <PassengerFields draft={draft} members={[...members.delegation, ...members.others]} set={set} />}

      <Field label={t('events.fields.description')} error={errors.description}>
        <textarea rows={3} {...text('description')} />
      </Field>
    </>
  );
}
