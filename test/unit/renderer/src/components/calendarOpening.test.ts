// The date field's calendar opens on the field's date; on an empty field, on the form's related date (a trip's end
// opens at its start); else on today (undefined: React Aria's own default).
import { describe, expect, it } from 'vitest';
import { calendarOpening, isoDate } from '../../../../../renderer/src/components/calendarOpening';

const opening = (value: string, openAt?: string): string | undefined => calendarOpening(value, openAt)?.toString();

describe('calendarOpening', () => {
  it('opens on the date the field holds, whatever the related date', () => {
    expect(opening('2027-05-14', '2027-03-10')).toBe('2027-05-14');
    expect(opening('2027-05-14')).toBe('2027-05-14');
  });

  it('opens an empty field on the related date (an end date on its start)', () => {
    expect(opening('', '2027-03-10')).toBe('2027-03-10');
  });

  it('leaves it to today when neither is a whole date', () => {
    expect(opening('')).toBeUndefined();
    expect(opening('', '')).toBeUndefined();
    expect(opening('', '2027-03')).toBeUndefined();
    expect(opening('', '2027-02-30')).toBeUndefined();
  });

  it('skips a half-typed or impossible value for the related date', () => {
    expect(opening('2027-13-01', '2027-03-10')).toBe('2027-03-10');
  });
});

describe('isoDate', () => {
  it('reads whole ISO dates only', () => {
    expect(isoDate('2028-02-29')?.toString()).toBe('2028-02-29');
    expect(isoDate('2027-02-29')).toBeNull();
    expect(isoDate('')).toBeNull();
    expect(isoDate(undefined)).toBeNull();
  });
});
