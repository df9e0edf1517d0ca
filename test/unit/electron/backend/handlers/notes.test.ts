// Meeting notes: autosave that creates then updates one member's note without filling the undo history, and an
// undoable delete.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PushEvents } from '../../../../../shared/contract';
import type { TestBackend } from '../backend-fixture';
import { hangzhouTrip, openTestBackend } from '../backend-fixture';

let t: TestBackend;
beforeEach(async () => {
  t = await openTestBackend();
});
afterEach(async () => {
  await t.close();
});

const meeting = (tripId: string, title = 'Hangzhou Science and Technology Bureau') => ({
  tripId,
  title,
  start: '2025-05-13T06:30:00.000Z',
  end: '2025-05-13T08:00:00.000Z',
  timeZone: 'Asia/Shanghai',
});

async function tripWithEvent() {
  const trip = await t.call('trips.create', hangzhouTrip);
  const event = await t.call('events.create', meeting(trip.id));
  return { trip, event };
}

describe('notes.save', () => {
  it('creates a note, then updates only its body, and tells windows the notes changed', async () => {
    const { trip, event } = await tripWithEvent();
    const pushed: PushEvents['data.changed'][] = [];
    t.backend.onPush((name, payload) => {
      if (name === 'data.changed') pushed.push(payload as PushEvents['data.changed']);
    });
    const note = await t.call('notes.save', { tripId: trip.id, eventId: event.id, body: '## Objectives\n' });
    expect(note).toMatchObject({ tripId: trip.id, eventId: event.id, body: '## Objectives\n', deleted: false });
    expect(note.authorId).toBeUndefined();

    const saved = await t.call('notes.save', { id: note.id, tripId: trip.id, eventId: event.id, body: '## Objectives\nLand their R&D centre.' });
    expect(saved).toMatchObject({ id: note.id, body: '## Objectives\nLand their R&D centre.', createdAt: note.createdAt });
    expect(saved.updatedAt > note.updatedAt).toBe(true);
    expect(pushed).toEqual([
      { collections: ['notes'], tripIds: [trip.id], ids: [note.id] },
      { collections: ['notes'], tripIds: [trip.id], ids: [note.id] },
    ]);
    expect((await t.call('trips.get', { id: trip.id })).notes.map((n) => n.body)).toEqual(['## Objectives\nLand their R&D centre.']);
  });

  it('is not an undo step: undo after typing undoes the step before it', async () => {
    const { trip, event } = await tripWithEvent();
    const note = await t.call('notes.save', { tripId: trip.id, eventId: event.id, body: 'a' });
    await t.call('notes.save', { id: note.id, tripId: trip.id, eventId: event.id, body: 'ab' });
    expect((await t.call('history.undo', { tripId: trip.id })).step).toMatchObject({ action: 'event.create' });
    expect((await t.call('history.undo', { tripId: trip.id })).step).toMatchObject({ action: 'trip.create' });
  });

  it("takes the author from this device's member (meId) unless one is given", async () => {
    const { trip, event } = await tripWithEvent();
    const me = await t.call('members.create', { name: { en: 'Wong Ka Yan' } });
    const colleague = await t.call('members.create', { name: { en: 'Chan Tai Man' } });
    await t.call('settings.update', { meId: me.id });
    expect((await t.call('notes.save', { tripId: trip.id, eventId: event.id, body: 'mine' })).authorId).toBe(me.id);
    expect((await t.call('notes.save', { tripId: trip.id, eventId: event.id, authorId: colleague.id, body: 'theirs' })).authorId).toBe(colleague.id);
    const unknown = await t.fail('notes.save', { tripId: trip.id, eventId: event.id, authorId: 'nobody', body: 'x' });
    expect(unknown).toMatchObject({ code: 'invalid-input' });
    expect(unknown.message).toMatch(/authorId/);
  });

  it('keeps the author when the body is updated by someone else', async () => {
    const { trip, event } = await tripWithEvent();
    const author = await t.call('members.create', { name: { en: 'Wong Ka Yan' } });
    const note = await t.call('notes.save', { tripId: trip.id, eventId: event.id, authorId: author.id, body: 'first' });
    const other = await t.call('members.create', { name: { en: 'Chan Tai Man' } });
    const saved = await t.call('notes.save', { id: note.id, tripId: trip.id, eventId: event.id, authorId: other.id, body: 'second' });
    expect(saved).toMatchObject({ authorId: author.id, body: 'second' });
  });

  it('refuses a missing trip or event, another trip’s note, another event, and a deleted note', async () => {
    const { trip, event } = await tripWithEvent();
    const other = await t.call('trips.create', { ...hangzhouTrip, title: 'Riyadh' });
    const otherEvent = await t.call('events.create', meeting(other.id, 'Ministry of Investment'));
    const note = await t.call('notes.save', { tripId: trip.id, eventId: event.id, body: 'kept' });

    const noTrip = await t.fail('notes.save', { tripId: 'gone', eventId: event.id, body: 'x' });
    expect(noTrip).toMatchObject({ code: 'not-found' });
    expect(noTrip.message).toMatch(/trip gone no longer exists/);
    const noEvent = await t.fail('notes.save', { tripId: trip.id, eventId: 'gone', body: 'x' });
    expect(noEvent).toMatchObject({ code: 'not-found' });
    expect(noEvent.message).toMatch(/event/);

    expect(await t.fail('notes.save', { id: note.id, tripId: other.id, eventId: otherEvent.id, body: 'moved?' })).toMatchObject({ code: 'not-found' });
    const second = await t.call('events.create', meeting(trip.id, 'Alibaba'));
    expect(await t.fail('notes.save', { id: note.id, tripId: trip.id, eventId: second.id, body: 'x' })).toMatchObject({ code: 'invalid-input' });

    await t.call('notes.delete', { id: note.id, tripId: trip.id });
    const deleted = await t.fail('notes.save', { id: note.id, tripId: trip.id, eventId: event.id, body: 'late keystroke' });
    expect(deleted).toMatchObject({ code: 'not-found' });
    expect(deleted.message).toMatch(/deleted/);
    expect((await t.call('trips.get', { id: trip.id })).notes).toEqual([]);
  });

  it('refuses a note on a deleted event', async () => {
    const { trip, event } = await tripWithEvent();
    const note = await t.call('notes.save', { tripId: trip.id, eventId: event.id, body: 'x' });
    await t.call('events.delete', { id: event.id, tripId: trip.id });
    expect(await t.fail('notes.save', { id: note.id, tripId: trip.id, eventId: event.id, body: 'xy' })).toMatchObject({ code: 'not-found' });
  });
});

