// Dates and times for the chosen language. Calendar dates have no zone; event times are shown in their own zone.
import { TZDate } from '@date-fns/tz';
import { format as formatDate, addDays, parseISO } from 'date-fns';
import { useTranslation } from 'react-i18next';
import { isChinese } from './languages';

/** Hong Kong forms for 繁體, the mainland's for 简体 (2027年5月13日星期四 in both), British English otherwise. */
export function localeFor(language: string): string {
  if (language === 'zh-Hant') return 'zh-Hant-HK';
  if (language === 'zh-Hans') return 'zh-Hans-CN';
  return 'en-GB';
}

/** A plain calendar date (YYYY-MM-DD) as a UTC midnight, so no local zone can shift it by a day. */
function calendar(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * One Intl.DateTimeFormat per locale and options, kept: building one costs about a millisecond in Chromium, and the
 * trip list (500 trips) and the itinerary (200 events) format a date or time per row, which made the first screen
 * spend over a second just constructing formatters. Formatters are immutable, so sharing them is safe.
 */
export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) formatters.set(key, (formatter = new Intl.DateTimeFormat(locale, options)));
  return formatter;
}

/** "13 May 2027" / "2027年5月13日": spelled-out months, so day and month are never confused. */
const dateParts: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' };

export function formatCalendarDate(language: string, date: string, withWeekday = false): string {
  const options: Intl.DateTimeFormatOptions = withWeekday ? { ...dateParts, weekday: 'long' } : dateParts;
  return dateTimeFormat(localeFor(language), options).format(calendar(date));
}

/**
 * Each range's text, kept: the trip list writes one per row on every render of every row, and ICU's formatRange costs
 * about a millisecond in Chromium (~70 ms of the first screen's rows). A text depends only on its three inputs, so a
 * kept one is the same text; the map is emptied past RANGES_KEPT so a long session cannot grow it without end.
 */
const ranges = new Map<string, string>();
const RANGES_KEPT = 5_000;

export function formatDateRange(language: string, start: string, end: string): string {
  const key = `${language}|${start}|${end}`;
  let text = ranges.get(key);
  if (text === undefined) {
    if (ranges.size >= RANGES_KEPT) ranges.clear();
    ranges.set(key, (text = writeDateRange(language, start, end)));
  }
  return text;
}

function writeDateRange(language: string, start: string, end: string): string {
  const locale = localeFor(language);
  const formatter = dateTimeFormat(locale, dateParts);
  if (end < start) return `${formatter.format(calendar(start))} – ${formatter.format(calendar(end))}`;
  if (!isChinese(language)) return formatter.formatRange(calendar(start), calendar(end));
  // ICU's Chinese ranges fall back to "13/5/2027 至 16/5/2027" (Hong Kong) or "2027/5/13 – 2027/5/16" (mainland);
  // write them the way people do in both.
  if (start === end) return formatter.format(calendar(start));
  const sameYear = start.slice(0, 4) === end.slice(0, 4);
  const sameMonth = sameYear && start.slice(0, 7) === end.slice(0, 7);
  const endParts: Intl.DateTimeFormatOptions = sameMonth ? { day: 'numeric' } : sameYear ? { month: 'short', day: 'numeric' } : dateParts;
  const endText = dateTimeFormat(locale, { ...endParts, timeZone: 'UTC' }).format(calendar(end));
  return `${formatter.format(calendar(start))}至${endText}`;
}

/** An instant's time of day in the zone where it happens, e.g. "09:30". */
export function formatTime(language: string, instant: string, timeZone: string): string {
  // 24-hour clock in every language: what printed itineraries in Hong Kong use, and never ambiguous.
  return dateTimeFormat(localeFor(language), { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone }).format(new Date(instant));
}

/** The short offset name of a zone at an instant, e.g. "GMT+8". */
export function zoneLabel(language: string, instant: string, timeZone: string): string {
  const parts = dateTimeFormat(localeFor(language), { timeZone, timeZoneName: 'short' }).formatToParts(new Date(instant));
  return parts.find((p) => p.type === 'timeZoneName')?.value ?? timeZone;
}

/** The calendar date (YYYY-MM-DD) an instant falls on in a zone. */
export function dateInZone(instant: string, timeZone: string): string {
  return formatDate(new TZDate(instant, timeZone), 'yyyy-MM-dd');
}

/** Every calendar date from start to end inclusive (empty if end is before start). */
export function datesBetween(start: string, end: string): string[] {
  const days: string[] = [];
  for (let d = parseISO(start); formatDate(d, 'yyyy-MM-dd') <= end && days.length < 366; d = addDays(d, 1)) {
    days.push(formatDate(d, 'yyyy-MM-dd'));
  }
  return days;
}

/** Today's calendar date where the user is. */
export function today(): string {
  return formatDate(new Date(), 'yyyy-MM-dd');
}

/** The formatting helpers bound to the current language. */
export function useFormat() {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return {
    language,
    date: (date: string, withWeekday = false) => formatCalendarDate(language, date, withWeekday),
    range: (start: string, end: string) => formatDateRange(language, start, end),
    time: (instant: string, zone: string) => formatTime(language, instant, zone),
    zone: (instant: string, zone: string) => zoneLabel(language, instant, zone),
  };
}
