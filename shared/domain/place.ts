// Where an event happens, from the trip itself and never from its time zone's name: Hangzhou and Shanghai share
// Asia/Shanghai, so a zone cannot tell them apart. One module, used by the calendar, the trip overview, the PDF and
// the ICS export, so they all name the same place.
//
// An event's leg is the one the planner chose (legId), else the leg whose dates hold the event's local date in its
// zone. When two legs share the zone on a changeover day, a leg city named in its address or venue decides, else the
// trip's own journeys: after a journey arrives in a leg the delegation is there; before one leaves it, it is still
// in the leg it leaves from.
import type { Bilingual, Leg, Trip, TravelEnd, TripEvent } from '../model';
import { cityOfZone } from './zones';
import { findCity, type CityLanguage } from './cities';
import { legForDate, localParts } from './time';

/** The reader's language for places; a Simplified reader gets our city table's 简体 names (cities.ts). */
export type PlaceLanguage = CityLanguage;

export interface Place {
  /** The city; a leg's city (written as the planner typed it) sits in `en`. */
  city: Bilingual;
  /** The station or airport, for a journey's ends; empty otherwise. */
  site: Bilingual;
  code?: string;
  /** The zone the place's clocks are in. */
  zone: string;
  legId?: string;
}

/** Where an event is (a journey: where it leaves from) and where it ends (a journey: where it arrives). */
export interface EventPlaces {
  at: Place;
  arrives: Place;
}

type PlaceTrip = Pick<Trip, 'legs' | 'homeTimeZone'>;
export type PlaceEvent = Pick<TripEvent, 'id' | 'kind' | 'start' | 'end' | 'timeZone' | 'endTimeZone' | 'status' | 'deleted'> &
  Partial<Pick<TripEvent, 'legId' | 'travel' | 'venue' | 'address'>>;

const blank: Bilingual = { en: '', zh: '' };
const hasText = (text: Bilingual | undefined): text is Bilingual => !!text && (text.en.trim() !== '' || text.zh.trim() !== '');
const same = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

/** The English city of an IANA zone (Asia/Hong_Kong → "Hong Kong"): the last resort, for a place no leg covers. */
export function zoneCity(zone: string): string {
  return (zone.split('/').pop() ?? zone).replace(/_/g, ' ');
}

/** A place's city in the reader's language, falling back to the other one. */
export function cityText(place: Pick<Place, 'city'>, language: PlaceLanguage = 'en'): string {
  // The stored Chinese name is Traditional; a city of our table has its Simplified name too.
  if (language === 'zh-Hans') {
    const known = findCity(place.city.en) ?? findCity(place.city.zh);
    if (known) return known.name['zh-Hans'];
  }
  return bilingualText(place.city, language);
}

export function bilingualText(text: Bilingual, language: PlaceLanguage = 'en'): string {
  const en = text.en.trim();
  const zh = text.zh.trim();
  return language === 'en' ? en || zh : zh || en;
}

/** The legs in `zone` whose dates hold `date`, in trip order (two on a changeover day between same-zone cities). */
export function legsOn(trip: Pick<Trip, 'legs'>, date: string, zone: string): Leg[] {
  return trip.legs.filter((l) => l.timeZone === zone && l.startDate <= date && date <= l.endDate).sort((a, b) => a.startDate.localeCompare(b.startDate));
}

// A leg's city is stored as typed; a city of our table (cities.ts) also has its Chinese name, so Chinese readers
// see 上海 where the planner typed Shanghai.
function legPlace(leg: Leg): Place {
  return { city: { en: leg.city, zh: findCity(leg.city)?.name['zh-Hant'] ?? '' }, site: blank, zone: leg.timeZone, legId: leg.id };
}

function zonePlace(zone: string): Place {
  return { city: { en: zoneCity(zone), zh: cityOfZone(zone)?.name['zh-Hant'] ?? '' }, site: blank, zone };
}

