// The overview's facts (leg segments, counts, counterparts met) and clash warnings worded for each language.
import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TripDetail } from '../../../../../../shared/contract';
import { findClashes, type Clash } from '../../../../../../shared/domain/clashes';
import { emptyBriefing, type Contact, type FollowUp, type Leg, type Member, type Organisation, type Trip, type TripEvent } from '../../../../../../shared/model';
import { clashMessage, sortClashes, type ClashContext } from '../../../../../../renderer/src/features/clashes/clashMessage';
import { parseSettingsDraft } from '../../../../../../renderer/src/features/clashes/clashRules';
import { counterpartsMet, duplicateEndDate, firstSlot, legSegments, overviewCounts } from '../../../../../../renderer/src/features/trips/overviewLogic';
import { en } from '../../../../../../renderer/src/i18n/en';
import { zhHant } from '../../../../../../renderer/src/i18n/zh-Hant';

const meta = { createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', deleted: false };
const leg = (id: string, city: string, timeZone: string, startDate: string, endDate: string): Leg => ({ id, city, country: '', timeZone, startDate, endDate });
const trip: Trip = {
  id: 't1', ...meta, title: 'Hangzhou and Shanghai', purpose: '', organisingBody: '', status: 'planned',
  startDate: '2027-03-10', endDate: '2027-03-13', homeTimeZone: 'Asia/Hong_Kong', memberIds: ['m1'],
  legs: [leg('l1', 'Hangzhou', 'Asia/Shanghai', '2027-03-10', '2027-03-11'), leg('l2', 'Shanghai', 'Asia/Shanghai', '2027-03-11', '2027-03-13')],
};
function event(id: string, start: string, end: string, extra: Partial<TripEvent> = {}): TripEvent {
  return {
    id, ...meta, tripId: 't1', kind: 'meeting', title: id, start, end, timeZone: 'Asia/Shanghai', venue: { en: '', zh: '' }, address: { en: '', zh: '' },
    memberIds: [], contactIds: [], organisationIds: [], status: 'confirmed', description: '', briefing: emptyBriefing, ...extra,
  };
}
const member = { id: 'm1', ...meta, name: { en: 'Alice Chan', zhHant: '陳愛麗', zhHans: '' }, title: 'DG', rank: 1, organisation: '' } as Member;
const org = (id: string, en: string): Organisation => ({ id, ...meta, name: { en, zhHant: '', zhHans: '' }, kind: 'company', sector: '', city: '', website: '', stage: 'prospect', briefing: emptyBriefing });
const contact = (id: string, en: string): Contact => ({ id, ...meta, name: { en, zhHant: '', zhHans: '' }, title: '', email: '', phone: '' });
const followUp = (id: string, status: FollowUp['status']): FollowUp =>
  ({ id, ...meta, tripId: 't1', title: id, status, priority: 'normal', outcome: {}, details: '' }) as FollowUp;

describe('leg timeline', () => {
  it('splits the trip’s days between legs without overlap, the arriving leg taking a changeover day', () => {
    const segments = legSegments(trip);
    expect(segments.map((s) => [s.leg?.city, s.startDate, s.endDate, s.days])).toEqual([
      ['Hangzhou', '2027-03-10', '2027-03-10', 1],
      ['Shanghai', '2027-03-11', '2027-03-13', 3],
    ]);
    expect(segments.map((s) => s.percent)).toEqual([25, 75]);
  });
  it('shows days without a leg as their own segment', () => {
    const segments = legSegments({ ...trip, legs: [leg('l1', 'Beijing', 'Asia/Shanghai', '2027-03-11', '2027-03-12')] });
    expect(segments.map((s) => [s.leg?.city ?? null, s.days])).toEqual([[null, 1], ['Beijing', 2], [null, 1]]);
  });
  it('opens "Add event" on the first day in that day’s zone', () => {
    expect(firstSlot(trip)).toEqual({ date: '2027-03-10', timeZone: 'Asia/Shanghai' });
    expect(firstSlot({ ...trip, legs: [] })).toEqual({ date: '2027-03-10', timeZone: 'Asia/Hong_Kong' });
  });
});

describe('overview counts', () => {
  const events = [
    event('a', '2027-03-10T01:00:00.000Z', '2027-03-10T02:00:00.000Z', { organisationIds: ['o1'], contactIds: ['c1'] }),
    event('b', '2027-03-10T03:00:00.000Z', '2027-03-10T04:00:00.000Z', { kind: 'signing', organisationIds: ['o1', 'o2'] }),
    event('c', '2027-03-11T03:00:00.000Z', '2027-03-11T04:00:00.000Z', { kind: 'seminar' }),
    event('d', '2027-03-11T05:00:00.000Z', '2027-03-11T06:00:00.000Z', { kind: 'meal', organisationIds: ['o3'] }),
    event('x', '2027-03-12T05:00:00.000Z', '2027-03-12T06:00:00.000Z', { status: 'cancelled', organisationIds: ['o4'] }),
  ];
  it('counts meetings, signings and seminars that are not cancelled, and follow-ups still open', () => {
    const followUps = [followUp('1', 'open'), followUp('2', 'in-progress'), followUp('3', 'waiting'), followUp('4', 'done'), followUp('5', 'dropped')];
    expect(overviewCounts({ events, followUps })).toEqual({ meetings: 3, openFollowUps: 3 });
  });
  it('lists counterparts met, most-met first, leaving out those only in cancelled events', () => {
    const met = counterpartsMet({ events, organisations: [org('o1', 'Zeta'), org('o2', 'Alpha'), org('o3', 'Beta'), org('o4', 'Gone')], contacts: [contact('c1', 'Carl')] });
    expect(met.organisations.map((m) => [m.record.id, m.events])).toEqual([['o1', 2], ['o2', 1], ['o3', 1]]);
    expect(met.contacts.map((m) => m.record.id)).toEqual(['c1']);
  });
});

describe('duplicating a trip', () => {
  it('keeps the trip’s length', () => {
    expect(duplicateEndDate(trip, '2027-12-30')).toBe('2028-01-02');
    expect(duplicateEndDate(trip, '2027-02-30')).toBeUndefined();
  });
});

describe('clash rules form', () => {
  it('accepts whole numbers within limits and names the fields that are not', () => {
    expect(parseSettingsDraft({ transferMinutes: '45', interCityTransferMinutes: '180', tentativeWarningDays: '0' })).toEqual({
      settings: { transferMinutes: 45, interCityTransferMinutes: 180, tentativeWarningDays: 0 },
      invalid: [],
    });
    expect(parseSettingsDraft({ transferMinutes: '4.5', interCityTransferMinutes: '', tentativeWarningDays: '400' }).invalid).toEqual([
      'transferMinutes',
      'interCityTransferMinutes',
      'tentativeWarningDays',
    ]);
  });
});

describe('clash messages', () => {
  let tEn: TFunction;
  let tZh: TFunction;
  beforeAll(async () => {
    const i18n = i18next.createInstance();
    await i18n.init({ resources: { en: { translation: en }, 'zh-Hant': { translation: zhHant } }, lng: 'en', interpolation: { escapeValue: false } });
    tEn = i18n.getFixedT('en');
    tZh = i18n.getFixedT('zh-Hant');
  });

  const events = [
    event('Lunch', '2027-03-10T04:00:00.000Z', '2027-03-10T05:00:00.000Z', { memberIds: ['m1'], organisationIds: ['o1'] }),
    event('Visit', '2027-03-10T04:30:00.000Z', '2027-03-10T05:30:00.000Z', { memberIds: ['m1'], organisationIds: ['o1'] }),
    event('Gala', '2027-03-15T11:00:00.000Z', '2027-03-15T13:00:00.000Z', { kind: 'meal' }),
    event('Call', '2027-03-12T01:00:00.000Z', '2027-03-12T02:00:00.000Z', { status: 'tentative' }),
  ];
  const detail = { trip, events, members: [member], contacts: [] } as unknown as TripDetail;
  const clashes: Clash[] = findClashes({ trip, events, members: [member], today: '2027-03-08' });
  const ctx = (language: string): ClashContext => ({ events, members: [member], contacts: [], trip: detail.trip, language });
  const byKind = (kind: Clash['kind']): Clash => clashes.find((c) => c.kind === kind)!;

  it('words a double booking with the member’s name and both events at their local times', () => {
    expect(clashMessage(byKind('member-double-booked'), ctx('en'), tEn)).toBe(
      'Alice Chan is in two events at once: “Lunch” (Wed 10 Mar, 12:00) and “Visit” (Wed 10 Mar, 12:30).',
    );
  });
  it('uses the Chinese name and wording in the Chinese UI, never the English message', () => {
    const text = clashMessage(byKind('member-double-booked'), ctx('zh-Hant'), tZh);
    expect(text).toContain('陳愛麗');
    expect(text).toContain('「Lunch」');
    expect(text).not.toContain('two events');
  });
  it('words the other kinds from their details', () => {
    expect(clashMessage(byKind('outside-trip'), ctx('en'), tEn)).toMatch(/^“Gala” \(Mon 15 Mar, 19:00\) falls on 15 Mar 2027 \(local time\), outside the trip’s dates \(10\s*–\s*13 Mar 2027\)\.$/);
    expect(clashMessage(byKind('tentative-near-departure'), ctx('en'), tEn)).toContain('the trip starts in 2 days');
    expect(clashMessage(byKind('meeting-without-counterpart'), ctx('en'), tEn)).toContain('“Call”');
  });
  it('words a short transfer with the gap and the time required', () => {
    const a = event('A', '2027-03-10T01:00:00.000Z', '2027-03-10T02:00:00.000Z', { venue: { en: 'Hall', zh: '' } });
    const b = event('B', '2027-03-10T02:10:00.000Z', '2027-03-10T03:00:00.000Z', { venue: { en: 'Tower', zh: '' } });
    const [clash] = findClashes({ trip, events: [a, b], today: '2026-01-01' }).filter((c) => c.kind === 'short-transfer');
    const text = clashMessage(clash!, { ...ctx('en'), events: [a, b] }, tEn);
    expect(text).toBe('Only 10 min from “A” (ends Wed 10 Mar, 10:00) to “B” (Wed 10 Mar, 10:10) at a different venue; allow at least 30 min, or add the travel.');
  });
  it('sorts warnings by the time of their first event', () => {
    const sorted = sortClashes(clashes, ctx('en'));
    expect(sorted[0]!.eventIds[0]).toBe('Lunch');
    expect(sorted.at(-1)!.eventIds[0]).toBe('Gala');
  });
});
