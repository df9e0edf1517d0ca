// Each itinerary check with its edges: touching events, cancelled and hotel events, thresholds met exactly, travel
// in the gap, local dates in the event's own zone, and the Hangzhou/Shanghai changeover.
import { describe, expect, it } from 'vitest';
import { findClashes, type ClashEvent, type ClashInput, type ClashKind } from '../../../../shared/domain/clashes';
import { instantFromLocal } from '../../../../shared/domain/time';

const HK = 'Asia/Hong_Kong';
const RUH = 'Asia/Riyadh';
const DXB = 'Asia/Dubai';
const CN = 'Asia/Shanghai';

const leg = (id: string, city: string, timeZone: string, startDate: string, endDate: string) => ({ id, city, country: '', timeZone, startDate, endDate });
const gulf: ClashInput['trip'] = {
  startDate: '2025-10-13',
  endDate: '2025-10-19',
  homeTimeZone: HK,
  legs: [leg('ruh', 'Riyadh', RUH, '2025-10-13', '2025-10-16'), leg('dxb', 'Dubai', DXB, '2025-10-16', '2025-10-19')],
};
const yangtze: ClashInput['trip'] = {
  startDate: '2025-05-13',
  endDate: '2025-05-16',
  homeTimeZone: HK,
  legs: [leg('hz', 'Hangzhou', CN, '2025-05-13', '2025-05-15'), leg('sh', 'Shanghai', CN, '2025-05-15', '2025-05-16')],
};
const members = [
  { id: 'chan', name: { en: 'Ms Chan', zhHant: '', zhHans: '' } },
  { id: 'wong', name: { en: 'Mr Wong', zhHant: '', zhHans: '' } },
];

interface Spec extends Partial<Omit<ClashEvent, 'venue' | 'address'>> {
  id: string;
  /** Local day and times in `timeZone` (default Riyadh): ['2025-10-14', '10:00', '11:00']. */
  at: [string, string, string];
  venue?: string;
  address?: string;
}
function ev({ id, at: [date, from, to], venue = '', address = '', ...rest }: Spec): ClashEvent {
  const timeZone = rest.timeZone ?? RUH;
  return {
    title: `Event ${id}`,
    kind: 'meeting',
    status: 'confirmed',
    memberIds: ['chan'],
    contactIds: [],
    organisationIds: ['org'],
    ...rest,
    id,
    timeZone,
    start: instantFromLocal(date, from, timeZone),
    end: instantFromLocal(date, to, rest.endTimeZone ?? timeZone),
    venue: { en: venue, zh: '' },
    address: { en: address, zh: '' },
  };
}
function clashes(events: ClashEvent[], kind: ClashKind, extra: Partial<ClashInput> = {}) {
  return findClashes({ trip: gulf, events, members, today: '2025-09-01', ...extra }).filter((c) => c.kind === kind);
}

describe('double bookings', () => {
  const a = ev({ id: 'a', title: 'Ministry of Investment', at: ['2025-10-14', '10:00', '11:00'] });

  it('flags a member in two overlapping events, naming both and their local times', () => {
    const b = ev({ id: 'b', title: 'SABIC site visit', kind: 'site-visit', at: ['2025-10-14', '10:30', '12:00'], memberIds: ['chan', 'wong'] });
    const [clash, ...rest] = clashes([a, b], 'member-double-booked');
    expect(rest).toEqual([]);
    expect(clash).toMatchObject({ eventIds: ['a', 'b'], severity: 'warning', details: { memberIds: ['chan'] } });
    expect(clash!.message).toBe('Ms Chan is in two events at once: "Ministry of Investment" (Tue 14 Oct 10:00) and "SABIC site visit" (Tue 14 Oct 10:30).');
  });

  it('does not flag events that touch, other people, cancelled, deleted or hotel events', () => {
    const touching = ev({ id: 't', at: ['2025-10-14', '11:00', '12:00'] });
    const otherPerson = ev({ id: 'o', at: ['2025-10-14', '10:00', '11:00'], memberIds: ['wong'] });
    const cancelled = ev({ id: 'c', at: ['2025-10-14', '10:00', '11:00'], status: 'cancelled' });
    const deleted = ev({ id: 'd', at: ['2025-10-14', '10:00', '11:00'], deleted: true });
    const hotel = ev({ id: 'h', kind: 'hotel', at: ['2025-10-14', '09:00', '23:00'] });
    expect(clashes([a, touching, otherPerson, cancelled, deleted, hotel], 'member-double-booked')).toEqual([]);
  });

  it('flags a counterpart in two overlapping events', () => {
    const b = ev({ id: 'b', at: ['2025-10-14', '09:00', '10:15'], contactIds: ['alrashid'], memberIds: ['wong'] });
    const c = ev({ id: 'c', at: ['2025-10-14', '10:00', '11:00'], contactIds: ['alrashid'], memberIds: [] });
    const contacts = [{ id: 'alrashid', name: { en: 'Dr Al-Rashid', zhHant: '', zhHans: '' } }];
    const [clash] = clashes([b, c], 'counterpart-double-booked', { contacts });
    expect(clash).toMatchObject({ eventIds: ['b', 'c'], details: { contactIds: ['alrashid'] } });
    expect(clash!.message).toMatch(/^Dr Al-Rashid \(counterpart\) is in two events at once/);
    expect(clashes([b, c], 'member-double-booked')).toEqual([]);
  });
});

