// Replacing what is there, once confirmed: the data first goes to a file (which itself restores back), then the
// folder equals the backup through recorded changes; records the backup lacks become tombstones.
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { TestBackend } from '../backend-fixture';
import { openTestBackend } from '../backend-fixture';
import { type Records, collections, diskRecords, liveOnly, seededBackend, withoutUpdatedAt } from './backup-helpers';

const open: TestBackend[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((t) => t.close()));
});

type Logged = { collection: string; id: string; fields: Record<string, unknown> };

async function loggedChanges(dir: string): Promise<Logged[]> {
  const out: Logged[] = [];
  for (const device of await readdir(path.join(dir, 'changes'))) {
    for (const name of await readdir(path.join(dir, 'changes', device))) {
      const text = await readFile(path.join(dir, 'changes', device, name), 'utf8');
      // Segments are JSON lines, one group a line, since decision 010 (the checkpoint marker is not a segment).
      if (name.endsWith('.jsonl')) for (const line of text.split('\n').filter(Boolean)) out.push(...(JSON.parse(line) as { changes: Logged[] }).changes);
    }
  }
  return out;
}

function byKey(records: Records): Map<string, Record<string, unknown>> {
  const out = new Map<string, Record<string, unknown>>();
  for (const c of collections) for (const { updatedAt: _u, ...r } of records[c]) out.set(`${c}/${String(r.tripId ?? '')}/${String(r.id)}`, r);
  return out;
}

describe('backup.restore with replace', () => {
  it('saves what is there first, then makes the folder equal to the backup; the saved file brings it back', async () => {
    const a = await seededBackend();
    open.push(a);
    const backup = a.base64Of(await a.call('backup.export', {}));
    await a.reopen();
    const wanted = await diskRecords(a.dir);

    // B starts from the same backup, then moves on: edits, a cleared field, new records, a deletion.
    const b = await openTestBackend(Date.parse('2026-02-01T00:00:00Z'));
    open.push(b);
    await b.call('backup.restore', { base64: backup });
    const [trip] = await b.call('trips.list', {});
    await b.call('trips.update', { id: trip!.id, patch: { title: 'Renamed on B', sampleKey: null } });
    const extraTrip = await b.call('trips.create', {
      title: 'Only on B',
      startDate: '2026-04-01',
      endDate: '2026-04-02',
      legs: [{ city: 'Shenzhen', country: 'China', timeZone: 'Asia/Shanghai', startDate: '2026-04-01', endDate: '2026-04-02' }],
    });
    await b.call('events.create', { tripId: extraTrip.id, title: 'Visit', kind: 'site-visit', start: '2026-04-01T02:00:00Z', end: '2026-04-01T03:00:00Z', timeZone: 'Asia/Shanghai' });
    const extraContact = await b.call('contacts.create', { name: { en: 'Only on B', zhHant: '', zhHans: '' } });
    const [member] = await b.call('members.list', {});
    await b.call('members.delete', { id: member!.id });
    await b.reopen();
    const bBefore = await diskRecords(b.dir);

    const result = await b.call('backup.restore', { base64: backup, replace: true });

    // What was there is in <dataDir>/exports, named for when it was saved.
    expect(result.previousSavedTo).toBeDefined();
    const saved = result.previousSavedTo!;
    expect(path.dirname(saved)).toBe(path.join(b.dir, 'exports'));
    expect(path.basename(saved)).toMatch(/^before-restore-\d{4}-\d{2}-\d{2}T[\d-]+Z\.dpbackup$/);

    // Every record of the backup is as it was backed up; everything else is a tombstone.
    await b.reopen();
    const after = await diskRecords(b.dir);
    const wantedByKey = byKey(wanted);
    const afterByKey = byKey(after);
    for (const [key, record] of wantedByKey) expect(afterByKey.get(key), key).toEqual(record);
    for (const [key, record] of afterByKey) if (!wantedByKey.has(key)) expect(record.deleted, key).toBe(true);
    expect(afterByKey.get(`trips//${extraTrip.id}`)?.deleted).toBe(true);
    expect(afterByKey.get(`contacts//${extraContact.id}`)?.deleted).toBe(true);
    expect(withoutUpdatedAt(liveOnly(after))).toEqual(withoutUpdatedAt(liveOnly(wanted)));
    expect(result.restored.trips).toBe(liveOnly(wanted).trips.length);

    // Each change is recorded like any other (what sync carries): the renamed trip's title and sample key set back,
    // the extra trip tombstoned.
    const logged = await loggedChanges(b.dir);
    const original = wanted.trips.find((t) => t.id === trip!.id)!;
    expect(bBefore.trips.find((t) => t.id === trip!.id)?.sampleKey).toBeUndefined();
    expect(logged).toContainEqual(expect.objectContaining({ collection: 'trips', id: trip!.id, fields: expect.objectContaining({ title: original.title, sampleKey: original.sampleKey }) }));
    expect(logged).toContainEqual(expect.objectContaining({ collection: 'trips', id: extraTrip.id, fields: { deleted: true } }));
    const { step } = await b.call('history.undo', {});
    expect(step).toBeNull(); // a restore is not an undo step, and older steps are forgotten

    // The saved file is a backup like any other: restoring it brings B back to how it was.
    const previous = (await readFile(saved)).toString('base64');
    const back = await b.call('backup.restore', { base64: previous, replace: true });
    expect(back.previousSavedTo).not.toBe(saved);
    await b.reopen();
    expect(withoutUpdatedAt(await diskRecords(b.dir))).toEqual(withoutUpdatedAt(bBefore));
  });

  it('replacing with an identical backup changes no record (their updatedAt stays)', async () => {
    const a = await seededBackend();
    open.push(a);
    const backup = a.base64Of(await a.call('backup.export', {}));
    const result = await a.call('backup.restore', { base64: backup, replace: true });
    expect(result.previousSavedTo).toBeDefined();
    await a.reopen();
    const disk = await diskRecords(a.dir);
    expect(disk.trips.every((t) => String(t.updatedAt) < '2026-01-06')).toBe(true);
  });
});
