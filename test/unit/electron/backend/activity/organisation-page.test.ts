// The organisation page: one counterpart across two trips — meetings, notes, follow-ups, people and outcomes, newest
// first — and kept current as events, notes and trips change.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TestBackend } from '../backend-fixture';
import { openTestBackend } from '../backend-fixture';

let t: TestBackend;
beforeEach(async () => {
  t = await openTestBackend();
});
afterEach(async () => {
  await t.close();
});

async function world() {
  const shenzhen = await t.call('trips.create', { title: 'Shenzhen 2024', startDate: '2024-06-03', endDate: '2024-06-05' });
  const hangzhou = await t.call('trips.create', { title: 'Hangzhou 2025', startDate: '2025-05-13', endDate: '2025-05-16' });
  const org = await t.call('organisations.create', { name: { en: 'Hikvision' }, sector: 'AI', stage: 'committed' });
  const other = await t.call('organisations.create', { name: { en: 'Zhejiang University' }, kind: 'university' });
  const author = await t.call('members.create', { name: { en: 'Wong Ka Yan' } });
  const zed = await t.call('contacts.create', { name: { en: 'Zed Li' }, organisationId: org.id });
  const amy = await t.call('contacts.create', { name: { en: 'Amy Hu' }, organisationId: org.id });
  await t.call('contacts.create', { name: { en: 'Bob Ma' }, organisationId: other.id });
  const event = (tripId: string, title: string, start: string, organisationIds: string[], kind: 'meeting' | 'signing' = 'meeting') =>
    t.call('events.create', { tripId, kind, title, start, end: start.replace('T0', 'T1'), timeZone: 'Asia/Shanghai', organisationIds });
  const m2024 = await event(shenzhen.id, 'First call on Hikvision', '2024-06-04T02:00:00.000Z', [org.id]);
  const m2025a = await event(hangzhou.id, 'Hikvision HQ visit', '2025-05-14T01:00:00.000Z', [org.id, other.id]);
  const m2025b = await event(hangzhou.id, 'MoU signing', '2025-05-15T03:00:00.000Z', [org.id], 'signing');
  const unrelated = await event(hangzhou.id, 'Zhejiang University', '2025-05-14T05:00:00.000Z', [other.id]);
  return { shenzhen, hangzhou, org, other, author, zed, amy, m2024, m2025a, m2025b, unrelated };
}

