// Where events happen, from the trip and never from the zone's name: the OASES sample (Hangzhou and Shanghai share
// Asia/Shanghai), two same-zone legs without written journey ends, a day in two cities, HKG → SFO landing "earlier"
// on the same date, and Riyadh → Dubai on the changeover day.
import { describe, expect, it } from 'vitest';
import { cityText, citiesInZone, dayPlaces, eventPlaces, placesOfEvent, type PlaceEvent } from '../../../../shared/domain/place';
import { legOfEvent } from '../../../../shared/domain/clashes';
import { instantFromLocal } from '../../../../shared/domain/time';
import { sampleTrip } from '../../helpers/sample-trip';

const CN = 'Asia/Shanghai';
const HK = 'Asia/Hong_Kong';
const leg = (id: string, city: string, timeZone: string, startDate: string, endDate: string) => ({ id, city, country: '', timeZone, startDate, endDate });
let n = 0;
const ev = (date: string, from: string, to: string, timeZone: string, extra: Partial<PlaceEvent> = {}): PlaceEvent => ({
  id: `e${++n}`,
  kind: 'meeting',
  start: instantFromLocal(date, from, timeZone),
  end: instantFromLocal(extra.endTimeZone && to.includes('T') ? to.split('T')[0]! : date, to.includes('T') ? to.split('T')[1]! : to, extra.endTimeZone ?? timeZone),
  timeZone,
  status: 'confirmed',
  deleted: false,
  ...extra,
});
const cities = (places: { city: { en: string; zh: string } }[]) => places.map((p) => cityText(p));

describe('the OASES Hangzhou and Shanghai sample', () => {
  const { trip, events, byTitle } = sampleTrip('oases-hangzhou-shanghai-2025');
  const places = eventPlaces(trip, events);
  const at = (title: string) => cityText(places.get(byTitle(title).id)!.at);
  const arrives = (title: string) => cityText(places.get(byTitle(title).id)!.arrives);

  it('puts the train from Hangzhou East to Shanghai Hongqiao, not from Hangzhou to Hangzhou', () => {
    const train = places.get(byTitle('High-speed train').id)!;
    expect(cityText(train.at)).toBe('Hangzhou');
    expect(train.at.site.en).toBe('Hangzhou East Railway Station');
    expect(cityText(train.arrives)).toBe('Shanghai');
    expect(train.arrives.site.en).toBe('Shanghai Hongqiao Railway Station');
    expect(cityText(train.arrives, 'zh-Hant')).toBe('上海');
  });

  it('leaves Shanghai on the flight home and Hong Kong on the flight in', () => {
    expect(at('Flight Shanghai → Hong Kong')).toBe('Shanghai');
    expect(arrives('Flight Shanghai → Hong Kong')).toBe('Hong Kong');
    expect(at('Flight Hong Kong → Hangzhou')).toBe('Hong Kong');
    expect(arrives('Flight Hong Kong → Hangzhou')).toBe('Hangzhou');
  });

  it('keeps the morning of 15 May in Hangzhou and the afternoon in Shanghai', () => {
    expect(at('Visit to an AI enterprise')).toBe('Hangzhou');
    expect(at('life and health technology')).toBe('Shanghai');
    expect(at('Check in: Pudong Shangri-La')).toBe('Shanghai');
    expect(at('Hangzhou Science and Technology Bureau')).toBe('Hangzhou');
  });

  it('names both cities on the day of the train, in the order they come', () => {
    expect(cities(dayPlaces(trip, events, '2025-05-15'))).toEqual(['Hangzhou', 'Shanghai']);
    expect(cities(dayPlaces(trip, events, '2025-05-14'))).toEqual(['Hangzhou']);
    expect(cities(dayPlaces(trip, events, '2025-05-13'))).toEqual(['Hong Kong', 'Hangzhou']);
    expect(cities(dayPlaces(trip, events, '2025-05-16'))).toEqual(['Shanghai', 'Hong Kong']);
  });

  it('names every city that shares a zone', () => {
    expect(citiesInZone(trip, CN)).toEqual(['Hangzhou', 'Shanghai']);
    expect(citiesInZone(trip, HK)).toEqual(['Hong Kong']);
  });
});

