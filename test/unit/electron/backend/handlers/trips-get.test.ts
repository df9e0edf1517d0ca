// trips.get on a long history: the trip page's first call reads the trip's own file and only the directory records
// its events and delegation name, never whole directories (15,000 contacts on a 10-year history; issue 12 item 6).
import { afterEach, describe, expect, it } from 'vitest';
import type { HandlerContext } from '../../../../../electron/backend/handlers/context';
import { tripHandlers } from '../../../../../electron/backend/handlers/trips';
import { openStore } from '../../../../../electron/backend/store';
import type { Store } from '../../../../../electron/backend/store/types';
import { hangzhouTrip, openTestBackend, type TestBackend } from '../backend-fixture';

let t: TestBackend | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

/** The store, with every all() it is asked for written down. */
function watched(store: Store): { store: Store; wholeReads: string[] } {
  const wholeReads: string[] = [];
  const proxy = new Proxy(store, {
    get(target, key, receiver) {
      if (key === 'all') return (collection: string) => (wholeReads.push(collection), target.all(collection as 'trips'));
      const value = Reflect.get(target, key, receiver) as unknown;
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
  return { store: proxy, wholeReads };
}

describe('trips.get', () => {
  it('reads only the members, organisations and contacts the trip names, in the order first named', async () => {
    t = await openTestBackend();
    const trip = await t.call('trips.create', hangzhouTrip);
    const [alibaba, hkstp, unrelated] = await Promise.all(['Alibaba Cloud', 'HKSTP', 'Unrelated Ltd'].map((en) => t!.call('organisations.create', { name: { en } })));
    const [amy, bob] = await Promise.all(['Amy Hu', 'Bob Ma'].map((en) => t!.call('contacts.create', { name: { en }, organisationId: alibaba!.id })));
    const [lead, deputy] = await Promise.all([t.call('members.create', { name: { en: 'Wong Ka Yan' }, rank: 2 }), t.call('members.create', { name: { en: 'Chan Tai Man' }, rank: 1 })]);
    await t.call('members.create', { name: { en: 'Not on this trip' } });
    await t.call('trips.update', { id: trip.id, patch: { memberIds: [lead.id, deputy.id] } });
    await t.call('events.create', { tripId: trip.id, title: 'Site visit', start: '2025-05-14T02:00:00.000Z', end: '2025-05-14T03:00:00.000Z', timeZone: 'Asia/Shanghai', organisationIds: [hkstp!.id], contactIds: [] });
    await t.call('events.create', { tripId: trip.id, title: 'Courtesy call', start: '2025-05-13T02:00:00.000Z', end: '2025-05-13T03:00:00.000Z', timeZone: 'Asia/Shanghai', organisationIds: [alibaba!.id, hkstp!.id], contactIds: [amy!.id] });
    await t.call('organisations.delete', { id: unrelated!.id });
    const expected = await t.call('trips.get', { id: trip.id });
    await t.backend.close();

    // A fresh store, as after a start: nothing of the directory is in memory yet.
    const { store, wholeReads } = watched(await openStore({ dataDir: t.dir, clock: { now: () => Date.parse('2026-01-06T00:00:00Z') } }));
    try {
      const detail = await tripHandlers({ store } as HandlerContext)['trips.get']({ id: trip.id });
      expect(wholeReads).toEqual([]);
      expect(detail.organisations.map((o) => o.name.en)).toEqual(['Alibaba Cloud', 'HKSTP']);
      expect(detail.contacts.map((c) => c.name.en)).toEqual(['Amy Hu']);
      expect(detail.members.map((m) => m.name.en)).toEqual(['Chan Tai Man', 'Wong Ka Yan']);
      expect(bob).toBeDefined();
      expect(detail.events.map((e) => e.title)).toEqual(['Courtesy call', 'Site visit']);
      // The same trip, events, people and organisations as the backend answered before it was closed.
      expect({ ...detail, organisations: [...detail.organisations].sort((a, b) => a.id.localeCompare(b.id)), contacts: detail.contacts }).toEqual({
        ...expected,
        organisations: [...expected.organisations].sort((a, b) => a.id.localeCompare(b.id)),
      });
    } finally {
      await store.close();
      await t.reopen();
    }
  });
});
