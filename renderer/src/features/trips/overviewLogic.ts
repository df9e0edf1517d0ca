// The trip overview's facts without a browser: legs as proportional segments of the trip's days, counterparts met,
// and the counts of meetings and open follow-ups.
import type { TripDetail } from '../../../../shared/contract';
import { addCalendarDays, tripDays } from '../../../../shared/domain/time';
import { CalendarDate, type Contact, type EventKind, type FollowUpStatus, type Leg, type Organisation, type Trip } from '../../../../shared/model';

export interface LegSegment {
  /** Undefined for days no leg covers. */
  leg: Leg | undefined;
  startDate: string;
  endDate: string;
  days: number;
  /** Share of the trip's days, 0–100. */
  percent: number;
}

/** Consecutive days of one leg as one segment. On a changeover day the arriving leg takes the day (as the calendar
 *  does), so segments never overlap and their widths add up to the whole trip. */
export function legSegments(trip: Pick<Trip, 'startDate' | 'endDate' | 'legs' | 'homeTimeZone'>): LegSegment[] {
  const days = tripDays(trip);
  const segments: LegSegment[] = [];
  for (const day of days) {
    const last = segments[segments.length - 1];
    if (last && last.leg?.id === day.leg?.id) {
      last.endDate = day.date;
      last.days += 1;
    } else {
      segments.push({ leg: day.leg, startDate: day.date, endDate: day.date, days: 1, percent: 0 });
    }
  }
  for (const s of segments) s.percent = days.length > 0 ? (s.days / days.length) * 100 : 0;
  return segments;
}

const meetingKinds: EventKind[] = ['meeting', 'signing', 'seminar'];
const openStatuses: FollowUpStatus[] = ['open', 'in-progress', 'waiting'];

export function overviewCounts(detail: Pick<TripDetail, 'events' | 'followUps'>): { meetings: number; openFollowUps: number } {
  return {
    meetings: detail.events.filter((e) => !e.deleted && e.status !== 'cancelled' && meetingKinds.includes(e.kind)).length,
    openFollowUps: detail.followUps.filter((f) => !f.deleted && openStatuses.includes(f.status)).length,
  };
}

export interface Met<T> {
  record: T;
  /** How many of the trip's (not cancelled) events include them. */
  events: number;
}

/** Organisations and contacts on the trip's events, most-met first; cancelled events do not count as meeting. */
export function counterpartsMet(detail: Pick<TripDetail, 'events' | 'organisations' | 'contacts'>): { organisations: Met<Organisation>[]; contacts: Met<Contact>[] } {
  const orgCounts = new Map<string, number>();
  const contactCounts = new Map<string, number>();
  for (const e of detail.events) {
    if (e.deleted || e.status === 'cancelled') continue;
    for (const id of new Set(e.organisationIds)) orgCounts.set(id, (orgCounts.get(id) ?? 0) + 1);
    for (const id of new Set(e.contactIds)) contactCounts.set(id, (contactCounts.get(id) ?? 0) + 1);
  }
  const collect = <T extends { id: string; deleted?: boolean; name: { en: string } }>(records: T[], counts: Map<string, number>): Met<T>[] =>
    records
      .filter((r) => !r.deleted && counts.has(r.id))
      .map((record) => ({ record, events: counts.get(record.id) ?? 0 }))
      .sort((a, b) => b.events - a.events || a.record.name.en.localeCompare(b.record.name.en));
  return { organisations: collect(detail.organisations, orgCounts), contacts: collect(detail.contacts, contactCounts) };
}

/** Where "Add event" opens the editor: the trip's first day 09:00–10:00 in that day's zone. */
export function firstSlot(trip: Pick<Trip, 'startDate' | 'endDate' | 'legs' | 'homeTimeZone'>): { date: string; timeZone: string } {
  const first = tripDays(trip)[0];
  return { date: trip.startDate, timeZone: first?.timeZone ?? trip.legs[0]?.timeZone ?? trip.homeTimeZone };
}

/** The number of calendar days a trip spans, first and last included. */
export function tripLength(trip: Pick<Trip, 'startDate' | 'endDate'>): number {
  return Math.round((Date.parse(`${trip.endDate}T00:00:00Z`) - Date.parse(`${trip.startDate}T00:00:00Z`)) / 86_400_000) + 1;
}

/** A duplicate's end date for a new start date (the same length), or undefined while the start is not a real date. */
export function duplicateEndDate(trip: Pick<Trip, 'startDate' | 'endDate'>, newStart: string): string | undefined {
  if (!CalendarDate.safeParse(newStart).success) return undefined;
  return addCalendarDays(newStart, tripLength(trip) - 1);
}
