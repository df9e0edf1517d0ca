// Events, undo/redo, duplicating a trip to new dates, and the directory with its merges.
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

const meeting = (tripId: string) => ({
  tripId,
  kind: 'meeting' as const,
  title: 'Hangzhou Science and Technology Bureau',
  start: '2025-05-13T06:30:00.000Z',
  end: '2025-05-13T08:00:00.000Z',
  timeZone: 'Asia/Shanghai',
});

describe('events', () => {
  it('creates, moves, duplicates and deletes, each undoable in turn', async () => {
    const trip = await t.call('trips.create', hangzhouTrip);
    const event = await t.call('events.create', meeting(trip.id));
    expect(event).toMatchObject({ tripId: trip.id, status: 'tentative', venue: { en: '', zh: '' } });

    const moved = await t.call('events.update', { id: event.id, tripId: trip.id, patch: { start: '2025-05-14T06:30:00.000Z', end: '2025-05-14T08:00:00.000Z' } });
    expect(moved.start).toBe('2025-05-14T06:30:00.000Z');
    const copy = await t.call('events.duplicate', { id: event.id, tripId: trip.id });
    expect(copy.id).not.toBe(event.id);
    await t.call('events.delete', { id: event.id, tripId: trip.id });
    expect((await t.call('trips.get', { id: trip.id })).events.map((e) => e.id)).toEqual([copy.id]);

    expect((await t.call('history.undo', { tripId: trip.id })).step).toMatchObject({ action: 'event.delete' });
    expect((await t.call('history.undo', { tripId: trip.id })).step).toMatchObject({ action: 'event.duplicate' });
    expect((await t.call('history.undo', { tripId: trip.id })).step).toMatchObject({ action: 'event.move', subject: event.title });
    const after = await t.call('trips.get', { id: trip.id });
    expect(after.events.map((e) => [e.id, e.start])).toEqual([[event.id, '2025-05-13T06:30:00.000Z']]);

    expect((await t.call('history.redo', { tripId: trip.id })).step).toMatchObject({ action: 'event.move' });
    expect((await t.call('trips.get', { id: trip.id })).events[0]!.start).toBe('2025-05-14T06:30:00.000Z');
  });

  it('undoes a newly set optional field by removing it again', async () => {
    const trip = await t.call('trips.create', hangzhouTrip);
    const event = await t.call('events.create', { ...meeting(trip.id), kind: 'travel', title: 'Train' });
    await t.call('events.update', { id: event.id, tripId: trip.id, patch: { endTimeZone: 'Asia/Hong_Kong' } });
    await t.call('history.undo', { tripId: trip.id });
    const back = (await t.call('trips.get', { id: trip.id })).events[0]!;
    expect(back.endTimeZone).toBeUndefined();
  });

  it('refuses an event that ends before it starts, or for a missing trip', async () => {
    const trip = await t.call('trips.create', hangzhouTrip);
    const backwards = await t.fail('events.create', { ...meeting(trip.id), end: '2025-05-13T05:00:00.000Z' });
    expect(backwards).toMatchObject({ code: 'invalid-input' });
    expect(backwards.message).toMatch(/cannot end before it starts/);
    expect(await t.fail('events.create', meeting('no-such-trip'))).toMatchObject({ code: 'not-found' });
    expect((await t.call('trips.get', { id: trip.id })).events).toEqual([]);
  });

  it('keeps undo per trip', async () => {
    const a = await t.call('trips.create', hangzhouTrip);
    const b = await t.call('trips.create', { ...hangzhouTrip, title: 'Another' });
    await t.call('events.create', meeting(a.id));
    await t.call('events.create', meeting(b.id));
    expect((await t.call('history.undo', { tripId: a.id })).step).toMatchObject({ action: 'event.create', tripId: a.id });
    expect((await t.call('trips.get', { id: a.id })).events).toEqual([]);
    expect((await t.call('trips.get', { id: b.id })).events).toHaveLength(1);
  });
});

describe('trips.duplicate', () => {
  it('shifts every event by whole days in its own zone, across a daylight-saving change', async () => {
    const london = await t.call('trips.create', {
      title: 'London visit',
      startDate: '2025-10-20',
      endDate: '2025-10-22',
      homeTimeZone: 'Asia/Hong_Kong',
      legs: [{ city: 'London', country: 'United Kingdom', timeZone: 'Europe/London', startDate: '2025-10-20', endDate: '2025-10-22' }],
    });
    // 10:00 BST on 21 Oct 2025 is 09:00 UTC.
    await t.call('events.create', { tripId: london.id, title: 'DSIT', start: '2025-10-21T09:00:00.000Z', end: '2025-10-21T10:00:00.000Z', timeZone: 'Europe/London' });
    const copy = await t.call('trips.duplicate', { id: london.id, startDate: '2025-10-27', title: 'London again' });
    expect(copy).toMatchObject({ title: 'London again', startDate: '2025-10-27', endDate: '2025-10-29', status: 'draft' });
    expect(copy.legs[0]).toMatchObject({ startDate: '2025-10-27', endDate: '2025-10-29' });
    const events = (await t.call('trips.get', { id: copy.id })).events;
    // Still 10:00 local, now GMT: 10:00 UTC.
    expect(events.map((e) => [e.title, e.start, e.end])).toEqual([['DSIT', '2025-10-28T10:00:00.000Z', '2025-10-28T11:00:00.000Z']]);
    expect((await t.call('trips.get', { id: london.id })).events[0]!.start).toBe('2025-10-21T09:00:00.000Z');
  });
});

