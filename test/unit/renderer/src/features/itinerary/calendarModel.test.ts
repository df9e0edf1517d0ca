// The calendar's bridge between stored instants and react-big-calendar's browser-zone dates: events shown on their
// own clock or the home zone's, drops and resizes turned back into exact instants (across a DST change too), slots
// turned into new events in the right leg's zone.
import { describe, expect, it } from 'vitest';
import { wallClock } from '../../../../../../shared/domain/time';
import { emptyBriefing, type Trip, type TripEvent } from '../../../../../../shared/model';
import {
  calendarDay, dayOf, droppedTimes, slotToNewEvent, toCalendarEvents, tripCalendarDays, tripLengthInDays, zoneCity, zonesShown,
} from '../../../../../../renderer/src/features/itinerary/calendarModel';

// The calendar's Dates are read on the machine's clock, as in a browser; the tests use whatever zone they run in.
const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
const meta = { createdAt: '2027-01-01T00:00:00.000Z', updatedAt: '2027-01-01T00:00:00.000Z', deleted: false };

const gulf: Trip = {
  id: 'gulf', ...meta, title: 'Gulf mission', purpose: '', organisingBody: '', status: 'planned',
  startDate: '2027-03-08', endDate: '2027-03-12', homeTimeZone: 'Asia/Hong_Kong', memberIds: [],
  legs: [
    { id: 'ruh', city: 'Riyadh', country: 'Saudi Arabia', timeZone: 'Asia/Riyadh', startDate: '2027-03-08', endDate: '2027-03-10' },
    { id: 'dxb', city: 'Dubai', country: 'UAE', timeZone: 'Asia/Dubai', startDate: '2027-03-10', endDate: '2027-03-12' },
  ],
};

function event(id: string, start: string, end: string, timeZone: string, extra: Partial<TripEvent> = {}): TripEvent {
  return {
    id, ...meta, tripId: 'gulf', kind: 'meeting', title: id, start, end, timeZone, venue: { en: '', zh: '' }, address: { en: '', zh: '' },
    memberIds: [], contactIds: [], organisationIds: [], status: 'confirmed', description: '', briefing: emptyBriefing, ...extra,
  };
}

const hm = (date: Date): string => {
  const w = wallClock(date, browserZone);
  return `${w.year}-${String(w.month).padStart(2, '0')}-${String(w.day).padStart(2, '0')} ${String(w.hour).padStart(2, '0')}:${String(w.minute).padStart(2, '0')}`;
};

const riyadhMeeting = event('ministry', '2027-03-09T07:00:00.000Z', '2027-03-09T08:00:00.000Z', 'Asia/Riyadh');
const dubaiVisit = event('dff', '2027-03-11T05:00:00.000Z', '2027-03-11T06:30:00.000Z', 'Asia/Dubai');

describe('toCalendarEvents', () => {
  it('shows each event on its own clock in local mode, and on the home clock in home mode', () => {
    const local = toCalendarEvents(gulf, [riyadhMeeting, dubaiVisit], { mode: 'local', browserZone, showCancelled: false });
    expect(local.map((e) => [hm(e.start), hm(e.end), e.zone])).toEqual([
      ['2027-03-09 10:00', '2027-03-09 11:00', 'Asia/Riyadh'],
      ['2027-03-11 09:00', '2027-03-11 10:30', 'Asia/Dubai'],
    ]);
    const home = toCalendarEvents(gulf, [riyadhMeeting, dubaiVisit], { mode: 'home', browserZone, showCancelled: false });
    expect(home.map((e) => [hm(e.start), hm(e.end), e.zone])).toEqual([
      ['2027-03-09 15:00', '2027-03-09 16:00', 'Asia/Hong_Kong'],
      ['2027-03-11 13:00', '2027-03-11 14:30', 'Asia/Hong_Kong'],
    ]);
  });

  it('draws a flight on its departure clock for its true length (HKG 08:05 → RUH 12:40 is 9 h 35 min)', () => {
    const flight = event('cx', '2027-03-08T00:05:00.000Z', '2027-03-08T09:40:00.000Z', 'Asia/Hong_Kong', { kind: 'travel', endTimeZone: 'Asia/Riyadh' });
    const [shown] = toCalendarEvents(gulf, [flight], { mode: 'local', browserZone, showCancelled: false });
    expect([hm(shown!.start), hm(shown!.end)]).toEqual(['2027-03-08 08:05', '2027-03-08 17:40']);
  });

  it('hides deleted events always and cancelled ones unless asked; applies pending times and clash counts', () => {
    const cancelled = event('press', '2027-03-09T13:00:00.000Z', '2027-03-09T13:45:00.000Z', 'Asia/Riyadh', { status: 'cancelled' });
    const deleted = event('gone', '2027-03-09T13:00:00.000Z', '2027-03-09T13:45:00.000Z', 'Asia/Riyadh', { deleted: true });
    const all = [riyadhMeeting, cancelled, deleted];
    expect(toCalendarEvents(gulf, all, { mode: 'local', browserZone, showCancelled: false }).map((e) => e.id)).toEqual(['ministry']);
    expect(toCalendarEvents(gulf, all, { mode: 'local', browserZone, showCancelled: true }).map((e) => e.id)).toEqual(['ministry', 'press']);
    const [moved] = toCalendarEvents(gulf, [riyadhMeeting], {
      mode: 'local', browserZone, showCancelled: false,
      overrides: new Map([['ministry', { start: '2027-03-10T08:00:00.000Z', end: '2027-03-10T09:00:00.000Z' }]]),
      clashCounts: new Map([['ministry', 2]]),
    });
    expect([hm(moved!.start), moved!.event.start, moved!.clashCount]).toEqual(['2027-03-10 11:00', '2027-03-10T08:00:00.000Z', 2]);
  });
});

