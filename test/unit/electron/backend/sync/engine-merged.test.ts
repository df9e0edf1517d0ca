// "Merged from": a note whose text two laptops edited lists both devices in the store, on both laptops, and a note
// only one laptop wrote lists none.
import { afterEach, describe, expect, it } from 'vitest';
import type { Device } from './engine-helpers';
import { meeting, openDevice, sharedFolder, trip } from './engine-helpers';

const open: Device[] = [];
let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => {
  await Promise.all(open.splice(0).map((d) => d.close()));
  await cleanup?.();
});

async function pair(): Promise<[Device, Device]> {
  const shared = await sharedFolder();
  cleanup = shared.cleanup;
  const devices: Device[] = [];
  for (let i = 0; i < 2; i++) {
    const d = await openDevice();
    open.push(d);
    await d.call('sync.configure', { folder: shared.folder });
    devices.push(d);
  }
  return devices as [Device, Device];
}

async function noteOn(d: Device, tripId: string, id: string) {
  return (await d.call('trips.get', { id: tripId })).notes.find((n) => n.id === id)!;
}

describe('sync engine: merged notes', () => {
  it('marks a note both laptops edited with both device ids, on both laptops', async () => {
    const [a, b] = await pair();
    const t = await a.call('trips.create', trip);
    const ev = await a.call('events.create', meeting(t.id));
    const note = await a.call('notes.save', { tripId: t.id, eventId: ev.id, body: 'Agreed to visit HKSTP in June.' });
    await a.call('sync.now', {});
    await b.call('sync.now', {});
    // Written by one laptop only: nothing is merged yet.
    expect((await noteOn(b, t.id, note.id)).mergedFrom).toBeUndefined();

    await a.call('notes.save', { id: note.id, tripId: t.id, eventId: ev.id, body: 'Agreed to visit HKSTP in June. Budget HK$2,000,000.' });
    await b.call('notes.save', { id: note.id, tripId: t.id, eventId: ev.id, body: 'Cloud team: agreed to visit HKSTP in June.' });
    await a.call('sync.now', {});
    await b.call('sync.now', {});
    await a.call('sync.now', {});

    const devices = [(await a.call('sync.status', {})).deviceId, (await b.call('sync.status', {})).deviceId].sort();
    for (const d of [a, b]) {
      const merged = await noteOn(d, t.id, note.id);
      expect(merged.body).toContain('Budget');
      expect(merged.body).toContain('Cloud team');
      expect(merged.mergedFrom).toEqual(devices);
    }
  });

  it('marks the note on the laptop whose own edit made it merged, without a pull touching it', async () => {
    const [a, b] = await pair();
    const t = await a.call('trips.create', trip);
    const ev = await a.call('events.create', meeting(t.id));
    const note = await a.call('notes.save', { tripId: t.id, eventId: ev.id, body: 'First line.' });
    await a.call('sync.now', {});
    await b.call('sync.now', {});
    await b.call('notes.save', { id: note.id, tripId: t.id, eventId: ev.id, body: 'First line.\nSecond line from B.' });
    await b.call('sync.now', {});
    expect((await noteOn(b, t.id, note.id)).mergedFrom).toHaveLength(2);
    await a.call('sync.now', {});
    expect((await noteOn(a, t.id, note.id)).mergedFrom).toHaveLength(2);
  });
});
