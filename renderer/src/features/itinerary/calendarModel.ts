// The bridge between stored events (UTC instants + IANA zones) and react-big-calendar, which only knows the
// browser's zone: events shown on the wall clock of their display zone, and dropped/selected dates turned back into
// instants. Pure (the browser zone is passed in) so every conversion is unit-tested.
import { cityText, zoneCity, type EventPlaces, type PlaceLanguage } from '../../../../shared/domain/place';
import type { DisplayMode } from '../../../../shared/domain/time';
import { addCalendarDays, displayZoneForEvent, fromCalendarDate, legForDate, localParts, toCalendarDate, tripDays } from '../../../../shared/domain/time';
import type { Trip, TripEvent } from '../../../../shared/model';

export type { DisplayMode };
export { zoneCity };

/** Where and when a journey lands, on the arrival's own clock. */
export interface Arrival {
  time: string;
  city: string;
  /** Calendar days after the departure's date, each read on its own clock. */
  plusDays: number;
}

/** What the calendar draws: the stored event beside the browser-zone dates that place it. */
export interface CalendarEvent {
  id: string;
  title: string;
  start: Date;
  end: Date;
  /** The zone whose wall clock `start`/`end` show. */
  zone: string;
  event: TripEvent;
  /** How many clash warnings name this event. */
  clashCount: number;
  /** Drawn in the all-day row: a timed event that runs over days. Never a journey: a flight that lands on another
   *  date (or at an earlier clock time) is still drawn from its departure for its real length. */
  allDay: boolean;
  /** A journey shown on its departure clock: where and when it lands, for the time label. */
  arrival?: Arrival;
}

/** Start and end of an event as instants, e.g. an optimistic value while a drag is being saved. */
export interface Times {
  start: string;
  end: string;
}

type TripZones = Pick<Trip, 'startDate' | 'endDate' | 'legs' | 'homeTimeZone'>;

export interface MapOptions {
  mode: DisplayMode;
  browserZone: string;
  showCancelled: boolean;
  /** Times to show instead of the stored ones (a move being saved). */
  overrides?: ReadonlyMap<string, Times>;
  clashCounts?: ReadonlyMap<string, number>;
  /** Where each event happens (shared/domain/place.ts), for a journey's arrival city. */
  places?: ReadonlyMap<string, EventPlaces>;
  language?: PlaceLanguage;
}

// react-big-calendar words an event's time label from its start and end Dates alone (formats.eventTimeRangeFormat),
// so a journey's arrival travels with its end Date. A WeakMap keeps the Dates plain and lets them be collected.
const arrivals = new WeakMap<Date, Arrival>();

/** The arrival a journey's calendar end Date stands for, if it is one. */
export function arrivalAt(end: Date): Arrival | undefined {
  return arrivals.get(end);
}

const daysBetween = (from: string, to: string): number => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

export function toCalendarEvents(trip: Pick<Trip, 'homeTimeZone'>, events: readonly TripEvent[], options: MapOptions): CalendarEvent[] {
  const shown: CalendarEvent[] = [];
  for (const stored of events) {
    if (stored.deleted) continue;
    if (stored.status === 'cancelled' && !options.showCancelled) continue;
    const override = options.overrides?.get(stored.id);
    const event = override ? { ...stored, ...override } : stored;
    // Both ends in the start's zone: a flight keeps its true length on the grid; its label shows each end locally.
    const zone = displayZoneForEvent(trip, event, options.mode);
    const start = toCalendarDate(event.start, zone, options.browserZone);
    const end = toCalendarDate(event.end, zone, options.browserZone);
    const travel = event.kind === 'travel';
    const placed: CalendarEvent = {
      id: event.id,
      title: event.title,
      start,
      end,
      zone,
      event,
      clashCount: options.clashCounts?.get(event.id) ?? 0,
      allDay: !travel && dayOf(start) !== dayOf(end),
    };
    const endZone = event.endTimeZone ?? event.timeZone;
    if (travel && zone === event.timeZone) {
      const places = options.places?.get(event.id);
      const arrives = localParts(event.end, endZone);
      placed.arrival = {
        time: arrives.time,
        city: places ? cityText(places.arrives, options.language) : zoneCity(endZone),
        plusDays: daysBetween(localParts(event.start, event.timeZone).date, arrives.date),
      };
      arrivals.set(end, placed.arrival);
    }
    shown.push(placed);
  }
  return shown;
}

