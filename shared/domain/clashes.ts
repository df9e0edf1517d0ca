// Itinerary checks: double bookings, tight transfers, events outside the trip or their leg, meetings without a
// counterpart, and tentative events close to departure. Pure: the caller passes today's date and the directory.
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays'; // not the barrel: see time.ts
import { tz } from '@date-fns/tz';
import type { Leg, Member, Trip, TripEvent } from '../model';
import { legNamedIn as namedLeg } from './place';
import { formatInZone } from './time';

export type ClashKind =
  | 'member-double-booked'
  | 'counterpart-double-booked'
  | 'short-transfer'
  | 'outside-trip'
  | 'outside-leg'
  | 'meeting-without-counterpart'
  | 'tentative-near-departure';

export interface ClashSettings {
  /** Minimum minutes between events at different venues in one city. */
  transferMinutes: number;
  /** Minimum minutes between events in different cities when no travel event covers the move. */
  interCityTransferMinutes: number;
  /** A tentative event is flagged from this many days before the trip starts. */
  tentativeWarningDays: number;
}
export const defaultClashSettings: ClashSettings = { transferMinutes: 30, interCityTransferMinutes: 120, tentativeWarningDays: 7 };

/** Facts behind a clash, for a UI that wants more than the message. Only the fields of its kind are set. */
export interface ClashDetails {
  memberIds?: string[];
  contactIds?: string[];
  gapMinutes?: number;
  requiredMinutes?: number;
  interCity?: boolean;
  /** The event's local date (in its own zone) that was checked. */
  date?: string;
  reason?: 'no-leg' | 'other-zone' | 'other-city';
  legId?: string;
  daysToStart?: number;
}

export interface Clash {
  kind: ClashKind;
  eventIds: string[];
  /** English, for people: names the events and their local times. */
  message: string;
  severity: 'warning' | 'info';
  details: ClashDetails;
}

type Person = Pick<Member, 'id' | 'name'>;
export type ClashEvent = Pick<
  TripEvent,
  'id' | 'title' | 'kind' | 'start' | 'end' | 'timeZone' | 'endTimeZone' | 'venue' | 'address' | 'memberIds' | 'contactIds' | 'organisationIds' | 'status'
> & { deleted?: boolean; legId?: string };

export interface ClashInput {
  trip: Pick<Trip, 'startDate' | 'endDate' | 'legs' | 'homeTimeZone'>;
  events: ClashEvent[];
  /** Used only to name people in messages; ids are shown when a name is missing. */
  members?: Person[];
  contacts?: Person[];
  settings?: Partial<ClashSettings>;
  /** YYYY-MM-DD, passed in so the checks stay pure and testable. */
  today: string;
}

const ms = (instant: string): number => Date.parse(instant);
const localDate = (instant: string, zone: string): string => formatInZone(instant, zone, 'yyyy-MM-dd');
const when = (instant: string, zone: string): string => formatInZone(instant, zone, 'EEE d MMM HH:mm');
const endZone = (e: ClashEvent): string => e.endTimeZone ?? e.timeZone;
const label = (e: ClashEvent): string => `"${e.title}" (${when(e.start, e.timeZone)})`;
const labelEnd = (e: ClashEvent): string => `"${e.title}" (ends ${when(e.end, endZone(e))})`;
const overlaps = (a: ClashEvent, b: ClashEvent): boolean => ms(a.start) < ms(b.end) && ms(b.start) < ms(a.end);
const byStart = (a: ClashEvent, b: ClashEvent): number => ms(a.start) - ms(b.start) || ms(a.end) - ms(b.end);
const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

export function findClashes(input: ClashInput): Clash[] {
  const settings = { ...defaultClashSettings, ...input.settings };
  // Cancelled and deleted events never clash; hotel stays span nights and would overlap everything.
  const live = input.events.filter((e) => !e.deleted && e.status !== 'cancelled').sort(byStart);
  const timed = live.filter((e) => e.kind !== 'hotel');
  return [
    ...doubleBookings(timed, 'memberIds', 'member-double-booked', input.members ?? []),
    ...doubleBookings(timed, 'contactIds', 'counterpart-double-booked', input.contacts ?? []),
    ...shortTransfers(timed, input.trip, settings),
    ...placeChecks(live, input.trip),
    ...meetingsWithoutCounterpart(live),
    ...tentativeNearDeparture(live, input.trip, input.today, settings.tentativeWarningDays),
  ];
}

