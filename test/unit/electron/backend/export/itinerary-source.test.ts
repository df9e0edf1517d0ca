// The itinerary reads only the directory records it can show (each from its own shard) instead of whole directories:
// the document it makes must be the same as one made from every member, organisation and contact, for every sample
// trip, both languages, with notes and restricted fields; records it cannot show are not read.
import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadItinerarySource } from '../../../../../electron/backend/export/itinerary-handler';
import { itineraryHtml } from '../../../../../electron/backend/export/itinerary';
import type { ItinerarySource } from '../../../../../electron/backend/export/itinerary-data';
import { openStore } from '../../../../../electron/backend/store';
import { live } from '../../../../../electron/backend/store/live';
import type { Store } from '../../../../../electron/backend/store/types';
import { openTestBackend, type TestBackend } from '../backend-fixture';

let t: TestBackend;
let store: Store;
let tripIds: string[];
const name = (en: string) => ({ en, zhHant: `${en}（繁）`, zhHans: '' });

/** What the itinerary was given before: every live member, organisation and contact. */
async function wholeDirectories(tripId: string): Promise<ItinerarySource> {
  const trip = (await store.get('trips', tripId))!;
  const [events, notes, members, organisations, contacts] = await Promise.all([
    store.ofTrip('events', tripId),
    store.ofTrip('notes', tripId),
    store.all('members'),
    store.all('organisations'),
    store.all('contacts'),
  ]);
  return { trip, events: live(events), notes: live(notes), members: live(members), organisations: live(organisations), contacts: live(contacts) };
}

beforeAll(async () => {
  t = await openTestBackend();
  const { loaded } = await t.call('samples.load', {});
  tripIds = loaded.map((trip) => trip.id);
  // A contact whose organisation no event names (the contacts sheet shows it), and records no trip names.
  const elsewhere = await t.call('organisations.create', { name: name('Only via a contact'), type: 'company' } as never);
  const person = await t.call('contacts.create', { name: name('Ms Linked'), organisationId: elsewhere.id, title: 'Director' } as never);
  await t.call('organisations.create', { name: name('Named by no trip'), type: 'company' } as never);
  await t.call('contacts.create', { name: name('Mr Unnamed') } as never);
  const detail = await t.call('trips.get', { id: tripIds[0]! });
  const event = detail.events[0]!;
  await t.call('events.update', { id: event.id, tripId: event.tripId, patch: { contactIds: [...event.contactIds, person.id] } });
  await t.backend.close(); // the folder stays; the store is opened on it alone
  store = await openStore({ dataDir: t.dir, clock: { now: () => Date.parse('2026-01-06T00:00:00Z') } });
}, 60_000);

afterAll(async () => {
  await store?.close();
  await rm(t.dir, { recursive: true, force: true });
});

describe('the itinerary source', () => {
  it('makes the same document as whole directories did, for every sample trip, language and option', async () => {
    expect(tripIds.length).toBeGreaterThan(1);
    for (const tripId of tripIds) {
      const [named, whole] = [await loadItinerarySource({ store }, tripId), await wholeDirectories(tripId)];
      for (const language of ['en', 'zh-Hant'] as const) {
        const options = { language, includeNotes: true, includeRestricted: true };
        expect(itineraryHtml(named, options).html, `${tripId} ${language}`).toBe(itineraryHtml(whole, options).html);
      }
    }
  });

  it('reads only what the trip names, and the organisation of each contact it shows', async () => {
    const source = await loadItinerarySource({ store }, tripIds[0]!);
    const orgNames = source.organisations.map((o) => o.name.en);
    expect(orgNames).toContain('Only via a contact');
    expect(orgNames).not.toContain('Named by no trip');
    expect(source.contacts.map((c) => c.name.en)).toContain('Ms Linked');
    expect(source.contacts.map((c) => c.name.en)).not.toContain('Mr Unnamed');
    expect(source.contacts.length).toBeLessThan((await store.all('contacts')).length);
  });
});
