// The list's filters survive the trip through the address, bad input in a link is ignored, and they become the
// contract's input unchanged.
import { describe, expect, it } from 'vitest';
import { filtersToInput, filtersToQuery, hasFilters, hashQuery, listHref, noFilters, parseFilters } from '../../../../../../renderer/src/features/followups/listQuery';

describe('follow-up list filters in the address', () => {
  it('round-trips every filter', () => {
    const filters = { overdue: true, dueThisWeek: true, ownerId: 'm1', organisationId: 'o_2', tripId: 'T-3', status: ['open', 'waiting'] as const };
    const query = filtersToQuery({ ...filters, status: [...filters.status] });
    expect(parseFilters(query)).toEqual({ ...filters, status: ['open', 'waiting'] });
  });

  it('ignores unknown statuses, malformed ids and other keys', () => {
    expect(parseFilters('status=open,bogus,open&trip=../etc&owner=&x=1&overdue=yes')).toEqual({ ...noFilters, status: ['open'] });
  });

  it('reads the query part of a hash', () => {
    expect(hashQuery('#/followups/list?trip=abc&overdue=1')).toBe('trip=abc&overdue=1');
    expect(hashQuery('#/followups/list')).toBe('');
  });

  it('links to one trip’s follow-ups', () => {
    expect(listHref({ tripId: 'abc' })).toBe('#/followups/list?trip=abc');
    expect(listHref()).toBe('#/followups/list');
    expect(hasFilters(noFilters)).toBe(false);
    expect(hasFilters({ ...noFilters, dueThisWeek: true })).toBe(true);
  });

  it('becomes the contract input, leaving out what is not set', () => {
    expect(filtersToInput(noFilters, '2027-05-01')).toEqual({ today: '2027-05-01' });
    expect(filtersToInput({ overdue: true, dueThisWeek: false, ownerId: 'm1', status: ['done'] }, '2027-05-01')).toEqual({
      today: '2027-05-01',
      overdue: true,
      ownerId: 'm1',
      status: ['done'],
    });
  });
});
