// The pure side of the Logistics tab: which rides fall on a day and passengers in order of precedence (what moving a
// member to another car changes is planned in shared/domain/logistics/moves.ts, by rides.moveMember). Kept apart from
// React so it is tested on its own.
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

/** Members seated in a ride beyond its car's seats (shown at once; the warnings list names it too). */
export function overSeats(ride: Pick<Ride, 'memberIds'>, seats: number | undefined): number {
  return seats === undefined ? 0 : Math.max(0, ride.memberIds.length - seats);
}
