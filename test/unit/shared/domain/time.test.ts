// Time-zone placement on real itineraries: Hong Kong → Riyadh → Dubai, London across the end of BST, and the
// Hangzhou/Shanghai changeover; plus DST gaps and overlaps and the browser-zone bridge for the calendar widget.
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns/format';
import { afterEach, describe, expect, it } from 'vitest';
import {
  displayZoneForEvent,
  formatInZone,
  fromCalendarDate,
  instantFromLocal,
  legForDate,
  localParts,
  shiftEventDays,
  toCalendarDate,
  travelLabel,
  tripDays,
  wallClock,
} from '../../../../shared/domain/time';

const HK = 'Asia/Hong_Kong';
const RUH = 'Asia/Riyadh';
const DXB = 'Asia/Dubai';
const LON = 'Europe/London';
const CN = 'Asia/Shanghai';

const leg = (id: string, city: string, timeZone: string, startDate: string, endDate: string) => ({ id, city, country: '', timeZone, startDate, endDate });
const gulf = {
  startDate: '2025-10-13',
  endDate: '2025-10-19',
  homeTimeZone: HK,
  legs: [leg('ruh', 'Riyadh', RUH, '2025-10-13', '2025-10-16'), leg('dxb', 'Dubai', DXB, '2025-10-16', '2025-10-19')],
};
const yangtze = {
  startDate: '2025-05-13',
  endDate: '2025-05-16',
  homeTimeZone: HK,
  legs: [leg('hz', 'Hangzhou', CN, '2025-05-13', '2025-05-15'), leg('sh', 'Shanghai', CN, '2025-05-15', '2025-05-16')],
};

describe('a Hong Kong → Riyadh → Dubai trip', () => {
  // HKG 08:05 (UTC+8) is 00:05Z; RUH 12:40 (UTC+3) is 09:40Z.
  const flight = { start: '2025-10-13T00:05:00.000Z', end: '2025-10-13T09:40:00.000Z', timeZone: HK, endTimeZone: RUH };
  const riyadhMeeting = { start: '2025-10-14T07:00:00.000Z', end: '2025-10-14T08:00:00.000Z', timeZone: RUH };
  const dubaiMeeting = { start: '2025-10-17T05:30:00.000Z', end: '2025-10-17T06:30:00.000Z', timeZone: DXB };

  it('labels a flight with departure and arrival each in its own zone', () => {
    expect(travelLabel(flight)).toEqual({
      departs: { date: '2025-10-13', time: '08:05', zone: HK },
      arrives: { date: '2025-10-13', time: '12:40', zone: RUH },
    });
  });

  it('labels a flight without an arrival zone in its departure zone, with the arrival date for "+1"', () => {
    const overnight = { start: '2025-10-19T19:00:00.000Z', end: '2025-10-20T03:00:00.000Z', timeZone: DXB };
    expect(travelLabel(overnight).arrives).toEqual({ date: '2025-10-20', time: '07:00', zone: DXB });
  });

  it('reads local times from instants and back', () => {
    expect(instantFromLocal('2025-10-13', '08:05', HK)).toBe(flight.start);
    expect(instantFromLocal('2025-10-13', '12:40', RUH)).toBe(flight.end);
    expect(localParts(riyadhMeeting.start, RUH)).toEqual({ date: '2025-10-14', time: '10:00' });
    expect(localParts(dubaiMeeting.start, DXB)).toEqual({ date: '2025-10-17', time: '09:30' });
  });

  it('shows meetings at their local time, or at Hong Kong time in home mode', () => {
    const show = (e: { start: string; timeZone: string }, mode: 'local' | 'home') => localParts(e.start, displayZoneForEvent(gulf, e, mode)).time;
    expect([show(riyadhMeeting, 'local'), show(dubaiMeeting, 'local')]).toEqual(['10:00', '09:30']);
    expect([show(riyadhMeeting, 'home'), show(dubaiMeeting, 'home')]).toEqual(['15:00', '13:30']);
    expect(displayZoneForEvent(gulf, riyadhMeeting, 'home')).toBe(HK);
  });

  it('formats with a date-fns pattern in the zone asked for', () => {
    expect(formatInZone(riyadhMeeting.start, RUH, 'EEE d MMM yyyy HH:mm')).toBe('Tue 14 Oct 2025 10:00');
    expect(formatInZone(new Date(riyadhMeeting.start), HK, 'HH:mm')).toBe('15:00');
  });

  it('gives every trip day its leg and zone, preferring the leg that starts on a changeover day', () => {
    const days = tripDays(gulf);
    expect(days.map((d) => d.date)).toEqual(['2025-10-13', '2025-10-14', '2025-10-15', '2025-10-16', '2025-10-17', '2025-10-18', '2025-10-19']);
    expect(days.map((d) => d.leg?.city)).toEqual(['Riyadh', 'Riyadh', 'Riyadh', 'Dubai', 'Dubai', 'Dubai', 'Dubai']);
    expect(days[3]!.timeZone).toBe(DXB);
  });
});