describe('short transfers', () => {
  const first = ev({ id: 'a', title: 'Ministry of Investment', at: ['2025-10-14', '09:00', '10:00'], venue: 'MISA, King Fahd Road' });
  const at = (from: string, to: string, extra: Partial<Spec> = {}) => ev({ id: 'b', title: 'Lunch', at: ['2025-10-14', from, to], venue: 'Ritz-Carlton Riyadh', ...extra });

  it('flags less than 30 minutes between venues in one city, and not exactly 30', () => {
    const [clash] = clashes([first, at('10:29', '11:30')], 'short-transfer');
    expect(clash).toMatchObject({ eventIds: ['a', 'b'], details: { gapMinutes: 29, requiredMinutes: 30, interCity: false, memberIds: ['chan'] } });
    expect(clash!.message).toBe(
      'Only 29 minutes from "Ministry of Investment" (ends Tue 14 Oct 10:00) to "Lunch" (Tue 14 Oct 10:29) at a different venue; allow at least 30 minutes, or add the travel.',
    );
    expect(clashes([first, at('10:30', '11:30')], 'short-transfer')).toEqual([]);
  });

  it('treats venues case-insensitively, and an unknown venue as no reason to warn', () => {
    expect(clashes([first, at('10:05', '11:00', { venue: '  misa, king fahd ROAD ' })], 'short-transfer')).toEqual([]);
    expect(clashes([first, at('10:05', '11:00', { venue: '' })], 'short-transfer')).toEqual([]);
  });

  it('compares addresses when a venue name is missing', () => {
    const a = ev({ id: 'a', at: ['2025-10-14', '09:00', '10:00'], address: 'King Fahd Road, Riyadh' });
    expect(clashes([a, at('10:05', '11:00', { venue: '', address: 'Al Hada Area, Riyadh' })], 'short-transfer')).toHaveLength(1);
    expect(clashes([a, at('10:05', '11:00', { venue: '', address: 'king fahd road, riyadh' })], 'short-transfer')).toEqual([]);
  });

  it('checks each member on their own timeline and names every member affected once', () => {
    expect(clashes([first, at('10:05', '11:00', { memberIds: ['wong'] })], 'short-transfer')).toEqual([]);
    const both = [ev({ id: 'a', at: ['2025-10-14', '09:00', '10:00'], venue: 'MISA', memberIds: ['chan', 'wong'] }), at('10:05', '11:00', { memberIds: ['wong', 'chan'] })];
    const found = clashes(both, 'short-transfer');
    expect(found).toHaveLength(1);
    expect(found[0]!.details.memberIds).toEqual(['chan', 'wong']);
  });

  it('checks events nobody is assigned to as one delegation timeline', () => {
    const a = ev({ id: 'a', at: ['2025-10-14', '09:00', '10:00'], venue: 'MISA', memberIds: [] });
    expect(clashes([a, at('10:05', '11:00', { memberIds: [] })], 'short-transfer')).toMatchObject([{ details: { memberIds: [] } }]);
    // An unassigned event is not compared with a member's own events.
    expect(clashes([a, at('10:05', '11:00')], 'short-transfer')).toEqual([]);
  });

  it('uses the transfer time from settings', () => {
    expect(clashes([first, at('10:20', '11:00')], 'short-transfer', { settings: { transferMinutes: 20 } })).toEqual([]);
  });

  it('ignores hotel events and cancelled events', () => {
    expect(clashes([first, at('10:05', '11:00', { kind: 'hotel' })], 'short-transfer')).toEqual([]);
    expect(clashes([first, at('10:05', '11:00', { status: 'cancelled' })], 'short-transfer')).toEqual([]);
  });

  const riyadhEnd = ev({ id: 'a', title: 'Ministry of Energy', at: ['2025-10-16', '09:00', '10:00'], venue: 'Ministry of Energy' });
  const dubai = (from: string) => ev({ id: 'b', title: 'DIFC briefing', timeZone: DXB, at: ['2025-10-16', from, '18:00'], venue: '' });

  it('needs the inter-city time between cities, even with a venue unknown; exactly 120 minutes is enough', () => {
    // Riyadh 10:00 (UTC+3) is Dubai 11:00 (UTC+4): 12:59 Dubai is 119 minutes later.
    expect(clashes([riyadhEnd, dubai('12:59')], 'short-transfer')).toMatchObject([{ details: { gapMinutes: 119, requiredMinutes: 120, interCity: true } }]);
    expect(clashes([riyadhEnd, dubai('13:00')], 'short-transfer')).toEqual([]);
  });

  it('takes a travel event in the gap as the transfer, and does not check pairs that include one', () => {
    const flight = ev({ id: 'f', kind: 'travel', title: 'RUH → DXB', at: ['2025-10-16', '10:30', '13:20'], endTimeZone: DXB, memberIds: [] });
    expect(clashes([riyadhEnd, flight, dubai('14:00')], 'short-transfer')).toEqual([]);
    const car = ev({ id: 'car', kind: 'travel', at: ['2025-10-14', '10:00', '10:20'] });
    expect(clashes([first, car, at('10:20', '11:00')], 'short-transfer')).toEqual([]);
    // Someone else's car does not move Ms Chan.
    const othersCar = { ...car, memberIds: ['wong'] };
    expect(clashes([first, othersCar, at('10:25', '11:00')], 'short-transfer')).toHaveLength(1);
  });

  it('tells Hangzhou from Shanghai by the address on a changeover day, though both are in one zone', () => {
    const hangzhou = ev({ id: 'a', timeZone: CN, at: ['2025-05-15', '09:00', '10:00'], address: '78 Beishan Road, Xihu District, Hangzhou' });
    const shanghai = ev({ id: 'b', timeZone: CN, at: ['2025-05-15', '11:00', '12:00'], address: '33 Fucheng Road, Pudong New Area, Shanghai' });
    const [clash] = clashes([hangzhou, shanghai], 'short-transfer', { trip: yangtze });
    expect(clash).toMatchObject({ details: { interCity: true, requiredMinutes: 120, gapMinutes: 60 } });
    expect(clash!.message).toContain('"Event b" (Thu 15 May 11:00) in another city (Shanghai)');
  });
});

