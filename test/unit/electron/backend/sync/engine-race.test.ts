// A note saved while a sync is reading the places (after its first seal, before the merge is written) must be sealed
// against the text it was made on, so the next sync keeps both people's words instead of diffing against merged text.
import { describe, expect, it } from 'vitest';
import { meeting, syncTestKit, trip } from './engine-helpers';

const kit = syncTestKit();

describe('sync engine: a save during a sync', () => {
  it('keeps both people’s words when a note is saved between pull and apply', async () => {
    const folder = await kit.folder();
    const a = await kit.device();
    const b = await kit.device();
    await a.call('sync.configure', { folder });
    await b.call('sync.configure', { folder });

    const t = await a.call('trips.create', trip);
    const ev = await a.call('events.create', meeting(t.id));
    const note = await a.call('notes.save', { tripId: t.id, eventId: ev.id, body: 'Agreed to visit HKSTP in June.' });
    await a.call('sync.now', {});
    await b.call('sync.now', {});

    // Mei adds her words on B and syncs.
    await b.call('notes.save', { id: note.id, tripId: t.id, eventId: ev.id, body: 'Cloud team: agreed to visit HKSTP in June.' });
    await b.call('sync.now', {});

    // On A, a save lands after A's sync has sealed and pulled, before it merges and writes into the store.
    let saveDuringPull = true;
    a.seams.wrap = (transport) => ({
      name: transport.name,
      push: (batch) => transport.push(batch),
      async pull(applied) {
        const pulled = await transport.pull(applied);
        if (saveDuringPull) {
          saveDuringPull = false;
          await a.call('notes.save', { id: note.id, tripId: t.id, eventId: ev.id, body: 'Agreed to visit HKSTP in June. Budget HK$2,000,000.' });
        }
        return pulled;
      },
    });
    await a.call('sync.now', {});
    expect(saveDuringPull).toBe(false);
    delete a.seams.wrap;

    // The next syncs carry A's edit; neither person's words are lost on either laptop.
    await a.call('sync.now', {});
    await b.call('sync.now', {});
    await a.call('sync.now', {});
    for (const d of [a, b]) {
      const body = (await d.call('trips.get', { id: t.id })).notes.find((n) => n.id === note.id)!.body;
      expect(body).toContain('Cloud team');
      expect(body).toContain('Budget HK$2,000,000');
      expect(body.match(/HKSTP/g)).toHaveLength(1);
    }
  });
});
