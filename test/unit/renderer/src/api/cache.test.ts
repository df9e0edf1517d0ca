// The query cache refreshes only what a change touches: by collection, by trip, by record; a write's answer goes into
// the trip that holds it without a refetch; a query under an optimistic edit waits until the edit has settled.
import { QueryClient } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TripDetail } from '../../../../../shared/contract';
import type { TripEvent } from '../../../../../shared/model';
import { access, touches } from '../../../../../renderer/src/api/access';
import { callKey, holdQuery, invalidateChange, writeAnswer } from '../../../../../renderer/src/api/cache';

const event = (id: string, start: string): TripEvent =>
  ({ id, tripId: 'A', title: id, start, end: start, timeZone: 'Asia/Riyadh', kind: 'meeting', status: 'confirmed', deleted: false }) as unknown as TripEvent;

const detail = (id: string, events: TripEvent[]): TripDetail =>
  ({ trip: { id }, events, notes: [], followUps: [], members: [], organisations: [], contacts: [] }) as unknown as TripDetail;

describe('which queries a change touches', () => {
  it('a change to one trip’s events touches that trip, not another, and not the directory lists', () => {
    const change = { collections: ['events'], tripIds: ['A'] };
    expect(touches('trips.get', { id: 'A' }, change)).toBe(true);
    expect(touches('trips.get', { id: 'B' }, change)).toBe(false);
    expect(touches('members.list', {}, change)).toBe(false);
    expect(touches('settings.get', {}, change)).toBe(false);
    expect(touches('search.query', { text: 'x' }, change)).toBe(true);
  });

  it('a directory change touches every trip (a trip carries the records it names)', () => {
    const change = { collections: ['organisations'], tripIds: [] };
    expect(touches('trips.get', { id: 'A' }, change)).toBe(true);
    expect(touches('organisations.list', {}, change)).toBe(true);
    expect(touches('trips.list', {}, change)).toBe(false);
  });

  it('a trip change that names no trip touches every trip; a name the renderer does not know touches everything', () => {
    expect(touches('trips.get', { id: 'B' }, { collections: ['events'], tripIds: [] })).toBe(true);
    expect(touches('settings.get', {}, { collections: ['stays'], tripIds: ['A'] })).toBe(true);
  });

  it('record ids, when the push carries them, narrow an organisation page to its own organisation', () => {
    expect(touches('organisations.page', { id: 'o1' }, { collections: ['organisations'], tripIds: [], ids: ['o2'] })).toBe(false);
    expect(touches('organisations.page', { id: 'o1' }, { collections: ['organisations'], tripIds: [], ids: ['o1'] })).toBe(true);
    expect(touches('organisations.page', { id: 'o1' }, { collections: ['organisations'], tripIds: [] })).toBe(true);
    // Its contacts are not narrowed by id: a contact moved to this organisation has an id the page does not know.
    expect(touches('organisations.page', { id: 'o1' }, { collections: ['contacts'], tripIds: [], ids: ['c9'] })).toBe(true);
  });

  it('every method is declared a query, a write or an action', () => {
    for (const entry of Object.values(access)) expect('reads' in entry || 'writes' in entry || 'action' in entry).toBe(true);
  });
});

describe('the cache', () => {
  let qc: QueryClient;
  const keyA = callKey('trips.get', { id: 'A' });
  const keyB = callKey('trips.get', { id: 'B' });
  beforeEach(() => {
    qc = new QueryClient({ defaultOptions: { queries: { staleTime: Infinity, retry: false } } });
    qc.setQueryData(keyA, detail('A', [event('e1', '2027-03-09T07:00:00.000Z')]));
    qc.setQueryData(keyB, detail('B', []));
    qc.setQueryData(callKey('members.list', {}), []);
  });
  afterEach(() => qc.clear());
  const invalidated = (key: readonly unknown[]): boolean | undefined => qc.getQueryState(key)?.isInvalidated;

  it('a push for trip A marks only trip A stale', async () => {
    await invalidateChange(qc, { collections: ['events'], tripIds: ['A'] });
    expect(invalidated(keyA)).toBe(true);
    expect(invalidated(keyB)).toBe(false);
    expect(invalidated(callKey('members.list', {}))).toBe(false);
  });

  it('an event’s new version from events.update goes into its trip, which needs no refetch', async () => {
    const moved = event('e1', '2027-03-09T08:00:00.000Z');
    const fresh = writeAnswer(qc, 'events.update', { id: 'e1', tripId: 'A', patch: { start: moved.start } }, moved);
    expect(qc.getQueryData<TripDetail>(keyA)?.events[0]?.start).toBe('2027-03-09T08:00:00.000Z');
    await invalidateChange(qc, { collections: ['events'], tripIds: ['A'] }, fresh);
    expect(invalidated(keyA)).toBe(false);
  });

  it('a held query is refreshed once the hold is released, not while the edit is on its way', async () => {
    const release = holdQuery(qc, keyA);
    await invalidateChange(qc, { collections: ['events'], tripIds: ['A'] });
    expect(invalidated(keyA)).toBe(false);
    release();
    await Promise.resolve();
    expect(invalidated(keyA)).toBe(true);
  });

  it('a released hold that no change touched refreshes nothing', async () => {
    holdQuery(qc, keyA)();
    await Promise.resolve();
    expect(invalidated(keyA)).toBe(false);
  });
});
