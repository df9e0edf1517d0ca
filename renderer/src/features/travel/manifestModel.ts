// The manifest's logic, kept apart from React so it is tested on its own: each member's arrival and departure
// journey, a grid row's cells as typed, and the events.create / events.update inputs that store a row. A journey is
// a travel event; its members are its passengers, and a seat, class and booking live on its passenger entry.
import { addCalendarDays, instantFromLocal, localParts } from '../../../../shared/domain/time';
import type { Member, Passenger, Travel, TravelEnd, Trip, TripEvent } from '../../../../shared/model';

export type Segment = 'arrival' | 'departure';
export const segments: Segment[] = ['arrival', 'departure'];

export interface ManifestRow {
  member: Member;
  segment: Segment;
  journey?: TripEvent;
}

/** What a row shows and takes, all text: dates YYYY-MM-DD and times HH:mm, local at each end. */
export interface Cells {
  flight: string;
  date: string;
  departs: string;
  from: string;
  to: string;
  arrives: string;
  seat: string;
  cabin: string;
  bookingRef: string;
}
export type CellKey = keyof Cells;
export const cellKeys: CellKey[] = ['flight', 'date', 'departs', 'from', 'to', 'arrives', 'seat', 'cabin', 'bookingRef'];
export const emptyCells: Cells = { flight: '', date: '', departs: '', from: '', to: '', arrives: '', seat: '', cabin: '', bookingRef: '' };

const daysBetween = (a: string, b: string): number => Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);

/**
 * Whether a journey brings the delegation in or takes it home: by its local start date against the middle of the
 * trip. A journey between two cities mid-trip counts too, but the first arrival and the last departure win.
 */
export function segmentOf(trip: Pick<Trip, 'startDate' | 'endDate'>, event: Pick<TripEvent, 'start' | 'timeZone'>): Segment {
  const middle = addCalendarDays(trip.startDate, Math.floor(daysBetween(trip.startDate, trip.endDate) / 2));
  return localParts(event.start, event.timeZone).date <= middle ? 'arrival' : 'departure';
}

/** The live, not cancelled journeys, earliest first. */
export function journeys(events: readonly TripEvent[]): TripEvent[] {
  return events.filter((e) => e.kind === 'travel' && !e.deleted && e.status !== 'cancelled').sort((a, b) => a.start.localeCompare(b.start));
}

/** Two rows per member of the delegation (in the order given, which is precedence): their arrival and departure. */
export function manifestRows(trip: Pick<Trip, 'startDate' | 'endDate'>, members: readonly Member[], events: readonly TripEvent[]): ManifestRow[] {
  const all = journeys(events);
  return members.flatMap((member) => {
    const own = all.filter((e) => e.memberIds.includes(member.id));
    const arrival = own.find((e) => segmentOf(trip, e) === 'arrival');
    const departure = own.findLast((e) => segmentOf(trip, e) === 'departure');
    return [
      { member, segment: 'arrival' as const, ...(arrival ? { journey: arrival } : {}) },
      { member, segment: 'departure' as const, ...(departure ? { journey: departure } : {}) },
    ];
  });
}

/** The flight in full, as stored: "Cathay Pacific CX 390", "CX 906". */
export const flightText = (travel: Travel | undefined): string => [travel?.carrier, travel?.number].filter(Boolean).join(' ');

const collapse = (text: string): string => text.trim().replace(/\s+/g, ' ');

/** "CX 906", "CX906", "cx 906" → carrier CX, number 906; "Cathay Pacific CX 906" → the airline's name and its flight
 *  number CX 906 (as the samples store it); text with no number is all carrier. */