/** A journey's end as written, on top of the leg it lands in (or leaves): its city wins over the leg's. */
function endPlace(end: TravelEnd | undefined, leg: Leg | undefined, zone: string): Place {
  const base = leg ? legPlace(leg) : zonePlace(zone);
  if (!end) return base;
  return {
    ...base,
    city: hasText(end.city) ? end.city : base.city,
    site: hasText(end.place) ? end.place : blank,
    ...(end.code ? { code: end.code } : {}),
  };
}

/** Among legs, the one a journey's written end names; else the given fallback. */
function legNamed(legs: Leg[], end: TravelEnd | undefined, fallback: Leg | undefined): Leg | undefined {
  const city = end?.city;
  if (city && hasText(city)) {
    const named = legs.find((l) => same(l.city, city.en) || (city.zh.trim() !== '' && same(l.city, city.zh)));
    if (named) return named;
  }
  return fallback;
}

/** The leg a journey leaves from: on a changeover day, the leg that ends that day (the earlier one). */
export function departureLeg(trip: Pick<Trip, 'legs'>, event: PlaceEvent): Leg | undefined {
  const chosen = event.legId ? trip.legs.find((l) => l.id === event.legId) : undefined;
  if (chosen) return chosen;
  const legs = legsOn(trip, localParts(event.start, event.timeZone).date, event.timeZone);
  return legNamed(legs, event.travel?.from, legs[0]);
}

/** The leg a journey arrives in: on a changeover day, the leg that starts that day (the later one). */
export function arrivalLeg(trip: Pick<Trip, 'legs'>, event: PlaceEvent): Leg | undefined {
  const zone = event.endTimeZone ?? event.timeZone;
  const legs = legsOn(trip, localParts(event.end, zone).date, zone);
  return legNamed(legs, event.travel?.to, legs[legs.length - 1]);
}

/** The leg whose city an event's address names (the last one named, as English addresses end with the city), else
 *  its venue: a planner's own words, which beat a guess from journeys on a same-zone changeover day. */
export function legNamedIn(legs: readonly Leg[], e: Partial<Pick<TripEvent, 'address' | 'venue'>>): Leg | undefined {
  for (const text of [e.address?.en ?? '', e.venue?.en ?? '']) {
    let best: { leg: Leg; at: number } | undefined;
    for (const leg of legs) {
      const escaped = leg.city.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const matches = [...text.matchAll(new RegExp(`\\b${escaped}\\b`, 'gi'))];
      const at = matches.at(-1)?.index;
      if (at !== undefined && (!best || at > best.at)) best = { leg, at };
    }
    if (best) return best.leg;
  }
  return undefined;
}

const isLive = (e: PlaceEvent): boolean => !e.deleted && e.status !== 'cancelled';

/**
 * Every event's places, worked out once for the trip (`events` is the trip's events; journeys among them place the
 * others on a changeover day).
 */
export function eventPlaces(trip: Pick<Trip, 'legs'>, events: readonly PlaceEvent[]): Map<string, EventPlaces> {
  const journeys = events
    .filter((e) => e.kind === 'travel' && isLive(e))
    .map((e) => ({ event: e, from: departureLeg(trip, e), to: arrivalLeg(trip, e) }))
    .sort((a, b) => a.event.start.localeCompare(b.event.start));
  const places = new Map<string, EventPlaces>();
  for (const event of events) {
    if (event.kind === 'travel') {
      const journey = journeys.find((j) => j.event.id === event.id) ?? { from: departureLeg(trip, event), to: arrivalLeg(trip, event) };
      places.set(event.id, {
        at: endPlace(event.travel?.from, journey.from, event.timeZone),
        arrives: endPlace(event.travel?.to, journey.to, event.endTimeZone ?? event.timeZone),
      });
      continue;
    }
    const leg = legOf(trip, journeys, event);
    const at = leg ? legPlace(leg) : zonePlace(event.timeZone);
    const endZone = event.endTimeZone ?? event.timeZone;
    places.set(event.id, { at, arrives: endZone === event.timeZone ? at : endPlace(undefined, arrivalLeg(trip, event), endZone) });
  }
  return places;
}