function doubleBookings(
  events: ClashEvent[],
  field: 'memberIds' | 'contactIds',
  kind: 'member-double-booked' | 'counterpart-double-booked',
  people: Person[],
): Clash[] {
  const nameOf = (id: string): string => people.find((p) => p.id === id)?.name.en ?? id;
  const clashes: Clash[] = [];
  events.forEach((a, i) => {
    // Sorted by start, so once an event starts after a ends, no later one can overlap a.
    for (const b of events.slice(i + 1)) {
      if (ms(b.start) >= ms(a.end)) break;
      if (!overlaps(a, b)) continue;
      const shared = a[field].filter((id) => b[field].includes(id));
      if (shared.length === 0) continue;
      const who = shared.map(nameOf).join(', ');
      const role = kind === 'counterpart-double-booked' ? ' (counterpart)' : '';
      clashes.push({
        kind,
        eventIds: [a.id, b.id],
        message: `${who}${role} ${shared.length === 1 ? 'is' : 'are'} in two events at once: ${label(a)} and ${label(b)}.`,
        severity: 'warning',
        details: field === 'memberIds' ? { memberIds: shared } : { contactIds: shared },
      });
    }
  });
  return clashes;
}

/** The city an event is in, for telling one city from another when two legs share a zone (Hangzhou, Shanghai):
 *  the leg the planner chose, else a leg city named in its address (the last one, as English addresses end with the
 *  city), else in its venue, else the leg that covers its date in its zone. */
export function legOfEvent(trip: ClashInput['trip'], e: ClashEvent): Leg | undefined {
  const chosen = e.legId ? trip.legs.find((l) => l.id === e.legId) : undefined;
  if (chosen) return chosen;
  const named = namedLeg(trip.legs, e);
  const date = localDate(e.start, e.timeZone);
  const zoned = trip.legs.filter((l) => l.timeZone === e.timeZone && l.startDate <= date && date <= l.endDate);
  return zoned.find((l) => l.city === named?.city) ?? zoned.find((l) => l.startDate === date) ?? zoned[0] ?? named;
}

/** Same place, different place, or unknown (a venue left empty). Venue names win; addresses are the fallback. */
function comparePlaces(a: ClashEvent, b: ClashEvent): 'same' | 'different' | 'unknown' {
  for (const field of ['venue', 'address'] as const) {
    const x = a[field].en.trim().toLowerCase();
    const y = b[field].en.trim().toLowerCase();
    if (x && y) return x === y ? 'same' : 'different';
  }
  return 'unknown';
}

/**
 * Tight gaps between consecutive events, per member. Events with no members yet form one more timeline, "the
 * delegation": while nobody is assigned, everyone is taken to go together. An unassigned event is not compared
 * with a member's own events, since we cannot know who will attend it.
 * Between cities the longer inter-city time applies, even when venues are unknown (the cities alone differ);
 * within a city both places must be known and differ. A travel event (a flight, a car transfer) is itself the move:
 * pairs that include one are not checked, and one sitting wholly in the gap excuses the pair.
 */
function shortTransfers(events: ClashEvent[], trip: ClashInput['trip'], settings: ClashSettings): Clash[] {
  const timelines = new Map<string, ClashEvent[]>();
  for (const e of events) {
    for (const key of e.memberIds.length > 0 ? e.memberIds : ['']) timelines.set(key, [...(timelines.get(key) ?? []), e]);
  }
  const found = new Map<string, Clash>();
  for (const [member, line] of timelines) {
    line.forEach((b, i) => {
      const a = line[i - 1];
      if (!a || a.kind === 'travel' || b.kind === 'travel' || ms(b.start) < ms(a.end)) return;
      const legA = legOfEvent(trip, a);
      const legB = legOfEvent(trip, b);
      const interCity = endZone(a) !== b.timeZone || (!!legA && !!legB && legA.city !== legB.city);
      if (!interCity && comparePlaces(a, b) !== 'different') return;
      const required = interCity ? settings.interCityTransferMinutes : settings.transferMinutes;
      const gap = (ms(b.start) - ms(a.end)) / 60_000;
      if (gap >= required) return;
      const travelInGap = events.some(
        (t) => t.kind === 'travel' && ms(t.start) >= ms(a.end) && ms(t.end) <= ms(b.start) && (member === '' || t.memberIds.length === 0 || t.memberIds.includes(member)),
      );
      if (travelInGap) return;
      const key = `${a.id}|${b.id}`;
      const existing = found.get(key);
      if (existing) {
        if (member) existing.details.memberIds = [...(existing.details.memberIds ?? []), member];
        return;
      }
      const where = interCity ? `in another city${legB ? ` (${legB.city})` : ''}` : 'at a different venue';
      found.set(key, {
        kind: 'short-transfer',
        eventIds: [a.id, b.id],
        message:
          `Only ${plural(Math.round(gap), 'minute')} from ${labelEnd(a)} to ${label(b)} ${where}; ` +
          `allow at least ${plural(required, 'minute')}, or add the travel.`,
        severity: 'warning',
        details: { memberIds: member ? [member] : [], gapMinutes: gap, requiredMinutes: required, interCity },
      });
    });
  }
  return [...found.values()];
}