export function parseFlight(text: string): { carrier: string; number: string } {
  const clean = collapse(text);
  // A name, then a code of one or two characters (a letter in it) and the number: the code stays with the number.
  const named = /^(.*[A-Za-z].*?) ((?:[A-Za-z]{1,2}|[A-Za-z][0-9]|[0-9][A-Za-z]) ?\d{1,5}[A-Za-z]?)$/.exec(clean);
  if (named?.[1] && named[2]) return { carrier: named[1], number: named[2].toUpperCase() };
  const spaced = /^(.+) (\S+)$/.exec(clean);
  if (spaced?.[1] && spaced[2] && /\d/.test(spaced[2])) return { carrier: spaced[1].toUpperCase(), number: spaced[2].toUpperCase() };
  // Letters then digits (CX906, G7512); else a two-character airline code with a digit in it (3U8001).
  const joined = /^([A-Za-z]{1,3})(\d{1,5}[A-Za-z]?)$/.exec(clean) ?? /^([A-Za-z0-9]{2})(\d{1,5}[A-Za-z]?)$/.exec(clean);
  if (joined?.[1] && joined[2]) return { carrier: joined[1].toUpperCase(), number: joined[2].toUpperCase() };
  return { carrier: clean, number: '' };
}

/** The airline's or railway's code that a flight number carries itself ("CX 390" → CX, "G7562" → G), if it does. */
function codeOf(number: string): string | undefined {
  const m = /^([A-Za-z]{1,3}|[A-Za-z][0-9]|[0-9][A-Za-z]) ?\d{1,5}[A-Za-z]?$/.exec(collapse(number));
  return m?.[1]?.toUpperCase();
}

/**
 * The flight as the grid shows it, short enough for its cell: code and number ("CX 390" of "Cathay Pacific" and
 * "CX 390"); the whole text when the number has no code of its own ("CX" and "906", or "Cathay Pacific" and "906",
 * where the number alone would lose the airline); the carrier when there is no number.
 */
export function flightCode(travel: Travel | undefined): string {
  const number = collapse(travel?.number ?? '');
  return number && codeOf(number) ? number : flightText(travel);
}

/** The flight in full for the cell's tooltip and accessible name: when the cell shows the stored flight in short
 *  ("CX 390" of "Cathay Pacific CX 390"); not while another flight is typed there, nor when nothing was shortened. */
export function flightInFull(travel: Travel | undefined, shown: string): string | undefined {
  const full = flightText(travel);
  if (!full || collapse(shown) !== collapse(flightCode(travel))) return undefined;
  return collapse(full) !== collapse(shown) ? full : undefined;
}

/**
 * What typing `text` in the flight cell stores. A journey stored as "Cathay Pacific" and "CX 390" shows "CX 390": a
 * number of the same airline typed there ("CX 392") keeps the airline's name; another code replaces both.
 */
export function typedFlight(travel: Travel | undefined, text: string): { carrier: string; number: string } {
  const parsed = parseFlight(text);
  const storedCode = codeOf(travel?.number ?? '');
  const carrier = collapse(travel?.carrier ?? '');
  if (storedCode && carrier && carrier.toUpperCase() !== storedCode && parsed.number && parsed.carrier === storedCode) {
    const spaced = /\s/.test(collapse(travel?.number ?? ''));
    return { carrier, number: `${parsed.carrier}${spaced ? ' ' : ''}${parsed.number}` };
  }
  return parsed;
}

/** One flight however it is written: "CX 390", "cx390" and "Cathay Pacific CX 390" are the same flight. */
function flightKey(text: string): string {
  const { carrier, number } = parseFlight(text);
  return (codeOf(number) ? number : `${carrier}${number}`).replace(/\s/g, '').toUpperCase();
}

const sameFlight = (a: string, b: string): boolean => {
  const key = flightKey(a);
  return key !== '' && key === flightKey(b);
};

export function cellsOf(row: ManifestRow): Cells {
  const event = row.journey;
  if (!event) return emptyCells;
  const start = localParts(event.start, event.timeZone);
  const end = localParts(event.end, event.endTimeZone ?? event.timeZone);
  const passenger = event.travel?.passengers?.find((p) => p.memberId === row.member.id);
  return {
    flight: flightCode(event.travel),
    date: start.date,
    departs: start.time,
    from: event.travel?.from?.code ?? '',
    to: event.travel?.to?.code ?? '',
    arrives: end.time,
    seat: passenger?.seat ?? '',
    cabin: passenger?.cabin ?? '',
    bookingRef: passenger?.bookingRef ?? '',
  };
}

