// The itinerary calendar (react-big-calendar with drag and drop): the trip's events in month, week, day, agenda and
// "Whole trip" views, shown on each place's clock or the home zone's; select a slot to create, drag or resize to
// move (saved at once), click or Enter to edit, Ctrl/Cmd+Z to undo.
import { useCallback, useMemo, useRef, useState, type SyntheticEvent } from 'react';
import { Calendar, type SlotInfo, type View } from 'react-big-calendar';
import withDragAndDropModule, { type EventInteractionArgs } from 'react-big-calendar/lib/addons/dragAndDrop';
import 'react-big-calendar/lib/css/react-big-calendar.css';
import 'react-big-calendar/lib/addons/dragAndDrop/styles.css';
import { useTranslation } from 'react-i18next';
import type { TripDetail } from '../../../../shared/contract';
import { cityLanguage } from '../../../../shared/domain/cities';
import { cityText, dayPlaces, eventPlaces } from '../../../../shared/domain/place';
import { localParts, type DisplayMode } from '../../../../shared/domain/time';
import { hrefFor } from '../../app/router';
import { EventEditor, type EventEditorMode } from '../events/EventEditor';
import { useClashes } from '../clashes/useClashes';
import { cjsDefault } from './cjsDefault';
import { allDayAccessor, calendarComponents, endAccessor, eventProps, startAccessor, titleAccessor, tooltipAccessor } from './calendarParts';
import { calendarDay, dayOf, droppedTimes, slotToNewEvent, toCalendarEvents, tripCalendarDays, tripLengthInDays } from './calendarModel';
import type { ItineraryView } from './CalendarToolbar';
import type { LabelledEvent } from './EventContent';
import { eventWords } from './eventText';
import { ItineraryContext } from './itineraryContext';
import { ItineraryControls } from './ItineraryControls';
import { Legend } from './Legend';
import { cultureFor, formats, localizer } from './localizer';
import { makeTripView } from './TripView';
import { useCalendarEdits } from './useCalendarEdits';
import { useCalendarRoles } from './useCalendarRoles';
import { useHistory } from './useHistory';
import './itinerary.css';

const DnDCalendar = cjsDefault(withDragAndDropModule)<LabelledEvent>(Calendar);
const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
const dayStart = new Date(1970, 0, 1, 0, 0);
const dayEnd = new Date(1970, 0, 1, 23, 59, 59);
const morning = new Date(1970, 0, 1, 7, 0);