describe('two legs in one zone, with journeys that name no ends', () => {
  // Shenzhen then Guangzhou, both on Asia/Shanghai; the changeover is 10 June.
  const trip = {
    startDate: '2026-06-08',
    endDate: '2026-06-12',
    homeTimeZone: HK,
    legs: [leg('sz', 'Shenzhen', CN, '2026-06-08', '2026-06-10'), leg('gz', 'Guangzhou', CN, '2026-06-10', '2026-06-12')],
  };
  const breakfast = ev('2026-06-10', '08:00', '09:00', CN);
  const train = ev('2026-06-10', '11:00', '11:40', CN, { kind: 'travel' });
  const dinner = ev('2026-06-10', '19:00', '21:00', CN);
  const events = [dinner, train, breakfast];

  it('leaves from the leg that ends that day and arrives in the one that starts', () => {
    const p = placesOfEvent(trip, train, events);
    expect(cityText(p.at)).toBe('Shenzhen');
    expect(cityText(p.arrives)).toBe('Guangzhou');
  });

  it('places events before the journey in the first city and after it in the second', () => {
    const places = eventPlaces(trip, events);
    expect(cityText(places.get(breakfast.id)!.at)).toBe('Shenzhen');
    expect(cityText(places.get(dinner.id)!.at)).toBe('Guangzhou');
    expect(cities(dayPlaces(trip, events, '2026-06-10'))).toEqual(['Shenzhen', 'Guangzhou']);
  });

  it('takes the leg the planner chose over any guess', () => {
    const lateShenzhen = ev('2026-06-10', '20:00', '21:00', CN, { legId: 'sz' });
    expect(cityText(placesOfEvent(trip, lateShenzhen, [...events, lateShenzhen]).at)).toBe('Shenzhen');
  });

  it('takes a city named in the address over the journeys, as the clash checks do, and clashes honour a chosen leg', () => {
    const lateDinner = ev('2026-06-10', '20:00', '21:30', CN, { address: { en: '1 Shennan Road, Futian, Shenzhen', zh: '' } });
    expect(cityText(placesOfEvent(trip, lateDinner, [...events, lateDinner]).at)).toBe('Shenzhen');
    const clashEvent = { ...dinner, title: 'Dinner', venue: { en: '', zh: '' }, address: { en: '', zh: '' }, memberIds: [], contactIds: [], organisationIds: [] };
    expect(legOfEvent(trip, clashEvent)?.city).toBe('Guangzhou');
    expect(legOfEvent(trip, { ...clashEvent, legId: 'sz' })?.city).toBe('Shenzhen');
  });

  it('names both legs on a changeover day with nothing planned', () => {
    expect(cities(dayPlaces(trip, [], '2026-06-10'))).toEqual(['Shenzhen', 'Guangzhou']);
    expect(cities(dayPlaces(trip, [], '2026-06-09'))).toEqual(['Shenzhen']);
  });
});

describe('journeys across zones', () => {
  it('HKG 12:00 → SFO 08:30 the same date leaves Hong Kong and lands in San Francisco', () => {
    const trip = { homeTimeZone: HK, legs: [leg('sfo', 'San Francisco', 'America/Los_Angeles', '2026-12-01', '2026-12-04')] };
    const flight = ev('2026-12-01', '12:00', '2026-12-01T08:30', HK, { kind: 'travel', endTimeZone: 'America/Los_Angeles' });
    const p = placesOfEvent(trip, flight);
    expect(cityText(p.at)).toBe('Hong Kong');
    expect(cityText(p.arrives)).toBe('San Francisco');
    expect(cities(dayPlaces(trip, [flight], '2026-12-01'))).toEqual(['Hong Kong', 'San Francisco']);
  });

  it('Riyadh → Dubai on the changeover day is in Riyadh, then Dubai', () => {
    const trip = {
      homeTimeZone: HK,
      legs: [leg('ruh', 'Riyadh', 'Asia/Riyadh', '2027-03-08', '2027-03-10'), leg('dxb', 'Dubai', 'Asia/Dubai', '2027-03-10', '2027-03-12')],
    };
    const flight = ev('2027-03-10', '09:00', '2027-03-10T12:05', 'Asia/Riyadh', { kind: 'travel', endTimeZone: 'Asia/Dubai' });
    const dinner = ev('2027-03-10', '19:00', '21:00', 'Asia/Dubai');
    const places = eventPlaces(trip, [flight, dinner]);
    expect(cityText(places.get(flight.id)!.at)).toBe('Riyadh');
    expect(places.get(flight.id)!.at.zone).toBe('Asia/Riyadh');
    expect(cityText(places.get(flight.id)!.arrives)).toBe('Dubai');
    expect(cityText(places.get(dinner.id)!.at)).toBe('Dubai');
    expect(cities(dayPlaces(trip, [dinner, flight], '2027-03-10'))).toEqual(['Riyadh', 'Dubai']);
  });
});

describe('cities for a Simplified Chinese reader', () => {
  it('names a city of our table in 简体, and keeps a typed name as it is when the city is unknown', () => {
    expect(cityText({ city: { en: 'Hangzhou', zh: '' } }, 'zh-Hans')).toBe('杭州');
    expect(cityText({ city: { en: '', zh: '廣州' } }, 'zh-Hans')).toBe('广州');
    expect(cityText({ city: { en: 'Hangzhou', zh: '' } }, 'zh-Hant')).toBe('Hangzhou');
    expect(cityText({ city: { en: 'Nowhere Town', zh: '無名鎮' } }, 'zh-Hans')).toBe('無名鎮');
    expect(citiesInZone({ legs: [] }, 'Asia/Shanghai', 'zh-Hans')).toEqual(['上海']);
  });
});
