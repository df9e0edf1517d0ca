// The trip feature's rules without a browser: list order, days and events across zones, precedence, form checks,
// and how the backend's issue paths land on form fields.
import type { TFunction } from 'i18next';
import { describe, expect, it, vi } from 'vitest';
import { emptyBriefing, type Member, type Trip, type TripEvent } from '../../../../../../shared/model';
import { placeIssues } from '../../../../../../renderer/src/components/forms/issuePaths';
import { flattenErrors, schemaResolver } from '../../../../../../renderer/src/components/forms/schemaForm';
import { emptyDraft, toInput, TripForm, tripFieldMap, tripMessages, withCityHint, type TripValues } from '../../../../../../renderer/src/features/trips/tripForm';
import { listTrips, orderedMembers, splitTrips, tripCities, tripDays } from '../../../../../../renderer/src/features/trips/tripLogic';
import { formatDateRange, formatTime } from '../../../../../../renderer/src/i18n/format';

const meta = { createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', deleted: false };

function trip(id: string, startDate: string, endDate: string, extra: Partial<Trip> = {}): Trip {
  return { id, ...meta, title: id, purpose: '', organisingBody: '', status: 'planned', startDate, endDate, homeTimeZone: 'Asia/Hong_Kong', legs: [], memberIds: [], ...extra };
}

function event(id: string, start: string, timeZone: string): TripEvent {
  return {
    id, ...meta, tripId: 't', kind: 'meeting', title: id, start, end: start, timeZone, venue: { en: '', zh: '' }, address: { en: '', zh: '' },
    memberIds: [], contactIds: [], organisationIds: [], status: 'confirmed', description: '', briefing: emptyBriefing,
  };
}

// Echoes the key and its values, so the tests read which message was chosen.
const t = ((key: string, values?: Record<string, unknown>) => (values ? `${key} ${JSON.stringify(values)}` : key)) as unknown as TFunction;

describe('trip list order', () => {
  it('puts upcoming and current trips first, soonest first, then past trips newest first', () => {
    const trips = [trip('past-old', '2024-01-01', '2024-01-03'), trip('next', '2026-12-01', '2026-12-03'), trip('now', '2026-11-20', '2026-11-22'), trip('past-new', '2025-05-01', '2025-05-02'), trip('gone', '2026-12-01', '2026-12-02', { deleted: true })];
    const { upcoming, past } = splitTrips(trips, '2026-11-21');
    expect(upcoming.map((x) => x.id)).toEqual(['now', 'next']);
    expect(past.map((x) => x.id)).toEqual(['past-new', 'past-old']);
  });

  it('orders by date without the collator (the first screen sorts every trip), and by title only on a tie', () => {
    const many = Array.from({ length: 200 }, (_, i) => trip(`t${i}`, `20${String(10 + (i % 17)).padStart(2, '0')}-0${1 + (i % 9)}-1${i % 10}`, '2030-01-01'));
    const collator = vi.spyOn(String.prototype, 'localeCompare');
    try {
      const distinct = [...new Map(many.map((x) => [x.startDate, x])).values()];
      const { upcoming } = splitTrips(distinct, '2026-11-21');
      expect(upcoming.map((x) => x.startDate)).toEqual(distinct.map((x) => x.startDate).sort());
      expect(collator).not.toHaveBeenCalled();
      const tie = splitTrips([trip('Beta', '2027-01-01', '2027-01-02'), trip('Alpha', '2027-01-01', '2027-01-02')], '2026-11-21');
      expect(tie.upcoming.map((x) => x.id)).toEqual(['Alpha', 'Beta']);
    } finally {
      collator.mockRestore();
    }
  });

  it('splits and sorts one answer of trips.list once, however often the page and its rows ask (decision 023)', () => {
    const answer = [trip('past-old', '2024-01-01', '2024-01-03'), trip('next', '2026-12-01', '2026-12-03'), trip('gone', '2026-12-01', '2026-12-02', { deleted: true })];
    const sort = vi.spyOn(Array.prototype, 'sort');
    try {
      const first = listTrips(answer, '2026-11-21');
      const sorts = sort.mock.calls.length;
      expect(sorts).toBeGreaterThan(0);
      expect(first.live.map((x) => x.id)).toEqual(['past-old', 'next']);
      expect(first.upcoming.map((x) => x.id)).toEqual(['next']);
      expect(first.past.map((x) => x.id)).toEqual(['past-old']);
      // The page's count, the table, every re-render: the same listing, not sorted again.
      for (let render = 0; render < 5; render++) expect(listTrips(answer, '2026-11-21')).toBe(first);
      expect(sort.mock.calls.length).toBe(sorts);
      // A new day or a new answer is listed afresh.
      expect(listTrips(answer, '2026-12-04').past.map((x) => x.id)).toEqual(['next', 'past-old']);
      expect(listTrips([...answer], '2026-12-04')).not.toBe(listTrips(answer, '2026-12-04'));
    } finally {
      sort.mockRestore();
    }
  });

  it('lists each city once, in leg order', () => {
    const leg = (city: string) => ({ id: city + Math.random().toString(36).slice(2, 6), city, country: '', timeZone: 'Asia/Shanghai', startDate: '2026-01-01', endDate: '2026-01-01' });
    expect(tripCities(trip('x', '2026-01-01', '2026-01-03', { legs: [leg('Hangzhou'), leg('Shanghai'), leg('Hangzhou')] }))).toEqual(['Hangzhou', 'Shanghai']);
    expect(tripCities(trip('x', '2026-01-01', '2026-01-03', { legs: [leg('Hangzhou'), leg('Guangzhou'), leg('Nowhere Town')] }), 'zh-Hans')).toEqual(['杭州', '广州', 'Nowhere Town']);
    expect(tripCities(trip('x', '2026-01-01', '2026-01-03', { legs: [leg('Guangzhou')] }), 'zh-Hant')).toEqual(['廣州']);
  });
});

describe('days of a trip', () => {
  it('gives one day per calendar date, with the legs that cover it, and files events by their own zone', () => {
    const t1 = trip('t', '2025-05-13', '2025-05-16', {
      legs: [
        { id: 'a', city: 'Hangzhou', country: 'China', timeZone: 'Asia/Shanghai', startDate: '2025-05-13', endDate: '2025-05-15' },
        { id: 'b', city: 'Shanghai', country: 'China', timeZone: 'Asia/Shanghai', startDate: '2025-05-15', endDate: '2025-05-16' },
      ],
    });
    // 23:30 UTC on the 13th is 07:30 on the 14th in Shanghai; an event in Riyadh at 22:00 UTC on the 13th is 01:00 on the 14th.
    const events = [event('late', '2025-05-13T23:30:00.000Z', 'Asia/Shanghai'), event('riyadh', '2025-05-13T22:00:00.000Z', 'Asia/Riyadh'), event('early', '2025-05-13T01:00:00.000Z', 'Asia/Shanghai'), event('later', '2025-06-01T01:00:00.000Z', 'Asia/Shanghai')];
    const { days, outside } = tripDays(t1, events);
    expect(days.map((d) => d.date)).toEqual(['2025-05-13', '2025-05-14', '2025-05-15', '2025-05-16']);
    expect(days[2]?.legs.map((l) => l.city)).toEqual(['Hangzhou', 'Shanghai']);
    expect(days[0]?.events.map((e) => e.id)).toEqual(['early']);
    expect(days[1]?.events.map((e) => e.id)).toEqual(['riyadh', 'late']);
    expect(outside.map((e) => e.id)).toEqual(['later']);
  });

  it('orders the delegation by precedence', () => {
    const member = (id: string, rank: number): Member => ({ id, ...meta, name: { en: id, zhHant: '', zhHans: '' }, title: '', rank, organisation: '' });
    const t1 = trip('t', '2025-05-13', '2025-05-16', { memberIds: ['b', 'a', 'c'] });
    expect(orderedMembers(t1, [member('c', 30), member('a', 1), member('b', 5), member('x', 2)]).map((m) => m.id)).toEqual(['a', 'b', 'c']);
  });
});

/** The form's own check, as the trip form runs it on Save. */
async function validateDraft(draft: TripValues, tr: TFunction, formatDate: (d: string) => string): Promise<Record<string, string>> {
  const { errors } = await schemaResolver<TripValues>(TripForm, tripMessages(tr, formatDate))(draft, undefined, { fields: {}, shouldUseNativeValidation: false });
  return flattenErrors(errors);
}

describe('trip form checks', () => {
  const draft = (patch: Partial<TripValues>): TripValues => ({ ...emptyDraft(), title: 'Visit', startDate: '2027-03-10', endDate: '2027-03-13', ...patch });
  const leg = { key: 'k', city: 'Hangzhou', country: 'China', timeZone: 'Asia/Shanghai', startDate: '2027-03-10', endDate: '2027-03-11' };

  it('accepts a complete trip and turns it into contract input', async () => {
    const d = draft({ legs: [leg] });
    expect(await validateDraft(d, t, (x) => x)).toEqual({});
    expect(toInput({ ...d, title: '  Visit  ' })).toMatchObject({ title: 'Visit', legs: [{ city: 'Hangzhou', timeZone: 'Asia/Shanghai' }] });
  });

  it('explains each problem beside its field', async () => {
    const errors = await validateDraft(
      draft({ title: ' ', endDate: '2027-03-01', homeTimeZone: 'Mars/Base', legs: [{ ...leg, city: '', endDate: '2027-03-09' }, { ...leg, key: 'k2', timeZone: 'Asia/Nowhere' }] }),
      t,
      (x) => x,
    );
    expect(errors).toMatchObject({
      title: 'form.required.title',
      endDate: 'form.endBeforeStart',
      'legs.0.city': 'form.required.city',
      'legs.0.endDate': 'form.legEndBeforeStart',
    });
    expect(errors.homeTimeZone).toContain('form.badZone');
    expect(errors['legs.1.timeZone']).toContain('Asia/Nowhere');
  });

  it('points out a leg outside the trip', async () => {
    const errors = await validateDraft(draft({ legs: [{ ...leg, endDate: '2027-03-20' }] }), t, (x) => x);
    expect(errors['legs.0']).toContain('form.legOutside');
  });

  it('maps the backend’s issue paths to form fields, in any spelling', () => {
    const errors = placeIssues({ issues: [{ path: 'legs[1].city', message: 'a' }, { path: 'patch.endDate', message: 'b' }, { path: 'memberIds', message: 'c' }] }, tripFieldMap);
    // The trip form has no memberIds field, so that message goes to the summary at the top.
    expect(errors).toEqual({ fields: { 'legs.1.city': 'a', endDate: 'b' }, form: ['c'] });
    expect(placeIssues(undefined, tripFieldMap)).toEqual({ fields: {}, form: [] });
  });

  it('fills in the country and zone of a known city only where they are empty', () => {
    const blank = { ...leg, city: 'Riyadh', country: '', timeZone: '' };
    expect(withCityHint(blank, { city: 'Riyadh' }, 'en')).toMatchObject({ country: 'Saudi Arabia', timeZone: 'Asia/Riyadh' });
    expect(withCityHint({ ...blank, city: '倫敦' }, { city: '倫敦' }, 'zh-Hant')).toMatchObject({ country: '英國', timeZone: 'Europe/London' });
    expect(withCityHint({ ...blank, timeZone: 'Asia/Dubai' }, { city: 'Riyadh' }, 'en').timeZone).toBe('Asia/Dubai');
  });

  it('knows the city table’s cities in three languages and moves what an earlier city filled in', () => {
    const blank = { ...leg, city: '上海', country: '', timeZone: '' };
    expect(withCityHint(blank, { city: '上海' }, 'zh-Hans')).toMatchObject({ country: '中国', timeZone: 'Asia/Shanghai' });
    expect(withCityHint({ ...blank, city: 'Zurich' }, { city: 'Zurich' }, 'en')).toMatchObject({ country: 'Switzerland', timeZone: 'Europe/Zurich' });
    const filled = { country: 'United Arab Emirates', timeZone: 'Asia/Dubai' };
    const dubai = { ...blank, city: 'London', ...filled };
    expect(withCityHint(dubai, { city: 'London' }, 'en', filled)).toMatchObject({ country: 'United Kingdom', timeZone: 'Europe/London' });
    expect(withCityHint({ ...dubai, timeZone: 'Asia/Tokyo' }, { city: 'London' }, 'en', filled).timeZone).toBe('Asia/Tokyo');
  });
});

describe('dates and times for the reader', () => {
  it('writes date ranges the way each language does', () => {
    // ICU puts thin spaces around the dash.
    expect(formatDateRange('en', '2025-05-13', '2025-05-16')).toMatch(/^13\s–\s16 May 2025$/);
    expect(formatDateRange('zh-Hant', '2025-05-13', '2025-05-16')).toBe('2025年5月13日至16日');
    expect(formatDateRange('zh-Hant', '2025-05-30', '2025-06-02')).toBe('2025年5月30日至6月2日');
    expect(formatDateRange('zh-Hant', '2025-12-30', '2026-01-02')).toBe('2025年12月30日至2026年1月2日');
  });

  it('shows a time on the 24-hour clock in the zone where the event happens', () => {
    expect(formatTime('en', '2025-05-13T01:30:00.000Z', 'Asia/Shanghai')).toBe('09:30');
    expect(formatTime('zh-Hant', '2025-05-13T12:00:00.000Z', 'Asia/Riyadh')).toBe('15:00');
  });
});
