// rides.assignDay: the day's events each get one ride per car used, members seated by precedence (the principal in
// the first car), a pick-up the settings' transfer minutes before the event from the hotel or the previous venue, the
// day's earlier rides replaced, and the whole assignment one undo step.
import { afterEach, describe, expect, it } from 'vitest';
import { instantFromLocal } from '../../../../../shared/domain/time';
import { hangzhouTrip, openTestBackend, type TestBackend } from '../backend-fixture';

let t: TestBackend | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

const CN = 'Asia/Shanghai';
const at = (date: string, time: string) => instantFromLocal(date, time, CN);
const place = (en: string, zh: string) => ({ en, zh });

async function world(ranks = [3, 1, 2]) {
  t = await openTestBackend();
  const trip = await t.call('trips.create', hangzhouTrip);
  const members = [];
  for (const [i, rank] of ranks.entries()) members.push(await t.call('members.create', { name: { en: `Member ${String.fromCharCode(65 + i)}` }, rank }));
  await t.call('trips.update', { id: trip.id, patch: { memberIds: members.map((m) => m.id) } });
  const event = (title: string, date: string, from: string, to: string, extra: Record<string, unknown> = {}) =>
    t!.call('events.create', { tripId: trip.id, title, start: at(date, from), end: at(date, to), timeZone: CN, venue: place(`${title} venue`, `${title}場地`), address: place(`${title} road`, `${title}路`), ...extra });
  const byRank = [...members].sort((a, b) => a.rank - b.rank).map((m) => m.id);
  return { t, trip, members, byRank, event };
}