describe('notes.delete', () => {
  it('deletes through history, so undo brings the note back and redo deletes it again', async () => {
    const { trip, event } = await tripWithEvent();
    const note = await t.call('notes.save', { tripId: trip.id, eventId: event.id, body: 'What they said' });
    expect(await t.call('notes.delete', { id: note.id, tripId: trip.id })).toEqual({ id: note.id });
    expect((await t.call('trips.get', { id: trip.id })).notes).toEqual([]);

    expect((await t.call('history.undo', { tripId: trip.id })).step).toMatchObject({ action: 'note.delete', subject: event.title, tripId: trip.id });
    expect((await t.call('trips.get', { id: trip.id })).notes.map((n) => n.body)).toEqual(['What they said']);
    await t.call('history.redo', { tripId: trip.id });
    expect((await t.call('trips.get', { id: trip.id })).notes).toEqual([]);
  });

  it('says not-found for a note already deleted or in no such trip', async () => {
    const { trip, event } = await tripWithEvent();
    const note = await t.call('notes.save', { tripId: trip.id, eventId: event.id, body: 'x' });
    await t.call('notes.delete', { id: note.id, tripId: trip.id });
    expect(await t.fail('notes.delete', { id: note.id, tripId: trip.id })).toMatchObject({ code: 'not-found' });
    expect(await t.fail('notes.delete', { id: 'nope', tripId: trip.id })).toMatchObject({ code: 'not-found' });
  });
});
