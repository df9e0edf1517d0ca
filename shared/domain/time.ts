// Time on a trip: which leg a day belongs to, wall clocks in IANA zones, and the bridge to a calendar widget that
// only knows the browser's zone. Instants are UTC ISO strings; zones are IANA names; offsets come from @date-fns/tz.
import { TZDate, tz, tzOffset } from '@date-fns/tz';
// Per-function entry points: the date-fns barrel loads ~1,500 modules (~220 MB RSS when run unbundled, as the bench
// and tests do); a bundle tree-shakes either way.
import { addDays } from 'date-fns/addDays';
import { format } from 'date-fns/format';
import type { Leg, Trip, TripEvent } from '../model';

/** A wall clock reading in some zone, to the millisecond. Month is 1–12. */
export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  ms: number;
}

export type DisplayMode = 'local' | 'home';

type Moment = string | Date;
const toDate = (instant: Moment): Date => (instant instanceof Date ? new Date(instant.getTime()) : new Date(instant));
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

// ---- calendar dates (no zone) ----

/** Adds days to a YYYY-MM-DD date; done in UTC because a plain date has no zone and UTC has no DST. */
export function addCalendarDays(date: string, days: number): string {
  return format(addDays(`${date}T00:00:00Z`, days, { in: tz('UTC') }), 'yyyy-MM-dd');
}

/** The leg covering a date. On a changeover day (one leg ends, the next starts) the leg that starts that day wins:
 *  the day's plan is mostly about arriving in the new city, and a calendar needs one answer per day. Events still
 *  belong to the earlier leg when their zone or address says so (see clashes.ts). */
export function legForDate(trip: Pick<Trip, 'legs'>, date: string): Leg | undefined {
  return trip.legs.find((l) => l.startDate === date) ?? trip.legs.find((l) => l.startDate <= date && date <= l.endDate);
}

export interface TripDay {
  date: string;
  leg: Leg | undefined;
  /** The leg's zone, or the home zone on a day no leg covers. */
  timeZone: string;
}

/** Every calendar date of the trip, first to last, with its leg and zone. */
export function tripDays(trip: Pick<Trip, 'startDate' | 'endDate' | 'legs' | 'homeTimeZone'>): TripDay[] {
  const days: TripDay[] = [];
  // The cap only guards against a corrupt date range looping for ever; the model allows no trip this long.
  for (let date = trip.startDate; date <= trip.endDate && days.length < 1000; date = addCalendarDays(date, 1)) {
    const leg = legForDate(trip, date);
    days.push({ date, leg, timeZone: leg?.timeZone ?? trip.homeTimeZone });
  }
  return days;
}

/** The zone an event is shown in: where it happens, or the delegation's home zone when the user switches. */
export function displayZoneForEvent(trip: Pick<Trip, 'homeTimeZone'>, event: Pick<TripEvent, 'timeZone'>, mode: DisplayMode): string {
  return mode === 'home' ? trip.homeTimeZone : event.timeZone;
}

// ---- instants and wall clocks ----

/**
 * One Intl formatter per zone, giving the numeric wall-clock fields. A TZDate asks Intl for its offset again on every
 * field it is read or formatted with (~25 µs a reading): the itinerary of a 200-event trip reads each event's local date
 * once per day of the trip, which cost ~0.2 s of the first PDF. formatToParts on a kept formatter costs a few µs.
 */
const fieldFormats = new Map<string, Intl.DateTimeFormat | null>();

function fieldFormat(zone: string): Intl.DateTimeFormat | null {
  let format = fieldFormats.get(zone);
  if (format === undefined) {
    try {
      format = new Intl.DateTimeFormat('en-US', {
        timeZone: zone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
    } catch {
      // A zone Intl does not know: the TZDate path below answers as it always has (an invalid reading).
      format = null;
    }
    fieldFormats.set(zone, format);
  }
  return format;
}

/** Years Intl writes as plain numbers in en-US (no era, no sign); outside them the TZDate path answers. */
const FIRST_FAST = Date.UTC(1000, 0, 1);
const LAST_FAST = Date.UTC(9999, 11, 31);

function fastWallClock(time: number, zone: string): WallClock | undefined {
  if (!(time >= FIRST_FAST && time <= LAST_FAST)) return undefined;
  const format = fieldFormat(zone);
  if (!format) return undefined;
  const wall: WallClock = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0, ms: ((time % 1000) + 1000) % 1000 };
  for (const part of format.formatToParts(time)) {
    if (part.type === 'year' || part.type === 'month' || part.type === 'day' || part.type === 'hour' || part.type === 'minute' || part.type === 'second') wall[part.type] = Number(part.value);
  }
  return wall;
}

export function wallClock(instant: Moment, zone: string): WallClock {
  const time = toDate(instant).getTime();
  const fast = fastWallClock(time, zone);
  if (fast) return fast;
  const d = new TZDate(time, zone);
  return {
    year: d.getFullYear(),
    month: d.getMonth() + 1,
    day: d.getDate(),
    hour: d.getHours(),
    minute: d.getMinutes(),
    second: d.getSeconds(),
    ms: d.getMilliseconds(),
  };
}

/**
 * The instant a wall clock reading names in a zone. Readings a DST change makes odd are resolved the way
 * Temporal's 'compatible' option (and most calendar apps) do:
 * - a time that does not exist (clocks jump forward, e.g. 01:30 on 30 Mar 2025 in London) moves forward by the
 *   gap, to 02:30 BST — the meeting is not silently put before the jump;
 * - a time that happens twice (clocks fall back, e.g. 01:30 on 26 Oct 2025 in London) is the earlier one, 01:30
 *   BST — the first time the clock shows it.
 * TZDate's own constructor is not used for this because its choice in these cases depends on the machine's zone.
 */
export function instantFromWallClock(wall: WallClock, zone: string): Date {
  const naive = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second, wall.ms);
  // The offsets a day either side of the reading bracket any DST change near it.
  const offsetBefore = tzOffset(zone, new Date(naive - DAY));
  const offsetAfter = tzOffset(zone, new Date(naive + DAY));
  const candidates = [naive - offsetBefore * MINUTE, naive - offsetAfter * MINUTE]
    .filter((t) => naive - tzOffset(zone, new Date(t)) * MINUTE === t)
    .sort((a, b) => a - b);
  // No candidate reads back as the wall clock: it is in a gap. The pre-change offset lands after the gap.
  return new Date(candidates[0] ?? naive - offsetBefore * MINUTE);
}

