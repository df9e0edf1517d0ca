// The new place fields of an event (issue 9) through the backend: a chosen leg and a journey's ends are stored,
// survive a reopen, and are cleared by null in a patch; an event without them still loads (no migration).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TestBackend } from './backend-fixture';
import { hangzhouTrip, openTestBackend } from './backend-fixture';

let t: TestBackend;
beforeEach(async () => {
  t = await openTestBackend();
});
afterEach(async () => {
  await t.close();
});

const travel = {
  from: { city: { en: 'Hangzhou', zh: '杭州' }, place: { en: 'Hangzhou East Railway Station', zh: '杭州东站' } },
  to: { city: { en: 'Shanghai', zh: '上海' }, place: { en: 'Shanghai Hongqiao Railway Station', zh: '上海虹桥站' } },
};

describe('an event’s leg and journey ends', () => {
  it('are kept across a reopen and cleared by null', async () => {
    const trip = await t.call('trips.create', hangzhouTrip);
    const hangzhou = trip.legs[0]!;
    const train = await t.call('events.create', {
      tripId: trip.id, kind: 'travel', title: 'Train to Shanghai', start: '2025-05-15T04:30:00.000Z', end: '2025-05-15T05:35:00.000Z',
      timeZone: 'Asia/Shanghai', legId: hangzhou.id, travel,
    });
    const plain = await t.call('events.create', { tripId: trip.id, title: 'Lunch', start: '2025-05-14T04:30:00.000Z', end: '2025-05-14T05:30:00.000Z', timeZone: 'Asia/Shanghai' });
    await t.reopen();
    const stored = (await t.call('trips.get', { id: trip.id })).events;
    expect(stored.find((e) => e.id === train.id)).toMatchObject({ legId: hangzhou.id, travel });
    expect(stored.find((e) => e.id === plain.id)).not.toHaveProperty('travel');

    await t.call('events.update', { id: train.id, tripId: trip.id, patch: { legId: null, travel: null } });
    await t.reopen();
    const cleared = (await t.call('trips.get', { id: trip.id })).events.find((e) => e.id === train.id)!;
    expect(cleared.legId).toBeUndefined();
    expect(cleared.travel).toBeUndefined();
  });
});
