// Logistics warnings worded for each language from their kind and details (never the domain's English message),
// and the rules form checking the logistics thresholds beside the clash rules.
import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { findLogisticsWarnings, type LogisticsWarning } from '../../../../../../shared/domain/logistics/warnings';
import { instantFromLocal } from '../../../../../../shared/domain/time';
import { logisticsMessage, type LogisticsContext } from '../../../../../../renderer/src/features/clashes/logisticsMessage';
import { parseSettingsDraft } from '../../../../../../renderer/src/features/clashes/clashRules';
import { en } from '../../../../../../renderer/src/i18n/en';
import { zhHant } from '../../../../../../renderer/src/i18n/zh-Hant';

const CN = 'Asia/Shanghai';
const meta = { createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', deleted: false };
const members = [
  { id: 'chan', ...meta, name: { en: 'Chan Tai Man', zhHant: '陳大文', zhHans: '陈大文' }, title: '', rank: 1, organisation: '' },
  { id: 'wong', ...meta, name: { en: 'Wong Ka Yan', zhHant: '王嘉欣', zhHans: '王嘉欣' }, title: '', rank: 2, organisation: '' },
];
const flight = {
  id: 'f1', ...meta, tripId: 't', kind: 'travel' as const, title: 'CX 906', start: instantFromLocal('2027-03-10', '08:00', 'Asia/Hong_Kong'),
  end: instantFromLocal('2027-03-10', '10:00', CN), timeZone: 'Asia/Hong_Kong', endTimeZone: CN, memberIds: ['chan', 'wong'], status: 'confirmed' as const,
  venue: { en: '', zh: '' }, address: { en: '', zh: '' }, contactIds: [], organisationIds: [], description: '', briefing: { background: '', objectives: '', talkingPoints: '', restricted: '' },
};
const vehicle = { id: 'v1', ...meta, tripId: 't', label: 'Car 1', type: 'sedan' as const, seats: 1, plate: '', provider: '', driver: { name: { en: '', zh: '' }, phone: '' }, notes: '' };
const ride = {
  id: 'r1', ...meta, tripId: 't', vehicleId: 'v1', pickUpAt: instantFromLocal('2027-03-10', '10:20', CN), timeZone: CN, memberIds: ['chan', 'wong'],
  from: { name: { en: '', zh: '' }, address: { en: '', zh: '' } }, to: { name: { en: '', zh: '' }, address: { en: '', zh: '' } }, notes: '',
};
const stay = { id: 's1', ...meta, tripId: 't', hotel: { en: 'Grand Hyatt', zh: '君悅酒店' }, address: { en: '', zh: '' }, phone: '', checkIn: '2027-03-10', checkOut: '2027-03-11', rooms: [{ memberIds: ['chan'], roomType: '', number: '', confirmation: '' }], notes: '' };
const ctx = (language: string): LogisticsContext => ({ events: [flight] as never, members, stays: [stay], vehicles: [vehicle], rides: [ride], language });
const warnings = (): LogisticsWarning[] =>
  findLogisticsWarnings({ trip: { startDate: '2027-03-10', endDate: '2027-03-12', memberIds: ['chan', 'wong'] }, events: [flight], members, stays: [stay], vehicles: [vehicle], rides: [ride] });

describe('logistics warnings in words', () => {
  let tEn: TFunction;
  let tZh: TFunction;
  beforeAll(async () => {
    const i18n = i18next.createInstance();
    await i18n.init({ resources: { en: { translation: en }, 'zh-Hant': { translation: zhHant } }, lng: 'en', interpolation: { escapeValue: false } });
    tEn = i18n.getFixedT('en');
    tZh = i18n.getFixedT('zh-Hant');
  });

  it('words every kind found in English and Chinese, naming people in the reader’s script', () => {
    const found = warnings();
    expect(found.map((w) => w.kind).sort()).toEqual(['car-over-seats', 'night-without-stay', 'night-without-stay', 'no-departure', 'pick-up-before-landing'].sort());
    for (const w of found) {
      const english = logisticsMessage(w, ctx('en'), tEn);
      const chinese = logisticsMessage(w, ctx('zh-Hant'), tZh);
      expect(english).not.toMatch(/logisticsWarnings\.|{{/);
      expect(chinese).not.toMatch(/logisticsWarnings\.|{{/);
      if (w.kind !== 'car-over-seats') expect(chinese).toMatch(/[陳王]/);
    }
    const pickUp = found.find((w) => w.kind === 'pick-up-before-landing')!;
    expect(logisticsMessage(pickUp, ctx('en'), tEn)).toContain('only 20 minutes after “CX 906” lands; allow at least 45 minutes');
    expect(logisticsMessage(found.find((w) => w.kind === 'car-over-seats')!, ctx('en'), tEn)).toContain('Car 1 has 1 seat but 2 passengers');
    // Wong has no room either night; Chan only the second.
    const wongNights = found.find((w) => w.kind === 'night-without-stay' && w.memberIds.includes('wong'))!;
    expect(wongNights.memberIds).toEqual(['wong']);
    expect(logisticsMessage(wongNights, ctx('zh-Hant'), tZh)).toContain('王嘉欣');
    expect(logisticsMessage(wongNights, ctx('en'), tEn)).toMatch(/^No room for Wong Ka Yan on the nights of /);
  });

  it('words a stay before arrival and two rooms with the hotel’s name', () => {
    const base = { members, rides: [], vehicles: [] };
    const twoRooms: LogisticsWarning = { kind: 'member-in-two-rooms', message: '', memberIds: ['chan'], rideIds: [], stayIds: ['s1'], eventIds: [], date: '2027-03-10', details: {} };
    expect(logisticsMessage(twoRooms, { ...base, events: [], stays: [stay], language: 'zh-Hant' }, tZh)).toContain('君悅酒店');
    const early: LogisticsWarning = { ...twoRooms, kind: 'stay-before-arrival', details: { arrivalDate: '2027-03-11' } };
    expect(logisticsMessage(early, { ...base, events: [], stays: [stay], language: 'en' }, tEn)).toMatch(/Chan Tai Man has a room at Grand Hyatt from .*10.*, but lands on .*11/);
  });
});

describe('logistics rules in the form', () => {
  it('checks the logistics thresholds with the clash rules', () => {
    const clash = { transferMinutes: '30', interCityTransferMinutes: '120', tentativeWarningDays: '7' };
    expect(parseSettingsDraft({ ...clash, travelWindowDays: '2', pickUpMarginMinutes: '60', rideMinutes: '40' }).settings).toEqual({
      transferMinutes: 30, interCityTransferMinutes: 120, tentativeWarningDays: 7, travelWindowDays: 2, pickUpMarginMinutes: 60, rideMinutes: 40,
    });
    expect(parseSettingsDraft({ ...clash, travelWindowDays: '31', pickUpMarginMinutes: '-5', rideMinutes: '40' }).invalid).toEqual(['travelWindowDays', 'pickUpMarginMinutes']);
  });
});
