// The records the people's documents read for one trip: the events (cancelled ones stay out later), the delegation
// and everyone the events, rides and rooms name, the contacts to call, and the stays, vehicles and rides. Tombstones out.
import type { Contact, Member, Ride, Stay, Trip, TripEvent, Vehicle } from '../../../../shared/model';
import { notFound } from '../../errors';
import { live, liveNamed } from '../../store/live';
import type { DocumentSources } from '../sources';

export interface PeopleSource {
  trip: Trip;
  events: TripEvent[];
  members: Member[];
  contacts: Contact[];
  stays: Stay[];
  vehicles: Vehicle[];
  rides: Ride[];
}

export async function loadPeopleSource({ store }: Pick<DocumentSources, 'store'>, tripId: string): Promise<PeopleSource> {
  const trip = await store.get('trips', tripId);
  if (!trip || trip.deleted) throw notFound('trip', tripId);
  const [events, stays, vehicles, rides] = await Promise.all([
    store.ofTrip('events', tripId).then(live),
    store.ofTrip('stays', tripId).then(live),
    store.ofTrip('vehicles', tripId).then(live),
    store.ofTrip('rides', tripId).then(live),
  ]);
  // A ride in a deleted car is not shown: the car is what the member looks for at the kerb.
  const cars = new Set(vehicles.map((v) => v.id));
  const shownRides = rides.filter((r) => cars.has(r.vehicleId));
  const memberIds = [
    ...trip.memberIds,
    ...events.flatMap((e) => [...e.memberIds, ...(e.travel?.passengers ?? []).map((p) => p.memberId)]),
    ...shownRides.flatMap((r) => r.memberIds),
    ...stays.flatMap((s) => s.rooms.flatMap((r) => r.memberIds)),
  ];
  const [members, contacts] = await Promise.all([
    liveNamed(store, 'members', memberIds),
    liveNamed(store, 'contacts', [...events.flatMap((e) => e.contactIds), ...shownRides.flatMap((r) => r.contactId ?? [])]),
  ]);
  return { trip, events, members, contacts, stays, vehicles, rides: shownRides };
}
