// Exported files stay in the backend until saved: the export's answer is a small handle, the bytes come back by id,
// and memory stays bounded (files expire, and past the bound the oldest go first). An unknown id says to export again.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { HeldFiles } from '../../../../../electron/backend/files/held-files';
import { BackendError } from '../../../../../electron/backend/errors';
import { hangzhouTrip, openTestBackend, type TestBackend } from '../backend-fixture';
import { tempDir } from '../../../helpers/tmp';

const clockAt = (start = 0) => {
  const clock = { at: start, now: () => clock.at };
  return clock;
};
const made = (name: string, size: number, fill = 1) => ({ fileName: name, mime: 'application/pdf', bytes: new Uint8Array(size).fill(fill) });

describe('HeldFiles', () => {
  it('gives the same bytes back by id, and a handle with no bytes in it', () => {
    const files = new HeldFiles(clockAt());
    const bytes = new TextEncoder().encode('%PDF-1.7 itinerary');
    const handle = files.hold({ fileName: 'Itinerary – Beijing.pdf', mime: 'application/pdf', bytes });
    expect(handle).toEqual({ id: expect.stringMatching(/^[A-Za-z0-9_-]{16,}$/), fileName: 'Itinerary – Beijing.pdf', mime: 'application/pdf', size: bytes.byteLength });
    expect(Object.keys(handle).sort()).toEqual(['fileName', 'id', 'mime', 'size']);
    expect(files.get(handle.id).bytes).toEqual(bytes);
    expect(files.hold(made('b.pdf', 1)).id).not.toBe(handle.id);
  });

  it('says to export again for an unknown id, and for one already saved', () => {
    const files = new HeldFiles(clockAt());
    const error = (() => {
      try {
        files.get('no-such-id');
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(BackendError);
    expect(error).toMatchObject({ code: 'not-found', details: { reason: 'file-expired' } });
    expect((error as Error).message).toMatch(/no longer available.*Nothing was saved; export it again\./);

    const { id } = files.hold(made('a.pdf', 10));
    files.release(id);
    expect(() => files.get(id)).toThrow(/export it again/);
    expect(files.heldBytes()).toBe(0);
  });

  it('forgets a file once it has waited longer than its time', () => {
    const clock = clockAt();
    const files = new HeldFiles(clock, { ttlMs: 60_000 });
    const old = files.hold(made('old.pdf', 10));
    clock.at = 30_000;
    const young = files.hold(made('young.pdf', 10));
    clock.at = 59_999;
    expect(files.get(old.id).fileName).toBe('old.pdf');
    clock.at = 60_000;
    expect(() => files.get(old.id)).toThrow(/export it again/);
    expect(files.get(young.id).fileName).toBe('young.pdf');
    expect(files.heldBytes()).toBe(10);
    clock.at = 90_000;
    expect(() => files.get(young.id)).toThrow(/export it again/);
    expect(files.heldBytes()).toBe(0);
  });

  it('never holds more than its bound: the oldest go first, and one file larger than the bound is held alone', () => {
    const files = new HeldFiles(clockAt(), { maxBytes: 100 });
    const ids = Array.from({ length: 10 }, (_, i) => files.hold(made(`${i}.pdf`, 30)).id);
    expect(files.heldBytes()).toBeLessThanOrEqual(100);
    expect(files.heldBytes()).toBe(90);
    for (const id of ids.slice(0, 7)) expect(() => files.get(id)).toThrow(/export it again/);
    for (const id of ids.slice(7)) expect(files.get(id).bytes.byteLength).toBe(30);

    const big = files.hold(made('backup.dpbackup', 250));
    expect(files.heldBytes()).toBe(250);
    expect(files.get(big.id).bytes.byteLength).toBe(250);
    for (const id of ids) expect(() => files.get(id)).toThrow(/export it again/);
  });
});

describe('exports through the backend', () => {
  let t: TestBackend | undefined;
  afterEach(async () => t?.close());

  it('answers a handle without the file’s bytes, and gives the bytes back by id', async () => {
    t = await openTestBackend();
    const trip = await t.call('trips.create', hangzhouTrip);
    await t.call('events.create', { tripId: trip.id, title: 'Bureau meeting', start: '2025-05-13T06:30:00.000Z', end: '2025-05-13T08:00:00.000Z', timeZone: 'Asia/Shanghai' });
    const reply = await t.backend.dispatch('export.ics', { tripId: trip.id });
    if (!reply.ok) throw new Error(reply.error.message);
    const file = reply.result as { id: string; fileName: string; mime: string; size: number };
    // The answer is the handle and nothing else: no base64, no bytes, however large the file.
    expect(Object.keys(file).sort()).toEqual(['fileName', 'id', 'mime', 'size']);
    expect(JSON.stringify(reply).length).toBeLessThan(300);
    const bytes = t.bytesOf(file);
    expect(bytes.byteLength).toBe(file.size);
    expect(bytes.toString('utf8')).toMatch(/^BEGIN:VCALENDAR[\s\S]*SUMMARY:Bureau meeting[\s\S]*END:VCALENDAR\s*$/);
  });

  it('files.saveAs with an unknown id fails with not-found and says to export again; browser mode is told to download', async () => {
    t = await openTestBackend();
    const missing = await t.fail('files.saveAs', { id: 'gone0000gone0000' });
    expect(missing).toMatchObject({ code: 'not-found', details: { reason: 'file-expired' } });
    expect(missing.message).toMatch(/export it again/);

    const file = await t.call('export.table', { table: 'contacts', format: 'csv' });
    expect(await t.call('files.saveAs', { id: file.id })).toEqual({ saved: false, download: true });
    // Still held for the download that follows.
    expect(t.bytesOf(file).byteLength).toBe(file.size);
  });

  it('with a save dialog, writes the held file at the chosen path and forgets it; a cancelled dialog writes nothing', async () => {
    const { dir, cleanup } = await tempDir();
    try {
      let answer: string | null = path.join(dir, 'chosen.csv');
      const asked: { fileName: string }[] = [];
      t = await openTestBackend(undefined, { files: { choosePath: async (f) => (asked.push(f), answer) } });
      const file = await t.call('export.table', { table: 'contacts', format: 'csv' });
      const bytes = t.bytesOf(file);
      expect(await t.call('files.saveAs', { id: file.id })).toEqual({ saved: true, path: path.join(dir, 'chosen.csv') });
      expect(asked).toEqual([{ fileName: file.fileName }]);
      expect(await fs.readFile(path.join(dir, 'chosen.csv'))).toEqual(bytes);
      expect(await fs.readdir(dir)).toEqual(['chosen.csv']);
      expect((await t.fail('files.saveAs', { id: file.id })).message).toMatch(/export it again/);

      answer = null;
      const second = await t.call('export.table', { table: 'contacts', format: 'xlsx' });
      expect(await t.call('files.saveAs', { id: second.id })).toEqual({ saved: false });
      expect(await fs.readdir(dir)).toEqual(['chosen.csv']);
    } finally {
      await cleanup();
    }
  });

  it('says which place could not be written when the chosen folder refuses the file', async () => {
    const { dir, cleanup } = await tempDir();
    try {
      const target = path.join(dir, 'no-such-folder', 'contacts.csv');
      t = await openTestBackend(undefined, { files: { choosePath: async () => target } });
      const file = await t.call('export.table', { table: 'contacts', format: 'csv' });
      const error = await t.fail('files.saveAs', { id: file.id });
      expect(error).toMatchObject({ code: 'storage', details: { reason: 'save-failed', errno: 'ENOENT' } });
      expect(error.message).toBe(
        `${file.fileName} could not be saved to ${target} (ENOENT). Nothing was written there; check that the disk has space and the folder can be written to, or choose another folder, and save again.`,
      );
      expect(await fs.readdir(dir)).toEqual([]);
    } finally {
      await cleanup();
    }
  });
});
