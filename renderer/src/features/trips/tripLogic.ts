// The trip feature's pure rules: list order, the days of a trip and which events fall on them, precedence.
import { cityInLanguage, cityLanguage } from '../../../../shared/domain/cities';
import type { Leg, Member, Trip, TripEvent } from '../../../../shared/model';
import { dateInZone, datesBetween } from '../../i18n/format';

/**
 * ISO dates in code-unit order, which is their calendar order. localeCompare asks the collator on every call: sorting
 * 500 trips by date that way was ~50 ms of the first screen; titles (compared only on a tie) keep it.
 */
const byDate = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function splitTrips(trips: Trip[], now: string): { upcoming: Trip[]; past: Trip[] } {
  const live = trips.filter((trip) => !trip.deleted);
  const upcoming = live.filter((trip) => trip.endDate >= now).sort((a, b) => byDate(a.startDate, b.startDate) || a.title.localeCompare(b.title));
  const past = live.filter((trip) => trip.endDate < now).sort((a, b) => byDate(b.startDate, a.startDate) || a.title.localeCompare(b.title));
  return { upcoming, past };
}

export interface TripListing {
  /** Every trip not deleted, in the order the backend gave. */
  live: Trip[];
  upcoming: Trip[];
  past: Trip[];
}

const listings = new WeakMap<Trip[], { now: string; listing: TripListing }>();

/**
 * The list page's trips, split and sorted once per answer of trips.list: the page (its count) and the table (its rows)
 * ask for the same array from the query cache, and re-renders (a dialog opening, a chunk of rows added) ask again;
 * sorting 500 trips each time was ~15–30 ms of the first screen. A new answer is a new array, so it is never stale.
 */
export function listTrips(trips: Trip[], now: string): TripListing {
  const kept = listings.get(trips);
  if (kept && kept.now === now) return kept.listing;
  const listing = { live: trips.filter((trip) => !trip.deleted), ...splitTrips(trips, now) };
  listings.set(trips, { now, listing });
  return listing;
}

/** The trip's cities in leg order, once each, named in the reader's language where our city table knows them. */
export function tripCities(trip: Trip, language = 'en'): string[] {
  const reader = cityLanguage(language);
  return [...new Set(trip.legs.map((leg) => cityInLanguage(leg.city, reader)))];
}

export interface TripDay {
  date: string;
  legs: Leg[];
  events: TripEvent[];
}

/** Splits a trip into its days; events outside the trip's dates are returned apart so none is hidden. */
export function tripDays(trip: Trip, events: TripEvent[]): { days: TripDay[]; outside: TripEvent[] } {
  const live = events.filter((e) => !e.deleted).sort((a, b) => a.start.localeCompare(b.start));
  const days: TripDay[] = datesBetween(trip.startDate, trip.endDate).map((date) => ({
    date,
    legs: trip.legs.filter((leg) => leg.startDate <= date && date <= leg.endDate),
    events: [],
  }));
  const byDate = new Map(days.map((day) => [day.date, day]));
  const outside: TripEvent[] = [];
  for (const event of live) {
    const day = byDate.get(dateInZone(event.start, event.timeZone));
    if (day) day.events.push(event);
    else outside.push(event);
  }
  return { days, outside };
}

export function orderedMembers(trip: Trip, members: Member[]): Member[] {
  const onTrip = trip.memberIds.length > 0 ? members.filter((m) => trip.memberIds.includes(m.id)) : members;
  return onTrip.filter((m) => !m.deleted).sort((a, b) => a.rank - b.rank || a.name.en.localeCompare(b.name.en));
}