describe('rides.assignDay', () => {
  it('seats the principal first in the first car, each car to its seats, picking up from the hotel then the last venue', async () => {
    const { t, trip, byRank, event } = await world();
    const morning = await event('Visit', '2025-05-14', '10:00', '11:00');
    const afternoon = await event('Lunch', '2025-05-14', '12:30', '14:00', { kind: 'meal' });
    await event('Flight', '2025-05-14', '16:00', '18:00', { kind: 'travel' });
    await event('Dropped', '2025-05-14', '19:00', '20:00', { status: 'cancelled' });
    await event('Tomorrow', '2025-05-15', '10:00', '11:00');
    await t.call('stays.create', { tripId: trip.id, hotel: place('Grand Hyatt', '君悅酒店'), address: place('1 Hotel Rd', '酒店路1號'), checkIn: '2025-05-13', checkOut: '2025-05-16', rooms: byRank.map((id) => ({ memberIds: [id] })) });
    // Created out of order: "Car 1" (2 seats) still carries the principal.
    const car2 = await t.call('vehicles.create', { tripId: trip.id, label: 'Car 2', seats: 4 });
    const car1 = await t.call('vehicles.create', { tripId: trip.id, label: 'Car 1', seats: 2 });

    const { rides, unseated } = await t.call('rides.assignDay', { tripId: trip.id, date: '2025-05-14' });
    expect(unseated).toEqual([]);
    expect(rides.map((r) => [r.eventId, r.vehicleId, r.memberIds, r.pickUpAt, r.from.name.zh, r.to.address.zh])).toEqual([
      [morning.id, car1.id, byRank.slice(0, 2), at('2025-05-14', '09:30'), '君悅酒店', 'Visit路'],
      [morning.id, car2.id, byRank.slice(2), at('2025-05-14', '09:30'), '君悅酒店', 'Visit路'],
      [afternoon.id, car1.id, byRank.slice(0, 2), at('2025-05-14', '12:00'), 'Visit場地', 'Lunch路'],
      [afternoon.id, car2.id, byRank.slice(2), at('2025-05-14', '12:00'), 'Visit場地', 'Lunch路'],
    ]);
    expect(rides.every((r) => r.timeZone === CN)).toBe(true);
  });

  it('needs no ride to an event in the venue the delegation is already at', async () => {
    const { t, trip, event } = await world();
    const visit = await event('Campus', '2025-05-14', '10:00', '11:00');
    await event('Campus', '2025-05-14', '11:15', '12:00', { title: 'Campus tour' });
    const lunch = await event('Lunch', '2025-05-14', '12:30', '14:00', { kind: 'meal' });
    await t.call('vehicles.create', { tripId: trip.id, label: 'Car 1', seats: 7 });
    const { rides } = await t.call('rides.assignDay', { tripId: trip.id, date: '2025-05-14' });
    // The tour is in the campus the visit was in: the car waits; the ride to lunch starts from the campus.
    expect(rides.map((r) => [r.eventId, r.from.name.en])).toEqual([
      [visit.id, ''],
      [lunch.id, 'Campus venue'],
    ]);
  });

  it('takes the pick-up time from the settings’ transfer minutes', async () => {
    const { t, trip, event } = await world();
    await event('Visit', '2025-05-14', '10:00', '11:00');
    await t.call('vehicles.create', { tripId: trip.id, label: 'Car 1', seats: 7 });
    await t.call('settings.update', { transferMinutes: 45 });
    const { rides } = await t.call('rides.assignDay', { tripId: trip.id, date: '2025-05-14' });
    expect(rides.map((r) => r.pickUpAt)).toEqual([at('2025-05-14', '09:15')]);
  });

  it('names the members who found no seat, in precedence order', async () => {
    const { t, trip, byRank, event } = await world([5, 4, 3, 2, 1]);
    await event('Visit', '2025-05-14', '10:00', '11:00');
    await t.call('vehicles.create', { tripId: trip.id, label: 'Car 1', seats: 2 });
    const { rides, unseated } = await t.call('rides.assignDay', { tripId: trip.id, date: '2025-05-14' });
    expect(rides.map((r) => r.memberIds)).toEqual([byRank.slice(0, 2)]);
    expect(unseated).toEqual(byRank.slice(2));
  });

  it('seats only an event’s own members, and only the members and cars asked for', async () => {
    const { t, trip, byRank, event } = await world();
    const visit = await event('Visit', '2025-05-14', '10:00', '11:00', { memberIds: [byRank[1], byRank[2]] });
    const [car1, car2] = [await t.call('vehicles.create', { tripId: trip.id, label: 'Car 1', seats: 4 }), await t.call('vehicles.create', { tripId: trip.id, label: 'Car 2', seats: 4 })];
    expect((await t.call('rides.assignDay', { tripId: trip.id, date: '2025-05-14' })).rides.map((r) => [r.vehicleId, r.memberIds])).toEqual([[car1.id, [byRank[1], byRank[2]]]]);
    const chosen = await t.call('rides.assignDay', { tripId: trip.id, date: '2025-05-14', vehicleIds: [car2.id], memberIds: [byRank[2]!], eventIds: [visit.id] });
    expect(chosen.rides.map((r) => [r.vehicleId, r.memberIds])).toEqual([[car2.id, [byRank[2]]]]);
    // Car 1's ride of that day stays: only the cars being assigned give way.
    expect((await t.call('rides.list', { tripId: trip.id })).map((r) => r.vehicleId).sort()).toEqual([car1.id, car2.id].sort());
  });

  it('replaces the day’s earlier rides, leaves other days’, and one undo brings the day back as it was', async () => {
    const { t, trip, byRank, event } = await world();
    await event('Visit', '2025-05-14', '10:00', '11:00');
    const car = await t.call('vehicles.create', { tripId: trip.id, label: 'Car 1', seats: 7 });
    const manual = (date: string) => t.call('rides.create', { tripId: trip.id, vehicleId: car.id, pickUpAt: at(date, '08:00'), timeZone: CN, memberIds: [byRank[0]!] });
    const [sameDay, otherDay] = [await manual('2025-05-14'), await manual('2025-05-15')];

    const first = await t.call('rides.assignDay', { tripId: trip.id, date: '2025-05-14' });
    const again = await t.call('rides.assignDay', { tripId: trip.id, date: '2025-05-14' });
    const ids = async () => (await t.call('rides.list', { tripId: trip.id })).map((r) => r.id).sort();
    expect(await ids()).toEqual([again.rides[0]!.id, otherDay.id].sort());

    const { step } = await t.call('history.undo', { tripId: trip.id });
    expect(step).toMatchObject({ action: 'ride.assignDay', subject: '2025-05-14' });
    expect(await ids()).toEqual([first.rides[0]!.id, otherDay.id].sort());
    await t.call('history.undo', { tripId: trip.id });
    expect(await ids()).toEqual([sameDay.id, otherDay.id].sort());
  });

  it('refuses a day with no car, or a car that is gone, changing nothing', async () => {
    const { t, trip, event } = await world();
    await event('Visit', '2025-05-14', '10:00', '11:00');
    const none = await t.fail('rides.assignDay', { tripId: trip.id, date: '2025-05-14' });
    expect(none).toMatchObject({ code: 'invalid-input' });
    expect(none.message).toContain('add a vehicle');
    const car = await t.call('vehicles.create', { tripId: trip.id, label: 'Car 1' });
    await t.call('vehicles.delete', { id: car.id, tripId: trip.id });
    expect((await t.fail('rides.assignDay', { tripId: trip.id, date: '2025-05-14', vehicleIds: [car.id] })).code).toBe('not-found');
    expect(await t.call('rides.list', { tripId: trip.id })).toEqual([]);
  });
});
