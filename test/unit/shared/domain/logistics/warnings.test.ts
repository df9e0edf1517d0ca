// Each logistics warning at its edges: the travel window's last day, a check-in on the landing day or the day before,
// seats exactly full or one over, rides that touch or overlap, a pick-up exactly at landing plus the margin, and rooms
// whose nights touch or overlap. Local dates are in each record's own zone.
import { describe, expect, it } from 'vitest';
import { findLogisticsWarnings, type LogisticsInput, type LogisticsWarningKind } from '../../../../../shared/domain/logistics/warnings';
import { instantFromLocal } from '../../../../../shared/domain/time';

const HK = 'Asia/Hong_Kong';
const CN = 'Asia/Shanghai';
const at = (date: string, time: string, zone = CN): string => instantFromLocal(date, time, zone);

type Ev = LogisticsInput['events'][number];
function journey(id: string, memberIds: string[], [d1, t1]: [string, string], [d2, t2]: [string, string], extra: Partial<Ev> = {}): Ev {
  return { id, title: `Flight ${id}`, kind: 'travel', start: at(d1, t1, HK), end: at(d2, t2, CN), timeZone: HK, endTimeZone: CN, memberIds, status: 'confirmed', ...extra };
}
const fly = {
  in: (ids: string[], date = '2025-05-13', time = '10:00') => journey('in', ids, [date, '07:00'], [date, time]),
  out: (ids: string[], date = '2025-05-16') => ({ ...journey('out', ids, [date, '18:00'], [date, '20:00']), timeZone: CN, endTimeZone: HK, start: at(date, '18:00'), end: at(date, '20:00', HK) }),
};
const room = (memberIds: string[]) => ({ memberIds, roomType: '', number: '', confirmation: '' });
const stay = (id: string, checkIn: string, checkOut: string, rooms: string[][]) => ({ id, hotel: { en: `Hotel ${id}`, zh: '' }, checkIn, checkOut, rooms: rooms.map(room) });
const car = (id: string, seats: number) => ({ id, label: `Car ${id}`, seats });
const ride = (id: string, vehicleId: string, date: string, time: string, memberIds: string[], eventId?: string) => ({ id, vehicleId, pickUpAt: at(date, time), timeZone: CN, memberIds, ...(eventId ? { eventId } : {}) });
const members = [
  { id: 'chan', name: { en: 'Ms Chan', zhHant: '', zhHans: '' }, rank: 1 },
  { id: 'wong', name: { en: 'Mr Wong', zhHant: '', zhHans: '' }, rank: 2 },
];

/** A 13–16 May trip where both members fly in and out and sleep at one hotel: no warning at all. */
function clean(): LogisticsInput {
  return {
    trip: { startDate: '2025-05-13', endDate: '2025-05-16', memberIds: ['chan', 'wong'] },
    events: [fly.in(['chan', 'wong']), fly.out(['chan', 'wong'])],
    members,
    stays: [stay('h', '2025-05-13', '2025-05-16', [['chan'], ['wong']])],
    vehicles: [car('a', 3)],
    rides: [],
  };
}
const kinds = (input: LogisticsInput, kind?: LogisticsWarningKind) => findLogisticsWarnings(input).filter((w) => !kind || w.kind === kind);