/** `openEvent`: an event to open at once (a search hit), shown on its own day. */
export function ItineraryCalendar({ detail, openEvent: initialEvent }: { detail: TripDetail; openEvent?: { id: string; section?: 'notes' } }) {
  const { t, i18n } = useTranslation();
  const { trip, events } = detail;
  const opened = initialEvent ? events.find((e) => e.id === initialEvent.id) : undefined;
  const [mode, setMode] = useState<DisplayMode>('local');
  const [showCancelled, setShowCancelled] = useState(false);
  const [view, setView] = useState<ItineraryView>('trip');
  const [date, setDate] = useState(() => calendarDay(opened ? localParts(opened.start, opened.timeZone).date : trip.startDate));
  const [editor, setEditor] = useState<EventEditorMode | null>(() =>
    opened ? { kind: 'edit', eventId: opened.id, ...(initialEvent?.section ? { section: initialEvent.section } : {}) } : null,
  );
  const { saveTimes, settled } = useCalendarEdits(trip.id);
  const history = useHistory(trip.id, settled);
  const { byEvent } = useClashes(detail);

  const clashCounts = useMemo(() => new Map([...byEvent].map(([id, clashes]) => [id, clashes.length])), [byEvent]);
  const language = cityLanguage(i18n.language);
  const places = useMemo(() => eventPlaces(trip, events), [trip, events]);
  const placed = useMemo(
    () => toCalendarEvents(trip, events, { mode, browserZone, showCancelled, clashCounts, places, language }),
    [trip, events, mode, showCancelled, clashCounts, places, language],
  );
  const shown = useMemo<LabelledEvent[]>(
    () => placed.map((e) => ({ ...e, ...eventWords(t, trip, e.event, e.clashCount, { places: places.get(e.id), language }) })),
    [placed, t, trip, places, language],
  );
  const dayCities = useCallback(
    (day: string) => dayPlaces(trip, events, day, places).map((p) => cityText(p, language)).join(' → '),
    [trip, events, places, language],
  );
  const { startDate, endDate, legs, homeTimeZone } = trip;
  // Keyed by the days themselves, not by `legs`: every reload brings a new legs array, and a new view component would
  // remount the whole grid (the event under the pointer, the scroll position) on each save.
  const days = tripCalendarDays({ startDate, endDate, legs, homeTimeZone });
  const daysKey = days.map((d) => d.getTime()).join();
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const tripView = useMemo(() => makeTripView(days), [daysKey]);
  const views = useMemo(() => ({ trip: tripView, month: true, week: true, day: true, agenda: true }), [tripView]);
  const messages = useMemo(
    () => ({
      today: t('itinerary.calendar.today'),
      previous: t('itinerary.calendar.previous'),
      next: t('itinerary.calendar.next'),
      month: t('itinerary.calendar.month'),
      week: t('itinerary.calendar.week'),
      day: t('itinerary.calendar.day'),
      agenda: t('itinerary.calendar.agenda'),
      date: t('itinerary.calendar.date'),
      time: t('itinerary.calendar.time'),
      event: t('itinerary.calendar.event'),
      allDay: t('itinerary.calendar.allDay'),
      noEventsInRange: t('itinerary.calendar.noEvents'),
      showMore: (count: number) => t('itinerary.calendar.showMore', { count }),
      trip: t('itinerary.calendar.trip'),
    }),
    [t],
  );
  const dayProps = useCallback((day: Date) => {
    const date = dayOf(day);
    return date >= startDate && date <= endDate ? { className: 'itin-trip-day' } : {};
  }, [startDate, endDate]);
  const openEvent = useCallback((eventId: string) => setEditor({ kind: 'edit', eventId }), []);
  const context = useMemo(() => ({ trip, t, history, openEvent, dayCities }), [trip, t, history, openEvent, dayCities]);

  const onDrop = useCallback(
    (action: 'move' | 'resize') =>
      ({ event, start, end }: EventInteractionArgs<LabelledEvent>) =>
        saveTimes(event.event, droppedTimes(event, { start: new Date(start), end: new Date(end) }, action, browserZone)),
    [saveTimes],
  );
  const onSelectSlot = useCallback(
    (slot: SlotInfo) => setEditor({ kind: 'create', ...slotToNewEvent({ startDate, endDate, legs, homeTimeZone }, slot, mode, browserZone) }),
    [startDate, endDate, legs, homeTimeZone, mode],
  );
  const onKeyPressEvent = useCallback(
    (e: LabelledEvent, press: SyntheticEvent<HTMLElement>) => {
      const key = (press.nativeEvent as KeyboardEvent).key;
      if (key === 'Enter' || key === ' ') {
        press.preventDefault();
        openEvent(e.id);
      }
    },
    [openEvent],
  );

  const calendarRef = useRef<HTMLDivElement>(null);
  useCalendarRoles(calendarRef);

  return (
    <ItineraryContext.Provider value={context}>
      <div className="itinerary">
        <ItineraryControls
          trip={trip}
          events={events}
          mode={mode}
          onModeChange={setMode}
          showCancelled={showCancelled}
          onShowCancelledChange={setShowCancelled}
        />
        <div ref={calendarRef} className="itin-calendar" role="region" aria-label={t('itinerary.calendar.label')}>
          <DnDCalendar
            localizer={localizer}
            culture={cultureFor(i18n.language)}
            formats={formats}
            messages={messages}
            events={shown}
            views={views as never}
            view={view as View}
            onView={(next) => setView(next as ItineraryView)}
            date={date}
            onNavigate={setDate}
            length={Math.max(1, tripLengthInDays(trip) - 1)}
            min={dayStart}
            max={dayEnd}
            scrollToTime={morning}
            step={30}
            timeslots={2}
            components={calendarComponents}
            startAccessor={startAccessor}
            endAccessor={endAccessor}
            allDayAccessor={allDayAccessor}
            // Timed events that run past midnight stay in the grid (a long-haul flight); allDayAccessor sends the
            // rest to the all-day row as before.
            showMultiDayTimes
            titleAccessor={titleAccessor}
            tooltipAccessor={tooltipAccessor}
            eventPropGetter={eventProps}
            dayPropGetter={dayProps}
            selectable
            resizable
            popup
            onSelectSlot={onSelectSlot}
            onSelectEvent={(e) => openEvent(e.id)}
            onKeyPressEvent={onKeyPressEvent}
            onEventDrop={onDrop('move')}
            onEventResize={onDrop('resize')}
          />
        </div>
        <Legend />
      </div>
      {editor && (
        <EventEditor
          detail={detail}
          mode={editor}
          onClose={() => {
            setEditor(null);
            // The address named the event; once it is closed, a reload should not open it again.
            if (initialEvent) window.history.replaceState(null, '', hrefFor({ page: 'trip', id: trip.id, tab: 'itinerary' }));
          }}
        />
      )}
    </ItineraryContext.Provider>
  );
}
