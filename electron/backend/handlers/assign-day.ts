// rides.assignDay: seats a day's delegation in the trip's cars by order of precedence (shared/domain/logistics/
// seating.ts), one ride per car for each of the day's events, as one undoable step that replaces the day's earlier
// rides. A car collects its passengers the settings' transfer minutes before the event starts, from where they were:
// the stay's hotel for the day's first ride, else the previous event's venue.
import { nanoid } from 'nanoid';
import type { InputOf, OutputOf } from '../../../shared/contract';
import { byPrecedence, seatByPrecedence } from '../../../shared/domain/logistics/seating';
import { travellersOf } from '../../../shared/domain/logistics/warnings';
import { addCalendarDays, localParts } from '../../../shared/domain/time';
import type { Ride, RidePlace, Stay, TripEvent, Vehicle } from '../../../shared/model';
import { BackendError } from '../errors';
import { live, liveNamed } from '../store/live';
import type { Mutation } from '../store/types';
import type { HandlerContext } from './context';
import { currentSettings } from './settings';

type Input = InputOf<'rides.assignDay'>;
const MINUTE = 60_000;
const emptyPlace = (): RidePlace => ({ name: { en: '', zh: '' }, address: { en: '', zh: '' } });

/** The events a car takes the delegation to: not journeys (they are the travel), hotel nights or cancelled ones. */
function dayEvents(events: TripEvent[], date: string, eventIds?: string[]): TripEvent[] {
  return events
    .filter((e) => (eventIds ? eventIds.includes(e.id) : e.kind !== 'travel' && e.kind !== 'hotel' && e.status !== 'cancelled'))
    .filter((e) => localParts(e.start, e.timeZone).date === date)
    .sort((a, b) => a.start.localeCompare(b.start));
}

/** Whether two events happen in one place: the same venue and address, in whichever language they were typed. */
function sameVenue(a: TripEvent, b: TripEvent): boolean {
  const key = (e: TripEvent) => [e.venue.en, e.venue.zh, e.address.en, e.address.zh].map((x) => x.trim().toLowerCase()).join('|');
  return key(a) !== '|||' && key(a) === key(b);
}

/** Where a member sleeps the night before `date` (else the night of `date`, on the day they arrive). */
function hotelOf(stays: Stay[], memberId: string, date: string): Stay | undefined {
  const holds = (s: Stay, night: string) => s.checkIn <= night && night < s.checkOut && s.rooms.some((r) => r.memberIds.includes(memberId));
  const before = addCalendarDays(date, -1);
  return stays.find((s) => holds(s, before)) ?? stays.find((s) => holds(s, date));
}

export async function assignDay(ctx: HandlerContext, input: Input): Promise<OutputOf<'rides.assignDay'>> {
  const { store } = ctx;
  const { tripId, date } = input;
  const trip = await store.get('trips', tripId);
  if (!trip || trip.deleted) throw new BackendError('not-found', `The trip ${tripId} no longer exists, so no cars were assigned.`, { tripId });
  const [events, stays, vehicles, rides] = await Promise.all([
    store.ofTrip('events', tripId).then(live),
    store.ofTrip('stays', tripId).then(live),
    store.ofTrip('vehicles', tripId).then(live),
    store.ofTrip('rides', tripId).then(live),
  ]);
  const delegation = (await liveNamed(store, 'members', trip.memberIds)).filter((m) => !input.memberIds || input.memberIds.includes(m.id));
  // Cars in the order asked for, else as the trip page lists them ("Car 1" first): the first carries the principal.
  const cars: Vehicle[] = input.vehicleIds
    ? input.vehicleIds.map((id) => vehicles.find((v) => v.id === id)).filter((v): v is Vehicle => !!v)
    : [...vehicles].sort((a, b) => a.label.localeCompare(b.label, undefined, { numeric: true }));
  const missingCar = input.vehicleIds?.find((id) => !vehicles.some((v) => v.id === id));
  if (missingCar) throw new BackendError('not-found', `The car ${missingCar} no longer exists: no rides were changed. Choose the cars again.`, { vehicleId: missingCar });
  if (cars.length === 0) throw new BackendError('invalid-input', 'The trip has no car yet: add a vehicle, then assign the day. No rides were changed.', { tripId });

  const { transferMinutes } = currentSettings(store);
  const todays = dayEvents(events, date, input.eventIds);
  // An event naming no members is taken as the whole delegation's, as the clash rules do.
  const attendees = (e: TripEvent) => delegation.filter((m) => e.memberIds.length === 0 || travellersOf(e).includes(m.id));
  const created: Ride[] = [];
  const unseated = new Set<string>();
  for (const [i, event] of todays.entries()) {
    const seating = seatByPrecedence(attendees(event), cars);
    seating.unseated.forEach((id) => unseated.add(id));
    for (const car of cars) {
      const memberIds = seating.byVehicle[car.id] ?? [];
      if (memberIds.length === 0) continue;
      // Where the car's first passenger was: the previous event of the day they attended, else their hotel.
      const lead = memberIds[0]!;
      const previous = todays.slice(0, i).reverse().find((e) => e.memberIds.length === 0 || travellersOf(e).includes(lead));
      // Already there (two events in one venue, a site visit after a meeting on the same campus): no ride is needed.
      if (previous && sameVenue(previous, event)) continue;
      const hotel = hotelOf(stays, lead, date);
      const from: RidePlace = previous
        ? { name: { ...previous.venue }, address: { ...previous.address } }
        : hotel
          ? { name: { ...hotel.hotel }, address: { ...hotel.address } }
          : emptyPlace();
      created.push({
        id: nanoid(12),
        tripId,
        vehicleId: car.id,
        pickUpAt: new Date(Date.parse(event.start) - transferMinutes * MINUTE).toISOString(),
        timeZone: event.timeZone,
        from,
        eventId: event.id,
        to: { name: { ...event.venue }, address: { ...event.address } },
        memberIds,
        notes: '',
      } as Ride);
    }
  }
  // The day's earlier rides in the cars being assigned give way; rides of other cars that day stay as they are.
  const replaced = rides.filter((r) => localParts(r.pickUpAt, r.timeZone).date === date && cars.some((c) => c.id === r.vehicleId));
  const mutations: Mutation[] = [
    ...replaced.map((r) => ({ collection: 'rides', id: r.id, tripId, fields: { deleted: true } }) as Mutation),
    ...created.map(({ id, ...fields }) => ({ collection: 'rides', id, tripId, fields: { ...fields, id } }) as Mutation),
  ];
  if (mutations.length > 0) await ctx.history.apply({ action: 'ride.assignDay', subject: date, tripId }, mutations);
  const saved = live(await store.ofTrip('rides', tripId)).filter((r) => created.some((c) => c.id === r.id));
  return { rides: saved.sort((a, b) => a.pickUpAt.localeCompare(b.pickUpAt)), unseated: byPrecedence(delegation.filter((m) => unseated.has(m.id))).map((m) => m.id) };
}
