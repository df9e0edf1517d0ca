// The one mapping from the backend's issue paths to form fields, used by every form.
import { describe, expect, it } from 'vitest';
import { fieldForPath, issuePath, placeIssues, type FieldMap } from '../../../../../../renderer/src/components/forms/issuePaths';

const trip: FieldMap = { fields: ['title', 'startDate', 'endDate', 'legs', 'legs.*', 'legs.*.city', 'legs.*.timeZone', 'memberIds'] };
const directory: FieldMap = { fields: ['nameEn', 'nameZhHant', 'rank'], rename: { 'name.en': 'nameEn', 'name.zhHant': 'nameZhHant', name: 'nameEn' } };

describe('issue paths', () => {
  it('reads every spelling the backend uses, without the create or patch wrapper', () => {
    expect(issuePath(['patch', 'legs', 1, 'city'])).toEqual(['legs', '1', 'city']);
    expect(issuePath('legs[1].city')).toEqual(['legs', '1', 'city']);
    expect(issuePath('input.name.en')).toEqual(['name', 'en']);
    expect(issuePath('')).toEqual([]);
    expect(issuePath(undefined)).toEqual([]);
  });

  it('places a nested path with an array index on the field of that row', () => {
    expect(fieldForPath(issuePath('patch.legs.2.timeZone'), trip)).toBe('legs.2.timeZone');
    expect(fieldForPath(issuePath(['legs', 0]), trip)).toBe('legs.0');
  });

  it('places a bad entry of a list on the list, and a renamed path on its field', () => {
    expect(fieldForPath(issuePath('memberIds.3'), trip)).toBe('memberIds');
    expect(fieldForPath(issuePath('patch.name.zhHant'), directory)).toBe('nameZhHant');
    expect(fieldForPath(issuePath('name'), directory)).toBe('nameEn');
  });

  it('sends a path no field shows to the form-level message, and joins two messages on one field', () => {
    const placed = placeIssues(
      { issues: [{ path: 'legs[1].city', message: 'a' }, { path: ['patch', 'legs', 1, 'city'], message: 'b' }, { path: 'tripId', message: 'c' }, { path: [], message: 'd' }] },
      trip,
    );
    expect(placed).toEqual({ fields: { 'legs.1.city': 'a b' }, form: ['c', 'd'] });
  });

  it('places nothing when the details carry no issues', () => {
    expect(placeIssues(undefined, trip)).toEqual({ fields: {}, form: [] });
    expect(placeIssues({ issues: 'odd' }, trip)).toEqual({ fields: {}, form: [] });
  });
});