describe('organisations.page', () => {
  it('gathers meetings, notes, follow-ups, people and outcomes across trips, newest first', async () => {
    const w = await world();
    const note = (tripId: string, eventId: string, body: string) => t.call('notes.save', { tripId, eventId, body, authorId: w.author.id });
    await note(w.shenzhen.id, w.m2024.id, 'They asked about the talent scheme');
    await note(w.hangzhou.id, w.m2025a.id, 'Keen on Science Park');
    await note(w.hangzhou.id, w.m2025b.id, 'Signed');
    await t.call('notes.save', { tripId: w.hangzhou.id, eventId: w.unrelated.id, body: 'not about Hikvision' });
    const fu = (tripId: string, title: string, extra: Record<string, unknown>) => t.call('followups.create', { tripId, title, organisationId: w.org.id, ...extra });
    await fu(w.shenzhen.id, 'Send visa guidance', { dueDate: '2024-07-01', status: 'done' });
    await fu(w.hangzhou.id, 'MoU on R&D centre', { dueDate: '2025-06-30', outcome: { mou: { title: 'R&D centre MoU', parties: ['HKSTP', 'Hikvision'], date: '2025-05-15' }, investmentHkd: 300_000_000, jobs: 120 } });
    await fu(w.shenzhen.id, 'Jobs pledge', { dueDate: '2024-09-01', outcome: { jobs: 15 } });
    await t.call('followups.create', { tripId: w.hangzhou.id, title: 'Other org', organisationId: w.other.id, outcome: { jobs: 999 } });

    const page = await t.call('organisations.page', { id: w.org.id });
    expect(page.organisation.id).toBe(w.org.id);
    expect(page.contacts.map((c) => c.name.en)).toEqual(['Amy Hu', 'Zed Li']);
    expect(page.meetings.map((m) => [m.event.title, m.tripTitle])).toEqual([
      ['MoU signing', 'Hangzhou 2025'],
      ['Hikvision HQ visit', 'Hangzhou 2025'],
      ['First call on Hikvision', 'Shenzhen 2024'],
    ]);
    expect(page.notes.map((n) => [n.note.body, n.eventTitle, n.tripTitle, n.authorName])).toEqual([
      ['Signed', 'MoU signing', 'Hangzhou 2025', 'Wong Ka Yan'],
      ['Keen on Science Park', 'Hikvision HQ visit', 'Hangzhou 2025', 'Wong Ka Yan'],
      ['They asked about the talent scheme', 'First call on Hikvision', 'Shenzhen 2024', 'Wong Ka Yan'],
    ]);
    expect(page.followUps.map((r) => [r.followUp.title, r.tripTitle, r.organisationName])).toEqual([
      ['MoU on R&D centre', 'Hangzhou 2025', 'Hikvision'],
      ['Jobs pledge', 'Shenzhen 2024', 'Hikvision'],
      ['Send visa guidance', 'Shenzhen 2024', 'Hikvision'],
    ]);
    expect(page.outcomes.map((o) => [o.title, o.date, o.tripId])).toEqual([
      ['MoU on R&D centre', '2025-05-15', w.hangzhou.id],
      ['Jobs pledge', '2024-09-01', w.shenzhen.id],
    ]);
    expect(page.totals).toEqual({ mous: 1, investmentHkd: 300_000_000, jobs: 135, companiesLanded: 0, followUps: 3 });

    await t.call('organisations.update', { id: w.org.id, patch: { stage: 'landed' } });
    expect((await t.call('organisations.page', { id: w.org.id })).totals.companiesLanded).toBe(1);
  });

  it('is kept current after edits, undo and a deleted trip', async () => {
    const w = await world();
    const titles = async () => (await t.call('organisations.page', { id: w.org.id })).meetings.map((m) => m.event.title);
    expect(await titles()).toEqual(['MoU signing', 'Hikvision HQ visit', 'First call on Hikvision']);

    await t.call('events.update', { id: w.m2025a.id, tripId: w.hangzhou.id, patch: { organisationIds: [w.other.id] } });
    await t.call('events.update', { id: w.unrelated.id, tripId: w.hangzhou.id, patch: { organisationIds: [w.other.id, w.org.id], title: 'Joint lab' } });
    expect(await titles()).toEqual(['MoU signing', 'Joint lab', 'First call on Hikvision']);

    await t.call('notes.save', { tripId: w.hangzhou.id, eventId: w.unrelated.id, body: 'New note' });
    expect((await t.call('organisations.page', { id: w.org.id })).notes.map((n) => [n.note.body, n.authorName])).toEqual([['New note', undefined]]);

    await t.call('trips.delete', { id: w.hangzhou.id });
    expect(await titles()).toEqual(['First call on Hikvision']);
    expect((await t.call('organisations.page', { id: w.org.id })).notes).toEqual([]);
    await t.call('history.undo', { tripId: w.hangzhou.id }); // the trip's delete
    expect(await titles()).toEqual(['MoU signing', 'Joint lab', 'First call on Hikvision']);
    await t.call('history.undo', { tripId: w.hangzhou.id }); // the two event edits
    await t.call('history.undo', { tripId: w.hangzhou.id });
    expect(await titles()).toEqual(['MoU signing', 'Hikvision HQ visit', 'First call on Hikvision']);
  });

  it('follows a merge and says not-found for a deleted organisation', async () => {
    const w = await world();
    await t.call('organisations.merge', { keepId: w.other.id, mergeIds: [w.org.id] });
    expect(await t.fail('organisations.page', { id: w.org.id })).toMatchObject({ code: 'not-found' });
    const merged = await t.call('organisations.page', { id: w.other.id });
    expect(merged.meetings.map((m) => m.event.title)).toEqual(['MoU signing', 'Zhejiang University', 'Hikvision HQ visit', 'First call on Hikvision']);
    expect(merged.contacts.map((c) => c.name.en)).toEqual(['Amy Hu', 'Bob Ma', 'Zed Li']);
  });
});