describe('events outside the trip or their leg', () => {
  it('flags an event outside the trip by its date in its own zone', () => {
    // 21:30Z on 12 Oct is 01:30 on 13 Oct in Dubai: inside. 22:30Z on 19 Oct is 02:30 on 20 Oct in Dubai: outside.
    const early = ev({ id: 'early', timeZone: DXB, at: ['2025-10-13', '01:30', '02:00'] });
    const late = ev({ id: 'late', title: 'Farewell', timeZone: DXB, at: ['2025-10-20', '02:30', '03:00'] });
    expect(early.start).toBe('2025-10-12T21:30:00.000Z');
    const found = clashes([early, late], 'outside-trip');
    expect(found).toMatchObject([{ eventIds: ['late'], details: { date: '2025-10-20' } }]);
    expect(found[0]!.message).toBe('"Farewell" (Mon 20 Oct 02:30) falls on 2025-10-20 (local time), outside the trip\'s dates (2025-10-13 to 2025-10-19).');
  });

  it('flags an event set in another leg\'s zone, but not on the changeover day', () => {
    const wrongZone = ev({ id: 'w', timeZone: RUH, at: ['2025-10-17', '10:00', '11:00'] });
    const changeoverMorning = ev({ id: 'm', timeZone: RUH, at: ['2025-10-16', '09:00', '10:00'] });
    const changeoverEvening = ev({ id: 'e', timeZone: DXB, at: ['2025-10-16', '19:00', '21:00'] });
    const found = clashes([wrongZone, changeoverMorning, changeoverEvening], 'outside-leg');
    expect(found).toMatchObject([{ eventIds: ['w'], details: { reason: 'other-zone', legId: 'dxb', date: '2025-10-17' } }]);
    expect(found[0]!.message).toContain('but on 2025-10-17 the delegation is in Dubai');
  });

  it('flags an address in another leg\'s city when both legs share a zone', () => {
    const shanghaiTooEarly = ev({ id: 's', timeZone: CN, at: ['2025-05-14', '10:00', '11:00'], address: '33 Fucheng Road, Pudong New Area, Shanghai' });
    const hangzhouOnChangeover = ev({ id: 'h', timeZone: CN, at: ['2025-05-15', '09:00', '10:00'], address: 'Shanghai Road, Hangzhou' });
    const found = clashes([shanghaiTooEarly, hangzhouOnChangeover], 'outside-leg', { trip: yangtze });
    expect(found).toMatchObject([{ eventIds: ['s'], details: { reason: 'other-city', legId: 'hz' } }]);
    expect(found[0]!.message).toContain('is in Shanghai, but on 2025-05-14 the delegation is in Hangzhou');
  });

  it('flags a day no leg covers, but not travel events or trips without legs', () => {
    const trip = { ...gulf, endDate: '2025-10-21' };
    const gapDay = ev({ id: 'g', timeZone: DXB, at: ['2025-10-20', '10:00', '11:00'] });
    const flightHome = ev({ id: 'f', kind: 'travel', timeZone: DXB, endTimeZone: HK, at: ['2025-10-20', '03:00', '14:00'] });
    expect(clashes([gapDay, flightHome], 'outside-leg', { trip })).toMatchObject([{ eventIds: ['g'], details: { reason: 'no-leg' } }]);
    expect(clashes([gapDay], 'outside-leg', { trip: { ...trip, legs: [] } })).toEqual([]);
  });

  it('ignores cancelled events', () => {
    expect(clashes([ev({ id: 'x', status: 'cancelled', at: ['2025-10-25', '10:00', '11:00'] })], 'outside-trip')).toEqual([]);
  });
});

