// The trip at a glance: key counts (meetings, open follow-ups, clashes), the legs on a timeline in proportion to
// their days, the delegation in order of precedence and the counterparts met; "Add event" opens the event editor.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { cityInLanguage, cityLanguage } from '../../../../shared/domain/cities';
import type { TripDetail } from '../../../../shared/contract';
import { instantFromLocal, tripDays } from '../../../../shared/domain/time';
import { hrefFor } from '../../app/router';
import { displayName } from '../../components/recordPicker';
import { localeFor, useFormat } from '../../i18n/format';
import { useClashes } from '../clashes/useClashes';
// The layering rule's pattern 'events' (Node's built-in) also matches our features/events folder; this is not Node.
import { EventEditor, type EventEditorMode } from '../events/EventEditor';
import { counterpartsMet, firstSlot, legSegments, overviewCounts } from './overviewLogic';
import { TripMembers } from './TripMembers';
import './tripOverview.css';

export function TripOverview({ detail }: { detail: TripDetail }) {
  const { t } = useTranslation();
  const { trip } = detail;
  const { clashes } = useClashes(detail);
  const counts = overviewCounts(detail);
  const [editor, setEditor] = useState<EventEditorMode | null>(null);

  const addEvent = (): void => {
    const { date, timeZone } = firstSlot(trip);
    setEditor({ kind: 'create', start: instantFromLocal(date, '09:00', timeZone), end: instantFromLocal(date, '10:00', timeZone), timeZone });
  };

  return (
    <div className="overview">
      <div className="overview__head">
        <ul className="overview__stats" aria-label={t('events.overview.stats')}>
          <Stat value={counts.meetings} label={t('events.overview.meetings', { count: counts.meetings })} />
          <Stat value={counts.openFollowUps} label={t('events.overview.openFollowUps', { count: counts.openFollowUps })} />
          <Stat
            value={clashes.length}
            label={t('events.overview.clashes', { count: clashes.length })}
            href={hrefFor({ page: 'trip', id: trip.id, tab: 'clashes' })}
            tone={clashes.length > 0 ? 'warning' : 'ok'}
          />
        </ul>
        <button type="button" className="button button--primary" onClick={addEvent}>
          <span aria-hidden="true">＋ </span>
          {t('events.overview.addEvent')}
        </button>
      </div>
      <LegTimeline detail={detail} />
      <div className="overview__grid">
        <TripMembers trip={trip} members={detail.members} />
        <Counterparts detail={detail} />
      </div>
      {editor && <EventEditor detail={detail} mode={editor} onClose={() => setEditor(null)} />}
    </div>
  );
}

function Stat({ value, label, href, tone }: { value: number; label: string; href?: string; tone?: 'warning' | 'ok' }) {
  const body = (
    <>
      <span className="stat__value">{value}</span>
      <span className="stat__label">{label}</span>
    </>
  );
  return <li className={`stat ${tone ? `stat--${tone}` : ''}`}>{href ? <a href={href}>{body}</a> : body}</li>;
}

function LegTimeline({ detail }: { detail: TripDetail }) {
  const { t, i18n } = useTranslation();
  const language = cityLanguage(i18n.language);
  const format = useFormat();
  const segments = legSegments(detail.trip);
  const days = tripDays(detail.trip);
  const dayLabel = new Intl.DateTimeFormat(localeFor(format.language), { weekday: 'short', day: 'numeric', timeZone: 'UTC' });
  return (
    <section className="panel timeline" aria-labelledby="timeline-heading">
      <div className="section-head">
        <h2 id="timeline-heading">{t('events.overview.legs')}</h2>
        <p className="muted">
          {format.range(detail.trip.startDate, detail.trip.endDate)} · {t('events.overview.days', { count: days.length })}
        </p>
      </div>
      {detail.trip.legs.length === 0 && <p className="muted">{t('events.overview.noLegs')}</p>}
      <ol className="timeline__bar">
        {segments.map((segment, i) => (
          <li
            key={`${segment.startDate}-${i}`}
            className={`timeline__leg ${segment.leg ? `timeline__leg--${i % 4}` : 'timeline__leg--none'}`}
            style={{ flexGrow: segment.days, flexBasis: 0 }}
            title={segment.leg ? `${cityInLanguage(segment.leg.city, language)} · ${segment.leg.timeZone}` : undefined}
          >
            <span className="timeline__city">{segment.leg ? cityInLanguage(segment.leg.city, language) : t('events.overview.noLeg')}</span>
            <span className="timeline__dates">
              {format.range(segment.leg?.startDate ?? segment.startDate, segment.leg?.endDate ?? segment.endDate)}
            </span>
            {segment.leg && <span className="timeline__zone">{segment.leg.timeZone}</span>}
            <span className="visually-hidden">{t('events.overview.days', { count: segment.days })}</span>
          </li>
        ))}
      </ol>
      {days.length <= 14 && (
        // A day scale under the legs; the legs above already say the same to screen readers.
        <ol className="timeline__days" aria-hidden="true">
          {days.map((day) => (
            <li key={day.date}>{dayLabel.format(new Date(`${day.date}T00:00:00Z`))}</li>
          ))}
        </ol>
      )}
    </section>
  );
}

function Counterparts({ detail }: { detail: TripDetail }) {
  const { t, i18n } = useTranslation();
  const met = counterpartsMet(detail);
  const empty = met.organisations.length === 0 && met.contacts.length === 0;
  const orgName = (id: string | undefined): string => {
    const org = detail.organisations.find((o) => o.id === id);
    return org ? displayName(org, i18n.language) : '';
  };
  return (
    <section className="panel counterparts" aria-labelledby="counterparts-heading">
      <h2 id="counterparts-heading">{t('events.overview.counterparts')}</h2>
      {empty && <p className="muted">{t('events.overview.noCounterparts')}</p>}
      {met.organisations.length > 0 && (
        <>
          <h3 className="counterparts__heading">{t('events.overview.organisations', { count: met.organisations.length })}</h3>
          <ul className="counterparts__list">
            {met.organisations.map(({ record, events }) => (
              <li key={record.id}>
                <span className="counterparts__name">{displayName(record, i18n.language)}</span>
                <span className="muted counterparts__meta">{t('events.overview.inEvents', { count: events })}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {met.contacts.length > 0 && (
        <>
          <h3 className="counterparts__heading">{t('events.overview.contacts', { count: met.contacts.length })}</h3>
          <ul className="counterparts__list">
            {met.contacts.map(({ record, events }) => (
              <li key={record.id}>
                <span className="counterparts__name">{displayName(record, i18n.language)}</span>
                <span className="muted counterparts__meta">
                  {[[record.title, orgName(record.organisationId)].filter(Boolean).join(', '), t('events.overview.inEvents', { count: events })].filter(Boolean).join(' · ')}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