describe('the Hangzhou / Shanghai changeover', () => {
  it('gives the changeover day to the leg that starts on it', () => {
    expect(legForDate(yangtze, '2025-05-14')?.city).toBe('Hangzhou');
    expect(legForDate(yangtze, '2025-05-15')?.city).toBe('Shanghai');
    expect(legForDate(yangtze, '2025-05-16')?.city).toBe('Shanghai');
    expect(legForDate(yangtze, '2025-05-17')).toBeUndefined();
  });

  it('falls back to the home zone on a day no leg covers', () => {
    const withGap = { ...yangtze, endDate: '2025-05-18' };
    expect(tripDays(withGap).slice(-2)).toEqual([
      { date: '2025-05-17', leg: undefined, timeZone: HK },
      { date: '2025-05-18', leg: undefined, timeZone: HK },
    ]);
  });
});

describe('a London visit across the end of BST (26 Oct 2025)', () => {
  const before = instantFromLocal('2025-10-25', '10:00', LON);
  const after = instantFromLocal('2025-10-27', '10:00', LON);

  it('keeps 10:00 local on both sides; the instants are 49 hours apart', () => {
    expect(before).toBe('2025-10-25T09:00:00.000Z'); // BST, UTC+1
    expect(after).toBe('2025-10-27T10:00:00.000Z'); // GMT, UTC+0
    expect(Date.parse(after) - Date.parse(before)).toBe((48 + 1) * 3_600_000);
  });

  it('shifts an event by calendar days keeping its wall-clock time', () => {
    const event = { id: 'e1', start: before, end: instantFromLocal('2025-10-25', '11:30', LON), timeZone: LON };
    const moved = shiftEventDays(event, 2);
    expect(moved).toEqual({ id: 'e1', start: after, end: '2025-10-27T11:30:00.000Z', timeZone: LON });
    expect(shiftEventDays(moved, -2)).toEqual(event);
  });

  it('shifts a flight end in its arrival zone', () => {
    const flight = { start: '2025-10-24T23:00:00.000Z', end: '2025-10-25T09:00:00.000Z', timeZone: HK, endTimeZone: LON };
    const moved = shiftEventDays(flight, 3);
    expect(travelLabel(moved)).toEqual({
      departs: { date: '2025-10-28', time: '07:00', zone: HK },
      arrives: { date: '2025-10-28', time: '10:00', zone: LON },
    });
  });

  it('keeps the length of an event that straddled the repeated hour when its copy would end before it starts', () => {
    // 01:50 BST → 01:10 GMT is 20 minutes; on the next fall-back day the copy's 01:10 would read as BST.
    const straddling = { start: '2025-10-26T00:50:00.000Z', end: '2025-10-26T01:10:00.000Z', timeZone: LON };
    // 364 days on is 25 Oct 2026, the next fall-back Sunday: both 01:50 and 01:10 would read as BST.
    expect(shiftEventDays(straddling, 364)).toEqual({ start: '2026-10-25T00:50:00.000Z', end: '2026-10-25T01:10:00.000Z', timeZone: LON });
  });
});