/** A YYYY-MM-DD date as the browser-local midnight the calendar uses for that day. */
export function calendarDay(date: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d);
}

/** The browser-local calendar date (YYYY-MM-DD) a calendar Date falls on. */
export function dayOf(date: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Every day of the trip as calendar Dates: the columns of the "Whole trip" view. */
export function tripCalendarDays(trip: TripZones): Date[] {
  return tripDays(trip).map((day) => calendarDay(day.date));
}

/**
 * Where a dragged or resized event lands, as instants. The dates come in the event's display zone. A move keeps the
 * event's real length (the drop's end may be off by a DST hour in the browser's zone); a resize takes both ends.
 * Drops on the all-day row or a month cell keep the time of day (the calendar merges it in), so no time is lost.
 */
export function droppedTimes(shown: Pick<CalendarEvent, 'event' | 'zone'>, drop: { start: Date; end: Date }, action: 'move' | 'resize', browserZone: string): Times {
  const start = fromCalendarDate(drop.start, shown.zone, browserZone);
  if (action === 'move') {
    const length = Date.parse(shown.event.end) - Date.parse(shown.event.start);
    return { start, end: new Date(Date.parse(start) + length).toISOString() };
  }
  const end = fromCalendarDate(drop.end, shown.zone, browserZone);
  return Date.parse(end) < Date.parse(start) ? { start, end: start } : { start, end };
}

export interface NewEventSlot extends Times {
  timeZone: string;
}

/**
 * A selected slot → the new event's instants and zone. The zone is that day's leg (or the home zone on a day no leg
 * covers); in home mode the slot reads the home zone's clock. A whole-day selection (a month cell) becomes 09:00–10:00
 * on its first day, a sensible start the editor lets the user change.
 */
export function slotToNewEvent(trip: TripZones, slot: { start: Date; end: Date }, mode: DisplayMode, browserZone: string): NewEventSlot {
  let { start, end } = slot;
  const wholeDays = isMidnight(start) && isMidnight(end) && end.getTime() > start.getTime();
  if (wholeDays) {
    start = new Date(start.getFullYear(), start.getMonth(), start.getDate(), 9);
    end = new Date(start.getFullYear(), start.getMonth(), start.getDate(), 10);
  }
  const date = dayOf(start);
  const legZone = legForDate(trip, date)?.timeZone ?? trip.homeTimeZone;
  const readIn = mode === 'home' ? trip.homeTimeZone : legZone;
  return { start: fromCalendarDate(start, readIn, browserZone), end: fromCalendarDate(end, readIn, browserZone), timeZone: legZone };
}

function isMidnight(date: Date): boolean {
  return date.getHours() === 0 && date.getMinutes() === 0 && date.getSeconds() === 0;
}

/** The zones the calendar shows: one home zone, or each zone a leg or event of the trip uses, in trip order. */
export function zonesShown(trip: TripZones, events: readonly Pick<TripEvent, 'timeZone' | 'deleted'>[], mode: DisplayMode): string[] {
  if (mode === 'home') return [trip.homeTimeZone];
  const zones = [...trip.legs].sort((a, b) => a.startDate.localeCompare(b.startDate)).map((leg) => leg.timeZone);
  for (const e of events) if (!e.deleted) zones.push(e.timeZone);
  return [...new Set(zones)];
}

/** How many days the trip has (the agenda lists `length` days after its first, so it is given one less). */
export function tripLengthInDays(trip: Pick<Trip, 'startDate' | 'endDate'>): number {
  let days = 1;
  for (let d = trip.startDate; d < trip.endDate && days < 1000; d = addCalendarDays(d, 1)) days++;
  return days;
}
