// The sync engine end to end on real backends: notes from several laptops merge, concurrent title edits go to review,
// deletes and restores travel, and the status / configure errors are clear.
import { describe, expect, it } from 'vitest';
import { meeting, syncTestKit, trip } from './engine-helpers';

const { device, folder, team } = syncTestKit();

describe('sync engine', () => {
  it('merges notes written on two laptops in the same meeting, and names the person each laptop is', async () => {
    const { devices: [a, b] } = await team(2);
    const t = await a.call('trips.create', trip);
    const ev = await a.call('events.create', meeting(t.id));
    const note = await a.call('notes.save', { tripId: t.id, eventId: ev.id, body: 'Agreed to visit HKSTP in June.' });
    expect((await a.call('sync.now', {})).sent).toBe(1);
    const first = await b.call('sync.now', {});
    expect(first.received[0]!.changes).toBeGreaterThanOrEqual(3);
    const mei = await b.call('members.create', { name: { en: 'Mei Chan' } } as never);
    // B's user says who uses that laptop; the others learn it from B's batches (never from whose notes they carry).
    await b.call('settings.update', { meId: mei.id });
    await b.call('sync.now', {});
    await a.call('sync.now', {});

    // Both edit the same note offline, and each writes a note of their own on the meeting.
    await a.call('notes.save', { id: note.id, tripId: t.id, eventId: ev.id, body: 'Agreed to visit HKSTP in June. Budget HK$2,000,000.' });
    await b.call('notes.save', { id: note.id, tripId: t.id, eventId: ev.id, body: 'Cloud team: agreed to visit HKSTP in June.' });
    await a.call('notes.save', { tripId: t.id, eventId: ev.id, body: 'Alpha follow-up on data centre.' });
    await b.call('notes.save', { tripId: t.id, eventId: ev.id, authorId: mei.id, body: 'Bravo asked about talent visas.' });
    await a.call('sync.now', {});
    await b.call('sync.now', {});
    const reportA = await a.call('sync.now', {});
    expect(reportA.received[0]!.memberName).toBe('Mei Chan');

    for (const d of [a, b]) {
      const notes = (await d.call('trips.get', { id: t.id })).notes;
      const all = notes.map((n) => n.body).join('\n');
      for (const word of ['Budget', 'Cloud team', 'Alpha', 'Bravo', 'HKSTP']) expect(all).toContain(word);
      const shared = notes.find((n) => n.id === note.id)!.body;
      expect(shared).toContain('Budget HK$2,000,000');
      expect(shared).toContain('Cloud team');
      expect(shared.match(/HKSTP/g)).toHaveLength(1);
    }
    expect(b.events.some((e) => e.event === 'data.changed')).toBe(true);
    expect(b.events.some((e) => e.event === 'sync.finished')).toBe(true);
    const status = await a.call('sync.status', {});
    expect(status.devices[0]!.memberName).toBe('Mei Chan');
    expect(status.lastSync?.problems).toEqual([]);
  });

  it('keeps one of two concurrent title edits, lists the other for review, and "other" reaches every device', async () => {
    const { devices: [a, b] } = await team(2);
    const t = await a.call('trips.create', trip);
    await a.call('sync.now', {});
    await b.call('sync.now', {});
    await a.call('trips.update', { id: t.id, patch: { title: 'Title from A' } });
    await b.call('trips.update', { id: t.id, patch: { title: 'Title from B' } });
    await a.call('sync.now', {});
    await b.call('sync.now', {});
    await a.call('sync.now', {});
    const titleA = (await a.call('trips.get', { id: t.id })).trip.title;
    const titleB = (await b.call('trips.get', { id: t.id })).trip.title;
    expect(titleA).toBe(titleB);
    const loser = titleA === 'Title from A' ? b : a;
    const winner = loser === a ? b : a;
    const items = await loser.call('sync.review', {});
    const item = items.find((i) => i.field === 'title')!;
    expect(item.recordTitle).toBe(titleA);
    expect(item.other.value).toBe(loser === a ? 'Title from A' : 'Title from B');
    expect((await loser.call('sync.status', {})).toReview).toBe(items.length);

    // A window reloads its review list when the change is pushed, and takes that as the news of its own call: by then
    // the item must be closed already, or the list stays stale on screen.
    let reviewAtPush: Promise<unknown> | undefined;
    const stop = loser.backend.onPush((event) => {
      if (event === 'data.changed') reviewAtPush ??= loser.call('sync.review', {});
    });
    expect(await loser.call('sync.resolve', { id: item.id, keep: 'other' })).toEqual({ resolved: true });
    stop();
    expect(reviewAtPush).toBeDefined();
    expect(await reviewAtPush).toEqual([]);
    expect(await loser.call('sync.review', {})).toEqual([]);
    await loser.call('sync.now', {});
    await winner.call('sync.now', {});
    const wanted = item.other.value;
    expect((await winner.call('trips.get', { id: t.id })).trip.title).toBe(wanted);
    expect((await loser.call('trips.get', { id: t.id })).trip.title).toBe(wanted);
    // The winner's own item about this field is settled by the newer change.
    expect((await winner.call('sync.review', {})).filter((i) => i.field === 'title')).toEqual([]);
    expect(await loser.call('sync.resolve', { id: item.id, keep: 'kept' })).toEqual({ resolved: false });
  });

  it('sends deletes as tombstones and restores back', async () => {
    const { devices: [a, b, c] } = await team(3);
    const t = await a.call('trips.create', trip);
    for (const d of [a, b, c]) await d.call('sync.now', {});
    await b.call('trips.delete', { id: t.id });
    await b.call('sync.now', {});
    await a.call('sync.now', {});
    await c.call('sync.now', {});
    for (const d of [a, c]) expect((await d.call('trips.list', {})).map((x) => x.id)).not.toContain(t.id);
    await c.call('trips.restore', { id: t.id });
    await c.call('sync.now', {});
    for (const d of [a, b]) {
      await d.call('sync.now', {});
      expect((await d.call('trips.list', {})).map((x) => x.id)).toContain(t.id);
    }
  });

  it('refuses a folder that is missing or is a file, with a clear message', async () => {
    const d = await device();
    const missing = await d.fail('sync.configure', { folder: '/no/such/folder/for/sync' });
    expect(missing.message).toMatch(/was not found.*drive is connected/);
    const shared = await folder();
    const status = await d.call('sync.configure', { folder: shared, password: 'secret-pw', server: null });
    expect(status.folder).toBe(shared);
    expect(status.encrypted).toBe(false);
    expect(JSON.stringify(status)).not.toContain('secret-pw');
    const unconfigured = await device();
    expect((await unconfigured.fail('sync.now', {})).message).toMatch(/no folder or server/);
  });
});
