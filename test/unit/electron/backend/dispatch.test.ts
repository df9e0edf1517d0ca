// The gate: unknown methods and bad input are refused with typed, readable errors, and change nothing.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LocalBackend } from '../../../../electron/backend';
import { createBackend } from '../../../../electron/backend';
import type { Trip } from '../../../../shared/model';
import { snapshot, tempDir } from '../../helpers/tmp';

const validTrip = {
  title: 'OASES to Hangzhou and Shanghai',
  organisingBody: 'OASES',
  startDate: '2025-05-13',
  endDate: '2025-05-16',
  homeTimeZone: 'Asia/Hong_Kong',
  legs: [
    { city: 'Hangzhou', country: 'China', timeZone: 'Asia/Shanghai', startDate: '2025-05-13', endDate: '2025-05-15' },
    { city: 'Shanghai', country: 'China', timeZone: 'Asia/Shanghai', startDate: '2025-05-15', endDate: '2025-05-16' },
  ],
};

let backend: LocalBackend;
let dir: string;
let cleanup: () => Promise<void>;
let now = Date.parse('2026-01-05T02:00:00Z');

beforeEach(async () => {
  ({ dir, cleanup } = await tempDir());
  backend = await createBackend({ dataDir: dir, clock: { now: () => (now += 1000) } });
});
afterEach(async () => {
  await backend.close();
  await cleanup();
});

async function ok<T>(method: string, input: unknown): Promise<T> {
  const reply = await backend.dispatch(method, input);
  if (!reply.ok) throw new Error(`${method} failed: ${reply.error.message}`);
  return reply.result as T;
}

describe('dispatch', () => {
  it('refuses a method the contract does not name', async () => {
    const reply = await backend.dispatch('trips.explode', {});
    expect(reply).toEqual({ ok: false, error: { code: 'unknown-method', message: 'There is no method called "trips.explode".' } });
  });

  it('refuses bad input with the fields at fault, and writes nothing', async () => {
    await ok('trips.create', validTrip);
    await backend.settle();
    const before = await snapshot(dir);
    const reply = await backend.dispatch('trips.create', { ...validTrip, endDate: '2025-05-01', legs: [{ city: '', timeZone: 'Mars/Base' }] });
    expect(reply.ok).toBe(false);
    if (reply.ok) return;
    expect(reply.error.code).toBe('invalid-input');
    expect(reply.error.message).toMatch(/Nothing was changed/);
    const paths = (reply.error.details as { issues: { path: string; message: string }[] }).issues.map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['legs.0.city', 'legs.0.timeZone', 'legs.0.startDate']));
    expect(await snapshot(dir)).toEqual(before);
    expect(await ok<Trip[]>('trips.list', {})).toHaveLength(1);
  });

  it('refuses a trip that ends before it starts, and a leg outside the trip', async () => {
    const backwards = await backend.dispatch('trips.create', { ...validTrip, legs: [], endDate: '2025-05-01' });
    expect(!backwards.ok && backwards.error.message).toMatch(/endDate: the trip cannot end before it starts/);
    const outside = await backend.dispatch('trips.create', { ...validTrip, legs: [{ ...validTrip.legs[0], endDate: '2025-05-20' }] });
    expect(!outside.ok && outside.error.message).toMatch(/falls outside the trip's dates/);
    expect(await ok<Trip[]>('trips.list', {})).toEqual([]);
  });

  it('refuses an update that would make a stored trip invalid, keeping the stored one', async () => {
    const trip = await ok<Trip>('trips.create', validTrip);
    await backend.settle();
    const before = await snapshot(dir);
    const reply = await backend.dispatch('trips.update', { id: trip.id, patch: { endDate: '2025-05-14' } });
    expect(reply.ok).toBe(false);
    if (!reply.ok) expect(reply.error.code).toBe('invalid-input');
    expect(await snapshot(dir)).toEqual(before);
    expect((await ok<{ trip: Trip }>('trips.get', { id: trip.id })).trip.endDate).toBe('2025-05-16');
  });

  it('answers an unknown id with not-found', async () => {
    const reply = await backend.dispatch('trips.get', { id: 'nope' });
    expect(!reply.ok && reply.error.code).toBe('not-found');
  });
});

describe('trips', () => {
  it('creates with leg ids, patches only what is given, deletes and restores', async () => {
    const trip = await ok<Trip>('trips.create', { ...validTrip, status: 'planned', purpose: 'Promote Hong Kong' });
    expect(trip.legs.map((l) => l.id)).toHaveLength(2);
    expect(trip.legs.every((l) => l.id.length > 0)).toBe(true);

    const renamed = await ok<Trip>('trips.update', { id: trip.id, patch: { title: 'DG visit' } });
    expect(renamed).toMatchObject({ title: 'DG visit', status: 'planned', purpose: 'Promote Hong Kong', homeTimeZone: 'Asia/Hong_Kong' });
    expect(renamed.legs).toEqual(trip.legs);

    await ok('trips.delete', { id: trip.id });
    expect(await ok<Trip[]>('trips.list', {})).toEqual([]);
    expect(await ok<Trip>('trips.restore', { id: trip.id })).toMatchObject({ id: trip.id, title: 'DG visit', deleted: false });
    expect((await ok<Trip[]>('trips.list', {})).map((t) => t.id)).toEqual([trip.id]);
  });

  it('keeps trips across a restart', async () => {
    const trip = await ok<Trip>('trips.create', validTrip);
    await backend.close();
    backend = await createBackend({ dataDir: dir, clock: { now: () => (now += 1000) } });
    expect(await ok<Trip[]>('trips.list', {})).toEqual([trip]);
  });

  it('pushes data.changed to listeners', async () => {
    const seen: unknown[] = [];
    backend.onPush((event, payload) => seen.push({ event, payload }));
    const trip = await ok<Trip>('trips.create', validTrip);
    expect(seen).toEqual([{ event: 'data.changed', payload: { collections: ['trips'], tripIds: [trip.id], ids: [trip.id] } }]);
  });
});