describe('wall times a DST change makes odd', () => {
  const originalTz = process.env.TZ;
  afterEach(() => {
    process.env.TZ = originalTz;
  });

  it('moves a time in the spring-forward gap forward by the gap', () => {
    expect(instantFromLocal('2025-03-30', '01:30', LON)).toBe('2025-03-30T01:30:00.000Z'); // reads 02:30 BST
    expect(localParts(instantFromLocal('2025-03-30', '01:30', LON), LON)).toEqual({ date: '2025-03-30', time: '02:30' });
    expect(instantFromLocal('2025-03-09', '02:30', 'America/New_York')).toBe('2025-03-09T07:30:00.000Z'); // 03:30 EDT
  });

  it('takes the earlier of a time that happens twice at fall-back', () => {
    expect(instantFromLocal('2025-10-26', '01:30', LON)).toBe('2025-10-26T00:30:00.000Z'); // 01:30 BST
    expect(instantFromLocal('2025-11-02', '01:30', 'America/New_York')).toBe('2025-11-02T05:30:00.000Z'); // 01:30 EDT
  });

  it('gives the same answers whatever zone the machine is in', () => {
    for (const machine of ['UTC', 'America/New_York', 'Europe/London', 'Asia/Hong_Kong']) {
      process.env.TZ = machine;
      expect(instantFromLocal('2025-10-26', '01:30', LON)).toBe('2025-10-26T00:30:00.000Z');
      expect(instantFromLocal('2025-03-30', '01:30', LON)).toBe('2025-03-30T01:30:00.000Z');
      expect(localParts('2025-10-14T07:00:00.000Z', RUH)).toEqual({ date: '2025-10-14', time: '10:00' });
    }
  });

  it('keeps wall time when shifting into a spring-forward day, and moves a time in its gap forward', () => {
    const saturday = { start: instantFromLocal('2025-03-29', '10:00', LON), end: instantFromLocal('2025-03-29', '11:00', LON), timeZone: LON };
    expect(localParts(shiftEventDays(saturday, 1).start, LON)).toEqual({ date: '2025-03-30', time: '10:00' });
    const lateNight = { start: instantFromLocal('2025-03-29', '01:30', LON), end: instantFromLocal('2025-03-29', '03:00', LON), timeZone: LON };
    expect(localParts(shiftEventDays(lateNight, 1).start, LON)).toEqual({ date: '2025-03-30', time: '02:30' });
  });

  it('rejects text that is not a date and time', () => {
    expect(() => instantFromLocal('14/10/2025', '10:00', RUH)).toThrow(/YYYY-MM-DD HH:mm/);
    expect(() => instantFromLocal('2025-10-14', '10am', RUH)).toThrow(/YYYY-MM-DD HH:mm/);
  });
});

describe('dates for a calendar widget that works in the browser zone', () => {
  it('gives a Date whose browser-local wall clock reads the event zone time (browser in London, event in Riyadh)', () => {
    const meeting = '2025-10-14T07:00:00.000Z'; // 10:00 in Riyadh
    const shown = toCalendarDate(meeting, RUH, LON);
    expect(wallClock(shown, LON)).toMatchObject({ year: 2025, month: 10, day: 14, hour: 10, minute: 0 });
    expect(shown.toISOString()).toBe('2025-10-14T09:00:00.000Z'); // 10:00 BST
    expect(fromCalendarDate(shown, RUH, LON)).toBe(meeting);
  });

  it('stays right when the browser zone changes offset but the event zone does not', () => {
    const afterBst = '2025-10-27T07:00:00.000Z'; // 10:00 in Riyadh, London now on GMT
    const shown = toCalendarDate(afterBst, RUH, LON);
    expect(shown.toISOString()).toBe('2025-10-27T10:00:00.000Z');
    expect(fromCalendarDate(shown, RUH, LON)).toBe(afterBst);
  });

  it('stays right when the event zone changes offset and the browser zone does not', () => {
    const londonBefore = instantFromLocal('2025-10-25', '10:00', LON);
    const londonAfter = instantFromLocal('2025-10-27', '10:00', LON);
    for (const instant of [londonBefore, londonAfter]) {
      const shown = toCalendarDate(instant, LON, HK);
      expect(wallClock(shown, HK)).toMatchObject({ hour: 10, minute: 0 });
      expect(fromCalendarDate(shown, LON, HK)).toBe(instant);
    }
  });

  it('turns a slot dragged to in the calendar into the instant in the event zone', () => {
    // Browser in New York; the user drops a Dubai meeting on 17 Oct at 09:30 (browser-local wall clock).
    const dropped = new Date(instantFromLocal('2025-10-17', '09:30', 'America/New_York'));
    expect(fromCalendarDate(dropped, DXB, 'America/New_York')).toBe('2025-10-17T05:30:00.000Z');
  });

  it('moves a time that does not exist in the browser zone forward by the gap (a known limit)', () => {
    const riyadhNight = instantFromLocal('2025-03-30', '01:30', RUH); // London skips 01:00–02:00 that night
    expect(wallClock(toCalendarDate(riyadhNight, RUH, LON), LON)).toMatchObject({ day: 30, hour: 2, minute: 30 });
  });
});

