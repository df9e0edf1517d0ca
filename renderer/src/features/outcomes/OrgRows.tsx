// The rows of the organisation page's sections: a meeting (in the zone where it happened), a note, a follow-up,
// an outcome and a person. Everything written by people is shown as text, never as markup.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FollowUpRow, OrganisationPage } from '../../../../shared/contract';
import type { Contact } from '../../../../shared/model';
import { Markdown } from '../../components/Markdown';
import { dateInZone, useFormat } from '../../i18n/format';
import { RecordName } from '../directory/RecordName';
import { formatHkd, noteExcerpt } from './outcomesLogic';

type Meeting = OrganisationPage['meetings'][number];
type NoteRow = OrganisationPage['notes'][number];
type OutcomeRow = OrganisationPage['outcomes'][number];

export function MeetingRow({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const f = useFormat();
  const { event, tripTitle } = meeting;
  return (
    <>
      <a className="org-list__title" href={`#/trips/${event.tripId}/itinerary`}>
        {event.title}
      </a>
      <span className="org-list__meta">
        <time dateTime={event.start}>
          {t('outcomes.org.meetingTime', { date: f.date(dateInZone(event.start, event.timeZone)), time: f.time(event.start, event.timeZone), zone: f.zone(event.start, event.timeZone) })}
        </time>
        {' · '}
        <a href={`#/trips/${event.tripId}`}>{t('outcomes.org.trip', { title: tripTitle })}</a>
        {' · '}
        {t(`kind.${event.kind}`)}
      </span>
    </>
  );
}

export function NoteRowView({ row }: { row: NoteRow }) {
  const { t } = useTranslation();
  const f = useFormat();
  const [open, setOpen] = useState(false);
  return (
    <>
      <span className="org-list__title">
        {row.authorName ?? t('outcomes.org.unknownAuthor')}
        <span className="org-list__aside"> · {f.date(row.note.updatedAt.slice(0, 10))}</span>
      </span>
      <span className="org-list__meta">
        <a href={`#/trips/${row.note.tripId}/itinerary`}>{t('outcomes.org.noteContext', { event: row.eventTitle, trip: row.tripTitle })}</a>
      </span>
      {open ? <Markdown text={row.note.body} className="org-note__body" /> : <p className="org-note__excerpt">{noteExcerpt(row.note.body)}</p>}
      {row.note.body.length > 240 && (
        <button type="button" className="button button--small button--quiet" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? t('outcomes.org.noteLess') : t('outcomes.org.noteMore')}
        </button>
      )}
    </>
  );
}

export function FollowUpRowView({ row }: { row: FollowUpRow }) {
  const { t } = useTranslation();
  const f = useFormat();
  const { followUp } = row;
  return (
    <>
      <span className="org-list__title">
        <a href="#/followups/list">{followUp.title}</a>
        <span className={`org-status org-status--${followUp.status}`}>{t(`outcomes.org.status.${followUp.status}`)}</span>
      </span>
      <span className="org-list__meta">
        {followUp.dueDate ? t('outcomes.org.due', { date: f.date(followUp.dueDate) }) : t('outcomes.org.noDue')}
        {row.ownerName && ` · ${t('outcomes.org.owner', { name: row.ownerName })}`}
        {' · '}
        <a href={`#/trips/${followUp.tripId}`}>{t('outcomes.org.trip', { title: row.tripTitle })}</a>
      </span>
    </>
  );
}

export function OutcomeRowView({ row }: { row: OutcomeRow }) {
  const { t } = useTranslation();
  const f = useFormat();
  const { mou, investmentHkd, jobs } = row.outcome;
  const figures = [investmentHkd ? formatHkd(f.language, investmentHkd) : '', jobs ? t('outcomes.org.jobs', { count: jobs }) : ''].filter(Boolean);
  return (
    <>
      <span className="org-list__title">{row.title}</span>
      {mou && (
        <span className="org-list__meta">
          {t('outcomes.org.mou', { title: mou.title })}
          {mou.parties.length > 0 && ` · ${t('outcomes.org.parties', { parties: mou.parties.join('; ') })}`}
          {mou.date && ` · ${t('outcomes.org.signed', { date: f.date(mou.date) })}`}
        </span>
      )}
      {figures.length > 0 && <span className="org-list__figures">{figures.join(' · ')}</span>}
    </>
  );
}

export function PersonRow({ contact }: { contact: Contact }) {
  return (
    <>
      <span className="org-list__title">
        <RecordName name={contact.name} href={`#/directory/contacts/${contact.id}`} />
      </span>
      <span className="org-list__meta">{[contact.title, contact.email, contact.phone].filter(Boolean).join(' · ')}</span>
    </>
  );
}
