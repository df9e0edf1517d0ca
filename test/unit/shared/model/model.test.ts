// The model's own rules: real dates and zones, ordered ranges, and patches that leave unnamed fields alone.
import { describe, expect, it } from 'vitest';
import { CalendarDate, TimeZone, TripInput, patchOf } from '../../../../shared/model';
import { contract } from '../../../../shared/contract';

describe('model', () => {
  it('accepts real calendar dates only', () => {
    expect(CalendarDate.safeParse('2024-02-29').success).toBe(true);
    expect(CalendarDate.safeParse('2025-02-29').success).toBe(false);
    expect(CalendarDate.safeParse('13/05/2025').success).toBe(false);
  });

  it('accepts IANA zones and refuses made-up ones', () => {
    for (const zone of ['Asia/Hong_Kong', 'Asia/Riyadh', 'Europe/London', 'UTC']) expect(TimeZone.safeParse(zone).success).toBe(true);
    for (const zone of ['Mars/Base', 'HKT', '']) expect(TimeZone.safeParse(zone).success).toBe(false);
  });

  it('refuses a leg that ends before it starts', () => {
    const result = TripInput.safeParse({
      title: 'x',
      startDate: '2025-05-13',
      endDate: '2025-05-16',
      legs: [{ id: 'l1', city: 'Hangzhou', timeZone: 'Asia/Shanghai', startDate: '2025-05-15', endDate: '2025-05-14' }],
    });
    expect(result.success).toBe(false);
  });

  it('builds patches without defaults', () => {
    expect(contract['trips.update'].input.parse({ id: 'a', patch: { title: 'New' } })).toEqual({ id: 'a', patch: { title: 'New' } });
    expect(patchOf(TripInput.shape).parse({})).toEqual({});
  });
});
