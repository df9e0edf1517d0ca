// search.query through the real backend's dispatch: records made with the app's own methods, found as the user types.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TestBackend } from '../backend-fixture';
import { hangzhouTrip, openTestBackend } from '../backend-fixture';

let t: TestBackend;
beforeEach(async () => {
  t = await openTestBackend();
});
afterEach(async () => {
  await t.close();
});

async function seed() {
  const trip = await t.call('trips.create', hangzhouTrip);
  const event = await t.call('events.create', {
    tripId: trip.id,
    title: 'Visit to the Hangzhou AI Town',
    start: '2025-05-13T06:30:00.000Z',
    end: '2025-05-13T08:00:00.000Z',
    timeZone: 'Asia/Shanghai',
    venue: { en: 'AI Town Exhibition Hall', zh: '人工智能小鎮展覽館' },
  });
  const note = await t.call('notes.save', { tripId: trip.id, eventId: event.id, body: '與香港科學技術園公司代表會面，討論在港設立研發中心。' });
  return { trip, event, note };
}

describe('search.query', () => {
  it('finds a note by a Chinese phrase, in Traditional or Simplified', async () => {
    const { trip, event, note } = await seed();
    for (const text of ['科學技術', '科学技术']) {
      const results = await t.call('search.query', { text });
      expect(results.text).toBe(text);
      expect(results.groups.map((g) => g.kind)).toEqual(['note']);
      expect(results.groups[0]!.hits[0]).toMatchObject({ kind: 'note', id: note.id, tripId: trip.id, eventId: event.id, title: event.title });
      expect(results.groups[0]!.hits[0]!.snippet).toContain('香港科學技術園公司');
    }
  });

  it('finds a trip by the prefix of a leg city, and an edit at once', async () => {
    const { trip, event } = await seed();
    const results = await t.call('search.query', { text: 'hangz' });
    expect(results.groups.map((g) => g.kind)).toEqual(['trip', 'event']);
    expect(results.groups[0]!.hits[0]).toMatchObject({ id: trip.id, title: hangzhouTrip.title });

    await t.call('events.update', { id: event.id, tripId: trip.id, patch: { title: 'Visit to Dream Town' } });
    expect((await t.call('search.query', { text: 'dream town' })).groups[0]!.hits[0]).toMatchObject({ id: event.id });
  });

  it("drops a deleted trip's records, and an undo brings them back", async () => {
    const { trip } = await seed();
    await t.call('trips.delete', { id: trip.id });
    expect((await t.call('search.query', { text: '科學技術' })).groups).toEqual([]);
    expect((await t.call('search.query', { text: 'hangzhou' })).groups).toEqual([]);
    await t.call('history.undo', { tripId: trip.id });
    expect((await t.call('search.query', { text: '科學技術' })).groups.map((g) => g.kind)).toEqual(['note']);
  });

  it('refuses a query over 500 characters, and answers a blank one with nothing', async () => {
    expect(await t.fail('search.query', { text: 'x'.repeat(501) })).toMatchObject({ code: 'invalid-input' });
    expect((await t.call('search.query', { text: '  ' })).groups).toEqual([]);
  });

  it('is found again after the data folder is reopened', async () => {
    const { note } = await seed();
    await t.reopen();
    expect((await t.call('search.query', { text: '研發中心' })).groups[0]!.hits[0]!.id).toBe(note.id);
  });
});
