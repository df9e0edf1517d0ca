// stays.*, vehicles.*, rides.* through the real backend: each change one undoable step, a link to a member, event or car
// that is gone refused (naming the field, nothing saved), and a car's rides deleted with it and restored by its undo.
import { afterEach, describe, expect, it } from 'vitest';
import { hangzhouTrip, openTestBackend, type TestBackend } from '../backend-fixture';

let t: TestBackend | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

async function world() {
  t = await openTestBackend();
  const trip = await t.call('trips.create', hangzhouTrip);
  const [chan, wong] = await Promise.all([t.call('members.create', { name: { en: 'Chan Tai Man' }, rank: 1 }), t.call('members.create', { name: { en: 'Wong Ka Yan' }, rank: 2 })]);
  await t.call('trips.update', { id: trip.id, patch: { memberIds: [chan.id, wong.id] } });
  const event = await t.call('events.create', { tripId: trip.id, title: 'Site visit', start: '2025-05-14T02:00:00.000Z', end: '2025-05-14T03:00:00.000Z', timeZone: 'Asia/Shanghai' });
  return { t, trip, chan, wong, event };
}

describe('logistics records', () => {
  it('creates, edits and deletes a stay with shared rooms, each an undoable step', async () => {
    const { t, trip, chan, wong } = await world();
    const stay = await t.call('stays.create', { tripId: trip.id, hotel: { en: 'Grand Hyatt', zh: '君悅酒店' }, checkIn: '2025-05-13', checkOut: '2025-05-15', rooms: [{ memberIds: [chan.id, wong.id], number: '1203' }] });
    expect(stay.rooms[0]).toMatchObject({ memberIds: [chan.id, wong.id], number: '1203', roomType: '' });
    await t.call('stays.update', { id: stay.id, tripId: trip.id, patch: { checkOut: '2025-05-16' } });
    expect((await t.call('stays.list', { tripId: trip.id }))[0]!.checkOut).toBe('2025-05-16');
    await t.call('history.undo', { tripId: trip.id });
    expect((await t.call('stays.list', { tripId: trip.id }))[0]!.checkOut).toBe('2025-05-15');
    await t.call('stays.delete', { id: stay.id, tripId: trip.id });
    expect(await t.call('stays.list', { tripId: trip.id })).toEqual([]);
    const { step } = await t.call('history.undo', { tripId: trip.id });
    expect(step?.action).toBe('stay.delete');
    expect((await t.call('stays.list', { tripId: trip.id })).map((s) => s.id)).toEqual([stay.id]);
    expect((await t.call('trips.get', { id: trip.id })).stays.map((s) => s.hotel.zh)).toEqual(['君悅酒店']);
  });

  it('refuses a room holding a member who is gone, naming the field, and saves nothing', async () => {
    const { t, trip, chan } = await world();
    const gone = await t.call('members.create', { name: { en: 'Gone' } });
    await t.call('members.delete', { id: gone.id });
    const error = await t.fail('stays.create', { tripId: trip.id, checkIn: '2025-05-13', checkOut: '2025-05-14', rooms: [{ memberIds: [chan.id, gone.id] }] });
    expect(error.code).toBe('invalid-input');
    expect(error.message).toContain('rooms');
    expect(await t.call('stays.list', { tripId: trip.id })).toEqual([]);
  });

  it('refuses a ride in a car or to an event that is gone', async () => {
    const { t, trip, chan, event } = await world();
    const car = await t.call('vehicles.create', { tripId: trip.id, label: 'Car 1' });
    const ride = { tripId: trip.id, vehicleId: car.id, pickUpAt: '2025-05-14T01:30:00.000Z', timeZone: 'Asia/Shanghai', eventId: event.id, memberIds: [chan.id] };
    await t.call('events.delete', { id: event.id, tripId: trip.id });
    expect((await t.fail('rides.create', ride)).message).toContain('eventId');
    await t.call('history.undo', { tripId: trip.id });
    await t.call('vehicles.delete', { id: car.id, tripId: trip.id });
    expect((await t.fail('rides.create', ride)).message).toContain('vehicleId');
    expect(await t.call('rides.list', { tripId: trip.id })).toEqual([]);
  });

  it('deletes a car’s rides with it, and one undo brings back both', async () => {
    const { t, trip, chan, wong, event } = await world();
    const [car1, car2] = await Promise.all(['Car 1', 'Car 2'].map((label) => t.call('vehicles.create', { tripId: trip.id, label, seats: 3, plate: 'AB 123', driver: { name: { en: 'Lee', zh: '李師傅' }, phone: '+86 1' } })));
    const ride = (vehicleId: string, memberIds: string[]) => t.call('rides.create', { tripId: trip.id, vehicleId, pickUpAt: '2025-05-14T01:30:00.000Z', timeZone: 'Asia/Shanghai', eventId: event.id, memberIds });
    const [r1, r2] = [await ride(car1!.id, [chan.id]), await ride(car2!.id, [wong.id])];
    await t.call('vehicles.delete', { id: car1!.id, tripId: trip.id });
    expect((await t.call('rides.list', { tripId: trip.id })).map((r) => r.id)).toEqual([r2.id]);
    await t.call('history.undo', { tripId: trip.id });
    expect((await t.call('rides.list', { tripId: trip.id })).map((r) => r.id).sort()).toEqual([r1.id, r2.id].sort());
    expect((await t.call('vehicles.list', { tripId: trip.id })).map((v) => v.driver.name.zh)).toEqual(['李師傅', '李師傅']);
  });

  it('edits a ride’s passengers and undoes it', async () => {
    const { t, trip, chan, wong, event } = await world();
    const car = await t.call('vehicles.create', { tripId: trip.id, label: 'Car 1' });
    const ride = await t.call('rides.create', { tripId: trip.id, vehicleId: car.id, pickUpAt: '2025-05-14T01:30:00.000Z', timeZone: 'Asia/Shanghai', eventId: event.id, memberIds: [chan.id] });
    await t.call('rides.update', { id: ride.id, tripId: trip.id, patch: { memberIds: [chan.id, wong.id] } });
    expect((await t.call('rides.list', { tripId: trip.id }))[0]!.memberIds).toEqual([chan.id, wong.id]);
    await t.call('history.undo', { tripId: trip.id });
    expect((await t.call('rides.list', { tripId: trip.id }))[0]!.memberIds).toEqual([chan.id]);
    await t.call('rides.delete', { id: ride.id, tripId: trip.id });
    expect(await t.call('rides.list', { tripId: trip.id })).toEqual([]);
  });
});

describe('logistics thresholds', () => {
  it('reads the defaults until saved, and keeps a saved one when another rule changes', async () => {
    t = await openTestBackend();
    expect(await t.call('settings.get', {})).toMatchObject({ travelWindowDays: 1, pickUpMarginMinutes: 45, rideMinutes: 45 });
    await t.call('settings.update', { pickUpMarginMinutes: 60 });
    await t.call('settings.update', { transferMinutes: 20 });
    expect(await t.call('settings.get', {})).toMatchObject({ transferMinutes: 20, travelWindowDays: 1, pickUpMarginMinutes: 60, rideMinutes: 45 });
    expect((await t.fail('settings.update', { travelWindowDays: 31 })).code).toBe('invalid-input');
  });
});
