// One member's share of the logistics: their events and journeys (with their own seat, not another's), the room of
// each night of a stay (checkOut morning not a night), their rides with car and driver, in time order by local date.
import { describe, expect, it } from 'vitest';
import { Member, Ride, Stay, TripEvent, Vehicle } from '../../../../../shared/model';
import { memberView, type MemberEvent, type MemberRide } from '../../../../../shared/domain/logistics/member-view';
import { instantFromLocal } from '../../../../../shared/domain/time';

const CN = 'Asia/Shanghai';
const meta = { createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z' };
const trip = { startDate: '2025-05-13', endDate: '2025-05-15', homeTimeZone: 'Asia/Hong_Kong', legs: [] };
const person = (id: string, en: string, rank: number) => Member.parse({ ...meta, id, name: { en, zhHant: '', zhHans: '' }, rank });
const members = [person('chan', 'Ms Chan', 1), person('wong', 'Mr Wong', 2), person('lee', 'Mr Lee', 3)];
const at = (date: string, time: string) => instantFromLocal(date, time, CN);
const event = (id: string, date: string, from: string, to: string, extra: object = {}) =>
  TripEvent.parse({ ...meta, id, tripId: 't', title: `Event ${id}`, start: at(date, from), end: at(date, to), timeZone: CN, ...extra });

const flight = event('fl', '2025-05-13', '08:00', '10:30', {
  kind: 'travel',
  memberIds: ['chan', 'wong'],
  travel: { mode: 'flight', carrier: 'CX', number: '906', passengers: [{ memberId: 'chan', seat: '2A', cabin: 'Business' }, { memberId: 'wong', seat: '31C' }] },
});
const events = [
  flight,
  event('m1', '2025-05-13', '14:00', '15:00', { memberIds: ['chan'] }),
  event('m2', '2025-05-13', '16:00', '17:00', { memberIds: ['wong'] }),
  event('gone', '2025-05-14', '09:00', '10:00', { memberIds: ['chan'], status: 'cancelled' }),
  // Late evening local time: still the 14th in Shanghai though the 14th's UTC date would say otherwise at 01:00.
  event('late', '2025-05-14', '23:30', '23:50', { memberIds: ['chan'] }),
];
const stay = Stay.parse({
  ...meta,
  id: 's1',
  tripId: 't',
  hotel: { en: 'Hotel A', zh: 'A酒店' },
  checkIn: '2025-05-13',
  checkOut: '2025-05-15',
  rooms: [{ memberIds: ['chan'], number: '1808' }, { memberIds: ['wong', 'lee'], number: '1203' }],
});
const car = Vehicle.parse({ ...meta, id: 'v1', tripId: 't', label: 'Car 1', plate: '京A·12345', driver: { name: { en: 'Zhang Wei', zh: '張偉' }, phone: '+86 138' } });
const ride = Ride.parse({ ...meta, id: 'r1', tripId: 't', vehicleId: 'v1', pickUpAt: at('2025-05-13', '14:00'), timeZone: CN, eventId: 'm1', memberIds: ['wong', 'chan'] });
const input = { trip, events, members, stays: [stay], vehicles: [car], rides: [ride] };

describe('memberView', () => {
  it('gives the principal their own events, seat, room and rides, and nothing of the others', () => {
    const view = memberView({ ...input, memberId: 'chan' })!;
    expect(view.days.map((d) => d.date)).toEqual(['2025-05-13', '2025-05-14', '2025-05-15']);
    const first = view.days[0]!;
    expect(first.items.map((i) => (i.kind === 'ride' ? `ride ${i.ride.id}` : i.event.id))).toEqual(['fl', 'ride r1', 'm1']);
    expect((first.items[0] as MemberEvent).passenger?.seat).toBe('2A');
    const r = first.items[1] as MemberRide;
    expect(r.vehicle?.plate).toBe('京A·12345');
    expect(r.event?.id).toBe('m1');
    expect(r.passengers.map((m) => m.id)).toEqual(['chan', 'wong']);
    expect(view.days[1]!.items.map((i) => (i.kind === 'event' ? i.event.id : ''))).toEqual(['late']);
    expect(view.journeys.map((j) => j.event.id)).toEqual(['fl']);
    expect(first.night?.room.number).toBe('1808');
    expect(first.night?.sharing).toEqual([]);
  });

  it('covers the nights checkIn … checkOut − 1, with who shares the room', () => {
    const view = memberView({ ...input, memberId: 'wong' })!;
    expect(view.nights.map((n) => n.date)).toEqual(['2025-05-13', '2025-05-14']);
    expect(view.days[2]!.night).toBeUndefined();
    expect(view.nights[0]!.room.number).toBe('1203');
    expect(view.nights[0]!.sharing.map((m) => m.id)).toEqual(['lee']);
    expect((view.days[0]!.items[0] as MemberEvent).passenger?.seat).toBe('31C');
    expect(view.days[0]!.items.map((i) => (i.kind === 'event' ? i.event.id : i.ride.id))).toEqual(['fl', 'r1', 'm2']);
  });

  it('counts a passenger of a journey as attending it even when not among its members', () => {
    const only = event('tr', '2025-05-15', '09:00', '10:00', { kind: 'travel', memberIds: [], travel: { passengers: [{ memberId: 'lee', seat: '5F' }] } });
    const view = memberView({ ...input, events: [only], memberId: 'lee' })!;
    expect(view.journeys.map((j) => j.passenger?.seat)).toEqual(['5F']);
    expect(view.nights.map((n) => n.room.number)).toEqual(['1203', '1203']);
  });

  it('is undefined for a member not in the records', () => {
    expect(memberView({ ...input, memberId: 'nobody' })).toBeUndefined();
  });
});
