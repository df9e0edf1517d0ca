// The trip day by day: one card per calendar day, the cities it is spent in (from the trip's legs and journeys,
// both on a day the delegation moves), and that day's events shown in each event's own zone — the time the
// delegation will see on the clock where the event happens.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { eventPlaces, type PlaceLanguage } from '../../../../shared/domain/place';
import { cityLanguage } from '../../../../shared/domain/cities';
import type { Trip, TripEvent } from '../../../../shared/model';
import { dateInZone, useFormat } from '../../i18n/format';
import { dayCitiesText } from './dayCities';
import { tripDays } from './tripLogic';
import { isChinese } from '../../i18n/languages';

/** `onOpenEvent`: an event's title is a button that opens it (the page shows the editor). */
export function TripDays({ trip, events, onOpenEvent }: { trip: Trip; events: TripEvent[]; onOpenEvent: (eventId: string) => void }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const { days, outside } = tripDays(trip, events);
  const language: PlaceLanguage = cityLanguage(i18n.language);
  const places = useMemo(() => eventPlaces(trip, events), [trip, events]);
  return (
    <section className="days" aria-labelledby="days-heading">
      <div className="section-head">
        <h2 id="days-heading">{t('detail.days')}</h2>
        <p className="muted">{t('detail.timesIn')}</p>
      </div>
      <ol className="days__list">
        {days.map((day, index) => (
          <li key={day.date} className="day">
            <div className="day__head">
              <h3>
                <span className="day__number">{t('detail.day', { n: index + 1 })}</span>
                <span className="day__date">{format.date(day.date, true)}</span>
              </h3>
              <DayCities text={dayCitiesText(trip, events, day.date, language, places)} />
            </div>
            <EventList events={day.events} onOpen={onOpenEvent} />
          </li>
        ))}
      </ol>
      {outside.length > 0 && (
        <div className="day day--outside">
          <div className="day__head">
            <h3>{t('detail.outside')}</h3>
          </div>
          <EventList events={outside} onOpen={onOpenEvent} withDate />
        </div>
      )}
    </section>
  );
}

function DayCities({ text }: { text: string }) {
  const { t } = useTranslation();
  return <p className={text ? 'day__leg' : 'day__leg day__leg--none'}>{text || t('detail.noLeg')}</p>;
}

function EventList({ events, onOpen, withDate = false }: { events: TripEvent[]; onOpen: (eventId: string) => void; withDate?: boolean }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  if (events.length === 0) return <p className="day__empty muted">{t('detail.noEvents')}</p>;
  const zh = isChinese(i18n.language);
  return (
    <ul className="events">
      {events.map((event) => {
        const endZone = event.endTimeZone ?? event.timeZone;
        const venue = (zh ? event.venue.zh || event.venue.en : event.venue.en || event.venue.zh).trim();
        return (
          <li key={event.id} className={`event event--${event.status}`}>
            <div className="event__time">
              {withDate && <span>{format.date(dateInZone(event.start, event.timeZone))} </span>}
              <time dateTime={event.start}>{format.time(event.start, event.timeZone)}</time>
              {' – '}
              <time dateTime={event.end}>{format.time(event.end, endZone)}</time>
              <span className="event__zone">{format.zone(event.start, event.timeZone)}</span>
            </div>
            <div className="event__body">
              <p className="event__title">
                <button type="button" className="event__open" onClick={() => onOpen(event.id)} data-event-id={event.id}>
                  {event.title}
                </button>
                {event.status === 'cancelled' && <span className="badge badge--cancelled">{t('eventStatus.cancelled')}</span>}
                {event.status === 'tentative' && <span className="badge badge--draft">{t('eventStatus.tentative')}</span>}
              </p>
              <p className="event__meta">
                <span className="event__kind">{t(`kind.${event.kind}`)}</span>
                {venue && <span>{venue}</span>}
              </p>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
