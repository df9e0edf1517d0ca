// Moving a member to another car by hand: what changes, worked out once here so that the backend (rides.moveMember,
// which applies it as one undoable step) and the tests agree on it. Pure.
import type { Ride } from '../../model';

/** A new ride, as the store is given it (the store adds id and dates). */
export type NewRide = Omit<Ride, 'id' | 'createdAt' | 'updatedAt' | 'deleted'>;

/** The same journey in another car: the same pick-up time and the same destination (event, or place by name). */
export function sameJourney(a: Ride, b: Ride): boolean {
  if (a.pickUpAt !== b.pickUpAt) return false;
  if (a.eventId || b.eventId) return a.eventId === b.eventId;
  return a.to.name.en === b.to.name.en && a.to.name.zh === b.to.name.zh;
}

/** What a hand move does: the passenger lists to change, and a ride to create when the car has none for that journey. */
export interface MovePlan {
  updates: { id: string; memberIds: string[] }[];
  create?: NewRide;
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
  const create: NewRide = {
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
