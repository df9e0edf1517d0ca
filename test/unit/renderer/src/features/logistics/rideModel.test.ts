// The day's rides and precedence order (features/logistics/rideModel.ts); moving a member is in
// test/unit/shared/domain/logistics/moves.test.ts.
import { describe, expect, it } from 'vitest';
import { ride } from '../../../../../support/rides';
import type { Member } from '../../../../../../shared/model';
import { inPrecedence, overSeats, rideDate, ridesOnDay } from '../../../../../../renderer/src/features/logistics/rideModel';


function member(id: string, rank: number, en: string): Member {
  return { id, rank, name: { en, zhHant: '', zhHans: '' } } as unknown as Member;
}

describe('the day’s rides', () => {
  it('dates a ride by its pick-up where it happens, not in UTC', () => {
    // 23:30 UTC on the 18th is 07:30 on the 19th in Beijing.
    expect(rideDate({ pickUpAt: '2025-05-18T23:30:00.000Z', timeZone: 'Asia/Shanghai' })).toBe('2025-05-19');
  });

  it('lists a day’s live rides by pick-up time, then in the order of the cars', () => {
    const rides = [
      ride('late', 'car1', [], { pickUpAt: '2025-05-19T06:00:00.000Z' }),
      ride('b', 'car2', []),
      ride('a', 'car1', []),
      ride('gone', 'car1', [], { deleted: true }),
      ride('other day', 'car1', [], { pickUpAt: '2025-05-20T01:00:00.000Z' }),
    ];
    expect(ridesOnDay(rides, '2025-05-19', ['car1', 'car2']).map((r) => r.id)).toEqual(['a', 'b', 'late']);
  });

  it('orders passengers by rank, then English name, whatever order they were added in', () => {
    const members = [member('m3', 3, 'Derek'), member('m1', 1, 'Albert'), member('m2b', 2, 'Zed'), member('m2a', 2, 'Anna')];
    expect(inPrecedence(['m3', 'gone', 'm2b', 'm1', 'm2a'], members)).toEqual(['m1', 'm2a', 'm2b', 'm3', 'gone']);
  });

  it('counts passengers beyond the seats', () => {
    expect(overSeats({ memberIds: ['a', 'b', 'c'] }, 2)).toBe(1);
    expect(overSeats({ memberIds: ['a'] }, 2)).toBe(0);
  });
});
