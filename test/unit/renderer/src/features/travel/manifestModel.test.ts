// The manifest (issue 14.1): each member's arrival and departure found among the trip's journeys, a grid row's
// cells read from a journey and typed back into it, a member joining a flight someone else already takes, a new
// flight made in the zones of its segment, and a segment copied to other members.
import { describe, expect, it } from 'vitest';
import { emptyBriefing, type Member, type TripEvent } from '../../../../../../shared/model';
import {
  cellsOf,
  copyPatch,
  emptyCells,
  flightInFull,
  invalidCells,
  joinPatch,
  journeyPatch,
  manifestRows,
  matchingJourney,
  newJourney,
  normaliseTime,
  parseFlight,
  segmentOf,
  typedFlight,
} from '../../../../../../renderer/src/features/travel/manifestModel';

const meta = { createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', deleted: false };
const trip = {
  id: 'trip',
  startDate: '2027-03-10',
  endDate: '2027-03-13',
  homeTimeZone: 'Asia/Hong_Kong',
  legs: [
    { id: 'hz', city: 'Hangzhou', country: 'China', timeZone: 'Asia/Shanghai', startDate: '2027-03-10', endDate: '2027-03-11' },
    { id: 'dxb', city: 'Dubai', country: 'UAE', timeZone: 'Asia/Dubai', startDate: '2027-03-12', endDate: '2027-03-13' },
  ],
};
const member = (id: string, rank: number): Member => ({ id, ...meta, name: { en: id }, title: '', rank }) as unknown as Member;
const alice = member('alice', 1);
const bob = member('bob', 2);
const carol = member('carol', 3);

const journey = (id: string, start: string, end: string, memberIds: string[], extra: Partial<TripEvent> = {}): TripEvent => ({
  id, ...meta, tripId: 'trip', kind: 'travel', title: id, start, end, timeZone: 'Asia/Hong_Kong', endTimeZone: 'Asia/Shanghai',
  venue: { en: '', zh: '' }, address: { en: '', zh: '' }, memberIds, contactIds: [], organisationIds: [], status: 'confirmed',
  description: '', briefing: emptyBriefing, ...extra,
});

// CX 906 HKG 09:30 → PVG 11:55 on 10 March (01:30Z → 03:55Z); EK 381 DXB 03:50 → HKG 15:25 on 13 March.
const cx906 = journey('cx906', '2027-03-10T01:30:00.000Z', '2027-03-10T03:55:00.000Z', ['alice', 'bob'], {
  travel: {
    mode: 'flight', carrier: 'CX', number: '906',
    from: { city: { en: 'Hong Kong', zh: '香港' }, place: { en: '', zh: '' }, code: 'HKG', terminal: '1' },
    to: { city: { en: '', zh: '' }, place: { en: '', zh: '' }, code: 'PVG' },
    passengers: [{ memberId: 'alice', seat: '2A', cabin: 'Business', bookingRef: 'X7K2QP' }],
  },
});
const train = journey('train', '2027-03-12T01:00:00.000Z', '2027-03-12T02:00:00.000Z', ['alice'], { timeZone: 'Asia/Shanghai', endTimeZone: undefined });
const ek381 = journey('ek381', '2027-03-12T23:50:00.000Z', '2027-03-13T07:25:00.000Z', ['alice'], {
  timeZone: 'Asia/Dubai', endTimeZone: 'Asia/Hong_Kong', travel: { carrier: 'EK', number: '381' },
});

describe('arrivals and departures', () => {
  it('counts a journey in the first half of the trip as an arrival and one after as a departure', () => {
    expect(segmentOf(trip, cx906)).toBe('arrival');
    // 11 March is the middle of 10–13 March: still arriving on its evening; leaving from 01:00 on the 12th, local time.
    expect(segmentOf(trip, { start: '2027-03-11T10:00:00.000Z', timeZone: 'Asia/Shanghai' })).toBe('arrival');
    expect(segmentOf(trip, { start: '2027-03-11T17:00:00.000Z', timeZone: 'Asia/Shanghai' })).toBe('departure');
  });

  it('gives each member two rows: the first arrival and the last departure, cancelled journeys left out', () => {
    const cancelled = journey('cancelled', '2027-03-09T01:00:00.000Z', '2027-03-09T02:00:00.000Z', ['bob'], { status: 'cancelled' });
    const rows = manifestRows(trip, [alice, bob, carol], [ek381, train, cx906, cancelled]);
    expect(rows.map((r) => [r.member.id, r.segment, r.journey?.id])).toEqual([
      ['alice', 'arrival', 'cx906'],
      ['alice', 'departure', 'ek381'],
      ['bob', 'arrival', 'cx906'],
      ['bob', 'departure', undefined],
      ['carol', 'arrival', undefined],
      ['carol', 'departure', undefined],
    ]);
  });

  it('reads a row’s cells in each end’s local time, with the member’s own seat', () => {
    const [aliceIn, , bobIn] = manifestRows(trip, [alice, bob], [cx906]);
    expect(cellsOf(aliceIn!)).toEqual({ flight: 'CX 906', date: '2027-03-10', departs: '09:30', from: 'HKG', to: 'PVG', arrives: '11:55', seat: '2A', cabin: 'Business', bookingRef: 'X7K2QP' });
    expect(cellsOf(bobIn!)).toMatchObject({ flight: 'CX 906', seat: '', bookingRef: '' });
  });
});

describe('typing in the grid', () => {
  it('reads flights and times as people type them', () => {
    expect(parseFlight('cx906')).toEqual({ carrier: 'CX', number: '906' });
    expect(parseFlight(' CX  906 ')).toEqual({ carrier: 'CX', number: '906' });
    expect(parseFlight('G7512')).toEqual({ carrier: 'G', number: '7512' });
    expect(parseFlight('3U8001')).toEqual({ carrier: '3U', number: '8001' });
    expect(parseFlight('Cathay Pacific 906')).toEqual({ carrier: 'CATHAY PACIFIC', number: '906' });
    expect(normaliseTime('930')).toBe('09:30');
    expect(normaliseTime('0930')).toBe('09:30');
    expect(normaliseTime('9.30')).toBe('09:30');
    expect(normaliseTime('24:00')).toBeUndefined();
    expect(normaliseTime('soon')).toBeUndefined();
  });

  it('asks a new journey for its flight, date and departure, and marks only malformed cells on a stored one', () => {
    expect(invalidCells({ ...emptyCells, flight: 'CX 906' }, true)).toEqual(['date', 'departs']);
    expect(invalidCells({ ...emptyCells, flight: 'CX 906', date: '2027-03-10', departs: '9:30' }, true)).toEqual([]);
    expect(invalidCells({ ...emptyCells, date: '2027-3-1', arrives: '25:00' }, false)).toEqual(['date', 'arrives']);
  });

  it('changes the shared flight for everyone and the seat for one member, keeping the rest of the journey', () => {
    const row = manifestRows(trip, [bob], [cx906])[0]!;
    const stored = cellsOf(row);
    const patch = journeyPatch(cx906, 'bob', stored, { ...stored, flight: 'cx 908', seat: '2C' })!;
    expect(patch.travel).toMatchObject({ mode: 'flight', carrier: 'CX', number: '908', from: { code: 'HKG', terminal: '1', city: { en: 'Hong Kong' } } });
    expect(patch.travel?.passengers).toEqual([
      { memberId: 'alice', seat: '2A', cabin: 'Business', bookingRef: 'X7K2QP' },
      { memberId: 'bob', seat: '2C', cabin: '', bookingRef: '' },
    ]);
    expect(patch).not.toHaveProperty('start');
    expect(journeyPatch(cx906, 'bob', stored, stored)).toBeUndefined();
  });

  it('moves the times in each end’s zone, landing the next day when the clock reads earlier', () => {
    const row = manifestRows(trip, [alice], [ek381])[1]!;
    const stored = cellsOf(row);
    expect(stored).toMatchObject({ date: '2027-03-13', departs: '03:50', arrives: '15:25' });
    const patch = journeyPatch(ek381, 'alice', stored, { ...stored, departs: '22:10', arrives: '09:45' })!;
    // 22:10 in Dubai (UTC+4) on the 13th, landing 09:45 in Hong Kong (UTC+8) on the 14th.
    expect(patch.start).toBe('2027-03-13T18:10:00.000Z');
    expect(patch.end).toBe('2027-03-14T01:45:00.000Z');
  });

  it('lets a member typed onto the same flight that day join it, with their own seat', () => {
    const cells = { ...emptyCells, flight: 'CX906', date: '2027-03-10', departs: '09:30', seat: '3A' };
    const match = matchingJourney([ek381, cx906], cells);
    expect(match?.id).toBe('cx906');
    expect(matchingJourney([cx906], { ...cells, date: '2027-03-11' })).toBeUndefined();
    const patch = joinPatch(cx906, 'carol', cells);
    expect(patch.memberIds).toEqual(['alice', 'bob', 'carol']);
    expect(patch.travel.passengers?.at(-1)).toEqual({ memberId: 'carol', seat: '3A', cabin: '', bookingRef: '' });
  });

  it('makes a new flight from home to the first city, or from the last city home', () => {
    const cells = { ...emptyCells, flight: 'ek 380', date: '2027-03-13', departs: '10:15', arrives: '21:45', from: 'dxb', to: 'hkg', seat: '1K' };
    const made = newJourney(trip, 'departure', 'carol', cells);
    expect(made).toMatchObject({ tripId: 'trip', kind: 'travel', title: 'EK 380 DXB → HKG', timeZone: 'Asia/Dubai', endTimeZone: 'Asia/Hong_Kong', memberIds: ['carol'] });
    expect(made.start).toBe('2027-03-13T06:15:00.000Z');
    expect(made.end).toBe('2027-03-13T13:45:00.000Z');
    expect(made.travel).toMatchObject({ mode: 'flight', carrier: 'EK', number: '380', from: { code: 'DXB' }, to: { code: 'HKG' }, passengers: [{ memberId: 'carol', seat: '1K' }] });
    expect(newJourney(trip, 'arrival', 'carol', { ...cells, from: '', to: '' })).toMatchObject({ timeZone: 'Asia/Hong_Kong', endTimeZone: 'Asia/Shanghai', title: 'EK 380' });
  });

  it('copies a segment by adding the other members to the journey, once each', () => {
    expect(copyPatch(cx906, ['carol', 'bob'])).toEqual({ memberIds: ['alice', 'bob', 'carol'] });
  });
});

// The samples store the airline's name as the carrier and the code with the number ("Cathay Pacific", "CX 390"): at
// 1024 px the cell cut that to "Cathay Pa…". It shows "CX 390", keeps the full name in its tooltip and accessible name,
// and typing there edits the number without losing the airline.
describe('the flight in its cell', () => {
  const cathay = { mode: 'flight' as const, carrier: 'Cathay Pacific', number: 'CX 390', passengers: [{ memberId: 'alice', seat: '11A', cabin: 'Business', bookingRef: 'Q4T7LM' }] };
  const cx390 = journey('cx390', '2027-03-10T01:30:00.000Z', '2027-03-10T04:45:00.000Z', ['alice', 'bob'], { travel: cathay });

  it('shows the code and number, and the full name only where the cell shortened it', () => {
    const [aliceIn] = manifestRows(trip, [alice], [cx390]);
    expect(cellsOf(aliceIn!).flight).toBe('CX 390');
    expect(flightInFull(cathay, 'CX 390')).toBe('Cathay Pacific CX 390');
    // Another flight typed in the cell is not described by the stored one.
    expect(flightInFull(cathay, 'CX 392')).toBeUndefined();
    // Nothing shortened: a grid-typed flight, a carrier with no number, a number with no code of its own.
    expect(cellsOf(manifestRows(trip, [alice], [cx906])[0]!).flight).toBe('CX 906');
    expect(flightInFull(cx906.travel, 'CX 906')).toBeUndefined();
    expect(cellsOf(manifestRows(trip, [alice], [{ ...cx390, travel: { carrier: 'Cathay Pacific' } }])[0]!).flight).toBe('Cathay Pacific');
    expect(cellsOf(manifestRows(trip, [alice], [{ ...cx390, travel: { carrier: 'Cathay Pacific', number: '390' } }])[0]!).flight).toBe('Cathay Pacific 390');
    expect(cellsOf(manifestRows(trip, [alice], [{ ...cx390, travel: { carrier: 'China Railway', number: 'G7562' } }])[0]!).flight).toBe('G7562');
  });

  it('leaves the airline alone when another cell of the row is typed', () => {
    const row = manifestRows(trip, [bob], [cx390])[0]!;
    const stored = cellsOf(row);
    const patch = journeyPatch(cx390, 'bob', stored, { ...stored, seat: '32C' })!;
    expect(patch.travel).toMatchObject({ carrier: 'Cathay Pacific', number: 'CX 390' });
  });

  it('keeps the airline’s name when a number of the same airline is typed, and replaces both for another', () => {
    expect(typedFlight(cathay, 'cx 392')).toEqual({ carrier: 'Cathay Pacific', number: 'CX 392' });
    expect(typedFlight(cathay, 'CX392')).toEqual({ carrier: 'Cathay Pacific', number: 'CX 392' });
    expect(typedFlight(cathay, 'Cathay Pacific CX 391')).toEqual({ carrier: 'Cathay Pacific', number: 'CX 391' });
    expect(typedFlight(cathay, 'MU 5101')).toEqual({ carrier: 'MU', number: '5101' });
    expect(typedFlight({ carrier: 'China Railway', number: 'G7562' }, 'g7564')).toEqual({ carrier: 'China Railway', number: 'G7564' });
    // A flight stored as typed in the grid ("CX" and "906") is edited as before.
    expect(typedFlight(cx906.travel, 'CX 908')).toEqual({ carrier: 'CX', number: '908' });
    expect(parseFlight('Cathay Pacific CX 391')).toEqual({ carrier: 'Cathay Pacific', number: 'CX 391' });

    const stored = cellsOf(manifestRows(trip, [alice], [cx390])[0]!);
    expect(journeyPatch(cx390, 'alice', stored, { ...stored, flight: 'cx 392' })?.travel).toMatchObject({ carrier: 'Cathay Pacific', number: 'CX 392' });
  });

  it('lets a member typed onto the flight as the cell shows it join the journey', () => {
    const cells = { ...emptyCells, date: '2027-03-10', departs: '09:30' };
    expect(matchingJourney([cx390], { ...cells, flight: 'cx390' })?.id).toBe('cx390');
    expect(matchingJourney([cx390], { ...cells, flight: 'Cathay Pacific CX 390' })?.id).toBe('cx390');
    expect(matchingJourney([cx390], { ...cells, flight: 'CX 391' })).toBeUndefined();
  });
});
