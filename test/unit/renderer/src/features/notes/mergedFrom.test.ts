// The "merged from N laptops" badge's rule: only notes from several devices, with the names sync knows.
import { describe, expect, it } from 'vitest';
import { mergedFrom } from '../../../../../../renderer/src/features/notes/notesLogic';

describe('mergedFrom', () => {
  it('is nothing for a note written on one laptop (or none)', () => {
    expect(mergedFrom({})).toBeUndefined();
    expect(mergedFrom({ mergedFrom: ['dev-a'] })).toBeUndefined();
    expect(mergedFrom({ mergedFrom: ['dev-a', 'dev-a'] })).toBeUndefined();
  });

  it('counts the devices and names those sync knows', () => {
    const devices = [
      { deviceId: 'dev-a', memberName: 'Alice Chan' },
      { deviceId: 'dev-b', memberName: 'Peter Yan' },
      { deviceId: 'dev-c' },
    ];
    expect(mergedFrom({ mergedFrom: ['dev-a', 'dev-b'] }, devices)).toEqual({ count: 2, names: ['Alice Chan', 'Peter Yan'] });
    expect(mergedFrom({ mergedFrom: ['dev-a', 'dev-c', 'dev-x'] }, devices)).toEqual({ count: 3, names: ['Alice Chan'] });
    expect(mergedFrom({ mergedFrom: ['dev-a', 'dev-b'] })).toEqual({ count: 2, names: [] });
  });
});
