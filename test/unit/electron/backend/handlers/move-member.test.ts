// rides.moveMember: a member moved by hand to another car changes both rides in one undo step, so one undo puts them
// back in the first car and out of the second (two calls left them in both); a car already full still takes them,
// and the warnings say it is over its seats; a ride or car that is gone, or a member no longer in the ride, is refused
// and nothing changes.
import { afterEach, describe, expect, it } from 'vitest';
import { findLogisticsWarnings } from '../../../../../shared/domain/logistics/warnings';
import type { Ride } from '../../../../../shared/model';
import { hangzhouTrip, openTestBackend, type TestBackend } from '../backend-fixture';

let t: TestBackend | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

async function world() {
  t = await openTestBackend();
  const trip = await t.call('trips.create', hangzhouTrip);
  const chan = await t.call('members.create', { name: { en: 'Chan Tai Man' }, rank: 1 });
  const wong = await t.call('members.create', { name: { en: 'Wong Ka Yan' }, rank: 2 });
  const lee = await t.call('members.create', { name: { en: 'Lee Siu Ming' }, rank: 3 });
  await t.call('trips.update', { id: trip.id, patch: { memberIds: [chan.id, wong.id, lee.id] } });
  const event = await t.call('events.create', { tripId: trip.id, title: 'Site visit', start: '2025-05-14T02:00:00.000Z', end: '2025-05-14T03:00:00.000Z', timeZone: 'Asia/Shanghai' });
  const car1 = await t.call('vehicles.create', { tripId: trip.id, label: 'Car 1', seats: 4 });
  const car2 = await t.call('vehicles.create', { tripId: trip.id, label: 'Car 2', seats: 1 });
  const ride = (vehicleId: string, memberIds: string[]) =>
    t!.call('rides.create', { tripId: trip.id, vehicleId, pickUpAt: '2025-05-14T01:30:00.000Z', timeZone: 'Asia/Shanghai', eventId: event.id, from: { name: { en: 'Hotel', zh: '酒店' } }, memberIds, notes: 'Side gate' });
  return { t, trip, chan, wong, lee, event, car1, car2, ride };
}

/** The trip's live rides by id, without the stamp every write moves on (the rest must come back exactly). */
async function ridesOf(t: TestBackend, tripId: string): Promise<Record<string, Omit<Ride, 'updatedAt'>>> {
  const rides = await t.call('rides.list', { tripId });
  return Object.fromEntries(rides.map(({ updatedAt: _stamp, ...r }) => [r.id, r]));
}

