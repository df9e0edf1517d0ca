// Formatting dates is on the first screen's path (a range per trip in the list, a time per event on the trip page):
// the formatters are built once per locale and options, not once per row.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dateTimeFormat, formatCalendarDate, formatDateRange, formatTime, localeFor } from '../../../../../renderer/src/i18n/format';

describe('date formatting on long lists', () => {
  afterEach(() => vi.restoreAllMocks());

  it('builds one formatter per locale and options however many rows it formats', () => {
    const Real = Intl.DateTimeFormat;
    let built = 0;
    vi.spyOn(Intl, 'DateTimeFormat').mockImplementation(function (this: unknown, ...args: ConstructorParameters<typeof Intl.DateTimeFormat>) {
      built++;
      return new Real(...args);
    } as unknown as typeof Intl.DateTimeFormat);
    const texts = new Set<string>();
    for (let day = 1; day <= 28; day++) {
      const start = `2031-02-${String(day).padStart(2, '0')}`;
      texts.add(formatDateRange('en', start, '2031-03-02'));
      texts.add(formatTime('en', `${start}T01:${day + 10}:00Z`, 'Asia/Shanghai'));
    }
    expect(texts.size).toBe(56); // every row got its own text
    // One for the ranges, one for the times: not 56.
    expect(built).toBeLessThanOrEqual(2);
  });

  it('keeps formatters apart by locale and options', () => {
    expect(dateTimeFormat('en-GB', { month: 'short', timeZone: 'UTC' })).toBe(dateTimeFormat('en-GB', { month: 'short', timeZone: 'UTC' }));
    expect(dateTimeFormat('en-GB', { month: 'short', timeZone: 'UTC' })).not.toBe(dateTimeFormat('zh-Hant-HK', { month: 'short', timeZone: 'UTC' }));
    expect(dateTimeFormat('en-GB', { month: 'short', timeZone: 'UTC' })).not.toBe(dateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' }));
    expect(formatCalendarDate('en', '2027-05-13')).toBe('13 May 2027');
    expect(formatCalendarDate('zh-Hant', '2027-05-13')).toBe('2027年5月13日');
    expect(formatDateRange('en', '2027-05-13', '2027-05-16')).toMatch(/^13\s?–\s?16 May 2027$/);
    expect(formatDateRange('zh-Hant', '2027-05-13', '2027-05-16')).toBe('2027年5月13日至16日');
  });

  it('writes 简体 dates the mainland way: year first, spelled out, ranges with 至, 24-hour times', () => {
    expect(formatCalendarDate('zh-Hans', '2027-05-13')).toBe('2027年5月13日');
    expect(formatCalendarDate('zh-Hans', '2027-05-13', true)).toBe('2027年5月13日星期四');
    expect(formatDateRange('zh-Hans', '2027-05-13', '2027-05-16')).toBe('2027年5月13日至16日');
    expect(formatDateRange('zh-Hans', '2027-05-30', '2027-06-02')).toBe('2027年5月30日至6月2日');
    expect(formatDateRange('zh-Hans', '2027-12-30', '2028-01-02')).toBe('2027年12月30日至2028年1月2日');
    expect(formatTime('zh-Hans', '2027-05-13T12:05:00Z', 'Asia/Shanghai')).toBe('20:05');
    expect(localeFor('zh-Hans')).toBe('zh-Hans-CN');
  });
});

describe('date ranges in the trip list, formatted once each', () => {
  afterEach(() => vi.restoreAllMocks());

  const ranges = [['2027-05-13', '2027-05-13'], ['2027-05-13', '2027-05-16'], ['2027-05-30', '2027-06-02'], ['2027-12-30', '2028-01-02'], ['2027-05-16', '2027-05-13']] as const;
  // The texts as written before the results were kept (decision 023), in each language: the cache changes no character.
  const expected: [string, string[]][] = [
    ['en', ['13 May 2027', '13\u2009\u2013\u200916 May 2027', '30 May\u2009\u2013\u20092 Jun 2027', '30 Dec 2027\u2009\u2013\u20092 Jan 2028', '16 May 2027 \u2013 13 May 2027']],
    ['zh-Hant', ['2027\u5e745\u670813\u65e5', '2027\u5e745\u670813\u65e5\u81f316\u65e5', '2027\u5e745\u670830\u65e5\u81f36\u67082\u65e5', '2027\u5e7412\u670830\u65e5\u81f32028\u5e741\u67082\u65e5', '2027\u5e745\u670816\u65e5 \u2013 2027\u5e745\u670813\u65e5']],
    ['zh-Hans', ['2027\u5e745\u670813\u65e5', '2027\u5e745\u670813\u65e5\u81f316\u65e5', '2027\u5e745\u670830\u65e5\u81f36\u67082\u65e5', '2027\u5e7412\u670830\u65e5\u81f32028\u5e741\u67082\u65e5', '2027\u5e745\u670816\u65e5 \u2013 2027\u5e745\u670813\u65e5']],
  ];

  it('writes every shape of range exactly as before, in all three languages, first time and again', () => {
    for (const [language, texts] of expected) {
      expect(ranges.map(([start, end]) => formatDateRange(language, start, end)), language).toEqual(texts);
      expect(ranges.map(([start, end]) => formatDateRange(language, start, end)), `${language} again`).toEqual(texts);
    }
  });

  it('asks Intl for a range only once however many rows show it', () => {
    const formatRange = vi.spyOn(Intl.DateTimeFormat.prototype, 'formatRange');
    const format = vi.spyOn(Intl.DateTimeFormat.prototype as unknown as { format: unknown }, 'format', 'get'); // a getter: each use reads it
    const first = formatDateRange('en', '2031-04-01', '2031-04-09');
    const chinese = formatDateRange('zh-Hant', '2031-04-01', '2031-04-09');
    const asked = formatRange.mock.calls.length + format.mock.calls.length;
    expect(asked).toBeGreaterThan(0);
    for (let row = 0; row < 50; row++) {
      expect(formatDateRange('en', '2031-04-01', '2031-04-09')).toBe(first);
      expect(formatDateRange('zh-Hant', '2031-04-01', '2031-04-09')).toBe(chinese);
    }
    expect(formatRange.mock.calls.length + format.mock.calls.length).toBe(asked);
  });
});
