// What belongs to one member of the delegation, day by day: the events they attend, their journeys with their own
// seat, class and booking, the room they sleep in each night, and the rides they take with the car, plate and driver.
// Pure, so the member's itinerary PDF and the phone trip pack show the same thing and it is tested once.
import type { Member, Passenger, Ride, Room, Stay, Trip, TripEvent, Vehicle } from '../../model';
import { addCalendarDays, localParts, tripDays } from '../time';

export interface MemberViewInput {
  trip: Pick<Trip, 'startDate' | 'endDate' | 'legs' | 'homeTimeZone'>;
  /** Live records (no tombstones) of the trip, any order. */
  events: TripEvent[];
  members: Member[];
  stays: Stay[];
  vehicles: Vehicle[];
  rides: Ride[];
  memberId: string;
}

/** An event the member attends; on a journey, their own passenger line (seat, class, booking) when one is entered. */
export interface MemberEvent {
  kind: 'event';
  at: string;
  date: string;
  event: TripEvent;
  passenger?: Passenger;
}

export interface MemberRide {
  kind: 'ride';
  at: string;
  date: string;
  ride: Ride;
  vehicle?: Vehicle;
  /** Everyone in the car, in order of precedence (the member among them). */
  passengers: Member[];
  /** The event the ride goes to, when it names one. */
  event?: TripEvent;
}

export type MemberItem = MemberEvent | MemberRide;

/** A night the member sleeps in a room: the stay, the room, and who shares it (the member left out). */
export interface MemberNight {
  date: string;
  stay: Stay;
  room: Room;
  sharing: Member[];
}

export interface MemberDay {
  date: string;
  /** Events and rides in time order (a ride before the event it takes the member to). */
  items: MemberItem[];
  /** Where the member sleeps the night that begins on this date; absent when no stay holds them. */
  night?: MemberNight;
}

export interface MemberView {
  member: Member;
  days: MemberDay[];
  /** Every journey of the member (travel events) in time order, for a summary of flights. */
  journeys: MemberEvent[];
  nights: MemberNight[];
}

export function byPrecedence(a: Member, b: Member): number {
  return a.rank - b.rank || a.name.en.localeCompare(b.name.en);
}

/** The journey's passenger line of the member, when the planners entered one. */
export function passengerOf(event: TripEvent, memberId: string): Passenger | undefined {
  return event.travel?.passengers?.find((p) => p.memberId === memberId);
}

/** Whether the member is at an event: named among its members, or a passenger of the journey. */
export function attends(event: TripEvent, memberId: string): boolean {
  return event.memberIds.includes(memberId) || passengerOf(event, memberId) !== undefined;
}

/** `undefined` when the member is not in the directory records given (a tombstone, or another trip's id). */
export function memberView(input: MemberViewInput): MemberView | undefined {
  const { memberId } = input;
  const members = new Map(input.members.map((m) => [m.id, m]));
  const member = members.get(memberId);
  if (!member) return undefined;
  const people = (ids: string[]) => ids.map((id) => members.get(id)).filter((m): m is Member => m !== undefined).sort(byPrecedence);
  const eventsById = new Map(input.events.map((e) => [e.id, e]));
  const vehicles = new Map(input.vehicles.map((v) => [v.id, v]));

  const events: MemberEvent[] = input.events
    .filter((e) => e.status !== 'cancelled' && attends(e, memberId))
    .map((event) => ({ kind: 'event', at: event.start, date: localParts(event.start, event.timeZone).date, event, passenger: passengerOf(event, memberId) }));
  const rides: MemberRide[] = input.rides
    .filter((r) => r.memberIds.includes(memberId))
    .map((ride) => {
      const event = ride.eventId ? eventsById.get(ride.eventId) : undefined;
      return { kind: 'ride', at: ride.pickUpAt, date: localParts(ride.pickUpAt, ride.timeZone).date, ride, vehicle: vehicles.get(ride.vehicleId), passengers: people(ride.memberIds), event };
    });

  const nights: MemberNight[] = [];
  for (const stay of [...input.stays].sort((a, b) => a.checkIn.localeCompare(b.checkIn))) {
    for (const room of stay.rooms.filter((r) => r.memberIds.includes(memberId))) {
      const sharing = people(room.memberIds.filter((id) => id !== memberId));
      // A stay covers the nights checkIn … checkOut − 1 (the morning of checkOut is the leaving).
      for (let date = stay.checkIn; date < stay.checkOut && nights.length < 1000; date = addCalendarDays(date, 1)) {
        nights.push({ date, stay, room, sharing });
      }
    }
  }

  // A ride at the same minute as its event goes first: the car takes the member there.
  const rank = (i: MemberItem) => (i.kind === 'ride' ? 0 : 1);
  const items = [...events, ...rides].sort((a, b) => a.at.localeCompare(b.at) || rank(a) - rank(b));
  const dates = new Set([...tripDays(input.trip).map((d) => d.date), ...items.map((i) => i.date), ...nights.map((n) => n.date)]);
  const days = [...dates].sort().map((date) => ({
    date,
    items: items.filter((i) => i.date === date),
    night: nights.find((n) => n.date === date),
  }));
  return { member, days, journeys: events.filter((e) => e.event.kind === 'travel'), nights };
}
