// A trip's events as an iCalendar file (ical-generator): each time carries the TZID of the place it happens, with a
// real VTIMEZONE (timezones-ical-library) for every zone used, so Outlook, Google and Apple show the right hours.
import { TZDate } from '@date-fns/tz';
import { ICalCalendar, ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { tzlib_get_ical_block } from 'timezones-ical-library';
import type { Contact, EventStatus, Organisation, Trip, TripEvent } from '../../../../shared/model';
import { bilingualText, cityText, eventPlaces, type EventPlaces, type Place, type PlaceLanguage } from '../../../../shared/domain/place';
import { formatInZone } from '../../../../shared/domain/time';
import { itineraryLabels } from '../itinerary-labels';

/** The UID an event goes out with: the one it came in with, else one made from its id, stable across exports. */
export function icsUidOf(event: Pick<TripEvent, 'id' | 'icsUid'>): string {
  return event.icsUid ?? `${event.id}${ownUidSuffix}`;
}
export const ownUidSuffix = '@delegation-planner';

/** Written beside the standard fields so a planner importing the file gets the kind back; calendars ignore it. */
export const kindProperty = 'X-DELEGATION-PLANNER-KIND';

// The documents' own English names for kinds, so a calendar and a printed itinerary call an event the same.
const kindLabel = itineraryLabels('en').kinds;

const statusOf: Record<EventStatus, ICalEventStatus> = {
  tentative: ICalEventStatus.TENTATIVE,
  confirmed: ICalEventStatus.CONFIRMED,
  cancelled: ICalEventStatus.CANCELLED,
};

export interface IcsSource {
  trip: Trip;
  events: TripEvent[];
  organisations: Organisation[];
  contacts: Contact[];
  /** DTSTAMP: when the file was made. */
  now: Date;
}

/** The VTIMEZONE block of an IANA zone, or null when the library does not know it (the TZID still names it). */
function vtimezone(zone: string): string | null {
  const block = tzlib_get_ical_block(zone);
  return Array.isArray(block) && typeof block[0] === 'string' && block[0].startsWith('BEGIN:VTIMEZONE') ? block[0] : null;
}

/** "Venue, address": the event's own words in one language. */
function venueText(event: TripEvent, language: 'en' | 'zh'): string {
  return [event.venue[language], event.address[language]].map((s) => s.trim()).filter(Boolean).join(language === 'en' ? ', ' : '，');
}

/** One end of a journey: the station or airport, with the city when its name does not already say it. */
function endText(place: Place, language: PlaceLanguage): string {
  const site = bilingualText(place.site, language);
  const city = cityText(place, language);
  if (!site) return city;
  return site.toLowerCase().includes(city.toLowerCase()) ? site : `${site}, ${city}`;
}

const hasChinese = (p: Place): boolean => p.site.zh.trim() !== '' || p.city.zh.trim() !== '';

/**
 * LOCATION, from the trip's places (shared/domain/place.ts) rather than the zone: a journey is its route
 * ("Hangzhou East Railway Station → Shanghai Hongqiao Railway Station / 杭州东站 → 上海虹桥站"); any other event its
 * venue and address in English then Chinese (for the driver), or, when it has none, the city it happens in.
 */
function locationOf(event: TripEvent, places: EventPlaces | undefined): string {
  if (event.kind === 'travel' && places) {
    const en = `${endText(places.at, 'en')} → ${endText(places.arrives, 'en')}`;
    const zh = hasChinese(places.at) && hasChinese(places.arrives) ? `${endText(places.at, 'zh-Hant')} → ${endText(places.arrives, 'zh-Hant')}` : '';
    return [en, zh].filter(Boolean).join(' / ');
  }
  const venue = [venueText(event, 'en'), venueText(event, 'zh')].filter(Boolean).join(' / ');
  return venue || (places ? cityText(places.at) : '');
}

function namesOf(name: { en: string; zhHant: string }): string {
  return name.zhHant && name.zhHant !== name.en ? `${name.en} (${name.zhHant})` : name.en;
}

/** Kind, counterparts and the event's own description. Briefing fields stay out: a calendar is widely shared. */
function descriptionOf(event: TripEvent, organisations: Map<string, Organisation>, contacts: Map<string, Contact>): string {
  const orgs = event.organisationIds.flatMap((id) => {
    const org = organisations.get(id);
    return org ? [namesOf(org.name)] : [];
  });
  const people = event.contactIds.flatMap((id) => {
    const contact = contacts.get(id);
    return contact ? [[namesOf(contact.name), contact.title].filter(Boolean).join(', ')] : [];
  });
  const lines = [`Kind: ${kindLabel[event.kind]}`];
  // A journey's LOCATION is its route, so where to meet (the terminal's address) is said here.
  const meetAt = [venueText(event, 'en'), venueText(event, 'zh')].filter(Boolean).join(' / ');
  if (event.kind === 'travel' && meetAt) lines.push(`Departs from: ${meetAt}`);
  const counterparts = [...orgs, ...people];
  if (counterparts.length > 0) lines.push(`Counterparts: ${counterparts.join('; ')}`);
  if (event.description.trim()) lines.push('', event.description.trim());
  return lines.join('\n');
}

/**
 * ical-generator gives an event one TZID for both ends; RFC 5545 lets DTEND name its own zone, which a flight needs
 * (it lands in another zone). So the DTEND of such events is rewritten in the landing zone after generation.
 */
function endsInOwnZone(text: string, events: TripEvent[]): string {
  const [head, ...bodies] = text.split('BEGIN:VEVENT\r\n');
  const fixed = bodies.map((body, i) => {
    const event = events[i];
    if (!event?.endTimeZone || event.endTimeZone === event.timeZone) return body;
    const local = formatInZone(event.end, event.endTimeZone, "yyyyMMdd'T'HHmmss");
    return body.replace(/^DTEND;TZID=[^:\r\n]+:\d{8}T\d{6}\r\n/m, `DTEND;TZID=${event.endTimeZone}:${local}\r\n`);
  });
  return [head, ...fixed].join('BEGIN:VEVENT\r\n');
}

/** VTIMEZONEs of zones only an end uses, which ical-generator does not know about. */
function addMissingZones(text: string, zones: string[]): string {
  const missing = zones.filter((zone) => !text.includes(`\r\nTZID:${zone}\r\n`)).flatMap((zone) => vtimezone(zone) ?? []);
  if (missing.length === 0) return text;
  const at = text.indexOf('BEGIN:VEVENT\r\n');
  const blocks = missing.map((b) => `${b.replace(/\r?\n/g, '\r\n').trim()}\r\n`).join('');
  return at < 0 ? text.replace('END:VCALENDAR', `${blocks}END:VCALENDAR`) : text.slice(0, at) + blocks + text.slice(at);
}

/** The iCalendar text of `events` (already chosen by the caller), in start order. */
export function writeIcs({ trip, events, organisations, contacts, now }: IcsSource): string {
  const orgs = new Map(organisations.map((o) => [o.id, o]));
  const people = new Map(contacts.map((c) => [c.id, c]));
  const ordered = [...events].sort((a, b) => a.start.localeCompare(b.start) || a.title.localeCompare(b.title));
  const places = eventPlaces(trip, events);
  const calendar = new ICalCalendar({
    prodId: { company: 'Delegation Planner', product: 'Delegation Planner', language: 'EN' },
    name: trip.title,
    method: ICalCalendarMethod.PUBLISH,
    // No calendar-wide zone (it would make DTSTAMP local): every time names its own zone instead.
    timezone: { name: null, generator: vtimezone },
  });
  for (const event of ordered) {
    const entry = calendar.createEvent({
      id: icsUidOf(event),
      // TZDate carries the zone, so ical-generator writes the wall clock there rather than the machine's.
      start: new TZDate(event.start, event.timeZone),
      end: new TZDate(event.end, event.timeZone),
      timezone: event.timeZone,
      stamp: now,
      created: new Date(event.createdAt),
      lastModified: new Date(event.updatedAt),
      summary: event.title,
      location: locationOf(event, places.get(event.id)) || null,
      description: descriptionOf(event, orgs, people),
      status: statusOf[event.status],
    });
    entry.x(kindProperty, event.kind);
  }
  const zones = [...new Set(ordered.flatMap((e) => [e.timeZone, e.endTimeZone ?? e.timeZone]))];
  return addMissingZones(endsInOwnZone(calendar.toString(), ordered), zones);
}

/** A file name from the trip's title (and a member's name) without characters that file systems refuse. */
export function icsFileName(title: string, memberName?: string): string {
  const clean = (s: string) =>
    s
      // eslint-disable-next-line no-control-regex
      .replace(/[\\/:*?"<>|\u0000-\u001f\u007f]+/g, '-')
      .replace(/\s+/g, ' ')
      .replace(/^[\s.-]+|[\s.-]+$/g, '');
  const base = clean([title, memberName].filter(Boolean).join(' - ')).slice(0, 150) || 'trip';
  return `${base}.ics`;
}