/** A typed time made regular: 9:30, 0930 and 09.30 are 09:30; undefined when it is no time. */
export function normaliseTime(text: string): string | undefined {
  const m = /^(\d{1,2})[:.h]?(\d{2})$/.exec(text.trim());
  if (!m) return undefined;
  const hours = Number(m[1]);
  const minutes = Number(m[2]);
  return hours < 24 && minutes < 60 ? `${String(hours).padStart(2, '0')}:${m[2]}` : undefined;
}

export const isDate = (text: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(text.trim()) && !Number.isNaN(Date.parse(`${text.trim()}T00:00:00Z`));

/** The cells a row cannot be stored with, in the grid's order; a new journey needs its flight, date and departure. */
export function invalidCells(cells: Cells, isNew: boolean): CellKey[] {
  const bad: CellKey[] = [];
  if (isNew && !cells.flight.trim()) bad.push('flight');
  if ((isNew || cells.date.trim()) && !isDate(cells.date)) bad.push('date');
  if ((isNew || cells.departs.trim()) && !normaliseTime(cells.departs)) bad.push('departs');
  if (cells.arrives.trim() && !normaliseTime(cells.arrives)) bad.push('arrives');
  return bad;
}

/** The zones a new journey is in: from home to the first city, or from the last city home. */
export function zonesFor(trip: Pick<Trip, 'homeTimeZone' | 'legs'>, segment: Segment): { timeZone: string; endTimeZone: string } {
  const first = trip.legs[0]?.timeZone ?? trip.homeTimeZone;
  const last = trip.legs.at(-1)?.timeZone ?? trip.homeTimeZone;
  return segment === 'arrival' ? { timeZone: trip.homeTimeZone, endTimeZone: first } : { timeZone: last, endTimeZone: trip.homeTimeZone };
}

/** Start and end instants from the cells; the arrival is the next day when its clock reads earlier (overnight). */
export function instantsOf(cells: Cells, timeZone: string, endTimeZone: string): { start: string; end: string } {
  const departs = normaliseTime(cells.departs) ?? '00:00';
  const start = instantFromLocal(cells.date.trim(), departs, timeZone);
  const arrives = normaliseTime(cells.arrives);
  if (!arrives) return { start, end: start };
  let end = instantFromLocal(cells.date.trim(), arrives, endTimeZone);
  if (end < start) end = instantFromLocal(addCalendarDays(cells.date.trim(), 1), arrives, endTimeZone);
  return { start, end };
}

const withCode = (end: TravelEnd | undefined, code: string): TravelEnd | undefined => {
  const c = code.trim().toUpperCase();
  if (!end && !c) return undefined;
  const base: TravelEnd = end ?? { city: { en: '', zh: '' }, place: { en: '', zh: '' } };
  const { code: _old, ...rest } = base;
  return c ? { ...rest, code: c } : rest;
};

/** The passengers with one member's seat, class and booking as typed (their entry dropped when all are empty). */
export function withPassenger(passengers: readonly Passenger[], memberId: string, cells: Pick<Cells, 'seat' | 'cabin' | 'bookingRef'>): Passenger[] {
  const next = { memberId, seat: cells.seat.trim(), cabin: cells.cabin.trim(), bookingRef: cells.bookingRef.trim() };
  if (!next.seat && !next.cabin && !next.bookingRef) return passengers.filter((p) => p.memberId !== memberId);
  return passengers.some((p) => p.memberId === memberId) ? passengers.map((p) => (p.memberId === memberId ? next : p)) : [...passengers, next];
}

/** The journey with a row's cells typed into it: its times, flight and codes (shared by every passenger) and this
 *  member's seat, class and booking. Undefined when nothing changed. */
export function journeyPatch(event: TripEvent, memberId: string, stored: Cells, cells: Cells): { start?: string; end?: string; travel?: Travel; title?: string } | undefined {
  const changed = (keys: CellKey[]): boolean => keys.some((k) => cells[k].trim() !== stored[k].trim());
  if (!changed(cellKeys)) return undefined;
  const travel: Travel = { ...(event.travel ?? {}) };
  if (changed(['flight'])) {
    const { carrier, number } = typedFlight(event.travel, cells.flight);
    if (carrier) travel.carrier = carrier;
    else delete travel.carrier;
    if (number) travel.number = number;
    else delete travel.number;
  }
  if (changed(['from'])) setEnd(travel, 'from', withCode(travel.from, cells.from));
  if (changed(['to'])) setEnd(travel, 'to', withCode(travel.to, cells.to));
  if (changed(['seat', 'cabin', 'bookingRef'])) {
    const passengers = withPassenger(travel.passengers ?? [], memberId, cells);
    if (passengers.length > 0) travel.passengers = passengers;
    else delete travel.passengers;
  }
  const times = changed(['date', 'departs', 'arrives']) ? instantsOf(cells, event.timeZone, event.endTimeZone ?? event.timeZone) : {};
  return { ...times, travel };
}

function setEnd(travel: Travel, side: 'from' | 'to', end: TravelEnd | undefined): void {
  if (end) travel[side] = end;
  else delete travel[side];
}

/** A journey someone else already takes with this flight on this date, for a member typed onto it to join. */
export function matchingJourney(events: readonly TripEvent[], cells: Cells): TripEvent | undefined {
  return journeys(events).find((e) => sameFlight(flightCode(e.travel), cells.flight) && localParts(e.start, e.timeZone).date === cells.date.trim());
}

/** Joining a journey: the member is added to its members (its passengers) with their seat, class and booking. */
export function joinPatch(event: TripEvent, memberId: string, cells: Cells): { memberIds: string[]; travel: Travel } {
  const travel: Travel = { ...(event.travel ?? {}) };
  const passengers = withPassenger(travel.passengers ?? [], memberId, cells);
  if (passengers.length > 0) travel.passengers = passengers;
  return { memberIds: event.memberIds.includes(memberId) ? event.memberIds : [...event.memberIds, memberId], travel };
}

/** Adding other members to a journey ("copy this segment"): they travel on it, with no seat yet. */
export function copyPatch(event: TripEvent, memberIds: readonly string[]): { memberIds: string[] } {
  return { memberIds: [...event.memberIds, ...memberIds.filter((id) => !event.memberIds.includes(id))] };
}

/** A new flight for one member, from a row's cells, in the zones of its segment. */
export function newJourney(trip: Pick<Trip, 'id' | 'homeTimeZone' | 'legs'>, segment: Segment, memberId: string, cells: Cells) {
  const { timeZone, endTimeZone } = zonesFor(trip, segment);
  const { carrier, number } = parseFlight(cells.flight);
  const from = withCode(undefined, cells.from);
  const to = withCode(undefined, cells.to);
  const passengers = withPassenger([], memberId, cells);
  const travel: Travel = { mode: 'flight', carrier, ...(number ? { number } : {}), ...(from ? { from } : {}), ...(to ? { to } : {}), ...(passengers.length > 0 ? { passengers } : {}) };
  const route = [from?.code, to?.code].filter(Boolean).join(' → ');
  return {
    tripId: trip.id,
    kind: 'travel' as const,
    title: [flightText(travel), route].filter(Boolean).join(' '),
    ...instantsOf(cells, timeZone, endTimeZone),
    timeZone,
    ...(endTimeZone !== timeZone ? { endTimeZone } : {}),
    memberIds: [memberId],
    status: 'confirmed' as const,
    travel,
  };
}
