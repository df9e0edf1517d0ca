// The pieces handed to react-big-calendar once, at module level, so they never change between renders: event
// boxes, the agenda row, the toolbar and the class names per kind and status. They read the trip from context.
import type { CSSProperties } from 'react';
import type { Components, EventProps } from 'react-big-calendar';
import { AgendaEventContent, EventContent } from './EventContent';
import { CalendarToolbar } from './CalendarToolbar';
import { DayHeader } from './DayHeader';
import type { LabelledEvent } from './EventContent';
import { useItinerary } from './itineraryContext';

function GridEvent({ event }: EventProps<LabelledEvent>) {
  return <EventContent event={event} />;
}

function AgendaEvent({ event }: EventProps<LabelledEvent>) {
  const { openEvent } = useItinerary();
  return (
    <button type="button" className="itin-agenda__open" onClick={() => openEvent(event.id)}>
      <AgendaEventContent event={event} />
    </button>
  );
}

// Per-view entries apply to that view only; `trip` is our custom view (unknown to the library's types).
export const calendarComponents = {
  toolbar: CalendarToolbar,
  event: GridEvent,
  agenda: { event: AgendaEvent },
  week: { header: DayHeader },
  day: { header: DayHeader },
  trip: { header: DayHeader },
} as Components<LabelledEvent>;

/** One hour's height in the time grid (itinerary.css sets the slots to half of it). */
export const hourPx = 40;
const labelPx = 14;
const linePx = 16.6;

/** Colours by kind, and the look of tentative, cancelled and clashing events (see itinerary.css). A short event
 *  (45 minutes or less) shows its title alone on one line, cut with an ellipsis; a longer one as many lines of title
 *  as fit under its times, the last one ending in an ellipsis. The full text is in the box's title attribute and,
 *  unclipped, in its content for screen readers. */
export function eventProps(shown: LabelledEvent): { className: string; style?: CSSProperties } {
  const { kind, status } = shown.event;
  const minutes = (shown.end.getTime() - shown.start.getTime()) / 60_000;
  const short = !shown.allDay && minutes <= 45;
  const className = `itin-event itin-kind--${kind} itin-event--${status}${shown.clashCount > 0 ? ' itin-event--clash' : ''}${short ? ' itin-event--short' : ''}`;
  const lines = Math.max(1, Math.floor(((minutes / 60) * hourPx - labelPx - 4) / linePx));
  return { className, style: { '--title-lines': lines } as CSSProperties };
}

export const startAccessor = (e: LabelledEvent): Date => e.start;
export const endAccessor = (e: LabelledEvent): Date => e.end;
export const allDayAccessor = (e: LabelledEvent): boolean => e.allDay;
export const titleAccessor = (e: LabelledEvent): string => e.title;
export const tooltipAccessor = (e: LabelledEvent): string => e.description;