describe('directory', () => {
  it('creates and edits, and members are listed in order of precedence', async () => {
    await t.call('members.create', { name: { en: 'Fanny Wong' }, title: 'Chief Talent Officer', rank: 2 });
    const ceo = await t.call('members.create', { name: { en: 'Albert Wong', zhHant: '黃克強' }, title: 'CEO', rank: 1 });
    await t.call('members.update', { id: ceo.id, patch: { title: 'Chief Executive Officer' } });
    const members = await t.call('members.list', {});
    expect(members.map((m) => [m.name.en, m.title])).toEqual([
      ['Albert Wong', 'Chief Executive Officer'],
      ['Fanny Wong', 'Chief Talent Officer'],
    ]);
    expect(members[0]!.name.zhHant).toBe('黃克強');
  });

  it('merges duplicate organisations, moving every reference, in one undoable step', async () => {
    const trip = await t.call('trips.create', hangzhouTrip);
    const keep = await t.call('organisations.create', { name: { en: 'Hangzhou Science and Technology Bureau' }, kind: 'government' });
    const dupe = await t.call('organisations.create', { name: { en: 'Hangzhou S&T Bureau' }, kind: 'government' });
    const person = await t.call('contacts.create', { name: { en: 'Director Li' }, organisationId: dupe.id });
    const event = await t.call('events.create', { ...meeting(trip.id), organisationIds: [dupe.id, keep.id], contactIds: [person.id] });

    await t.call('organisations.merge', { keepId: keep.id, mergeIds: [dupe.id] });
    expect((await t.call('organisations.list', {})).map((o) => o.id)).toEqual([keep.id]);
    expect((await t.call('trips.get', { id: trip.id })).events[0]!.organisationIds).toEqual([keep.id]);
    expect((await t.call('contacts.list', {}))[0]!.organisationId).toBe(keep.id);

    await t.call('history.undo', {});
    expect((await t.call('organisations.list', {})).map((o) => o.id).sort()).toEqual([keep.id, dupe.id].sort());
    const restored = (await t.call('trips.get', { id: trip.id })).events.find((e) => e.id === event.id)!;
    expect(restored.organisationIds).toEqual([dupe.id, keep.id]);
  });

  it('merges duplicate members across trips, events and notes', async () => {
    const a = await t.call('members.create', { name: { en: 'Peter Yan' }, rank: 1 });
    const b = await t.call('members.create', { name: { en: 'Mr Peter Yan' }, rank: 1 });
    const trip = await t.call('trips.create', { ...hangzhouTrip, memberIds: [b.id] });
    await t.call('events.create', { ...meeting(trip.id), memberIds: [b.id] });
    await t.call('members.merge', { keepId: a.id, mergeIds: [b.id] });
    const detail = await t.call('trips.get', { id: trip.id });
    expect(detail.trip.memberIds).toEqual([a.id]);
    expect(detail.events[0]!.memberIds).toEqual([a.id]);
    expect(detail.members.map((m) => m.id)).toEqual([a.id]);
  });

  it('clears an optional field given as null, and records the clear so it survives a reopen', async () => {
    const org = await t.call('organisations.create', { name: { en: 'Tsinghua University', zhHant: '清華大學' } });
    const contact = await t.call('contacts.create', { name: { en: 'Dean Zhang' }, organisationId: org.id });
    expect((await t.call('contacts.update', { id: contact.id, patch: { organisationId: null } })).organisationId).toBeUndefined();
    const trip = await t.call('trips.create', hangzhouTrip);
    const train = await t.call('events.create', { ...meeting(trip.id), kind: 'travel', title: 'Train', endTimeZone: 'Asia/Hong_Kong' });
    await t.call('events.update', { id: train.id, tripId: trip.id, patch: { endTimeZone: null } });
    await t.reopen();
    expect((await t.call('contacts.list', {}))[0]!.organisationId).toBeUndefined();
    expect((await t.call('trips.get', { id: trip.id })).events[0]!.endTimeZone).toBeUndefined();
    // A required field cannot be cleared.
    expect(await t.fail('events.update', { id: train.id, tripId: trip.id, patch: { title: null } })).toMatchObject({ code: 'invalid-input' });
  });

  it('refuses to merge a record into itself', async () => {
    const org = await t.call('organisations.create', { name: { en: 'Cyberport' } });
    expect(await t.fail('organisations.merge', { keepId: org.id, mergeIds: [org.id] })).toMatchObject({ code: 'invalid-input' });
  });
});

describe('history ordering', () => {
  it('an undo sent once a step is visible, before it has finished saving, undoes that step', async () => {
    const trip = await t.call('trips.create', hangzhouTrip);
    const event = await t.call('events.create', meeting(trip.id));
    const move = t.call('events.update', { id: event.id, tripId: trip.id, patch: { start: '2025-05-14T06:30:00.000Z', end: '2025-05-14T08:00:00.000Z' } });
    // The store shows a change as soon as it is staged; a window may see it and press Ctrl+Z before the disk is done.
    while ((await t.call('trips.get', { id: trip.id })).events[0]!.start !== '2025-05-14T06:30:00.000Z') await new Promise((r) => setImmediate(r));
    const undo = t.call('history.undo', { tripId: trip.id });
    await move;
    expect((await undo).step).toMatchObject({ action: 'event.move' });
    const events = (await t.call('trips.get', { id: trip.id })).events;
    expect(events.map((e) => e.start)).toEqual(['2025-05-13T06:30:00.000Z']);
  });
});

describe('redo of a create', () => {
  it('brings the record back after its undo', async () => {
    const org = await t.call('organisations.create', { name: { en: 'Dark Horse Technology Group' } });
    await t.call('history.undo', {});
    expect(await t.call('organisations.list', {})).toEqual([]);
    expect((await t.call('history.redo', {})).step).toMatchObject({ action: 'organisation.create' });
    expect((await t.call('organisations.list', {})).map((o) => [o.id, o.deleted])).toEqual([[org.id, false]]);
  });
});
