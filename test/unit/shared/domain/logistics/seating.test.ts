// Seating by precedence: the principal first in the first car, each car filled exactly up to its seats, ties on rank
// broken by English name, and members left over named as unseated.
import { describe, expect, it } from 'vitest';
import { byPrecedence, seatByPrecedence } from '../../../../../shared/domain/logistics/seating';

const m = (id: string, rank: number, en = id) => ({ id, rank, name: { en } });

describe('seatByPrecedence', () => {
  it('seats the principal first in the first car, then in precedence order whatever the input order', () => {
    const seating = seatByPrecedence([m('d', 4), m('b', 2), m('a', 1), m('c', 3)], [{ id: 'vip', seats: 2 }, { id: 'van', seats: 7 }]);
    expect(seating).toEqual({ byVehicle: { vip: ['a', 'b'], van: ['c', 'd'] }, unseated: [] });
  });

  it('fills a car exactly to its seats before the next, and names who found no seat', () => {
    const members = [1, 2, 3, 4, 5, 6].map((r) => m(`m${r}`, r));
    expect(seatByPrecedence(members, [{ id: 'x', seats: 3 }, { id: 'y', seats: 2 }])).toEqual({ byVehicle: { x: ['m1', 'm2', 'm3'], y: ['m4', 'm5'] }, unseated: ['m6'] });
    expect(seatByPrecedence(members.slice(0, 5), [{ id: 'x', seats: 3 }, { id: 'y', seats: 2 }]).unseated).toEqual([]);
    expect(seatByPrecedence(members, []).unseated).toEqual(['m1', 'm2', 'm3', 'm4', 'm5', 'm6']);
  });

  it('breaks a tie on rank by English name, and seats a member listed twice once', () => {
    expect(byPrecedence([m('z', 5, 'Zhang'), m('a', 5, 'Au'), m('p', 1, 'Poon')]).map((x) => x.id)).toEqual(['p', 'a', 'z']);
    expect(seatByPrecedence([m('a', 1), m('a', 1), m('b', 2)], [{ id: 'x', seats: 2 }])).toEqual({ byVehicle: { x: ['a', 'b'] }, unseated: [] });
  });
});