describe('the wall clock read from a kept Intl formatter (not a TZDate per reading)', () => {
  // The oracle is the TZDate reading wallClock and formatInZone used before (and still use outside 1000–9999 or for a
  // zone Intl does not know): the fast path must agree with it on every instant, DST edges included.
  const oracle = (time: number, zone: string) => {
    const d = new TZDate(time, zone);
    return { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate(), hour: d.getHours(), minute: d.getMinutes(), second: d.getSeconds(), ms: d.getMilliseconds() };
  };
  const zones = [HK, RUH, LON, CN, 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'Pacific/Chatham', 'America/St_Johns', 'UTC'];

  it('agrees with TZDate on 2,000 instants from 1970 to 2100 in zones with half-hour DST, 45-minute offsets and none', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let i = 0; i < 2000; i++) {
      const time = Math.floor(random() * Date.UTC(2100, 0, 1));
      const zone = zones[i % zones.length]!;
      expect(wallClock(new Date(time), zone), `${new Date(time).toISOString()} in ${zone}`).toEqual(oracle(time, zone));
    }
  });

  it('agrees on every minute either side of the 2025 DST changes in London, New York and Lord Howe', () => {
    const edges: [string, string][] = [
      ['2025-03-30T01:00:00Z', LON],
      ['2025-10-26T01:00:00Z', LON],
      ['2025-03-09T07:00:00Z', 'America/New_York'],
      ['2025-11-02T06:00:00Z', 'America/New_York'],
      ['2025-04-05T15:00:00Z', 'Australia/Lord_Howe'],
    ];
    for (const [edge, zone] of edges) {
      for (let m = -90; m <= 90; m++) {
        const time = Date.parse(edge) + m * 60_000 + 1234;
        expect(wallClock(new Date(time), zone), `${new Date(time).toISOString()} in ${zone}`).toEqual(oracle(time, zone));
        const expected = { date: format(new TZDate(time, zone), 'yyyy-MM-dd'), time: format(new TZDate(time, zone), 'HH:mm') };
        expect(localParts(new Date(time), zone)).toEqual(expected);
        expect(formatInZone(new Date(time), zone, 'yyyy-MM-dd')).toBe(expected.date);
        expect(formatInZone(new Date(time), zone, 'HH:mm')).toBe(expected.time);
      }
    }
  });

  it('answers midnight as 00, not 24', () => {
    expect(localParts('2025-10-13T16:00:00.000Z', HK)).toEqual({ date: '2025-10-14', time: '00:00' });
    expect(wallClock('2025-10-13T16:00:00.000Z', HK)).toMatchObject({ day: 14, hour: 0, minute: 0 });
  });

  it('still reads a zone Intl does not know, and a year outside 1000–9999, as it did', () => {
    expect(Number.isNaN(wallClock('2025-10-13T16:00:00.000Z', 'Not/A_Zone').year)).toBe(true);
    const ancient = Date.UTC(900, 5, 1, 12);
    expect(wallClock(new Date(ancient), 'UTC')).toEqual(oracle(ancient, 'UTC'));
  });
});
