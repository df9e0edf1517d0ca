// What the itinerary shows, worked out from a trip's records before any HTML: which events (cancelled ones left out),
// grouped by the local date where each happens, each day's zones named by place, people in order of precedence, and
// the contacts sheet. Pure, so the rules can be tested without rendering.
import type { Contact, Member, Names, Note, Organisation, Trip, TripEvent } from '../../../shared/model';
import { bilingualText, cityText, dayPlaces, eventPlaces, type EventPlaces, type Place } from '../../../shared/domain/place';
import { instantFromLocal, localParts, tripDays } from '../../../shared/domain/time';
import type { ExportLanguage } from '../../../shared/contract';
import { chineseName, isChinese } from './simplified';

export interface ItinerarySource {
  trip: Trip;
  /** The language places are named in (a journey's ends may carry Chinese names); English when not given. */
  language?: ExportLanguage;
  /** The trip's live events (no tombstones), any order. */
  events: TripEvent[];
  notes: Note[];
  /** Live members, organisations and contacts of the directory (at least those the trip refers to). */
  members: Member[];
  organisations: Organisation[];
  contacts: Contact[];
}

export interface ItineraryOptions {
  language: ExportLanguage;
  includeNotes: boolean;
  includeRestricted: boolean;
}

export interface ZonePlace {
  zone: string;
  /** The city, from the trip (shared/domain/place.ts), in the document's language. */
  place: string;
  /** The station or airport of a journey's end, in the document's language; empty otherwise. */
  site: string;
  /** "GMT+8" on that day. */
  offset: string;
}

export interface ItineraryDay {
  date: string;
  /** The places the day's times are in, in the order they first occur: one for most days, two when the delegation
   *  moves (Hangzhou and Shanghai, though both are GMT+8). */
  zones: ZonePlace[];
  events: TripEvent[];
}

export interface Itinerary {
  trip: Trip;
  /** The delegation, in order of precedence. */
  delegation: Member[];
  days: ItineraryDay[];
  cancelledCount: number;
  /** Counterpart contacts of the events shown, by organisation then name. */
  contacts: Contact[];
  member(id: string): Member | undefined;
  organisation(id: string): Organisation | undefined;
  contact(id: string): Contact | undefined;
  notesOf(eventId: string): Note[];
  /** Where an event is (a journey: where it leaves from) and where it ends, named for the document. */
  placesOf(event: TripEvent): { at: ZonePlace; arrives: ZonePlace };
}

export function byPrecedence(a: Member, b: Member): number {
  return a.rank - b.rank || a.name.en.localeCompare(b.name.en);
}

/** A name as the reader of the chosen language expects it first, with the other script after it when there is one. */
export function namesFor(names: Names, language: ExportLanguage): { primary: string; secondary: string } {
  const chinese = chineseName(names, language) || names.zhHans;
  if (isChinese(language) && chinese) return { primary: chinese, secondary: names.en };
  return { primary: names.en, secondary: chinese };
}

/** "GMT+8" for a zone on a date (at local noon, away from any DST change at night). */
export function zoneOffset(zone: string, date: string): string {
  const noon = instantFromLocal(date, '12:00', zone);
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: zone, timeZoneName: 'shortOffset' }).formatToParts(new Date(noon));
  const name = parts.find((p) => p.type === 'timeZoneName')?.value ?? zone;
  return name === 'GMT' ? 'GMT+0' : name;
}

export function buildItinerary(source: ItinerarySource): Itinerary {
  const { trip } = source;
  const members = new Map(source.members.map((m) => [m.id, m]));
  const organisations = new Map(source.organisations.map((o) => [o.id, o]));
  const contacts = new Map(source.contacts.map((c) => [c.id, c]));
  const shown = source.events.filter((e) => e.status !== 'cancelled').sort((a, b) => a.start.localeCompare(b.start) || a.title.localeCompare(b.title));

  // Places keep one Chinese spelling (the 繁體 one a person typed); a 简体 document converts it with the rest.
  const language = isChinese(source.language ?? 'en') ? 'zh-Hant' : 'en';
  const places = eventPlaces(trip, source.events);
  const named = (p: Place, date: string): ZonePlace => ({
    zone: p.zone,
    place: cityText(p, language),
    site: bilingualText(p.site, language),
    offset: zoneOffset(p.zone, date),
  });

  const byDate = new Map<string, TripEvent[]>();
  for (const day of tripDays(trip)) byDate.set(day.date, []);
  for (const event of shown) {
    const date = localParts(event.start, event.timeZone).date;
    byDate.set(date, [...(byDate.get(date) ?? []), event]);
  }
  const days: ItineraryDay[] = [...byDate.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([date, events]) => ({ date, events, zones: dayPlaces(trip, shown, date, places).map((p) => named(p, date)) }));

  const placesOf = (event: TripEvent): { at: ZonePlace; arrives: ZonePlace } => {
    const found: EventPlaces = places.get(event.id) ?? eventPlaces(trip, [event]).get(event.id)!;
    const endZone = event.endTimeZone ?? event.timeZone;
    return {
      at: named(found.at, localParts(event.start, event.timeZone).date),
      arrives: named(found.arrives, localParts(event.end, endZone).date),
    };
  };

  const contactIds = new Set(shown.flatMap((e) => e.contactIds));
  const orgName = (c: Contact) => (c.organisationId ? organisations.get(c.organisationId)?.name.en ?? '' : '');
  const sheet = [...contactIds]
    .map((id) => contacts.get(id))
    .filter((c): c is Contact => c !== undefined)
    .sort((a, b) => orgName(a).localeCompare(orgName(b)) || a.name.en.localeCompare(b.name.en));

  const notes = new Map<string, Note[]>();
  for (const note of source.notes) {
    if (note.deleted || !note.body.trim()) continue;
    notes.set(note.eventId, [...(notes.get(note.eventId) ?? []), note]);
  }

  return {
    trip,
    delegation: trip.memberIds.map((id) => members.get(id)).filter((m): m is Member => m !== undefined).sort(byPrecedence),
    days,
    cancelledCount: source.events.length - shown.length,
    contacts: sheet,
    member: (id) => members.get(id),
    organisation: (id) => organisations.get(id),
    contact: (id) => contacts.get(id),
    notesOf: (eventId) => (notes.get(eventId) ?? []).sort((a, b) => a.createdAt.localeCompare(b.createdAt)),
    placesOf,
  };
}
