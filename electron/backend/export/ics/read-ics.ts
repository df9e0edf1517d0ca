// Reads an iCalendar file made elsewhere (Outlook, Google, Apple…) with ical.js into entries a trip can take: each
// with its instants, the IANA zone of its place, and what stands in the way of importing it.
import { createHash } from 'node:crypto';
import { tzOffset } from '@date-fns/tz';
import ICAL from 'ical.js';
import type { IcsIssue } from '../../../../shared/contract';
import { instantFromWallClock, legForDate, localParts } from '../../../../shared/domain/time';
import { EventKind, isTimeZone, type EventStatus, type Trip } from '../../../../shared/model';
import { BackendError } from '../../errors';
import type { Report } from '../../workers/progress';
import { checkTimeZones } from './zone-rules';
import { kindProperty } from './write-ics';
import { ianaForWindowsZone } from '../../../../shared/domain/windows-zones';

type Component = InstanceType<typeof ICAL.Component>;
type Property = InstanceType<typeof ICAL.Property>;
type Time = InstanceType<typeof ICAL.Time>;

export interface IcsEntry {
  uid: string;
  title: string;
  /** UTC instants ('' when the entry has none it can use). */
  start: string;
  end: string;
  timeZone: string;
  endTimeZone?: string;
  location: string;
  description: string;
  /** Only when the file states one. */
  status?: EventStatus;
  kind?: EventKind;
  issues: IcsIssue[];
  /** The first problem, in words, when the entry cannot be imported. */
  problem?: string;
}

const problemText: Partial<Record<IcsIssue['code'], string>> = {
  'all-day': 'All-day entries are not imported (the planner keeps timed events); add it by hand if it matters.',
  repeating: 'Repeating entries are not imported; add the occurrences that belong to the trip by hand.',
  occurrence: 'This is a changed occurrence of a repeating entry, which is not imported.',
  'no-start': 'The entry has no start time that can be read.',
  'end-before-start': 'The entry ends before it starts.',
  'duplicate-uid': 'Another entry in the file has the same UID; only the first one is imported.',
  'bad-date': 'Its start or end is not a real date or time (such as 30 February); correct it in the calendar and export it again.',
};

export type TripZones = Pick<Trip, 'legs' | 'homeTimeZone' | 'startDate' | 'endDate'>;

/** The zone of the trip's leg on a date, or the home zone on a day no leg covers. */
function legZone(trip: TripZones, date: string): string {
  return legForDate(trip, date)?.timeZone ?? trip.homeTimeZone;
}

/** The leg zone where an instant falls: the date is first taken at home, then in that leg's own zone. */
function legZoneAt(trip: TripZones, instant: string): string {
  const first = legZone(trip, localParts(instant, trip.homeTimeZone).date);
  return legZone(trip, localParts(instant, first).date);
}

interface ReadTime {
  instant: string;
  zone: string;
  note?: IcsIssue;
}

/**
 * One DTSTART or DTEND as an instant and an IANA zone. The instant comes from the file's own VTIMEZONE when it has one
 * (ical.js looks it up in the file), else from the IANA zone the TZID names (directly, or as a Windows zone name).
 * `fallbackZone` is used for times that name no usable zone: floating times, UTC, unknown zone names.
 */
function readTime(time: Time, prop: Property, trip: TripZones, fallbackZone?: string): ReadTime {
  const tzid = prop.getParameter('tzid');
  const tzidText = typeof tzid === 'string' ? tzid : undefined;
  const wall = { year: time.year, month: time.month, day: time.day, hour: time.hour, minute: time.minute, second: time.second, ms: 0 };
  const wallDate = `${String(wall.year).padStart(4, '0')}-${String(wall.month).padStart(2, '0')}-${String(wall.day).padStart(2, '0')}`;
  const isUtc = time.zone === ICAL.Timezone.utcTimezone || time.zone?.tzid === 'UTC';
  const fromFile = !isUtc && time.zone && time.zone !== ICAL.Timezone.localTimezone;

  if (isUtc) {
    const instant = time.toJSDate().toISOString();
    const zone = fallbackZone ?? legZoneAt(trip, instant);
    return { instant, zone, note: fallbackZone ? undefined : { code: 'utc', level: 'note', zone } };
  }
  const named = tzidText ? (isTimeZone(tzidText) && tzidText !== 'UTC' ? tzidText : ianaForWindowsZone(tzidText)) : undefined;
  if (fromFile) {
    const instant = new Date(time.toUnixTime() * 1000).toISOString();
    if (named) return { instant, zone: preferLegZone(named, instant, trip, tzidText !== named) };
    const zone = fallbackZone ?? legZoneAt(trip, instant);
    return { instant, zone, note: fallbackZone ? undefined : { code: 'zone-unknown', level: 'note', value: tzidText, zone } };
  }
  if (named) {
    const instant = instantFromWallClock(wall, named).toISOString();
    return { instant, zone: preferLegZone(named, instant, trip, tzidText !== named) };
  }
  // Floating, or a zone name neither the file nor we know: read the wall clock in the trip's zone for that day.
  const zone = fallbackZone ?? legZone(trip, wallDate);
  const instant = instantFromWallClock(wall, zone).toISOString();
  if (fallbackZone) return { instant, zone };
  return { instant, zone, note: tzidText ? { code: 'zone-unknown', level: 'note', value: tzidText, zone } : { code: 'floating', level: 'note', zone } };
}