/**
 * Events on a date outside the trip, or not where the delegation is that day. Dates are the event's own local
 * dates. The leg check uses the start only, and skips travel events, which by nature run between legs.
 */
function placeChecks(events: ClashEvent[], trip: ClashInput['trip']): Clash[] {
  const clashes: Clash[] = [];
  for (const e of events) {
    const date = localDate(e.start, e.timeZone);
    const endDate = localDate(e.end, endZone(e));
    if (date < trip.startDate || endDate > trip.endDate) {
      const outside = date < trip.startDate ? date : endDate;
      clashes.push({
        kind: 'outside-trip',
        eventIds: [e.id],
        message: `${label(e)} falls on ${outside} (local time), outside the trip's dates (${trip.startDate} to ${trip.endDate}).`,
        severity: 'warning',
        details: { date: outside },
      });
      continue;
    }
    if (e.kind === 'travel' || trip.legs.length === 0) continue;
    const covering = trip.legs.filter((l) => l.startDate <= date && date <= l.endDate);
    const zoned = covering.filter((l) => l.timeZone === e.timeZone);
    const named = namedLeg(trip.legs, e);
    const here = (legs: Leg[]): string => legs.map((l) => l.city).join(' / ');
    const wrong = (reason: NonNullable<ClashDetails['reason']>, why: string, leg?: Leg): void => {
      clashes.push({
        kind: 'outside-leg',
        eventIds: [e.id],
        message: `${label(e)} ${why}.`,
        severity: 'warning',
        details: { date, reason, ...(leg ? { legId: leg.id } : {}) },
      });
    };
    if (covering.length === 0) wrong('no-leg', `is on ${date}, a day no leg of the trip covers`);
    else if (zoned.length === 0) wrong('other-zone', `is set in ${e.timeZone} time, but on ${date} the delegation is in ${here(covering)}`, covering[0]);
    else if (named && !zoned.some((l) => l.city === named.city)) wrong('other-city', `is in ${named.city}, but on ${date} the delegation is in ${here(zoned)}`, zoned[0]);
  }
  return clashes;
}

function meetingsWithoutCounterpart(events: ClashEvent[]): Clash[] {
  return events
    .filter((e) => (e.kind === 'meeting' || e.kind === 'signing') && e.contactIds.length === 0 && e.organisationIds.length === 0)
    .map((e) => ({
      kind: 'meeting-without-counterpart' as const,
      eventIds: [e.id],
      message: `${label(e)} is a ${e.kind} with no counterpart yet: add the organisation or the people you are meeting.`,
      severity: 'info' as const,
      details: {},
    }));
}

/** Tentative events from `days` before departure until the trip ends (after that, nothing can be confirmed). */
function tentativeNearDeparture(events: ClashEvent[], trip: ClashInput['trip'], today: string, days: number): Clash[] {
  // Plain dates, counted in UTC so no zone's DST can make a day 23 hours long.
  const daysToStart = differenceInCalendarDays(`${trip.startDate}T00:00:00Z`, `${today}T00:00:00Z`, { in: tz('UTC') });
  if (daysToStart > days || today > trip.endDate) return [];
  const starts = daysToStart > 0 ? `the trip starts in ${plural(daysToStart, 'day')}` : 'the trip has started';
  return events
    .filter((e) => e.status === 'tentative')
    .map((e) => ({
      kind: 'tentative-near-departure' as const,
      eventIds: [e.id],
      message: `${label(e)} is still tentative and ${starts}: confirm it or cancel it.`,
      severity: 'warning' as const,
      details: { daysToStart },
    }));
}
