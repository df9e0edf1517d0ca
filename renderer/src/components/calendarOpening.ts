// Which day the date field's calendar opens on (and so which month it shows). Apart from DateTimeField.tsx so it is
// testable without a DOM.
import { parseDate, type CalendarDate } from '@internationalized/date';

/** What `parse` makes of the text; null for '' and for anything half-typed or impossible. */
export function safely<T>(parse: (text: string) => T, text: string | undefined): T | null {
  try {
    return text ? parse(text) : null;
  } catch {
    return null;
  }
}

/** An ISO date (YYYY-MM-DD) as a CalendarDate, or null. */
export function isoDate(text: string | undefined): CalendarDate | null {
  return safely(parseDate, text);
}

/**
 * The field's own date when it holds one; else the form's related date (`openAt`: a trip's end opens at its start);
 * else undefined, and the calendar opens on today.
 */
export function calendarOpening(value: string, openAt?: string): CalendarDate | undefined {
  return isoDate(value) ?? isoDate(openAt) ?? undefined;
}