/**
 * A Windows zone name covers several places ("China Standard Time" is Beijing and Hong Kong alike); when the trip's
 * leg that day, or else the delegation's home, keeps the same clock at that moment, its zone is the more precise answer.
 */
function preferLegZone(zone: string, instant: string, trip: TripZones, fromWindowsName: boolean): string {
  if (!fromWindowsName) return zone;
  const at = new Date(instant);
  const same = [legZoneAt(trip, instant), trip.homeTimeZone].find((candidate) => tzOffset(candidate, at) === tzOffset(zone, at));
  return same ?? zone;
}

function statusOf(vevent: Component): EventStatus | undefined {
  const status = String(vevent.getFirstPropertyValue('status') ?? '').toUpperCase();
  if (status === 'CONFIRMED') return 'confirmed';
  if (status === 'TENTATIVE') return 'tentative';
  if (status === 'CANCELLED') return 'cancelled';
  // Outlook writes no STATUS but says how the time is shown.
  const busy = String(vevent.getFirstPropertyValue('x-microsoft-cdo-busystatus') ?? '').toUpperCase();
  if (busy === 'TENTATIVE') return 'tentative';
  if (busy === 'BUSY' || busy === 'OOF') return 'confirmed';
  return undefined;
}

function textOf(vevent: Component, name: string, max: number): string {
  const value = vevent.getFirstPropertyValue(name);
  return typeof value === 'string' ? value.trim().slice(0, max) : '';
}

/** Parses the whole file, or refuses it in words a person can act on. */
export function parseCalendar(text: string): Component {
  const body = text.replace(/^\uFEFF/, '');
  if (!/^\s*BEGIN:VCALENDAR/i.test(body)) {
    throw notCalendar('it does not begin with BEGIN:VCALENDAR');
  }
  let jcal: unknown;
  try {
    jcal = ICAL.parse(body);
  } catch (error) {
    throw notCalendar(error instanceof Error ? error.message : String(error));
  }
  // Several calendars in one file parse to a list of them; the first is the one a calendar app would read.
  const root = Array.isArray(jcal) && Array.isArray(jcal[0]) ? jcal[0] : jcal;
  const calendar = new ICAL.Component(root as unknown[]);
  if (calendar.name !== 'vcalendar') throw notCalendar(`it holds a ${calendar.name.toUpperCase()} instead of a VCALENDAR`);
  // Before any time is read: reading one makes ical.js expand the rules of the zone it names.
  checkTimeZones(calendar);
  return calendar;
}

function notCalendar(reason: string): BackendError {
  return new BackendError('invalid-input', `The file is not a calendar file (iCalendar): ${reason}. Nothing was imported.`, { reason });
}

/** How often a long read says how far it got. */
const REPORT_EVERY = 250;

/** Every VEVENT of the file as an entry, in file order; `report` hears how many are read. */
export function readIcs(text: string, trip: TripZones, report?: Report): IcsEntry[] {
  const calendar = parseCalendar(text);
  const seen = new Set<string>();
  // Each VEVENT hangs off a calendar that holds only the zones: ical.js looks a TZID up by scanning every component
  // of the event's calendar each time a time is read, which with 20,000 events in it took minutes.
  const [, properties, components] = calendar.jCal as [string, unknown[], unknown[][]];
  const zonesOnly = new ICAL.Component(['vcalendar', properties, components.filter((c) => c[0] === 'vtimezone')]);
  const vevents = components.filter((c) => c[0] === 'vevent').map((c) => new ICAL.Component(c, zonesOnly));
  return vevents.map((vevent, index) => {
    const entry = readEntry(vevent, trip);
    if (!entry.problem && seen.has(entry.uid)) addProblem(entry, 'duplicate-uid');
    seen.add(entry.uid);
    if (report && (index + 1) % REPORT_EVERY === 0) report({ done: index + 1, total: vevents.length });
    return entry;
  });
}