interface Journey {
  event: PlaceEvent;
  from: Leg | undefined;
  to: Leg | undefined;
}

function legOf(trip: Pick<Trip, 'legs'>, journeys: Journey[], event: PlaceEvent): Leg | undefined {
  const chosen = event.legId ? trip.legs.find((l) => l.id === event.legId) : undefined;
  if (chosen) return chosen;
  const date = localParts(event.start, event.timeZone).date;
  const legs = legsOn(trip, date, event.timeZone);
  if (legs.length <= 1) return legs[0];
  const named = legNamedIn(legs, event);
  if (named) return named;
  const candidate = (leg: Leg | undefined): leg is Leg => !!leg && legs.includes(leg);
  // The last journey that arrived in one of the day's legs before the event began…
  const arrived = journeys.filter((j) => j.event.end <= event.start && candidate(j.to)).pop();
  if (arrived) return arrived.to;
  // …else the first that leaves one of them after the event: the delegation is still there.
  const leaving = journeys.find((j) => j.event.start >= event.end && candidate(j.from));
  if (leaving) return leaving.from;
  // No journey says: the day belongs to the leg that starts on it, as the calendar's day columns do.
  return legForDate({ legs }, date) ?? legs[legs.length - 1];
}

/** One event's places, when only that event is at hand (no other journeys to place it by). */
export function placesOfEvent(trip: Pick<Trip, 'legs'>, event: PlaceEvent, events: readonly PlaceEvent[] = [event]): EventPlaces {
  const list = events.some((e) => e.id === event.id) ? events : [...events, event];
  return eventPlaces(trip, list).get(event.id)!;
}

/** Two places are one city when they share a zone and a name in either language (a leg's city has no Chinese). */
function sameCity(a: Place, b: Place): boolean {
  if (a.zone !== b.zone) return false;
  return (a.city.en.trim() !== '' && same(a.city.en, b.city.en)) || (a.city.zh.trim() !== '' && a.city.zh.trim() === b.city.zh.trim());
}

/**
 * The places a day is spent in, in the order they come: each event's place (a journey's both ends) for events that
 * start on that local date. A day with no events names the legs covering it, or the home zone's city.
 */
export function dayPlaces(trip: PlaceTrip, events: readonly PlaceEvent[], date: string, places = eventPlaces(trip, events)): Place[] {
  const found: Place[] = [];
  const add = (p: Place) => {
    const i = found.findIndex((q) => sameCity(q, p));
    if (i < 0) found.push(p);
    // Keep the fuller name: a journey's end may carry the Chinese a leg's city lacks.
    else if (!found[i]!.city.zh.trim() && p.city.zh.trim()) found[i] = { ...found[i]!, city: { en: found[i]!.city.en || p.city.en, zh: p.city.zh } };
  };
  const today = events
    .filter((e) => isLive(e) && localParts(e.start, e.timeZone).date === date)
    .sort((a, b) => a.start.localeCompare(b.start));
  for (const event of today) {
    const p = places.get(event.id);
    if (!p) continue;
    add(p.at);
    add(p.arrives);
  }
  if (found.length > 0) return found;
  const legs = trip.legs.filter((l) => l.startDate <= date && date <= l.endDate).sort((a, b) => a.startDate.localeCompare(b.startDate));
  if (legs.length > 0) return legs.map(legPlace);
  return [zonePlace(trip.homeTimeZone)];
}

/** The cities a zone stands for on this trip (every leg in it), e.g. "Hangzhou, Shanghai" for Asia/Shanghai, in the
 *  reader's language where our city table knows them. */
export function citiesInZone(trip: Pick<Trip, 'legs'>, zone: string, language: PlaceLanguage = 'en'): string[] {
  const cities = [...trip.legs]
    .sort((a, b) => a.startDate.localeCompare(b.startDate))
    .filter((l) => l.timeZone === zone)
    .map((l) => cityText(legPlace(l), language));
  return cities.length > 0 ? [...new Set(cities)] : [cityText(zonePlace(zone), language)];
}
