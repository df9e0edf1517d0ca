// Logistics checks beside the itinerary's clashes (issue 14 item 4): members with no travel in or out, nights with no
// room, rooms booked before the member lands, cars over their seats or in two places at once, pick-ups before a
// flight has landed plus a margin, and a member in two rooms the same night. Pure: the caller passes the records.
import type { Member, Ride, Stay, Trip, TripEvent, Vehicle } from '../../model';
import { addCalendarDays, formatInZone, localParts } from '../time';

export type LogisticsWarningKind =
  | 'no-arrival'
  | 'no-departure'
  | 'night-without-stay'
  | 'stay-before-arrival'
  | 'car-over-seats'
  | 'car-double-booked'
  | 'pick-up-before-landing'
  | 'member-in-two-rooms';

/** Facts behind a warning, for a UI that words it in the reader's language. Only the fields of its kind are set. */
export interface LogisticsWarningDetails {
  /** The nights (YYYY-MM-DD, the evening's date) no stay covers. */
  nights?: string[];
  /** The local date the member lands (stay-before-arrival). */
  arrivalDate?: string;
  seats?: number;
  passengers?: number;
  /** How long after landing the pick-up is (negative: before landing), and the margin asked for. */
  minutesAfterLanding?: number;
  marginMinutes?: number;
}

export interface LogisticsWarning {
  kind: LogisticsWarningKind;
  /** English, for people: names the members, cars, rides and dates. */
  message: string;
  memberIds: string[];
  vehicleId?: string;
  rideIds: string[];
  stayIds: string[];
  eventIds: string[];
  /** The local date the warning is about (a ride's day, the first night missing, the check-in). */
  date?: string;
  details: LogisticsWarningDetails;
}

export interface LogisticsSettings {
  /** An arrival counts when it lands no later than this many days after the trip's first day; a departure when it
   *  leaves no earlier than this many days before the last (an overnight flight lands the day after it leaves). */
  travelWindowDays: number;
  /** A pick-up after a journey must be at least this many minutes after it lands (taxiing, passports, bags). */
  pickUpMarginMinutes: number;
  /** How long a car is taken by a ride that goes to no event (whose end is therefore not known). */
  rideMinutes: number;
}
export const defaultLogisticsSettings: LogisticsSettings = { travelWindowDays: 1, pickUpMarginMinutes: 45, rideMinutes: 45 };

type WarnEvent = Pick<TripEvent, 'id' | 'title' | 'kind' | 'start' | 'end' | 'timeZone' | 'endTimeZone' | 'memberIds' | 'status' | 'travel'> & {
  deleted?: boolean;
};
type Live = { deleted?: boolean };

export interface LogisticsInput {
  trip: Pick<Trip, 'startDate' | 'endDate'> & Partial<Pick<Trip, 'memberIds' | 'homeTimeZone' | 'legs'>>;
  events: WarnEvent[];
  /** The trip's delegation; members the trip does not name (trip.memberIds) are left out when it names any. */
  members: (Pick<Member, 'id' | 'name'> & Partial<Pick<Member, 'rank'>>)[];
  stays: (Pick<Stay, 'id' | 'hotel' | 'checkIn' | 'checkOut' | 'rooms'> & Live)[];
  vehicles: (Pick<Vehicle, 'id' | 'label' | 'seats'> & Live)[];
  rides: (Pick<Ride, 'id' | 'vehicleId' | 'pickUpAt' | 'timeZone' | 'eventId' | 'memberIds'> & Live)[];
  settings?: Partial<LogisticsSettings>;
}

const MINUTE = 60_000;
const ms = (instant: string): number => Date.parse(instant);
const endZone = (e: WarnEvent): string => e.endTimeZone ?? e.timeZone;
const startDate = (e: WarnEvent): string => localParts(e.start, e.timeZone).date;
const landingDate = (e: WarnEvent): string => localParts(e.end, endZone(e)).date;
const when = (instant: string, zone: string): string => formatInZone(instant, zone, 'EEE d MMM HH:mm');
const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
const rideDate = (r: LogisticsInput['rides'][number]): string => localParts(r.pickUpAt, r.timeZone).date;

