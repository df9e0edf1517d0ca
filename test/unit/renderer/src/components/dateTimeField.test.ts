// The date field is written in the app's language, never the system's: English reads day/month/year even where the
// system is American; Chinese reads year/month/day. (The time field forces a 24-hour clock; the e2e spec checks it.)
import { describe, expect, it } from 'vitest';
import { fieldLocale } from '../../../../../renderer/src/components/dateTimeLocale';

const shown = (language: string): string =>
  new Intl.DateTimeFormat(fieldLocale(language), { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'UTC' }).format(new Date(Date.UTC(2027, 4, 14)));

describe('fieldLocale', () => {
  it('writes English day-month-year and Chinese year-month-day', () => {
    expect(shown('en')).toBe('14/05/2027');
    expect(shown('zh-Hant')).toBe('2027/05/14');
    expect(shown('zh-Hans')).toBe('2027/05/14');
  });
});
