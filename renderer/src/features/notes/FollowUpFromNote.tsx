// The small "new follow-up" dialog opened from selected note text: the sentence as its title, linked to the event,
// its trip and the event's first organisation, owned by me unless changed; saved with followups.create.
import { useState, type FormEvent, type HTMLAttributes, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Member, Organisation, Trip, TripEvent } from '../../../../shared/model';
import { useClient } from '../../api';
import { useWritten } from '../../api/query';
import { Dialog } from '../../components/Dialog';
import { describeError } from '../../components/ErrorMessage';
import { DateField } from '../../components/DateTimeField';
import { Field } from '../../components/Field';
import { displayName } from '../../components/recordPicker';
import { useToast } from '../../components/Toasts';
import { followUpTitle } from './notesLogic';

interface FollowUpFromNoteProps {
  text: string;
  event: TripEvent;
  trip: Trip;
  organisations: readonly Organisation[];
  members: readonly Member[];
  ownerId: string;
  onClose: () => void;
}

const formId = 'follow-up-from-note';

export function FollowUpFromNote({ text, event, trip, organisations, members, ownerId: me, onClose }: FollowUpFromNoteProps) {
  const { t, i18n } = useTranslation();
  const client = useClient();
  const written = useWritten();
  const toast = useToast();
  const eventOrganisations = event.organisationIds.map((id) => organisations.find((o) => o.id === id)).filter((o): o is Organisation => !!o);
  const [title, setTitle] = useState(() => followUpTitle(text));
  const [ownerId, setOwnerId] = useState(me);
  const [dueDate, setDueDate] = useState('');
  const [organisationId, setOrganisationId] = useState(eventOrganisations[0]?.id ?? '');
  const [titleError, setTitleError] = useState<string>();
  const [formError, setFormError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const quote = text.trim();

  const save = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    if (busy) return;
    if (!title.trim()) {
      setTitleError(t('notes.followUp.titleRequired'));
      return;
    }
    setBusy(true);
    setFormError(undefined);
    try {
      const input = {
        tripId: trip.id,
        eventId: event.id,
        title: title.trim(),
        ownerId: ownerId || undefined,
        dueDate: dueDate || undefined,
        organisationId: organisationId || undefined,
        // The full selection, quoted, in case the title had to shorten it.
        details: quote.split('\n').map((line) => `> ${line}`).join('\n'),
      };
      const created = await client.call('followups.create', input);
      written('followups.create', input, created);
      toast(t('notes.followUp.created', { title: created.title }));
      onClose();
    } catch (failure) {
      const { key, detail } = describeError(failure);
      setFormError(t('notes.followUp.failed', { reason: detail ? `${t(`errors.${key}`)} ${t('errors.detail', { message: detail })}` : t(`errors.${key}`) }));
    } finally {
      setBusy(false);
    }
  };

  const name = (m: Member): string => displayName(m, i18n.language);
  return (
    // Escape closes this dialog only: React passes `cancel` up its own tree, which would also close the editor
    // around it. React honours onCancel on any element; only its typings limit it to <dialog>.
    <div className="contents" {...({ onCancel: (e: SyntheticEvent) => e.stopPropagation() } as HTMLAttributes<HTMLDivElement>)}>
      <Dialog
        title={t('notes.followUp.dialogTitle')}
        onClose={onClose}
        footer={
          <>
            <button type="button" className="button" onClick={onClose}>
              {t('common.cancel')}
            </button>
            <button type="submit" form={formId} className="button button--primary" disabled={busy}>
              {busy ? t('common.saving') : t('notes.followUp.create')}
            </button>
          </>
        }
      >
        <form id={formId} className="follow-up-form" onSubmit={(e) => void save(e)} noValidate>
          {formError && (
            <p className="callout callout--error" role="alert">
              {formError}
            </p>
          )}
          <Field label={t('notes.followUp.titleLabel')} error={titleError}>
            <textarea
              value={title}
              rows={2}
              maxLength={500}
              data-autofocus
              onChange={(e) => {
                setTitle(e.target.value);
                setTitleError(undefined);
              }}
            />
          </Field>
          <div className="follow-up-form__row">
            <Field label={t('notes.followUp.owner')}>
              <select value={ownerId} onChange={(e) => setOwnerId(e.target.value)}>
                <option value="">{t('notes.followUp.noOwner')}</option>
                {members.map((m) => (
                  <option key={m.id} value={m.id}>
                    {name(m)}
                  </option>
                ))}
              </select>
            </Field>
            <Field label={t('notes.followUp.due')} hint={t('notes.followUp.dueHint')}>
              <DateField value={dueDate} onChange={setDueDate} />
            </Field>
          </div>
          <Field label={t('notes.followUp.organisation')}>
            <select value={organisationId} onChange={(e) => setOrganisationId(e.target.value)}>
              <option value="">{t('notes.followUp.noOrganisation')}</option>
              {eventOrganisations.map((o) => (
                <option key={o.id} value={o.id}>
                  {displayName(o, i18n.language)}
                </option>
              ))}
            </select>
          </Field>
          <dl className="follow-up-form__links" aria-label={t('notes.followUp.links')}>
            <div>
              <dt>{t('notes.followUp.event')}</dt>
              <dd>{event.title}</dd>
            </div>
            <div>
              <dt>{t('notes.followUp.trip')}</dt>
              <dd>{trip.title}</dd>
            </div>
          </dl>
          {quote !== followUpTitle(text) && (
            <figure className="follow-up-form__quote">
              <figcaption>{t('notes.followUp.quote')}</figcaption>
              <blockquote>{quote}</blockquote>
            </figure>
          )}
        </form>
      </Dialog>
    </div>
  );
}