/** Who is on a journey: the event's members and its passengers (a passenger is meant to be one, but may not be). */
export function travellersOf(e: Pick<WarnEvent, 'memberIds' | 'travel'>): string[] {
  return [...new Set([...e.memberIds, ...(e.travel?.passengers ?? []).map((p) => p.memberId)])];
}

export function findLogisticsWarnings(input: LogisticsInput): LogisticsWarning[] {
  const settings = { ...defaultLogisticsSettings, ...input.settings };
  const named = input.trip.memberIds ?? [];
  const members = input.members.filter((m) => named.length === 0 || named.includes(m.id));
  const nameOf = (id: string): string => input.members.find((m) => m.id === id)?.name.en || id;
  const who = (ids: string[]): string => ids.map(nameOf).join(', ');
  // Cancelled and deleted journeys carry nobody.
  const journeys = input.events
    .filter((e) => !e.deleted && e.status !== 'cancelled' && e.kind === 'travel')
    .sort((a, b) => ms(a.start) - ms(b.start));
  const stays = input.stays.filter((s) => !s.deleted);
  const vehicles = input.vehicles.filter((v) => !v.deleted);
  const rides = input.rides.filter((r) => !r.deleted && vehicles.some((v) => v.id === r.vehicleId)).sort((a, b) => ms(a.pickUpAt) - ms(b.pickUpAt));
  const ctx: Ctx = { input, settings, members, journeys, stays, vehicles, rides, nameOf, who };
  return [...travelInOut(ctx), ...nights(ctx), ...cars(ctx), ...pickUps(ctx), ...twoRooms(ctx)];
}

interface Ctx {
  input: LogisticsInput;
  settings: LogisticsSettings;
  members: LogisticsInput['members'];
  journeys: WarnEvent[];
  stays: LogisticsInput['stays'];
  vehicles: LogisticsInput['vehicles'];
  rides: LogisticsInput['rides'];
  nameOf: (id: string) => string;
  who: (ids: string[]) => string;
}

const base = { rideIds: [], stayIds: [], eventIds: [], details: {} } satisfies Partial<LogisticsWarning>;

/** The member's journey in (the first landing by the window's end) and out (the last leaving from its start). */
function arrivalOf(ctx: Ctx, memberId: string): WarnEvent | undefined {
  const lastDay = addCalendarDays(ctx.input.trip.startDate, ctx.settings.travelWindowDays);
  return ctx.journeys.find((e) => travellersOf(e).includes(memberId) && landingDate(e) <= lastDay);
}
function departureOf(ctx: Ctx, memberId: string): WarnEvent | undefined {
  const firstDay = addCalendarDays(ctx.input.trip.endDate, -ctx.settings.travelWindowDays);
  return [...ctx.journeys].reverse().find((e) => travellersOf(e).includes(memberId) && startDate(e) >= firstDay && e !== arrivalOf(ctx, memberId));
}

/** A trip whose every leg is in the home zone (a signing in Hong Kong for a Hong Kong team): nobody travels in or out. */
function atHome(trip: LogisticsInput['trip']): boolean {
  return !!trip.homeTimeZone && !!trip.legs && trip.legs.length > 0 && trip.legs.every((leg) => leg.timeZone === trip.homeTimeZone);
}

function travelInOut(ctx: Ctx): LogisticsWarning[] {
  if (atHome(ctx.input.trip)) return [];
  const noIn = ctx.members.filter((m) => !arrivalOf(ctx, m.id)).map((m) => m.id);
  const noOut = ctx.members.filter((m) => !departureOf(ctx, m.id)).map((m) => m.id);
  const out: LogisticsWarning[] = [];
  if (noIn.length > 0) {
    out.push({ ...base, kind: 'no-arrival', memberIds: noIn, date: ctx.input.trip.startDate, message: `No journey brings ${ctx.who(noIn)} to the trip: add their flight or train in.` });
  }
  if (noOut.length > 0) {
    out.push({ ...base, kind: 'no-departure', memberIds: noOut, date: ctx.input.trip.endDate, message: `No journey takes ${ctx.who(noOut)} home: add their flight or train out.` });
  }
  return out;
}

