// The pure side of the Logistics tab: which rides fall on a day, passengers in order of precedence, and what moving a
// member to another car by hand changes. Kept apart from React so it is tested on its own.
import type { InputOf } from '../../../../shared/contract';
import type { Member, Ride } from '../../../../shared/model';
import { dateInZone } from '../../i18n/format';

/** A ride's date: the calendar date of its pick-up where it happens (the agreement every logistics document keeps). */
export function rideDate(ride: Pick<Ride, 'pickUpAt' | 'timeZone'>): string {
  return dateInZone(ride.pickUpAt, ride.timeZone);
}

/** The live rides picking up on `date`, earliest first, then by car so a day's cars keep their order. */
export function ridesOnDay(rides: readonly Ride[], date: string, vehicleOrder: readonly string[] = []): Ride[] {
  const carIndex = (r: Ride) => {
    const i = vehicleOrder.indexOf(r.vehicleId);
    return i < 0 ? vehicleOrder.length : i;
  };
  return rides.filter((r) => !r.deleted && rideDate(r) === date).sort((a, b) => a.pickUpAt.localeCompare(b.pickUpAt) || carIndex(a) - carIndex(b));
}

/** Precedence everywhere: rank ascending, then English name; ids of members that are gone go last, as they came. */
export function inPrecedence(memberIds: readonly string[], members: readonly Member[]): string[] {
  const byId = new Map(members.map((m) => [m.id, m]));
  const known = memberIds.filter((id) => byId.has(id));
  const unknown = memberIds.filter((id) => !byId.has(id));
  known.sort((a, b) => {
    const x = byId.get(a)!;
    const y = byId.get(b)!;
    return x.rank - y.rank || x.name.en.localeCompare(y.name.en);
  });
  return [...known, ...unknown];
}

/** The same journey in another car: the same pick-up time and the same destination (event, or place by name). */
function sameJourney(a: Ride, b: Ride): boolean {
  if (a.pickUpAt !== b.pickUpAt) return false;
  if (a.eventId || b.eventId) return a.eventId === b.eventId;
  return a.to.name.en === b.to.name.en && a.to.name.zh === b.to.name.zh;
}

/** What a hand move does: the passenger lists to change, and a ride to create when the car has none for that journey. */
export interface MovePlan {
  updates: { id: string; memberIds: string[] }[];
  create?: InputOf<'rides.create'>;
}

/**
 * Moves `memberId` out of ride `fromRideId` into `toVehicleId` for the same journey: into that car's ride for it when
 * there is one, else into a new ride copying the journey (time, places, event, contact). The ride left behind keeps
 * its car and journey even when empty, so nothing the team entered by hand is lost; delete it to free the car.
 * Answers undefined when there is nothing to do (the member is not in that ride, or it already is that car).
 */
export function planMove(rides: readonly Ride[], fromRideId: string, memberId: string, toVehicleId: string): MovePlan | undefined {
  const from = rides.find((r) => r.id === fromRideId && !r.deleted);
  if (!from || !from.memberIds.includes(memberId) || from.vehicleId === toVehicleId) return undefined;
  const updates: MovePlan['updates'] = [{ id: from.id, memberIds: from.memberIds.filter((id) => id !== memberId) }];
  const target = rides.find((r) => !r.deleted && r.vehicleId === toVehicleId && sameJourney(r, from));
  if (target) {
    if (!target.memberIds.includes(memberId)) updates.push({ id: target.id, memberIds: [...target.memberIds, memberId] });
    return { updates };
  }
  const create: InputOf<'rides.create'> = {
    tripId: from.tripId,
    vehicleId: toVehicleId,
    pickUpAt: from.pickUpAt,
    timeZone: from.timeZone,
    from: from.from,
    to: from.to,
    memberIds: [memberId],
    notes: '',
    ...(from.eventId ? { eventId: from.eventId } : {}),
    ...(from.contactId ? { contactId: from.contactId } : {}),
  };
  return { updates, create };
}

/** Members seated in a ride beyond its car's seats (shown at once; the warnings list names it too). */
export function overSeats(ride: Pick<Ride, 'memberIds'>, seats: number | undefined): number {
  return seats === undefined ? 0 : Math.max(0, ride.memberIds.length - seats);
}
