// What an event shows inside its box on the calendar (grid, month and agenda): title, travel times in each zone,
// and markers for tentative, cancelled and clashing events that screen readers also hear.
// No hooks but context here: a busy week has hundreds of these, and the words come precomputed (labelled()).
import type { CalendarEvent } from './calendarModel';
import type { EventWords } from './eventText';
import { useItinerary } from './itineraryContext';

export type LabelledEvent = CalendarEvent & EventWords;

export function EventContent({ event: shown }: { event: LabelledEvent }) {
  const { t } = useItinerary();
  const { event, clashCount } = shown;
  return (
    // data-event-id: where focus goes after the event is created (components/focusCreated.ts).
    <span className="itin-event__content" data-event-id={event.id}>
      <span className="itin-event__title">
        {clashCount > 0 && (
          <span className="itin-event__clash" role="img" aria-label={shown.clashText}>
            ⚠
          </span>
        )}
        {event.title}
      </span>
      {event.status === 'tentative' && <span className="visually-hidden"> ({t('itinerary.event.tentative')})</span>}
      {event.status === 'cancelled' && <span className="visually-hidden"> ({t('itinerary.event.cancelled')})</span>}
      {shown.travel && <span className="itin-event__travel">{shown.travel}</span>}
    </span>
  );
}

/** The agenda lists more room per row: status is written out, not only drawn. */
export function AgendaEventContent({ event: shown }: { event: LabelledEvent }) {
  const { t } = useItinerary();
  const { event } = shown;
  return (
    <span className="itin-agenda">
      <span className={`itin-agenda__swatch itin-kind--${event.kind}`} aria-hidden="true" />
      <EventContent event={shown} />
      <span className="itin-agenda__kind muted">{t(`kind.${event.kind}`)}</span>
      {event.status !== 'confirmed' && (
        <span className={`badge badge--${event.status === 'cancelled' ? 'cancelled' : 'draft'}`} aria-hidden="true">
          {t(`itinerary.event.${event.status}`)}
        </span>
      )}
    </span>
  );
}