/** An instant formatted with a date-fns pattern on the wall clock of a zone. */
export function formatInZone(instant: Moment, zone: string, pattern: string): string {
  // The two patterns most callers ask for come from the fast wall clock (see fieldFormat).
  if (pattern === 'yyyy-MM-dd') return localParts(instant, zone).date;
  if (pattern === 'HH:mm') return localParts(instant, zone).time;
  return formatWithTZDate(instant, zone, pattern);
}

function formatWithTZDate(instant: Moment, zone: string, pattern: string): string {
  return format(new TZDate(toDate(instant).getTime(), zone), pattern);
}

/** The local date and time of an instant in a zone, as a form shows them. */
export function localParts(instant: Moment, zone: string): { date: string; time: string } {
  const fast = fastWallClock(toDate(instant).getTime(), zone);
  if (!fast) return { date: formatWithTZDate(instant, zone, 'yyyy-MM-dd'), time: formatWithTZDate(instant, zone, 'HH:mm') };
  const two = (n: number) => String(n).padStart(2, '0');
  return { date: `${fast.year}-${two(fast.month)}-${two(fast.day)}`, time: `${two(fast.hour)}:${two(fast.minute)}` };
}

/** The inverse of localParts: a local date (YYYY-MM-DD) and time (HH:mm or HH:mm:ss) in a zone → UTC instant.
 *  DST gaps and overlaps are resolved as in instantFromWallClock. */
export function instantFromLocal(date: string, time: string, zone: string): string {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = /^(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(time);
  if (!d || !t) throw new Error(`"${date} ${time}" is not a date and time written YYYY-MM-DD HH:mm.`);
  const wall = { year: +d[1]!, month: +d[2]!, day: +d[3]!, hour: +t[1]!, minute: +t[2]!, second: +(t[3] ?? 0), ms: 0 };
  return instantFromWallClock(wall, zone).toISOString();
}

// ---- moving events ----

type Timed = Pick<TripEvent, 'start' | 'end' | 'timeZone' | 'endTimeZone'>;

/** Moves an instant by whole calendar days on the wall clock of a zone, so 10:00 stays 10:00 across a DST change. */
export function shiftInstantDays(instant: Moment, days: number, zone: string): string {
  const wall = wallClock(instant, zone);
  const shifted = wallClock(new Date(Date.UTC(wall.year, wall.month - 1, wall.day + days, wall.hour, wall.minute, wall.second, wall.ms)), 'UTC');
  return instantFromWallClock(shifted, zone).toISOString();
}

/** The event moved by N calendar days in its own zones (start in timeZone, end in endTimeZone), wall times kept.
 *  Used to duplicate a trip to new dates. If a DST change would make the copy end before it starts (an event that
 *  straddled a fall-back hour), the copy keeps the original's length instead. */
export function shiftEventDays<E extends Timed>(event: E, days: number): E {
  const start = shiftInstantDays(event.start, days, event.timeZone);
  let end = shiftInstantDays(event.end, days, event.endTimeZone ?? event.timeZone);
  if (end < start) end = new Date(Date.parse(start) + (Date.parse(event.end) - Date.parse(event.start))).toISOString();
  return { ...event, start, end };
}

// ---- labels ----

export interface ZonedTime {
  date: string;
  time: string;
  zone: string;
}

/** The pieces of a travel label such as "08:05 (Hong Kong) → 12:40 (Riyadh)": each end in its own zone. The date
 *  is there so the UI can mark an arrival on a later day ("+1"). */
export function travelLabel(event: Timed): { departs: ZonedTime; arrives: ZonedTime } {
  const arrivalZone = event.endTimeZone ?? event.timeZone;
  return {
    departs: { ...localParts(event.start, event.timeZone), zone: event.timeZone },
    arrives: { ...localParts(event.end, arrivalZone), zone: arrivalZone },
  };
}

// ---- the calendar widget's browser-zone dates ----

/**
 * react-big-calendar places a JS Date by its browser-local wall clock. To show an event at its time in `zone`,
 * hand it a Date whose browser-local wall clock reads what a clock in `zone` reads at the instant.
 * Limitation: a wall time that does not exist in the browser's zone (its own spring-forward hour) cannot be shown
 * exactly; it moves forward by the gap, as in instantFromWallClock.
 */
export function toCalendarDate(instant: Moment, zone: string, browserZone: string): Date {
  return instantFromWallClock(wallClock(instant, zone), browserZone);
}

/** The inverse of toCalendarDate: a Date from the calendar (dragged, or a clicked slot) → UTC instant in `zone`. */
export function fromCalendarDate(date: Date, zone: string, browserZone: string): string {
  return instantFromWallClock(wallClock(date, browserZone), zone).toISOString();
}
