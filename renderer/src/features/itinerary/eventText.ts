// Words about an event on the calendar: the travel label with each end in its own zone, the tooltip, the zone names.
import type { TFunction } from 'i18next';
import { citiesInZone, cityText, placesOfEvent, zoneCity, type EventPlaces, type PlaceEvent, type PlaceLanguage } from '../../../../shared/domain/place';
import { cityInLanguage, cityLanguage } from '../../../../shared/domain/cities';
import { travelLabel } from '../../../../shared/domain/time';
import { cityOfZone } from '../../../../shared/domain/zones';
import type { Trip, TripEvent } from '../../../../shared/model';
import { localeFor } from '../../i18n/format';
import { isChinese } from '../../i18n/languages';

/** The cities a zone stands for on this trip ("Hangzhou / Shanghai" for Asia/Shanghai): a zone alone never says
 *  which of its cities an event is in, so a note about zones names them all. */
export function citiesForZone(trip: Pick<Trip, 'legs'>, zone: string, language = 'en'): string {
  const names = citiesInZone(trip, zone, language === 'en' ? 'en' : 'zh-Hant');
  // 简体 readers get the table's Simplified name where it has one.
  return names.map((name) => (language === 'zh-Hans' ? cityInLanguage(name, 'zh-Hans') : name)).join(' / ');
}

/** A journey's times, with its id, kind and written ends when the caller has them. */
type Journey = Pick<TripEvent, 'start' | 'end' | 'timeZone' | 'endTimeZone'> & Partial<PlaceEvent>;

export interface TravelParts {
  from: string;
  departs: string;
  to: string;
  arrives: string;
  /** Calendar days between departure and arrival, each in its own zone (a red-eye lands +1). */
  plusDays: number;
}

/** Where and when a journey leaves and lands, each on its own clock; the cities come from the trip (the journey's
 *  written ends, else its legs), never from the zones' names. `places` is the trip's, worked out once. */
export function travelParts(trip: Pick<Trip, 'legs'>, event: Journey, places?: EventPlaces, language: PlaceLanguage = 'en'): TravelParts {
  const { departs, arrives } = travelLabel(event);
  const plusDays = Math.round((Date.parse(`${arrives.date}T00:00:00Z`) - Date.parse(`${departs.date}T00:00:00Z`)) / 86_400_000);
  const where = places ?? placesOfEvent(trip, { id: '', kind: 'travel', status: 'confirmed', deleted: false, ...event });
  return { from: cityText(where.at, language), departs: departs.time, to: cityText(where.arrives, language), arrives: arrives.time, plusDays };
}

/** The place words for one event: the trip's places and the language to name them in. */
export interface PlaceWords {
  places?: EventPlaces;
  language?: PlaceLanguage;
}

/** "Hong Kong 08:05 → Riyadh 12:40 local (+1 day)". */
export function travelText(t: TFunction, trip: Pick<Trip, 'legs'>, event: Journey, where: PlaceWords = {}): string {
  const parts = travelParts(trip, event, where.places, where.language);
  const text = t('itinerary.event.travel', { from: parts.from, departs: parts.departs, to: parts.to, arrives: parts.arrives });
  if (parts.plusDays === 0) return text;
  return `${text} ${t(parts.plusDays === 1 ? 'itinerary.event.nextDay' : 'itinerary.event.nextDays', { days: parts.plusDays })}`;
}

/** The hover text and screen-reader description of an event: title, status, travel times and warnings. */
export function eventDescription(t: TFunction, trip: Pick<Trip, 'legs'>, event: TripEvent, clashCount: number, where: PlaceWords = {}): string {
  const parts = [event.title, t(`kind.${event.kind}`)];
  if (event.status === 'tentative') parts.push(t('itinerary.event.tentative'));
  if (event.status === 'cancelled') parts.push(t('itinerary.event.cancelled'));
  if (event.kind === 'travel') parts.push(travelText(t, trip, event, where));
  if (clashCount > 0) parts.push(`⚠ ${t('itinerary.event.clashes', { count: clashCount })}`);
  return parts.join(' · ');
}

/** The words an event box shows, worked out once per data change rather than in each box on each render. */
export interface EventWords {
  description: string;
  travel: string;
  clashText: string;
}

export function eventWords(t: TFunction, trip: Pick<Trip, 'legs'>, event: TripEvent, clashCount: number, where: PlaceWords = {}): EventWords {
  return {
    description: eventDescription(t, trip, event, clashCount, where),
    travel: event.kind === 'travel' ? travelText(t, trip, event, where) : '',
    clashText: clashCount > 0 ? t('itinerary.event.clashes', { count: clashCount }) : '',
  };
}

/** A history step in words: "move “Lunch with Tsinghua”". Unknown actions fall back to a general phrase. */
export function historyText(t: TFunction, step: { action: string; subject: string }): string {
  const [noun, verb] = step.action.split('.');
  const known: Record<string, readonly string[]> = {
    trip: ['create', 'edit', 'delete', 'restore', 'duplicate'],
    event: ['create', 'edit', 'move', 'delete', 'duplicate'],
    member: ['create', 'edit', 'delete', 'merge'],
    organisation: ['create', 'edit', 'delete', 'merge'],
    contact: ['create', 'edit', 'delete', 'merge'],
  };
  if (noun && verb && known[noun]?.includes(verb)) {
    return t(`itinerary.history.${noun}.${verb}` as 'itinerary.history.event.move', { subject: step.subject });
  }
  return t('itinerary.history.unknown', { subject: step.subject });
}

/** A zone's offset from UTC at an instant, as "GMT+3" (never an abbreviation like "GST" that few can read). */
export function zoneOffset(instant: string, zone: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: zone, timeZoneName: 'shortOffset' }).formatToParts(new Date(instant));
  return parts.find((p) => p.type === 'timeZoneName')?.value ?? zone;
}

/** The home zone's name in the UI language: the city in English ("Hong Kong"), the zone's own Chinese name in
 *  Chinese ("香港時間"), since a city typed in English would read oddly there. */
export function homeZoneName(language: string, zone: string): string {
  // Our city table first, so the home zone reads 香港 / 香港 / Hong Kong like the legs' cities do.
  const city = cityOfZone(zone);
  if (city) return city.name[cityLanguage(language)];
  if (!isChinese(language)) return zoneCity(zone);
  const parts = new Intl.DateTimeFormat(localeFor(language), { timeZone: zone, timeZoneName: 'longGeneric' }).formatToParts(new Date());
  return parts.find((p) => p.type === 'timeZoneName')?.value ?? zoneCity(zone);
}