describe('findLogisticsWarnings', () => {
  it('finds nothing on a trip with travel in and out, a room every night and no rides', () => {
    expect(findLogisticsWarnings(clean())).toEqual([]);
  });

  describe('travel in and out', () => {
    it('names the members with no journey in or out, in one warning each', () => {
      const input = { ...clean(), events: [fly.in(['chan'])] };
      const found = kinds(input).filter((w) => w.kind === 'no-arrival' || w.kind === 'no-departure');
      expect(found.map((w) => [w.kind, w.memberIds])).toEqual([
        ['no-arrival', ['wong']],
        ['no-departure', ['chan', 'wong']],
      ]);
      expect(found[0]!.message).toContain('Mr Wong');
    });

    it('asks no journey of a trip held in the home zone, but does of one with a leg elsewhere', () => {
      const leg = (timeZone: string) => ({ id: 'l1', city: 'Hong Kong', country: '', timeZone, startDate: '2025-05-13', endDate: '2025-05-13' });
      const home = { ...clean(), events: [], trip: { ...clean().trip, homeTimeZone: 'Asia/Hong_Kong', legs: [leg('Asia/Hong_Kong')] } };
      expect(kinds(home).filter((w) => w.kind === 'no-arrival' || w.kind === 'no-departure')).toEqual([]);
      const away = { ...home, trip: { ...home.trip, legs: [leg('Asia/Hong_Kong'), { ...leg('Asia/Shanghai'), id: 'l2' }] } };
      expect(kinds(away).map((w) => w.kind)).toEqual(expect.arrayContaining(['no-arrival', 'no-departure']));
    });

    it('counts an arrival landing on the window’s last day, not the day after', () => {
      const onEdge = { ...clean(), events: [fly.in(['chan', 'wong'], '2025-05-14'), fly.out(['chan', 'wong'])] };
      expect(kinds(onEdge, 'no-arrival')).toEqual([]);
      const late = { ...clean(), events: [fly.in(['chan', 'wong'], '2025-05-15'), fly.out(['chan', 'wong'])] };
      expect(kinds(late, 'no-arrival').map((w) => w.memberIds)).toEqual([['chan', 'wong']]);
      expect(kinds({ ...late, settings: { travelWindowDays: 2 } }, 'no-arrival')).toEqual([]);
    });

    it('counts a departure leaving on the window’s first day, not the day before; cancelled journeys carry nobody', () => {
      expect(kinds({ ...clean(), events: [fly.in(['chan', 'wong']), fly.out(['chan', 'wong'], '2025-05-15')] }, 'no-departure')).toEqual([]);
      expect(kinds({ ...clean(), events: [fly.in(['chan', 'wong']), fly.out(['chan', 'wong'], '2025-05-14')] }, 'no-departure')).toHaveLength(1);
      const cancelled = { ...clean(), events: [fly.in(['chan', 'wong']), { ...fly.out(['chan', 'wong']), status: 'cancelled' as const }] };
      expect(kinds(cancelled, 'no-departure').map((w) => w.memberIds)).toEqual([['chan', 'wong']]);
    });

    it('takes a passenger of the journey as travelling even when not among its members', () => {
      const withPassenger = { ...fly.in(['chan']), travel: { passengers: [{ memberId: 'wong', seat: '2A', cabin: '', bookingRef: '' }] } };
      expect(kinds({ ...clean(), events: [withPassenger, fly.out(['chan', 'wong'])] }, 'no-arrival')).toEqual([]);
    });

    it('leaves out members the trip does not name', () => {
      const input = { ...clean(), members: [...members, { id: 'other', name: { en: 'Other', zhHant: '', zhHans: '' }, rank: 5 }] };
      expect(findLogisticsWarnings(input)).toEqual([]);
    });
  });

  describe('nights and stays', () => {
    it('names the nights no stay covers, members missing the same nights together', () => {
      const input = { ...clean(), stays: [stay('h', '2025-05-13', '2025-05-15', [['chan'], ['wong']])] };
      const found = kinds(input, 'night-without-stay');
      expect(found.map((w) => [w.memberIds, w.details.nights])).toEqual([[['chan', 'wong'], ['2025-05-15']]]);
    });

    it('needs no room the night the member leaves, nor before the day they land', () => {
      // Lands on the 14th: the 13th needs no room; leaves on the 16th: the 16th needs none.
      const input = { ...clean(), events: [fly.in(['chan', 'wong'], '2025-05-14'), fly.out(['chan', 'wong'])], stays: [stay('h', '2025-05-14', '2025-05-16', [['chan', 'wong']])] };
      expect(findLogisticsWarnings(input)).toEqual([]);
    });

    it('needs no room for a night spent on an overnight journey', () => {
      const overnight = journey('in', ['chan', 'wong'], ['2025-05-12', '23:30'], ['2025-05-13', '06:00']);
      const input = { ...clean(), events: [overnight, fly.out(['chan', 'wong'])], stays: [stay('h', '2025-05-13', '2025-05-16', [['chan', 'wong']])] };
      expect(findLogisticsWarnings(input)).toEqual([]);
    });

    it('warns of a stay that starts before the member lands, not one starting the day they land', () => {
      const sameDay = { ...clean(), events: [fly.in(['chan', 'wong'], '2025-05-14'), fly.out(['chan', 'wong'])], stays: [stay('h', '2025-05-14', '2025-05-16', [['chan'], ['wong']])] };
      expect(kinds(sameDay, 'stay-before-arrival')).toEqual([]);
      const early = { ...sameDay, stays: [stay('h', '2025-05-13', '2025-05-16', [['chan'], ['wong']])] };
      const found = kinds(early, 'stay-before-arrival');
      expect(found.map((w) => [w.memberIds, w.stayIds, w.details.arrivalDate])).toEqual([
        [['chan'], ['h'], '2025-05-14'],
        [['wong'], ['h'], '2025-05-14'],
      ]);
    });

    it('ignores deleted stays', () => {
      const input = { ...clean(), stays: [{ ...stay('h', '2025-05-13', '2025-05-16', [['chan'], ['wong']]), deleted: true }] };
      expect(kinds(input, 'night-without-stay')).toHaveLength(1);
    });
  });

  describe('cars', () => {
    it('warns of a car one over its seats, not one exactly full; a member listed twice counts once', () => {
      const full = { ...clean(), rides: [ride('r1', 'a', '2025-05-14', '09:00', ['chan', 'wong', 'x'])] };
      expect(kinds(full, 'car-over-seats')).toEqual([]);
      const twice = { ...clean(), rides: [ride('r1', 'a', '2025-05-14', '09:00', ['chan', 'wong', 'x', 'x'])] };
      expect(kinds(twice, 'car-over-seats')).toEqual([]);
      const over = { ...clean(), rides: [ride('r1', 'a', '2025-05-14', '09:00', ['chan', 'wong', 'x', 'y'])] };
      const [w] = kinds(over, 'car-over-seats');
      expect(w).toMatchObject({ vehicleId: 'a', rideIds: ['r1'], date: '2025-05-14', details: { seats: 3, passengers: 4 } });
    });

    it('takes a ride to an event as holding its car until the event starts: touching rides are fine', () => {
      const meeting: Ev = { id: 'm', title: 'Meeting', kind: 'meeting', start: at('2025-05-14', '10:00'), end: at('2025-05-14', '11:00'), timeZone: CN, memberIds: [], status: 'confirmed' };
      const base = { ...clean(), events: [...clean().events, meeting] };
      const touching = { ...base, rides: [ride('r1', 'a', '2025-05-14', '09:00', ['chan'], 'm'), ride('r2', 'a', '2025-05-14', '10:00', ['wong'])] };
      expect(kinds(touching, 'car-double-booked')).toEqual([]);
      const overlapping = { ...base, rides: [ride('r1', 'a', '2025-05-14', '09:00', ['chan'], 'm'), ride('r2', 'a', '2025-05-14', '09:59', ['wong'])] };
      expect(kinds(overlapping, 'car-double-booked').map((w) => [w.vehicleId, w.rideIds, w.memberIds])).toEqual([['a', ['r1', 'r2'], ['chan', 'wong']]]);
      const otherCar = { ...base, vehicles: [car('a', 3), car('b', 3)], rides: [ride('r1', 'a', '2025-05-14', '09:00', ['chan'], 'm'), ride('r2', 'b', '2025-05-14', '09:30', ['wong'])] };
      expect(kinds(otherCar, 'car-double-booked')).toEqual([]);
    });

    it('takes a ride to no event as holding its car for the ride minutes', () => {
      const rides = [ride('r1', 'a', '2025-05-14', '09:00', ['chan']), ride('r2', 'a', '2025-05-14', '09:45', ['wong'])];
      expect(kinds({ ...clean(), rides }, 'car-double-booked')).toEqual([]);
      expect(kinds({ ...clean(), rides, settings: { rideMinutes: 46 } }, 'car-double-booked')).toHaveLength(1);
    });

    it('ignores rides of a deleted car and deleted rides', () => {
      const rides = [ride('r1', 'a', '2025-05-14', '09:00', ['chan', 'wong', 'x', 'y']), { ...ride('r2', 'a', '2025-05-14', '09:10', ['wong']), deleted: true }];
      expect(kinds({ ...clean(), rides }, 'car-double-booked')).toEqual([]);
      expect(kinds({ ...clean(), rides, vehicles: [{ ...car('a', 3), deleted: true }] })).toEqual([]);
    });
  });

  describe('pick-up after landing', () => {
    // fly.in lands at 10:00 Shanghai on the 13th.
    it('warns of a pick-up before landing plus the margin, not one exactly at it', () => {
      const tight = { ...clean(), rides: [ride('r1', 'a', '2025-05-13', '10:44', ['wong'])] };
      const [w] = kinds(tight, 'pick-up-before-landing');
      expect(w).toMatchObject({ memberIds: ['wong'], rideIds: ['r1'], eventIds: ['in'], vehicleId: 'a', details: { minutesAfterLanding: 44, marginMinutes: 45 } });
      expect(kinds({ ...clean(), rides: [ride('r1', 'a', '2025-05-13', '10:45', ['wong'])] }, 'pick-up-before-landing')).toEqual([]);
      expect(kinds({ ...clean(), rides: [ride('r1', 'a', '2025-05-13', '10:45', ['wong'])], settings: { pickUpMarginMinutes: 60 } }, 'pick-up-before-landing')).toHaveLength(1);
    });

    it('warns of a pick-up while the flight is in the air, not of the ride to the airport before it leaves', () => {
      expect(kinds({ ...clean(), rides: [ride('r1', 'a', '2025-05-13', '09:30', ['chan'])] }, 'pick-up-before-landing')[0]?.details.minutesAfterLanding).toBe(-30);
      // fly.in leaves Hong Kong at 07:00 (the same hour in Shanghai).
      expect(kinds({ ...clean(), rides: [ride('r1', 'a', '2025-05-13', '06:00', ['chan'])] }, 'pick-up-before-landing')).toEqual([]);
    });

    it('concerns only the journey’s travellers', () => {
      const input = { ...clean(), events: [fly.in(['chan']), journey('in2', ['wong'], ['2025-05-13', '05:00'], ['2025-05-13', '07:00']), fly.out(['chan', 'wong'])] };
      expect(kinds({ ...input, rides: [ride('r1', 'a', '2025-05-13', '08:00', ['wong'])] }, 'pick-up-before-landing')).toEqual([]);
    });
  });

  describe('two rooms', () => {
    it('warns of a member in two rooms of one stay', () => {
      const input = { ...clean(), stays: [stay('h', '2025-05-13', '2025-05-16', [['chan', 'wong'], ['wong']])] };
      expect(kinds(input, 'member-in-two-rooms').map((w) => [w.memberIds, w.stayIds, w.date])).toEqual([[['wong'], ['h'], '2025-05-13']]);
    });

    it('warns of stays whose nights overlap, not of one ending the morning the next begins', () => {
      const touching = { ...clean(), stays: [stay('h', '2025-05-13', '2025-05-15', [['chan'], ['wong']]), stay('s', '2025-05-15', '2025-05-16', [['chan', 'wong']])] };
      expect(findLogisticsWarnings(touching)).toEqual([]);
      const overlap = { ...touching, stays: [stay('h', '2025-05-13', '2025-05-15', [['chan'], ['wong']]), stay('s', '2025-05-14', '2025-05-16', [['wong']]), stay('t', '2025-05-15', '2025-05-16', [['chan']])] };
      expect(kinds(overlap, 'member-in-two-rooms').map((w) => [w.memberIds, w.stayIds, w.date])).toEqual([[['wong'], ['h', 's'], '2025-05-14']]);
    });
  });
});