describe('droppedTimes', () => {
  const [shown] = toCalendarEvents(gulf, [riyadhMeeting], { mode: 'local', browserZone, showCancelled: false });
  const at = (date: string, hour: number, minute = 0): Date => {
    const d = calendarDay(date);
    d.setHours(hour, minute);
    return d;
  };

  it('reads a move on the event’s clock and keeps its length', () => {
    // Dropped on Wednesday 11:00 (Riyadh clock): the end the calendar proposes is ignored in favour of the length.
    expect(droppedTimes(shown!, { start: at('2027-03-10', 11), end: at('2027-03-10', 13) }, 'move', browserZone)).toEqual({
      start: '2027-03-10T08:00:00.000Z',
      end: '2027-03-10T09:00:00.000Z',
    });
  });

  it('takes both ends of a resize, and never lets the end fall before the start', () => {
    expect(droppedTimes(shown!, { start: at('2027-03-09', 10), end: at('2027-03-09', 12, 30) }, 'resize', browserZone)).toEqual({
      start: '2027-03-09T07:00:00.000Z',
      end: '2027-03-09T09:30:00.000Z',
    });
    expect(droppedTimes(shown!, { start: at('2027-03-09', 10), end: at('2027-03-09', 9) }, 'resize', browserZone).end).toBe('2027-03-09T07:00:00.000Z');
  });

  it('in home mode reads the drop on the home clock', () => {
    const [home] = toCalendarEvents(gulf, [riyadhMeeting], { mode: 'home', browserZone, showCancelled: false });
    expect(droppedTimes(home!, { start: at('2027-03-09', 17), end: at('2027-03-09', 18) }, 'move', browserZone).start).toBe('2027-03-09T09:00:00.000Z');
  });

  it('keeps the wall time when an event moves across a DST change (London, 26 Oct 2025)', () => {
    const london = event('lunch', '2025-10-25T09:00:00.000Z', '2025-10-25T10:00:00.000Z', 'Europe/London'); // 10:00 BST
    const [placed] = toCalendarEvents(gulf, [london], { mode: 'local', browserZone, showCancelled: false });
    expect(hm(placed!.start)).toBe('2025-10-25 10:00');
    // Dragged to Monday 27 Oct 10:00, now GMT: one hour later in UTC.
    expect(droppedTimes(placed!, { start: at('2025-10-27', 10), end: at('2025-10-27', 11) }, 'move', browserZone)).toEqual({
      start: '2025-10-27T10:00:00.000Z',
      end: '2025-10-27T11:00:00.000Z',
    });
  });
});

describe('slotToNewEvent', () => {
  it('uses the leg of the selected day: its zone, and its clock in local mode', () => {
    const tuesday = calendarDay('2027-03-09');
    const slot = { start: new Date(tuesday.getFullYear(), 2, 9, 14), end: new Date(tuesday.getFullYear(), 2, 9, 15) };
    expect(slotToNewEvent(gulf, slot, 'local', browserZone)).toEqual({ start: '2027-03-09T11:00:00.000Z', end: '2027-03-09T12:00:00.000Z', timeZone: 'Asia/Riyadh' });
  });

  it('in home mode reads the slot on the home clock but still gives the event its leg’s zone', () => {
    const slot = { start: new Date(2027, 2, 11, 13), end: new Date(2027, 2, 11, 14) };
    expect(slotToNewEvent(gulf, slot, 'home', browserZone)).toEqual({ start: '2027-03-11T05:00:00.000Z', end: '2027-03-11T06:00:00.000Z', timeZone: 'Asia/Dubai' });
  });

  it('turns a whole-day selection (a month cell) into 09:00–10:00 that day; a day without a leg uses the home zone', () => {
    const slot = { start: calendarDay('2027-03-10'), end: calendarDay('2027-03-11') };
    // 10 March is a changeover day: the leg that starts that day (Dubai) wins.
    expect(slotToNewEvent(gulf, slot, 'local', browserZone)).toEqual({ start: '2027-03-10T05:00:00.000Z', end: '2027-03-10T06:00:00.000Z', timeZone: 'Asia/Dubai' });
    const before = { start: calendarDay('2027-03-01'), end: calendarDay('2027-03-02') };
    expect(slotToNewEvent(gulf, before, 'local', browserZone).timeZone).toBe('Asia/Hong_Kong');
  });
});

describe('trip days and zones', () => {
  it('lists the trip’s days as calendar days, and counts them', () => {
    expect(tripCalendarDays(gulf).map(dayOf)).toEqual(['2027-03-08', '2027-03-09', '2027-03-10', '2027-03-11', '2027-03-12']);
    expect(tripLengthInDays(gulf)).toBe(5);
    expect(tripLengthInDays({ startDate: '2027-02-27', endDate: '2027-03-02' })).toBe(4);
  });

  it('names the zones in view: the legs in order, then any other zone an event uses; only home in home mode', () => {
    const flight = event('cx', '2027-03-08T00:05:00.000Z', '2027-03-08T09:40:00.000Z', 'Asia/Hong_Kong');
    expect(zonesShown(gulf, [riyadhMeeting, flight], 'local')).toEqual(['Asia/Riyadh', 'Asia/Dubai', 'Asia/Hong_Kong']);
    expect(zonesShown(gulf, [riyadhMeeting, flight], 'home')).toEqual(['Asia/Hong_Kong']);
    expect(zoneCity('America/Los_Angeles')).toBe('Los Angeles');
  });
});