describe('meetings without a counterpart', () => {
  it('notes meetings and signings with neither contacts nor organisations', () => {
    const bare = { contactIds: [], organisationIds: [] };
    const events = [
      ev({ id: 'meeting', ...bare, at: ['2025-10-14', '10:00', '11:00'] }),
      ev({ id: 'signing', kind: 'signing', ...bare, at: ['2025-10-14', '12:00', '13:00'] }),
      ev({ id: 'with-contact', ...bare, contactIds: ['c'], at: ['2025-10-14', '14:00', '15:00'] }),
      ev({ id: 'with-org', at: ['2025-10-14', '16:00', '17:00'] }),
      ev({ id: 'seminar', kind: 'seminar', ...bare, at: ['2025-10-15', '10:00', '11:00'] }),
      ev({ id: 'cancelled', status: 'cancelled', ...bare, at: ['2025-10-15', '12:00', '13:00'] }),
    ];
    const found = clashes(events, 'meeting-without-counterpart');
    expect(found.map((c) => c.eventIds[0])).toEqual(['meeting', 'signing']);
    expect(found[0]).toMatchObject({ severity: 'info' });
    expect(found[1]!.message).toContain('is a signing with no counterpart yet');
  });
});

describe('tentative events near departure', () => {
  const tentative = ev({ id: 't', title: 'Aramco visit', status: 'tentative', at: ['2025-10-15', '10:00', '12:00'] });
  const confirmed = ev({ id: 'c', at: ['2025-10-15', '14:00', '15:00'] });

  it('warns from exactly 7 days before the start, not 8', () => {
    const found = clashes([tentative, confirmed], 'tentative-near-departure', { today: '2025-10-06' });
    expect(found).toMatchObject([{ eventIds: ['t'], severity: 'warning', details: { daysToStart: 7 } }]);
    expect(found[0]!.message).toBe('"Aramco visit" (Wed 15 Oct 10:00) is still tentative and the trip starts in 7 days: confirm it or cancel it.');
    expect(clashes([tentative], 'tentative-near-departure', { today: '2025-10-05' })).toEqual([]);
  });

  it('keeps warning during the trip and stops after it; the window comes from settings', () => {
    expect(clashes([tentative], 'tentative-near-departure', { today: '2025-10-14' })[0]!.message).toContain('the trip has started');
    expect(clashes([tentative], 'tentative-near-departure', { today: '2025-10-20' })).toEqual([]);
    expect(clashes([tentative], 'tentative-near-departure', { today: '2025-09-29', settings: { tentativeWarningDays: 14 } })).toHaveLength(1);
  });
});

describe('a clean itinerary', () => {
  it('has nothing to report', () => {
    const flight = ev({ id: 'f', kind: 'travel', timeZone: HK, endTimeZone: RUH, at: ['2025-10-13', '08:05', '12:40'] });
    const meeting = ev({ id: 'm', at: ['2025-10-14', '10:00', '11:00'], venue: 'MISA', contactIds: ['c'] });
    const lunch = ev({ id: 'l', kind: 'meal', at: ['2025-10-14', '12:00', '13:30'], venue: 'Ritz-Carlton Riyadh' });
    const hotel = ev({ id: 'h', kind: 'hotel', at: ['2025-10-13', '15:00', '15:30'], venue: 'Ritz-Carlton Riyadh' });
    expect(findClashes({ trip: gulf, events: [lunch, hotel, meeting, flight], members, today: '2025-09-01' })).toEqual([]);
  });
});