/** Rooms of a member: which stay, and the nights it covers (checkIn … checkOut − 1). */
function roomsOf(ctx: Ctx, memberId: string): { stay: LogisticsInput['stays'][number]; room: number }[] {
  return ctx.stays.flatMap((stay) => stay.rooms.flatMap((room, i) => (room.memberIds.includes(memberId) ? [{ stay, room: i }] : [])));
}

/**
 * Nights a member needs a bed: from the day they land (the trip's first day without an arrival) to the night before
 * they leave (the trip's last day without a departure). A night spent on a journey (an overnight flight) needs none.
 * Members missing the same nights are named in one warning; a stay that starts before the member lands is another.
 */
function nights(ctx: Ctx): LogisticsWarning[] {
  const missing = new Map<string, string[]>();
  const out: LogisticsWarning[] = [];
  for (const m of ctx.members) {
    const arrival = arrivalOf(ctx, m.id);
    const departure = departureOf(ctx, m.id);
    const first = arrival ? landingDate(arrival) : ctx.input.trip.startDate;
    const leaves = departure ? startDate(departure) : ctx.input.trip.endDate;
    const rooms = roomsOf(ctx, m.id);
    const uncovered: string[] = [];
    for (let night = first; night < leaves && uncovered.length < 1000; night = addCalendarDays(night, 1)) {
      const inRoom = rooms.some(({ stay }) => stay.checkIn <= night && night < stay.checkOut);
      const onBoard = ctx.journeys.some((e) => travellersOf(e).includes(m.id) && startDate(e) <= night && landingDate(e) > night);
      if (!inRoom && !onBoard) uncovered.push(night);
    }
    if (uncovered.length > 0) missing.set(uncovered.join(','), [...(missing.get(uncovered.join(',')) ?? []), m.id]);
    if (arrival) {
      const arrivalDate = landingDate(arrival);
      for (const { stay } of rooms) {
        if (stay.checkIn >= arrivalDate) continue;
        out.push({
          ...base,
          kind: 'stay-before-arrival',
          memberIds: [m.id],
          stayIds: [stay.id],
          eventIds: [arrival.id],
          date: stay.checkIn,
          details: { arrivalDate },
          message: `${m.name.en} has a room at ${stay.hotel.en || stay.hotel.zh || 'a hotel'} from ${stay.checkIn}, but lands on ${arrivalDate} ("${arrival.title}"): move the check-in or the journey.`,
        });
      }
    }
  }
  for (const [key, memberIds] of missing) {
    const list = key.split(',');
    out.unshift({
      ...base,
      kind: 'night-without-stay',
      memberIds,
      date: list[0],
      details: { nights: list },
      message: `No room for ${ctx.who(memberIds)} on the ${list.length === 1 ? 'night' : 'nights'} of ${list.join(', ')}: add them to a stay.`,
    });
  }
  return out;
}

/** A car over its seats, and a car on two rides at once: a ride takes the car from its pick-up until its event
 *  starts (or `rideMinutes` when it goes to no event, or the event has already started). */
