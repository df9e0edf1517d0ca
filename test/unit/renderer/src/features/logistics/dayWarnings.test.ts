// The Logistics tab's day warnings: which of findLogisticsWarnings' answers concern the day shown, worded from kind
// and details in English and 繁體 (features/logistics/dayWarnings.ts).
import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { findLogisticsWarnings, type LogisticsWarning } from '../../../../../../shared/domain/logistics/warnings';
import type { Member, Ride, Vehicle } from '../../../../../../shared/model';
import { warningText, warningsOfDay, type WarningNames } from '../../../../../../renderer/src/features/logistics/dayWarnings';
import { en } from '../../../../../../renderer/src/i18n/en';
import { zhHant } from '../../../../../../renderer/src/i18n/zh-Hant';

let tEn: TFunction;
let tZh: TFunction;
beforeAll(async () => {
  const i18n = i18next.createInstance();
  await i18n.init({ resources: { en: { translation: en }, 'zh-Hant': { translation: zhHant } }, lng: 'en', interpolation: { escapeValue: false } });
  tEn = i18n.getFixedT('en');
  tZh = i18n.getFixedT('zh-Hant');
});

const names: WarningNames = { member: (id) => ({ m1: 'Albert Wong', m2: 'Fanny Wong' })[id] ?? id, car: (id) => (id === 'v1' ? 'Car 1' : id), date: (d) => d, list: (xs) => xs.join(', ') };
const warning = (extra: Partial<LogisticsWarning>): LogisticsWarning => ({ kind: 'no-arrival', message: '', memberIds: [], rideIds: [], stayIds: [], eventIds: [], details: {}, ...extra });

describe('warningsOfDay', () => {
  it('keeps the warnings dated that day or about one of its rides', () => {
    const all = [warning({ date: '2025-05-19' }), warning({ date: '2025-05-20', rideIds: ['r1'] }), warning({ date: '2025-05-20' }), warning({})];
    expect(warningsOfDay(all, '2025-05-19', ['r1'])).toEqual([all[0], all[1]]);
  });

  it('shows a car over its seats on the day of its ride, as findLogisticsWarnings reports it', () => {
    const members = [{ id: 'm1', rank: 1, name: { en: 'Albert Wong' } }, { id: 'm2', rank: 2, name: { en: 'Fanny Wong' } }] as Member[];
    const vehicles = [{ id: 'v1', label: 'Car 1', seats: 1 }] as Vehicle[];
    const rides = [{ id: 'r1', vehicleId: 'v1', pickUpAt: '2025-05-19T01:00:00.000Z', timeZone: 'Asia/Shanghai', memberIds: ['m1', 'm2'] }] as Ride[];
    const found = findLogisticsWarnings({ trip: { startDate: '2025-05-18', endDate: '2025-05-20' }, events: [], members, stays: [], vehicles, rides });
    const today = warningsOfDay(found, '2025-05-19', ['r1']).filter((w) => w.kind === 'car-over-seats');
    expect(today).toHaveLength(1);
    expect(warningText(tEn, today[0]!, names)).toBe('Car 1 carries 2 passengers; it has seats for 1.');
    expect(warningText(tZh, today[0]!, names)).toBe('Car 1 載有 2 名乘客，但只有 1 個座位。');
    expect(warningsOfDay(found, '2025-05-20', []).filter((w) => w.kind === 'car-over-seats')).toHaveLength(0);
  });
});

describe('warningText', () => {
  it('words every kind from its details, never leaving a placeholder', () => {
    const kinds: LogisticsWarning['kind'][] = ['no-arrival', 'no-departure', 'night-without-stay', 'stay-before-arrival', 'car-over-seats', 'car-double-booked', 'pick-up-before-landing', 'member-in-two-rooms'];
    for (const kind of kinds) {
      const w = warning({ kind, memberIds: ['m1'], vehicleId: 'v1', date: '2025-05-19', details: { nights: ['2025-05-19'], arrivalDate: '2025-05-20', seats: 4, passengers: 5, minutesAfterLanding: 10, marginMinutes: 45 } });
      for (const t of [tEn, tZh]) {
        const text = warningText(t, w, names);
        expect(text, kind).not.toMatch(/{{|logistics\./);
        expect(text, kind).toMatch(/Albert Wong|Car 1/);
      }
    }
    expect(warningText(tEn, warning({ kind: 'pick-up-before-landing', memberIds: ['m2'], details: { minutesAfterLanding: 10, marginMinutes: 45 } }), names)).toBe(
      'Fanny Wong: picked up 10 minutes after landing; allow at least 45.',
    );
  });
});