describe('rides.moveMember', () => {
  it('moves a member into the other car’s ride for the journey; one undo restores both rides, redo moves again', async () => {
    const { t, trip, chan, wong, car1, car2, ride } = await world();
    const r1 = await ride(car1.id, [chan.id, wong.id]);
    const r2 = await ride(car2.id, []);
    const before = await ridesOf(t, trip.id);

    const moved = await t.call('rides.moveMember', { tripId: trip.id, memberId: wong.id, fromRideId: r1.id, toVehicleId: car2.id });
    expect(moved.from).toMatchObject({ id: r1.id, vehicleId: car1.id, memberIds: [chan.id] });
    expect(moved.to).toMatchObject({ id: r2.id, vehicleId: car2.id, memberIds: [wong.id] });
    const after = await ridesOf(t, trip.id);
    expect(Object.keys(after).sort()).toEqual([r1.id, r2.id].sort());

    const { step } = await t.call('history.undo', { tripId: trip.id });
    expect(step).toMatchObject({ action: 'ride.move', subject: 'Wong Ka Yan → Car 2' });
    expect(await ridesOf(t, trip.id)).toEqual(before);

    expect((await t.call('history.redo', { tripId: trip.id })).step?.action).toBe('ride.move');
    expect(await ridesOf(t, trip.id)).toEqual(after);
    // The step before the move (creating the second ride) is untouched: the move was one step, not two.
    expect((await t.call('history.undo', { tripId: trip.id })).step?.action).toBe('ride.move');
    expect((await t.call('history.undo', { tripId: trip.id })).step?.action).toBe('ride.create');
    expect(Object.keys(await ridesOf(t, trip.id))).toEqual([r1.id]);
    expect((await ridesOf(t, trip.id))[r1.id]?.memberIds).toEqual([chan.id, wong.id]);
  });

  it('makes a ride copying the journey when the other car has none, and one undo takes it away again', async () => {
    const { t, trip, chan, wong, event, car1, car2, ride } = await world();
    const r1 = await ride(car1.id, [chan.id, wong.id]);
    const before = await ridesOf(t, trip.id);

    const moved = await t.call('rides.moveMember', { tripId: trip.id, memberId: chan.id, fromRideId: r1.id, toVehicleId: car2.id });
    expect(moved.from.memberIds).toEqual([wong.id]);
    expect(moved.to).toMatchObject({ vehicleId: car2.id, memberIds: [chan.id], eventId: event.id, pickUpAt: r1.pickUpAt, from: { name: { en: 'Hotel', zh: '酒店' } } });
    expect(moved.to.id).not.toBe(r1.id);

    await t.call('history.undo', { tripId: trip.id });
    expect(await ridesOf(t, trip.id)).toEqual(before);
    await t.call('history.redo', { tripId: trip.id });
    const again = await ridesOf(t, trip.id);
    expect(again[moved.to.id]?.memberIds).toEqual([chan.id]);
    expect(again[r1.id]?.memberIds).toEqual([wong.id]);
  });

  it('moves a member into a car already full, and the warnings say it is over its seats', async () => {
    const { t, trip, chan, wong, lee, car1, car2, ride } = await world();
    const r1 = await ride(car1.id, [chan.id, wong.id]);
    const r2 = await ride(car2.id, [lee.id]);
    const overSeats = async () => findLogisticsWarnings(await t.call('trips.get', { id: trip.id })).filter((w) => w.kind === 'car-over-seats');
    expect(await overSeats()).toEqual([]);

    await t.call('rides.moveMember', { tripId: trip.id, memberId: wong.id, fromRideId: r1.id, toVehicleId: car2.id });
    const warnings = await overSeats();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ vehicleId: car2.id, rideIds: [r2.id], details: { seats: 1, passengers: 2 } });
    expect(warnings[0]?.memberIds.sort()).toEqual([lee.id, wong.id].sort());

    await t.call('history.undo', { tripId: trip.id });
    expect(await overSeats()).toEqual([]);
  });

  it('refuses a ride or car that is gone, a member no longer in the ride, or the same car, changing nothing', async () => {
    const { t, trip, chan, wong, lee, car1, car2, ride } = await world();
    const r1 = await ride(car1.id, [chan.id, wong.id]);
    const gone = await ride(car1.id, [lee.id]);
    await t.call('rides.delete', { id: gone.id, tripId: trip.id });
    const car3 = await t.call('vehicles.create', { tripId: trip.id, label: 'Car 3' });
    await t.call('vehicles.delete', { id: car3.id, tripId: trip.id });
    const before = await ridesOf(t, trip.id);
    const move = (input: { memberId: string; fromRideId: string; toVehicleId: string }) => t.fail('rides.moveMember', { tripId: trip.id, ...input });

    const rideGone = await move({ memberId: lee.id, fromRideId: gone.id, toVehicleId: car2.id });
    expect(rideGone.code).toBe('not-found');
    expect(rideGone.message).toMatch(/ride .* no longer exists.*Nothing was moved/);
    const carGone = await move({ memberId: wong.id, fromRideId: r1.id, toVehicleId: car3.id });
    expect(carGone.code).toBe('not-found');
    expect(carGone.message).toMatch(/car .* no longer exists.*Nothing was moved/);
    const notThere = await move({ memberId: lee.id, fromRideId: r1.id, toVehicleId: car2.id });
    expect(notThere.code).toBe('conflict');
    expect(notThere.message).toContain('Lee Siu Ming is not in that ride any more');
    const sameCar = await move({ memberId: wong.id, fromRideId: r1.id, toVehicleId: car1.id });
    expect(sameCar.code).toBe('invalid-input');
    expect(sameCar.message).toContain('Wong Ka Yan already rides in Car 1');

    expect(await ridesOf(t, trip.id)).toEqual(before);
    // Nothing refused became an undo step: the newest is still deleting the third car.
    expect((await t.call('history.undo', { tripId: trip.id })).step?.action).toBe('vehicle.delete');
  });
});
