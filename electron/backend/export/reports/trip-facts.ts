// Everything the briefing pack, the report and the press release read about one trip, loaded once per export, with
// the names and formats they print: names in the chosen language, times in the zone where each event happens.
import { TZDate } from '@date-fns/tz';
import { format as formatDate } from 'date-fns/format'; // not the barrel: see shared/domain/time.ts
import type { Contact, FollowUp, Member, Organisation, Trip, TripEvent } from '../../../../shared/model';
import { notFound } from '../../errors';
import { live } from '../../store/live';
import type { DocumentSources } from '../sources';
import type { ExportLanguage } from '../../../../shared/contract';
import { chineseName, isChinese, localeOf } from '../simplified';

export interface TripFacts {
  trip: Trip;
  /** Live events, earliest first. */
  events: TripEvent[];
  followUps: FollowUp[];
  /** The trip's members in order of precedence (1 leads). */
  members: Member[];
  /** Live directory records by id: a trip may name anyone. */
  organisations: Map<string, Organisation>;
  contacts: Map<string, Contact>;
  membersById: Map<string, Member>;
}

export async function loadTripFacts({ store }: Pick<DocumentSources, 'store'>, tripId: string): Promise<TripFacts> {
  const trip = await store.get('trips', tripId);
  if (!trip || trip.deleted) throw notFound('trip', tripId);
  const [events, followUps, members, organisations, contacts] = await Promise.all([
    store.ofTrip('events', tripId),
    store.ofTrip('followups', tripId),
    store.all('members'),
    store.all('organisations'),
    store.all('contacts'),
  ]);
  const liveMembers = live(members);
  const onTrip = new Set(trip.memberIds);
  return {
    trip,
    events: live(events).sort((a, b) => a.start.localeCompare(b.start) || a.title.localeCompare(b.title)),
    followUps: live(followUps),
    members: liveMembers.filter((m) => onTrip.has(m.id)).sort((a, b) => a.rank - b.rank || a.name.en.localeCompare(b.name.en)),
    organisations: new Map(live(organisations).map((o) => [o.id, o])),
    contacts: new Map(live(contacts).map((c) => [c.id, c])),
    membersById: new Map(liveMembers.map((m) => [m.id, m])),
  };
}

/** Meetings, signings, seminars and site visits; a meal only when counterparts sit at the table. Never cancelled ones. */
export function isMeetingLike(event: TripEvent): boolean {
  if (event.status === 'cancelled') return false;
  if (event.kind === 'meeting' || event.kind === 'signing' || event.kind === 'seminar' || event.kind === 'site-visit') return true;
  return event.kind === 'meal' && (event.organisationIds.length > 0 || event.contactIds.length > 0);
}

/** A person's or organisation's name in the language asked for, falling back to English when no Chinese is kept. */
export function nameIn(language: ExportLanguage, names: { en: string; zhHant: string; zhHans?: string }): string {
  return (isChinese(language) && chineseName(names, language)) || names.en;
}

/** Organisations the event names, except the delegation's own body (it is not a counterpart). */
export function counterpartsOf(facts: TripFacts, event: TripEvent): Organisation[] {
  return event.organisationIds
    .map((id) => facts.organisations.get(id))
    .filter((o): o is Organisation => o !== undefined && !isOwnBody(facts, o));
}

/** "Office for Attracting Strategic Enterprises (OASES)" → its full name and "OASES", lower case. */
function namesOf(text: string): string[] {
  const lower = text.trim().toLowerCase();
  const short = /\(([^)]+)\)\s*$/.exec(lower)?.[1];
  return [lower, lower.replace(/\s*\([^)]*\)\s*$/, ''), ...(short ? [short] : [])].filter(Boolean);
}

/**
 * Whether an organisation is the delegation's own (OASES on an OASES trip, Cyberport on Cyberport's), judged from the
 * trip's organising body and the members' organisations, by full name or abbreviation.
 */
export function isOwnBody(facts: Pick<TripFacts, 'trip' | 'members'>, organisation: Organisation): boolean {
  const own = new Set([facts.trip.organisingBody, ...facts.members.map((m) => m.organisation)].flatMap(namesOf));
  return namesOf(organisation.name.en).some((n) => own.has(n));
}

export function contactsOf(facts: TripFacts, event: TripEvent): Contact[] {
  return event.contactIds.map((id) => facts.contacts.get(id)).filter((c): c is Contact => c !== undefined);
}


/** "Wed 14 May 2025" / "2025年5月14日（星期三）" for a calendar date. */
export function formatDay(language: ExportLanguage, date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  if (isChinese(language)) {
    const day = new Intl.DateTimeFormat(localeOf(language), { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(d);
    const weekday = new Intl.DateTimeFormat(localeOf(language), { weekday: 'long', timeZone: 'UTC' }).format(d);
    return `${day}（${weekday}）`;
  }
  return new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(d);
}

/** A calendar date without the weekday: "14 May 2025" / "2025年5月14日". */
export function formatCalendarDate(language: ExportLanguage, date: string): string {
  return new Intl.DateTimeFormat(localeOf(language), { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
}

export function formatDateRange(language: ExportLanguage, start: string, end: string): string {
  if (start === end) return formatCalendarDate(language, start);
  return `${formatCalendarDate(language, start)} – ${formatCalendarDate(language, end)}`;
}

/** The calendar date an event starts on where it happens. */
export function localDay(event: Pick<TripEvent, 'start' | 'timeZone'>): string {
  return formatDate(new TZDate(event.start, event.timeZone), 'yyyy-MM-dd');
}

/** "09:30–11:00" in the event's own zone(s), 24-hour as printed itineraries in Hong Kong are. */
export function formatTimes(event: Pick<TripEvent, 'start' | 'end' | 'timeZone' | 'endTimeZone'>): string {
  const at = (instant: string, zone: string) => formatDate(new TZDate(instant, zone), 'HH:mm');
  return `${at(event.start, event.timeZone)}–${at(event.end, event.endTimeZone ?? event.timeZone)}`;
}

/** HK$ with thousands separators, e.g. "HK$4,000,000". */
export function formatHkd(amount: number): string {
  return `HK$${new Intl.NumberFormat('en-HK', { maximumFractionDigits: 0 }).format(amount)}`;
}

export function formatCount(amount: number): string {
  return new Intl.NumberFormat('en-HK', { maximumFractionDigits: 0 }).format(amount);
}

/** The trip's cities in the order first visited, from its legs (or none). */
export function citiesOf(trip: Trip): string[] {
  return [...new Set([...trip.legs].sort((a, b) => a.startDate.localeCompare(b.startDate)).map((l) => l.city.trim()))].filter(Boolean);
}
