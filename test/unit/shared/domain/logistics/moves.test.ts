// Moving a member to another car by hand (shared/domain/logistics/moves.ts, which rides.moveMember applies): the
// member joins the other car's ride for the same journey, or a new ride copying it.
import { describe, expect, it } from 'vitest';
import { place, ride } from '../../../../support/rides';
import { planMove } from '../../../../../shared/domain/logistics/moves';


describe('planMove', () => {
  it('moves a member into the other car’s ride for the same journey, out of the one they were in', () => {
    const rides = [ride('r1', 'car1', ['a', 'b']), ride('r2', 'car2', ['c'])];
    expect(planMove(rides, 'r1', 'b', 'car2')).toEqual({
      updates: [
        { id: 'r1', memberIds: ['a'] },
        { id: 'r2', memberIds: ['c', 'b'] },
      ],
    });
  });

  it('creates a ride for the same journey when the other car has none, copying time, places, event and contact', () => {
    const rides = [ride('r1', 'car1', ['a', 'b'], { contactId: 'k1' }), ride('r2', 'car2', ['c'], { eventId: 'other' })];
    const plan = planMove(rides, 'r1', 'a', 'car2');
    expect(plan?.updates).toEqual([{ id: 'r1', memberIds: ['b'] }]);
    expect(plan?.create).toMatchObject({ tripId: 't1', vehicleId: 'car2', pickUpAt: rides[0]!.pickUpAt, eventId: 'e1', contactId: 'k1', memberIds: ['a'], to: place('Zhongguancun') });
  });

  it('does not join a ride of the other car at another time', () => {
    const rides = [ride('r1', 'car1', ['a']), ride('r2', 'car2', ['c'], { pickUpAt: '2025-05-19T05:00:00.000Z' })];
    expect(planMove(rides, 'r1', 'a', 'car2')?.create?.vehicleId).toBe('car2');
  });

  it('matches rides without an event by their destination', () => {
    const rides = [ride('r1', 'car1', ['a'], { eventId: undefined }), ride('r2', 'car2', [], { eventId: undefined })];
    expect(planMove(rides, 'r1', 'a', 'car2')).toEqual({ updates: [{ id: 'r1', memberIds: [] }, { id: 'r2', memberIds: ['a'] }] });
  });

  it('does nothing for the same car, a member not in the ride, or a deleted ride', () => {
    const rides = [ride('r1', 'car1', ['a']), ride('r9', 'car1', ['z'], { deleted: true })];
    expect(planMove(rides, 'r1', 'a', 'car1')).toBeUndefined();
    expect(planMove(rides, 'r1', 'x', 'car2')).toBeUndefined();
    expect(planMove(rides, 'r9', 'z', 'car2')).toBeUndefined();
  });
});
