// Every field of an event, laid out for the editor: what, when (local date and time in a zone), where in two
// languages, who (members, counterpart organisations and contacts), and notes. State lives in EventEditor.
import { useTranslation } from 'react-i18next';
import { EventKind, EventStatus, type Member } from '../../../../shared/model';
import { Field } from '../../components/Field';
import { RecordPicker } from '../../components/RecordPicker';
import type { PickerRecord } from '../../components/recordPicker';
import { TimeZoneInput, TimeZoneOptions } from '../../components/TimeZoneInput';
import type { EventDraft, EventErrors } from './eventDraft';
import { MemberChecklist } from './MemberChecklist';

export interface EventFormFieldsProps {
  draft: EventDraft;
  errors: EventErrors;
  set: (patch: Partial<EventDraft>) => void;
  members: { delegation: Member[]; others: Member[] };
  organisations: PickerRecord[];
  contacts: PickerRecord[];
  createOrganisation: (text: string) => Promise<PickerRecord>;
  createContact: (text: string) => Promise<PickerRecord>;
}

export function EventFormFields({ draft, errors, set, members, organisations, contacts, createOrganisation, createContact }: EventFormFieldsProps) {
  const { t } = useTranslation();
  const text = (key: keyof EventDraft) => ({
    value: draft[key] as string,
    onChange: (e: { target: { value: string } }) => set({ [key]: e.target.value }),
  });
  return (
    <>
      <TimeZoneOptions />
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
            <input type="date" {...text('startDate')} />
          </Field>
          <Field label={t('events.fields.startTime')} error={errors.startTime}>
            <input type="time" {...text('startTime')} />
          </Field>
          <Field label={t('events.fields.endDate')} error={errors.endDate}>
            <input type="date" {...text('endDate')} />
          </Field>
          <Field label={t('events.fields.endTime')} error={errors.endTime}>
            <input type="time" {...text('endTime')} />
          </Field>
        </div>
        <div className="event-form__row event-form__row--zones">
          <Field label={t('events.fields.timeZone')} error={errors.timeZone} hint={draft.kind === 'travel' ? t('events.fields.departsHint') : t('events.fields.timeZoneHint')}>
            <TimeZoneInput {...text('timeZone')} />
          </Field>
          {draft.kind === 'travel' && (
            <Field label={t('events.fields.arrivesIn')} error={errors.endTimeZone} hint={t('events.fields.arrivesHint')}>
              <TimeZoneInput {...text('endTimeZone')} placeholder={draft.timeZone || 'Asia/Riyadh'} />
            </Field>
          )}
        </div>
      </fieldset>

      <fieldset className="event-form__group">
        <legend>{t('events.fields.where')}</legend>
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

      <Field label={t('events.fields.description')} error={errors.description}>
        <textarea rows={3} {...text('description')} />
      </Field>
    </>
  );
}
