// Journeys on the calendar: drawn where and when they happen (the departure's column, from its local time, for their
// real length), labelled with the arrival's own clock and the city from the trip, never the zone's name.
import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { eventPlaces } from '../../../../../../shared/domain/place';
import { wallClock } from '../../../../../../shared/domain/time';
import { emptyBriefing, type Trip, type TripEvent } from '../../../../../../shared/model';
import { dayOf, toCalendarEvents } from '../../../../../../renderer/src/features/itinerary/calendarModel';
import { travelText } from '../../../../../../renderer/src/features/itinerary/eventText';
import { formats, localizer } from '../../../../../../renderer/src/features/itinerary/localizer';
import { sampleTrip } from '../../../../helpers/sample-trip';

const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
const meta = { createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', deleted: false };
const hm = (date: Date): string => {
  const w = wallClock(date, browserZone);
  return `${w.year}-${String(w.month).padStart(2, '0')}-${String(w.day).padStart(2, '0')} ${String(w.hour).padStart(2, '0')}:${String(w.minute).padStart(2, '0')}`;
};
const flight = (id: string, start: string, end: string, timeZone: string, endTimeZone: string): TripEvent => ({
  id, ...meta, tripId: 't', kind: 'travel', title: id, start, end, timeZone, endTimeZone, venue: { en: '', zh: '' }, address: { en: '', zh: '' },
  memberIds: [], contactIds: [], organisationIds: [], status: 'confirmed', description: '', briefing: emptyBriefing,
});
const tripWith = (legs: Trip['legs'], startDate: string, endDate: string): Trip => ({
  id: 't', ...meta, title: 'Trip', purpose: '', organisingBody: '', status: 'planned', startDate, endDate, homeTimeZone: 'Asia/Hong_Kong', memberIds: [], legs,
});
// The label react-big-calendar puts on an event in the time grid, through our formats.
type RangeFormat = (range: { start: Date; end: Date }, culture: string, loc: typeof localizer) => string;
const gridLabel = (start: Date, end: Date, which: 'eventTimeRangeFormat' | 'eventTimeRangeStartFormat' = 'eventTimeRangeFormat'): string =>
  (formats[which] as unknown as RangeFormat)({ start, end }, 'en-GB', localizer);
const t = ((key: string, o: Record<string, unknown>) => (key === 'itinerary.event.travel' ? `${o.from} ${o.departs} → ${o.to} ${o.arrives} local` : key)) as unknown as TFunction;

describe('a long-haul flight that lands at an earlier clock time: HKG 12:00 → SFO 08:30 the same date', () => {
  // 1 Dec 2026: HKG 12:00 (UTC+8) is 04:00Z; SFO 08:30 (UTC−8) is 16:30Z — 12 h 30 min, past midnight in Hong Kong.
  const trip = tripWith([{ id: 'sf', city: 'San Francisco', country: 'USA', timeZone: 'America/Los_Angeles', startDate: '2026-12-01', endDate: '2026-12-04' }], '2026-12-01', '2026-12-04');
  const cx = flight('cx872', '2026-12-01T04:00:00.000Z', '2026-12-01T16:30:00.000Z', 'Asia/Hong_Kong', 'America/Los_Angeles');
  const [shown] = toCalendarEvents(trip, [cx], { mode: 'local', browserZone, showCancelled: false, places: eventPlaces(trip, [cx]) });

  it('is drawn in the time grid from 12:00 in its departure day’s column for its real 12 h 30 min, not as an all-day bar', () => {
    expect(shown!.allDay).toBe(false);
    expect(dayOf(shown!.start)).toBe('2026-12-01');
    expect([hm(shown!.start), hm(shown!.end)]).toEqual(['2026-12-01 12:00', '2026-12-02 00:30']);
  });

  it('is labelled with the arrival’s own clock and city', () => {
    expect(shown!.arrival).toEqual({ time: '08:30', city: 'San Francisco', plusDays: 0 });
    expect(gridLabel(shown!.start, shown!.end)).toBe('12:00 → 08:30 San Francisco');
    // The part drawn in the departure day's column, before the box continues past midnight.
    expect(gridLabel(shown!.start, shown!.end, 'eventTimeRangeStartFormat')).toBe('12:00 → 08:30 San Francisco');
  });

  it('still sends other timed events that run over days to the all-day row', () => {
    const congress = { ...cx, id: 'congress', kind: 'seminar' as const, endTimeZone: undefined, end: '2026-12-03T09:00:00.000Z' };
    expect(toCalendarEvents(trip, [congress], { mode: 'local', browserZone, showCancelled: false })[0]!.allDay).toBe(true);
  });
});

describe('Riyadh 09:00 → Dubai 12:05 on the changeover day', () => {
  const trip = tripWith(
    [
      { id: 'ruh', city: 'Riyadh', country: 'Saudi Arabia', timeZone: 'Asia/Riyadh', startDate: '2027-03-08', endDate: '2027-03-10' },
      { id: 'dxb', city: 'Dubai', country: 'UAE', timeZone: 'Asia/Dubai', startDate: '2027-03-10', endDate: '2027-03-12' },
    ],
    '2027-03-08',
    '2027-03-12',
  );
  // 09:00 in Riyadh (UTC+3) is 06:00Z; 12:05 in Dubai (UTC+4) is 08:05Z.
  const ek = flight('ek', '2027-03-10T06:00:00.000Z', '2027-03-10T08:05:00.000Z', 'Asia/Riyadh', 'Asia/Dubai');
  const places = eventPlaces(trip, [ek]);
  const [shown] = toCalendarEvents(trip, [ek], { mode: 'local', browserZone, showCancelled: false, places });

  it('is drawn from 09:00 Riyadh time for 2 h 05 min, labelled with its arrival at 12:05 in Dubai, not "09:00 – 11:05"', () => {
    expect([hm(shown!.start), hm(shown!.end)]).toEqual(['2027-03-10 09:00', '2027-03-10 11:05']);
    expect(gridLabel(shown!.start, shown!.end)).toBe('09:00 → 12:05 Dubai');
    expect(travelText(t, trip, ek, { places: places.get('ek') })).toBe('Riyadh 09:00 → Dubai 12:05 local');
  });

  it('in home mode reads on the home clock and keeps the plain range', () => {
    const [home] = toCalendarEvents(trip, [ek], { mode: 'home', browserZone, showCancelled: false, places });
    expect(home!.arrival).toBeUndefined();
    expect(gridLabel(home!.start, home!.end)).toBe('14:00 – 16:05');
  });
});

describe('the OASES train between two cities in one zone', () => {
  const { trip, events, byTitle } = sampleTrip('oases-hangzhou-shanghai-2025');
  const places = eventPlaces(trip, events);
  const train = byTitle('High-speed train');
  const flightHome = byTitle('Flight Shanghai → Hong Kong');

  it('reads Hangzhou 12:30 → Shanghai 13:35, not Hangzhou → Hangzhou', () => {
    expect(travelText(t, trip, train, { places: places.get(train.id) })).toBe('Hangzhou 12:30 → Shanghai 13:35 local');
    const shown = toCalendarEvents(trip, events, { mode: 'local', browserZone, showCancelled: false, places }).find((e) => e.id === train.id)!;
    expect(gridLabel(shown.start, shown.end)).toBe('12:30 → 13:35 Shanghai');
  });

  it('flies home from Shanghai, not Hangzhou', () => {
    expect(travelText(t, trip, flightHome, { places: places.get(flightHome.id) })).toBe('Shanghai 19:00 → Hong Kong 21:40 local');
  });

  it('names the Chinese city in a Chinese calendar', () => {
    const shown = toCalendarEvents(trip, events, { mode: 'local', browserZone, showCancelled: false, places, language: 'zh-Hant' }).find((e) => e.id === train.id)!;
    expect(shown.arrival?.city).toBe('上海');
  });
});