const DATE_VALUE = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}):(\d{2}))?/;

/**
 * Whether a DTSTART/DTEND as written is a real date and time. ical.js rolls 30 February over into 2 March and 25:00
 * into the next day, so the text is checked before it is read.
 */
function realDateTime(prop: Property | null): boolean {
  if (!prop) return true;
  const value = (prop.toJSON() as unknown[])[3];
  if (typeof value !== 'string') return true;
  const m = DATE_VALUE.exec(value);
  if (!m) return false;
  const [year, month, day, hour = 0, minute = 0, second = 0] = m.slice(1).map((part) => (part === undefined ? undefined : Number(part))) as number[];
  if (month! < 1 || month! > 12 || day! < 1) return false;
  // Day 0 of the next month is the last day of this one (UTC, so no zone moves it).
  if (day! > new Date(Date.UTC(year!, month!, 0)).getUTCDate()) return false;
  // Second 60 is a leap second, which RFC 5545 allows.
  return hour <= 23 && minute <= 59 && second <= 60;
}

function addProblem(entry: IcsEntry, code: IcsIssue['code']): void {
  entry.issues.unshift({ code, level: 'problem' });
  entry.problem ??= problemText[code];
}

function readEntry(vevent: Component, trip: TripZones): IcsEntry {
  const title = textOf(vevent, 'summary', 500) || 'Untitled calendar entry';
  const startProp = vevent.getFirstProperty('dtstart');
  const rawUid = textOf(vevent, 'uid', 500);
  // A file without UIDs still re-imports as updates: the UID is made from what identifies the entry.
  const uid = rawUid || `${createHash('sha256').update(`${String(startProp?.toICALString() ?? '')}|${title}`).digest('hex').slice(0, 32)}@import`;
  const kind = EventKind.safeParse(String(vevent.getFirstPropertyValue(kindProperty.toLowerCase()) ?? ''));
  const entry: IcsEntry = {
    uid,
    title,
    start: '',
    end: '',
    timeZone: '',
    location: textOf(vevent, 'location', 1000),
    description: textOf(vevent, 'description', 20_000),
    status: statusOf(vevent),
    kind: kind.success ? kind.data : undefined,
    issues: [],
  };
  if (vevent.hasProperty('recurrence-id')) addProblem(entry, 'occurrence');
  else if (vevent.hasProperty('rrule') || vevent.hasProperty('rdate')) addProblem(entry, 'repeating');

  if (!realDateTime(startProp) || !realDateTime(vevent.getFirstProperty('dtend'))) {
    addProblem(entry, 'bad-date');
    return entry;
  }

  let event: InstanceType<typeof ICAL.Event>;
  let start: Time | undefined;
  let end: Time | undefined;
  try {
    // `exceptions: []`: without it each Event scans every VEVENT of the file for changed occurrences (which are not
    // imported anyway), and 20,000 entries took minutes.
    event = new ICAL.Event(vevent, { exceptions: [] });
    start = startProp ? event.startDate : undefined;
    end = start ? event.endDate : undefined;
  } catch {
    start = undefined;
  }
  if (!start || !startProp) {
    addProblem(entry, 'no-start');
    return entry;
  }
  if (start.isDate) {
    addProblem(entry, 'all-day');
    return entry;
  }
  const from = readTime(start, startProp, trip);
  const to = end ? readTime(end, vevent.getFirstProperty('dtend') ?? startProp, trip, from.zone) : { instant: from.instant, zone: from.zone };
  entry.start = from.instant;
  entry.end = to.instant;
  entry.timeZone = from.zone;
  if (to.zone !== from.zone) entry.endTimeZone = to.zone;
  if (from.note) entry.issues.push(from.note);
  if (entry.end < entry.start) addProblem(entry, 'end-before-start');
  const day = localParts(entry.start, entry.timeZone).date;
  if (day < trip.startDate || day > trip.endDate) entry.issues.push({ code: 'outside-trip', level: 'note' });
  return entry;
}
