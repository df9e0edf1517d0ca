// Follow-ups: undoable create/edit/status/delete with checked links, and the cross-trip list with its filters.
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

const today = '2026-03-10';

async function world() {
  const trip = await t.call('trips.create', hangzhouTrip);
  const riyadh = await t.call('trips.create', { title: 'Riyadh investment mission', startDate: '2025-11-02', endDate: '2025-11-05' });
  const event = await t.call('events.create', { tripId: trip.id, title: 'Alibaba Cloud', start: '2025-05-13T06:30:00.000Z', end: '2025-05-13T08:00:00.000Z', timeZone: 'Asia/Shanghai' });
  const org = await t.call('organisations.create', { name: { en: 'Alibaba Cloud' }, sector: 'Cloud' });
  const pif = await t.call('organisations.create', { name: { en: 'Public Investment Fund' } });
  const owner = await t.call('members.create', { name: { en: 'Wong Ka Yan' } });
  const other = await t.call('members.create', { name: { en: 'Chan Tai Man' } });
  return { trip, riyadh, event, org, pif, owner, other };
}

describe('follow-up changes', () => {
  it('creates, edits, moves and deletes, each an undoable step', async () => {
    const { trip, event, org, owner } = await world();
    const f = await t.call('followups.create', { tripId: trip.id, title: 'Send the landing package', ownerId: owner.id, organisationId: org.id, eventId: event.id, dueDate: '2026-03-01' });
    expect(f).toMatchObject({ status: 'open', priority: 'normal', outcome: {}, details: '' });

    const edited = await t.call('followups.update', { id: f.id, tripId: trip.id, patch: { priority: 'high', eventId: null, outcome: { jobs: 40 } } });
    expect(edited).toMatchObject({ priority: 'high', outcome: { jobs: 40 } });
    expect(edited.eventId).toBeUndefined();
    expect((await t.call('followups.setStatus', { id: f.id, tripId: trip.id, status: 'waiting' })).status).toBe('waiting');
    await t.call('followups.delete', { id: f.id, tripId: trip.id });
    expect((await t.call('trips.get', { id: trip.id })).followUps).toEqual([]);

    expect((await t.call('history.undo', { tripId: trip.id })).step).toMatchObject({ action: 'followup.delete', subject: 'Send the landing package' });
    expect((await t.call('history.undo', { tripId: trip.id })).step).toMatchObject({ action: 'followup.status' });
    expect((await t.call('trips.get', { id: trip.id })).followUps[0]).toMatchObject({ status: 'open', priority: 'high' });
    expect((await t.call('history.undo', { tripId: trip.id })).step).toMatchObject({ action: 'followup.edit' });
    const back = (await t.call('trips.get', { id: trip.id })).followUps[0]!;
    expect(back).toMatchObject({ priority: 'normal', eventId: event.id, outcome: {} });
    expect((await t.call('history.undo', { tripId: trip.id })).step).toMatchObject({ action: 'followup.create' });
    expect((await t.call('trips.get', { id: trip.id })).followUps).toEqual([]);
  });

  it('does not record a step when the status is unchanged', async () => {
    const { trip } = await world();
    const f = await t.call('followups.create', { tripId: trip.id, title: 'Call back' });
    await t.call('followups.setStatus', { id: f.id, tripId: trip.id, status: 'open' });
    expect((await t.call('history.undo', { tripId: trip.id })).step).toMatchObject({ action: 'followup.create' });
  });

  it('refuses links to records that do not exist, naming the field, and changes nothing', async () => {
    const { trip, riyadh, event } = await world();
    const org = await t.fail('followups.create', { tripId: trip.id, title: 'x', organisationId: 'gone' });
    expect(org).toMatchObject({ code: 'invalid-input' });
    expect(org.message).toMatch(/^organisationId: the organisation gone does not exist/);
    expect((await t.fail('followups.create', { tripId: trip.id, title: 'x', ownerId: 'gone' })).message).toMatch(/^ownerId/);
    // The event must be in the follow-up's own trip.
    expect((await t.fail('followups.create', { tripId: riyadh.id, title: 'x', eventId: event.id })).message).toMatch(/^eventId/);
    expect(await t.fail('followups.create', { tripId: 'gone', title: 'x' })).toMatchObject({ code: 'not-found' });

    const f = await t.call('followups.create', { tripId: trip.id, title: 'x' });
    expect((await t.fail('followups.update', { id: f.id, tripId: trip.id, patch: { ownerId: 'gone' } })).message).toMatch(/^ownerId/);
    expect((await t.call('trips.get', { id: trip.id })).followUps[0]!.ownerId).toBeUndefined();
    expect(await t.fail('followups.setStatus', { id: f.id, tripId: riyadh.id, status: 'done' })).toMatchObject({ code: 'not-found' });
  });
});