function cars(ctx: Ctx): LogisticsWarning[] {
  const out: LogisticsWarning[] = [];
  const eventOf = (id?: string) => (id ? ctx.input.events.find((e) => e.id === id && !e.deleted) : undefined);
  const until = (r: LogisticsInput['rides'][number]): number => {
    const event = eventOf(r.eventId);
    const start = event ? ms(event.start) : 0;
    return start > ms(r.pickUpAt) ? start : ms(r.pickUpAt) + ctx.settings.rideMinutes * MINUTE;
  };
  for (const vehicle of ctx.vehicles) {
    const own = ctx.rides.filter((r) => r.vehicleId === vehicle.id);
    for (const r of own) {
      const passengers = new Set(r.memberIds).size;
      if (passengers <= vehicle.seats) continue;
      out.push({
        ...base,
        kind: 'car-over-seats',
        memberIds: [...r.memberIds],
        vehicleId: vehicle.id,
        rideIds: [r.id],
        date: rideDate(r),
        details: { seats: vehicle.seats, passengers },
        message: `${vehicle.label} has ${plural(vehicle.seats, 'seat')} but ${plural(passengers, 'passenger')} at ${when(r.pickUpAt, r.timeZone)}: move someone to another car.`,
      });
    }
    own.forEach((a, i) => {
      // Sorted by pick-up: once one starts after a is done, no later one can overlap it.
      for (const b of own.slice(i + 1)) {
        if (ms(b.pickUpAt) >= until(a)) break;
        out.push({
          ...base,
          kind: 'car-double-booked',
          memberIds: [...new Set([...a.memberIds, ...b.memberIds])],
          vehicleId: vehicle.id,
          rideIds: [a.id, b.id],
          date: rideDate(a),
          message: `${vehicle.label} is on two rides at once: pick-ups at ${when(a.pickUpAt, a.timeZone)} and ${when(b.pickUpAt, b.timeZone)}.`,
        });
      }
    });
  }
  return out;
}

/** A ride after a journey has left that picks a passenger up before the journey lands plus the margin. The ride to
 *  the airport (before the journey leaves) is not concerned. */
function pickUps(ctx: Ctx): LogisticsWarning[] {
  const out: LogisticsWarning[] = [];
  const margin = ctx.settings.pickUpMarginMinutes;
  for (const r of ctx.rides) {
    for (const e of ctx.journeys) {
      const who = travellersOf(e).filter((id) => r.memberIds.includes(id));
      if (who.length === 0 || ms(r.pickUpAt) <= ms(e.start) || ms(r.pickUpAt) >= ms(e.end) + margin * MINUTE) continue;
      const after = Math.round((ms(r.pickUpAt) - ms(e.end)) / MINUTE);
      out.push({
        ...base,
        kind: 'pick-up-before-landing',
        memberIds: who,
        vehicleId: r.vehicleId,
        rideIds: [r.id],
        eventIds: [e.id],
        date: rideDate(r),
        details: { minutesAfterLanding: after, marginMinutes: margin },
        message:
          `The pick-up of ${ctx.who(who)} at ${when(r.pickUpAt, r.timeZone)} is ${after < 0 ? `${plural(-after, 'minute')} before` : `only ${plural(after, 'minute')} after`} ` +
          `"${e.title}" lands (${when(e.end, endZone(e))}); allow at least ${plural(margin, 'minute')}.`,
      });
    }
  }
  return out;
}

/** A member in two rooms for the same night: two rooms of one stay, or rooms in stays whose nights overlap. */
function twoRooms(ctx: Ctx): LogisticsWarning[] {
  const out: LogisticsWarning[] = [];
  for (const m of ctx.members) {
    const rooms = roomsOf(ctx, m.id);
    rooms.forEach((a, i) => {
      for (const b of rooms.slice(i + 1)) {
        const first = a.stay.checkIn > b.stay.checkIn ? a.stay.checkIn : b.stay.checkIn;
        const last = a.stay.checkOut < b.stay.checkOut ? a.stay.checkOut : b.stay.checkOut;
        if (first >= last) continue;
        const where = a.stay.id === b.stay.id ? `two rooms at ${a.stay.hotel.en || a.stay.hotel.zh}` : `${a.stay.hotel.en || a.stay.hotel.zh} and ${b.stay.hotel.en || b.stay.hotel.zh}`;
        out.push({
          ...base,
          kind: 'member-in-two-rooms',
          memberIds: [m.id],
          stayIds: [...new Set([a.stay.id, b.stay.id])],
          date: first,
          message: `${m.name.en} has ${where} on the night of ${first}: keep one.`,
        });
      }
    });
  }
  return out;
}
