// react-big-calendar's date-fns localizer in the UI's language (en-GB, zh-TW, zh-CN), with the 24-hour clock and the date
// styles the rest of the app uses.
import { format, getDay, parse, startOfWeek } from 'date-fns';
import { enGB, zhCN, zhTW } from 'date-fns/locale';
import { dateFnsLocalizer, type Formats } from 'react-big-calendar';
import { arrivalAt } from './calendarModel';

export const localizer = dateFnsLocalizer({ format, parse, startOfWeek, getDay, locales: { 'en-GB': enGB, 'zh-TW': zhTW, 'zh-CN': zhCN } });

export function cultureFor(language: string): 'en-GB' | 'zh-TW' | 'zh-CN' {
  return language === 'zh-Hant' ? 'zh-TW' : language === 'zh-Hans' ? 'zh-CN' : 'en-GB';
}

type Range = { start: Date; end: Date };
type Loc = { format: (value: Date, pattern: string, culture?: string) => string };

const zh = (culture?: string): boolean => culture === 'zh-TW' || culture === 'zh-CN';
const hm = (d: Date, culture: string | undefined, loc: Loc): string => loc.format(d, 'HH:mm', culture);
const timeRange = ({ start, end }: Range, culture: string | undefined, loc: Loc): string => `${hm(start, culture, loc)} – ${hm(end, culture, loc)}`;
/** A journey's end on the arrival's own clock ("12:05 Dubai", "11:10 Hong Kong +1"), not the departure's. */
const endText = (end: Date, culture: string | undefined, loc: Loc): string => {
  const arrival = arrivalAt(end);
  if (!arrival) return hm(end, culture, loc);
  return `${arrival.time} ${arrival.city}${arrival.plusDays > 0 ? ` +${arrival.plusDays}` : ''}`;
};
/** An event's time label in the grid: a journey reads departure → arrival, each on its own clock. */
const eventRange = ({ start, end }: Range, culture: string | undefined, loc: Loc): string =>
  arrivalAt(end) ? `${hm(start, culture, loc)} → ${endText(end, culture, loc)}` : timeRange({ start, end }, culture, loc);
const dayShort = (d: Date, culture: string | undefined, loc: Loc): string => loc.format(d, zh(culture) ? "M'月'd'日' (EEE)" : 'EEE d MMM', culture);
const dateRange = ({ start, end }: Range, culture: string | undefined, loc: Loc): string =>
  zh(culture)
    ? `${loc.format(start, "yyyy'年'M'月'd'日'", culture)} – ${loc.format(end, start.getFullYear() === end.getFullYear() ? "M'月'd'日'" : "yyyy'年'M'月'd'日'", culture)}`
    : `${loc.format(start, start.getFullYear() === end.getFullYear() ? 'd MMM' : 'd MMM yyyy', culture)} – ${loc.format(end, 'd MMM yyyy', culture)}`;

// Typed loosely by @types/react-big-calendar (its format callbacks take a generic localizer).
export const formats: Formats = {
  dateFormat: 'd',
  timeGutterFormat: 'HH:mm',
  eventTimeRangeFormat: eventRange as Formats['eventTimeRangeFormat'],
  // The first and last columns of an event that runs past midnight (a long-haul flight).
  eventTimeRangeStartFormat: (({ start, end }: Range, c: string | undefined, l: Loc) =>
    arrivalAt(end) ? `${hm(start, c, l)} → ${endText(end, c, l)}` : `${hm(start, c, l)} – `) as Formats['eventTimeRangeStartFormat'],
  eventTimeRangeEndFormat: (({ end }: Range, c: string | undefined, l: Loc) => (arrivalAt(end) ? ` → ${endText(end, c, l)}` : ` – ${hm(end, c, l)}`)) as Formats['eventTimeRangeEndFormat'],
  selectRangeFormat: timeRange as Formats['selectRangeFormat'],
  agendaTimeFormat: 'HH:mm',
  agendaTimeRangeFormat: timeRange as Formats['agendaTimeRangeFormat'],
  dayFormat: dayShort as Formats['dayFormat'],
  agendaDateFormat: dayShort as Formats['agendaDateFormat'],
  dayHeaderFormat: ((d: Date, c: string | undefined, l: Loc) => l.format(d, zh(c) ? "yyyy'年'M'月'd'日' EEEE" : 'EEEE d MMMM yyyy', c)) as Formats['dayHeaderFormat'],
  dayRangeHeaderFormat: dateRange as Formats['dayRangeHeaderFormat'],
  agendaHeaderFormat: dateRange as Formats['agendaHeaderFormat'],
  monthHeaderFormat: ((d: Date, c: string | undefined, l: Loc) => l.format(d, zh(c) ? "yyyy'年'M'月'" : 'MMMM yyyy', c)) as Formats['monthHeaderFormat'],
  weekdayFormat: 'EEE',
};