describe('followups.list', () => {
  it('joins names, filters and sorts across trips', async () => {
    const { trip, riyadh, event, org, pif, owner, other } = await world();
    const make = (tripId: string, title: string, extra: Record<string, unknown> = {}) => t.call('followups.create', { tripId, title, ...extra });
    await make(trip.id, 'yesterday', { dueDate: '2026-03-09', ownerId: owner.id, organisationId: org.id, eventId: event.id });
    await make(trip.id, 'today', { dueDate: today, priority: 'low' });
    await make(riyadh.id, 'today high', { dueDate: today, priority: 'high', organisationId: pif.id, ownerId: other.id });
    await make(riyadh.id, 'plus six', { dueDate: '2026-03-16' });
    await make(riyadh.id, 'plus seven', { dueDate: '2026-03-17' });
    await make(trip.id, 'done late', { dueDate: '2026-01-01', status: 'done' });
    await make(trip.id, 'dropped late', { dueDate: '2026-01-01', status: 'dropped' });
    await make(trip.id, 'waiting late', { dueDate: '2026-02-01', status: 'waiting' });
    await make(trip.id, 'no date');
    const titles = async (filter: Record<string, unknown>) => (await t.call('followups.list', { today, ...filter })).map((r) => r.followUp.title);

    expect(await titles({})).toEqual(['done late', 'dropped late', 'waiting late', 'yesterday', 'today high', 'today', 'plus six', 'plus seven', 'no date']);
    const [row] = await t.call('followups.list', { today, ownerId: owner.id });
    expect(row).toMatchObject({ tripTitle: hangzhouTrip.title, organisationName: 'Alibaba Cloud', ownerName: 'Wong Ka Yan', eventTitle: 'Alibaba Cloud' });
    expect(await titles({ overdue: true })).toEqual(['waiting late', 'yesterday']);
    expect(await titles({ dueThisWeek: true })).toEqual(['today high', 'today', 'plus six']);
    expect(await titles({ tripId: riyadh.id })).toEqual(['today high', 'plus six', 'plus seven']);
    expect(await titles({ organisationId: pif.id })).toEqual(['today high']);
    expect(await titles({ status: ['done', 'dropped'] })).toEqual(['done late', 'dropped late']);
    expect(await titles({ status: ['open'], dueThisWeek: true, tripId: trip.id })).toEqual(['today']);
    expect((await t.call('followups.overdueCount', { today })).count).toBe(2);
    expect((await t.call('followups.overdueCount', { today: '2026-03-18' })).count).toBe(6);
  });

  it('stays current through edits, undo, deleted records and deleted trips', async () => {
    const { trip, riyadh, org } = await world();
    const titles = async () => (await t.call('followups.list', { today })).map((r) => r.followUp.title);
    const a = await t.call('followups.create', { tripId: trip.id, title: 'A', dueDate: '2026-03-01', organisationId: org.id });
    await t.call('followups.create', { tripId: riyadh.id, title: 'B', dueDate: '2026-03-02' });
    expect(await titles()).toEqual(['A', 'B']);
    expect((await t.call('followups.overdueCount', { today })).count).toBe(2);

    await t.call('followups.setStatus', { id: a.id, tripId: trip.id, status: 'done' });
    expect((await t.call('followups.overdueCount', { today })).count).toBe(1);
    await t.call('history.undo', { tripId: trip.id });
    expect((await t.call('followups.overdueCount', { today })).count).toBe(2);

    await t.call('followups.delete', { id: a.id, tripId: trip.id });
    expect(await titles()).toEqual(['B']);
    await t.call('history.undo', { tripId: trip.id });
    expect(await titles()).toEqual(['A', 'B']);

    // A deleted organisation's name drops out of the row; a deleted trip takes its follow-ups with it.
    await t.call('organisations.delete', { id: org.id });
    expect((await t.call('followups.list', { today }))[0]!.organisationName).toBeUndefined();
    await t.call('trips.delete', { id: riyadh.id });
    expect(await titles()).toEqual(['A']);
    expect((await t.call('followups.overdueCount', { today })).count).toBe(1);
    await t.call('trips.restore', { id: riyadh.id });
    expect(await titles()).toEqual(['A', 'B']);
  });

  it('finds follow-ups of a trip created after the list was first read', async () => {
    await t.call('followups.list', { today });
    const late = await t.call('trips.create', { title: 'Late trip', startDate: '2026-02-01', endDate: '2026-02-02' });
    await t.call('followups.create', { tripId: late.id, title: 'New one' });
    expect((await t.call('followups.list', { today })).map((r) => r.tripTitle)).toEqual(['Late trip']);
  });
});
