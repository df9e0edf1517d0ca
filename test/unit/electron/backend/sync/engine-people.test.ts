// Who is behind each laptop, and what keeps a laptop's changes from showing: "This laptop is …" chosen by its user
// and synced (never guessed from note authors); a device waiting for a missing batch; records held back.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Device } from './engine-helpers';
import { meeting, syncTestKit, trip } from './engine-helpers';

const { team } = syncTestKit();

const idOf = async (d: Device) => (await d.call('sync.status', {})).deviceId;
const deviceIn = async (d: Device, other: Device) => {
  const id = await idOf(other);
  return (await d.call('sync.status', {})).devices.find((x) => x.deviceId === id);
};
const batchFile = async (folder: string, d: Device, seq: number) =>
  path.join(folder, 'DelegationSync', 'devices', await idOf(d), `${String(seq).padStart(12, '0')}.json`);

describe('"This laptop is …"', () => {
  it('is chosen on the laptop and reaches the others; a note carried for someone else names no one', async () => {
    const {
      devices: [a, b],
    } = await team(2);
    const mei = await b.call('members.create', { name: { en: 'Mei Chan' } } as never);
    const bob = await b.call('members.create', { name: { en: 'Bob Lee' } } as never);
    const t = await b.call('trips.create', trip);
    const ev = await b.call('events.create', meeting(t.id));
    // B's user types up Bob's notes for him: that says nothing about who uses B.
    await b.call('notes.save', { tripId: t.id, eventId: ev.id, authorId: bob.id, body: 'Bob: the bureau wants a joint AI lab.' });
    await b.call('sync.now', {});
    const first = await a.call('sync.now', {});
    expect(first.received).toHaveLength(1);
    expect(first.received[0]!.memberName).toBeUndefined();
    expect((await deviceIn(a, b))!.memberName).toBeUndefined();

    await b.call('settings.update', { meId: mei.id });
    expect((await b.call('sync.status', {})).me).toEqual({ memberId: mei.id, memberName: 'Mei Chan' });
    // The choice alone is worth a batch: nothing else changed on B.
    expect((await b.call('sync.now', {})).sent).toBe(1);
    await a.call('sync.now', {});
    expect((await deviceIn(a, b))!.memberName).toBe('Mei Chan');

    // Changed later: the newest choice wins, and a report of B's next changes names her.
    await b.call('settings.update', { meId: bob.id });
    await b.call('trips.update', { id: t.id, patch: { title: 'Renamed on B' } });
    await b.call('sync.now', {});
    const later = await a.call('sync.now', {});
    expect(later.received).toEqual([{ deviceId: await idOf(b), memberName: 'Bob Lee', changes: 1 }]);
    expect((await b.call('sync.now', {})).sent).toBe(0);
  });
});

describe('a laptop whose changes cannot all be applied says so', () => {
  it('a device waiting for a missing batch: which batch, why and since when, until it arrives', async () => {
    const {
      devices: [a, b],
      folder,
    } = await team(2);
    const t = await a.call('trips.create', trip);
    await a.call('sync.now', {});
    await a.call('events.create', meeting(t.id));
    await a.call('sync.now', {});
    await fs.rm(await batchFile(folder, a, 1));

    const report = await b.call('sync.now', {});
    const waiting = (await deviceIn(b, a))!;
    expect(waiting).toMatchObject({ seq: 0, waiting: { seq: 1, reason: 'missing', since: report.startedAt } });
    await b.call('sync.now', {});
    expect((await deviceIn(b, a))!.waiting).toEqual({ seq: 1, reason: 'missing', since: report.startedAt });

    // What the page tells B's user to do: A syncs again, which sends the batch again.
    await a.call('sync.now', {});
    await b.call('sync.now', {});
    const caughtUp = (await deviceIn(b, a))!;
    expect(caughtUp.seq).toBe(2);
    expect(caughtUp.waiting).toBeUndefined();
  });

  it('records held back until their trip arrives are counted under the device that wrote them', async () => {
    const {
      devices: [a, b, c],
      folder,
    } = await team(3);
    const t = await a.call('trips.create', trip);
    const ev = await a.call('events.create', meeting(t.id));
    await a.call('sync.now', {});
    await b.call('sync.now', {});
    await b.call('events.update', { id: ev.id, tripId: t.id, patch: { title: 'Meeting moved to the bureau' } } as never);
    await b.call('sync.now', {});
    await a.call('trips.update', { id: t.id, patch: { purpose: 'AI and data centres' } });
    await a.call('sync.now', {});
    await fs.rm(await batchFile(folder, a, 1));

    // C has B's edit of the meeting but neither the meeting nor its trip (both in A's missing batch).
    await c.call('sync.now', {});
    expect((await deviceIn(c, b))!.heldBack).toEqual([{ reason: 'trip-missing', records: 1 }]);
    expect((await deviceIn(c, a))!.waiting).toMatchObject({ seq: 1, reason: 'missing' });
    expect(await c.call('trips.list', {})).toEqual([]);

    await a.call('sync.now', {});
    await c.call('sync.now', {});
    expect((await deviceIn(c, b))!.heldBack).toBeUndefined();
    expect((await c.call('trips.get', { id: t.id })).events.map((e) => e.title)).toEqual(['Meeting moved to the bureau']);
  });

  it('a laptop without the team passphrase is told to enter it, not that the batches are damaged', async () => {
    const {
      devices: [a, b],
    } = await team(2);
    await a.call('sync.configure', { passphrase: 'harbour lights 2026' });
    await a.call('trips.create', trip);
    await a.call('sync.now', {});

    const report = await b.call('sync.now', {});
    expect(report.problems.join(' ')).toMatch(/encrypted with a team passphrase, and this laptop has none/);
    expect((await deviceIn(b, a))!.waiting).toMatchObject({ seq: 1, reason: 'passphrase' });
    await b.call('sync.configure', { passphrase: 'harbour lights 2026' });
    expect((await b.call('sync.now', {})).problems).toEqual([]);
    expect((await deviceIn(b, a))!.waiting).toBeUndefined();
    expect((await b.call('trips.list', {})).map((t) => t.title)).toEqual([trip.title]);
  });
});
