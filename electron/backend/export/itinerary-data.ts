// What the itinerary shows, worked out from a trip's records before any HTML: which events (cancelled ones left out),
// grouped by the local date where each happens, each day's zones named by place, people in order of precedence, and
// the contacts sheet. Pure, so the rules can be tested without rendering.
import type { Contact, Member, Names, Note, Organisation, Trip, TripEvent } from '../../../shared/model';
import { instantFromLocal, legForDate, localParts, tripDays } from '../../../shared/domain/time';
import type { DocumentLanguage } from './itinerary-labels';

export interface ItinerarySource {
  trip: Trip;
  /** The trip's live events (no tombstones), any order. */
  events: TripEvent[];
  notes: Note[];
  /** Live members, organisations and contacts of the directory (at least those the trip refers to). */
  members: Member[];
  organisations: Organisation[];
  contacts: Contact[];
}

export interface ItineraryOptions {
  language: DocumentLanguage;
  includeNotes: boolean;
  includeRestricted: boolean;
}

export interface ZonePlace {
  zone: string;
  /** Where the zone's clocks are on that day: the leg's city, or the zone's own city. */
  place: string;
  /** "GMT+8" on that day. */
  offset: string;
}

export interface ItineraryDay {
  date: string;
  /** The zones the day's times are in, in the order they first occur; one for most days. */
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
  placeOf(zone: string, date: string): ZonePlace;
}

export function byPrecedence(a: Member, b: Member): number {
  return a.rank - b.rank || a.name.en.localeCompare(b.name.en);
}

/** A name as the reader of the chosen language expects it first, with the other script after it when there is one. */
export function namesFor(names: Names, language: DocumentLanguage): { primary: string; secondary: string } {
  const chinese = names.zhHant || names.zhHans;
  if (language === 'zh-Hant' && chinese) return { primary: chinese, secondary: names.en };
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

  const placeOf = (zone: string, date: string): ZonePlace => {
    const today = legForDate(trip, date);
    const leg =
      (today?.timeZone === zone ? today : undefined) ??
      trip.legs.find((l) => l.timeZone === zone && l.startDate <= date && date <= l.endDate) ??
      trip.legs.find((l) => l.timeZone === zone);
    const place = leg?.city ?? (zone.split('/').pop() ?? zone).replace(/_/g, ' ');
    return { zone, place, offset: zoneOffset(zone, date) };
  };

  const byDate = new Map<string, TripEvent[]>();
  for (const day of tripDays(trip)) byDate.set(day.date, []);
  for (const event of shown) {
    const date = localParts(event.start, event.timeZone).date;
    byDate.set(date, [...(byDate.get(date) ?? []), event]);
  }
  const zoneOfDay = new Map(tripDays(trip).map((d) => [d.date, d.timeZone]));
  const days: ItineraryDay[] = [...byDate.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([date, events]) => {
      const zones: string[] = [];
      for (const e of events) for (const z of [e.timeZone, e.endTimeZone ?? e.timeZone]) if (!zones.includes(z)) zones.push(z);
      if (zones.length === 0) zones.push(zoneOfDay.get(date) ?? trip.homeTimeZone);
      return { date, events, zones: zones.map((z) => placeOf(z, date)) };
    });

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
    placeOf,
  };
}
