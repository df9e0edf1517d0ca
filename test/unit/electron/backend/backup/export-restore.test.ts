// A backup holds everything and restores into an empty data folder record for record, stamps included.
import { afterEach, describe, expect, it } from 'vitest';
import type { TestBackend } from '../backend-fixture';
import { openTestBackend } from '../backend-fixture';
import { type BackupDoc, collections, diskRecords, liveOnly, pack, seededBackend, unpack, withoutUpdatedAt } from './backup-helpers';

const open: TestBackend[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((t) => t.close()));
});
async function track(t: Promise<TestBackend>): Promise<TestBackend> {
  const backend = await t;
  open.push(backend);
  return backend;
}

describe('backup.export', () => {
  it('writes every record of every collection, tombstones included, under a header that describes it', async () => {
    const a = await track(seededBackend());
    const file = await a.call('backup.export', {});
    expect(file.fileName).toMatch(/^Delegation Planner backup \d{4}-\d{2}-\d{2} \d{4}\.dpbackup$/);
    expect(file.mime).toBe('application/octet-stream');

    const bytes = a.bytesOf(file); // before the reopen below: a new backend has forgotten its exports
    const doc = unpack(bytes.toString('base64'));
    const info = await a.call('app.info', {});
    expect(doc.header).toMatchObject({ format: 'delegation-planner-backup', schemaVersion: 1, deviceId: info.deviceId, appVersion: info.version });
    expect(doc.header.exportedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(doc.header.sha256).toMatch(/^[0-9a-f]{64}$/);

    await a.reopen(); // flushes every write, so the files on disk are the whole truth
    const disk = await diskRecords(a.dir);
    for (const c of collections) {
      expect(doc.data[c].length, c).toBe(disk[c].length);
      expect(doc.header.counts[c], c).toBe(disk[c].length);
    }
    expect(disk.trips.length).toBeGreaterThan(0);
    expect(disk.events.length).toBeGreaterThan(0);
    expect(doc.data.contacts.some((c) => c.deleted)).toBe(true);
    expect(doc.data.events.some((e) => e.deleted)).toBe(true);
    // Compressed: much smaller than the JSON it holds.
    expect(bytes.length).toBeLessThan(JSON.stringify(doc).length / 3);
  });
});

describe('backup.restore into an empty data folder', () => {
  it('reproduces every record exactly, createdAt included (updatedAt is the time of the restore)', async () => {
    const a = await track(seededBackend());
    const backup = a.base64Of(await a.call('backup.export', {}));
    await a.reopen();
    const original = await diskRecords(a.dir);

    const b = await track(openTestBackend(Date.parse('2026-03-01T00:00:00Z')));
    const result = await b.call('backup.restore', { base64: backup });
    expect(result.previousSavedTo).toBeUndefined();
    const live = liveOnly(original);
    for (const c of collections) expect(result.restored[c], c).toBe(live[c].length);

    await b.reopen();
    const restored = await diskRecords(b.dir);
    const expected = withoutUpdatedAt(original);
    const actual = withoutUpdatedAt(restored);
    for (const c of collections) expect(actual[c], c).toEqual(expected[c]);
    for (const c of collections) for (const r of restored[c]) expect(String(r.updatedAt) >= '2026-03-01', `${c} ${String(r.id)}`).toBe(true);

    // The restored data is usable at once: listed, no sample offer, editable.
    const trips = await b.call('trips.list', {});
    expect(trips.map((t) => t.title).sort()).toEqual((live.trips.map((t) => t.title) as string[]).sort());
    expect((await b.call('app.info', {})).offerSamples).toBe(false);
    await b.call('trips.update', { id: trips[0]!.id, patch: { purpose: 'After the restore' } });
  });

  it('counts as empty when only tombstones are there, and restores without asking', async () => {
    const a = await track(seededBackend());
    const file = await a.call('backup.export', {});
    const b = await track(openTestBackend());
    const made = await b.call('contacts.create', { name: { en: 'Gone Soon', zhHant: '', zhHans: '' } });
    await b.call('contacts.delete', { id: made.id });
    const result = await b.call('backup.restore', { base64: a.base64Of(file) });
    expect(result.previousSavedTo).toBeUndefined();
  });

  it('restores a large backup in several batches', async () => {
    const a = await track(openTestBackend());
    const doc = unpack(a.base64Of(await a.call('backup.export', {}))) as BackupDoc;
    const at = '2025-01-01T00:00:00.000Z';
    for (let i = 0; i < 4500; i++) {
      doc.data.contacts.push({ id: `bulk-${i}`, createdAt: at, updatedAt: at, deleted: false, name: { en: `Contact ${i}`, zhHant: '', zhHans: '' }, title: '', email: '', phone: '' });
    }
    const b = await track(openTestBackend());
    const result = await b.call('backup.restore', { base64: pack(doc) });
    expect(result.restored.contacts).toBe(4500);
    expect(await b.call('contacts.list', {})).toHaveLength(4500);
  });

  it('brings a backup of an older data version forward with the store migrations', async () => {
    const a = await track(seededBackend());
    const doc = unpack(a.base64Of(await a.call('backup.export', {})));
    // Data version 0 (the pilot): trips had `name` for `title` and no home time zone.
    doc.header.schemaVersion = 0;
    doc.data.trips = doc.data.trips.map(({ title, homeTimeZone: _zone, ...trip }) => ({ ...trip, name: title }));
    const b = await track(openTestBackend());
    await b.call('backup.restore', { base64: pack(doc) });
    const trips = await b.call('trips.list', {});
    expect(trips.length).toBeGreaterThan(0);
    for (const trip of trips) {
      expect(trip.title).toBeTruthy();
      expect(trip.homeTimeZone).toBe('Asia/Hong_Kong');
    }
  });
});
