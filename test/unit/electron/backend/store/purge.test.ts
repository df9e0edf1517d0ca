// Deleting a note with purge: its text leaves every file of this device's data folder — the trip file, that file's
// rolling backups, the change log and its backups, and the backups the app saved before a restore — while another
// note's text stays; the folder reopens, and a damaged trip file is still rebuilt from its backup and the rewritten
// log. With sync set up, log entries not yet sent keep the text until sync has sent them, and nothing else does.
import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import type { LocalBackend } from '../../../../../electron/backend';
import { createBackend } from '../../../../../electron/backend';
import type { InputOf, Method, OutputOf } from '../../../../../shared/contract';
import { tempDir } from '../../../helpers/tmp';
import { hangzhouTrip } from '../backend-fixture';

const PURGED = 'Purge-9d2e';
const KEPT = 'Keep-4b1a';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((c) => c()));
});

/** Every file under `dir` (relative path) whose bytes, unpacked when gzip, contain `needle`. */
async function filesHolding(dir: string, needle: string): Promise<string[]> {
  const found: string[] = [];
  async function walk(d: string): Promise<void> {
    for (const entry of await readdir(d, { withFileTypes: true })) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (entry.isFile()) {
        let bytes = await readFile(full);
        if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = gunzipSync(bytes);
        if (bytes.includes(Buffer.from(needle))) found.push(path.relative(dir, full));
      }
    }
  }
  await walk(dir);
  return found.sort();
}

async function noteOnDisk(dir: string, tripId: string, noteId: string): Promise<Record<string, unknown> | undefined> {
  const doc = JSON.parse(await readFile(path.join(dir, 'trips', `${tripId}.json`), 'utf8')) as { notes: Record<string, unknown>[] };
  return doc.notes.find((n) => n.id === noteId);
}

interface Session {
  dir: string;
  backend: LocalBackend;
  call<M extends Method>(method: M, input: InputOf<M>): Promise<OutputOf<M>>;
  reopen(): Promise<void>;
}

/** A backend whose clock moves 11 minutes a call, so every save past the first takes a rolling backup. */
async function session(): Promise<Session> {
  const { dir, cleanup } = await tempDir();
  let now = Date.parse('2026-01-05T02:00:00Z');
  const clock = { now: () => (now += 11 * 60_000) };
  const s: Session = {
    dir,
    backend: await createBackend({ dataDir: dir, clock }),
    async call(method, input) {
      const reply = await s.backend.dispatch(method, input);
      if (!reply.ok) throw new Error(`${method} failed: ${reply.error.message}`);
      return reply.result as never;
    },
    async reopen() {
      await s.backend.close();
      s.backend = await createBackend({ dataDir: dir, clock });
    },
  };
  cleanups.push(async () => {
    await s.backend.close();
    await cleanup();
  });
  return s;
}

async function tripWithNotes(s: Session) {
  const trip = await s.call('trips.create', hangzhouTrip);
  const event = await s.call('events.create', { tripId: trip.id, title: 'Bureau meeting', start: '2025-05-13T06:30:00.000Z', end: '2025-05-13T08:00:00.000Z', timeZone: 'Asia/Shanghai' });
  const kept = await s.call('notes.save', { tripId: trip.id, eventId: event.id, body: `${KEPT}: the bureau offers a site visit` });
  let note = await s.call('notes.save', { tripId: trip.id, eventId: event.id, body: `${PURGED} first draft` });
  // Each autosave logs the whole body, and each rewrite of the trip file backs up the one before. Data files are
  // rewritten at checkpoints (decision 010): reopening makes one after each autosave.
  for (const more of [' — they will', ' — they will not', ' — they will not relocate']) {
    note = await s.call('notes.save', { id: note.id, tripId: trip.id, eventId: event.id, body: `${note.body}${more}` });
    await s.reopen();
  }
  return { trip, event, note, kept };
}

describe('notes.delete with purge', () => {
  it("removes the note's text from every file of the data folder, keeps other notes, and the folder still opens and recovers", async () => {
    const s = await session();
    const { trip, note, kept } = await tripWithNotes(s);
    // A backup the app saves itself before a restore replaces data: it holds the note too.
    const backup = await s.call('backup.export', {});
    await s.call('backup.restore', { base64: Buffer.from(s.backend.heldFile(backup.id).bytes).toString('base64'), replace: true });
    await s.reopen();
    const before = await filesHolding(s.dir, PURGED);
    expect(before.some((f) => f.startsWith('trips/'))).toBe(true);
    expect(before.some((f) => f.startsWith('backups/trips/'))).toBe(true);
    expect(before.some((f) => f.startsWith('changes/'))).toBe(true);
    // (Change-log segments are append-only since decision 010: never replaced, so they have no rolling backups.)
    expect(before.some((f) => f.startsWith('exports/before-restore-'))).toBe(true);

    const result = await s.call('notes.delete', { id: note.id, tripId: trip.id, purge: true });
    expect(result.purged).toMatchObject({ keptForSync: 0, unreadable: [] });
    expect(result.purged!.logEntries).toBeGreaterThanOrEqual(4);
    expect(result.purged!.backupsRewritten).toBeGreaterThan(0);
    await s.reopen();

    expect(await filesHolding(s.dir, PURGED)).toEqual([]);
    expect((await filesHolding(s.dir, KEPT)).length).toBeGreaterThan(0); // the search above does find text
    const detail = await s.call('trips.get', { id: trip.id });
    expect(detail.notes.map((n) => n.id)).toEqual([kept.id]);
    expect(detail.notes[0]!.body).toBe(kept.body);
    expect(await noteOnDisk(s.dir, trip.id, note.id)).toMatchObject({ deleted: true, body: '' });

    // The rewritten log still rebuilds a damaged trip file (from its newest backup plus the log's changes).
    await s.backend.close();
    await writeFile(path.join(s.dir, 'trips', `${trip.id}.json`), '{ damaged');
    s.backend = await createBackend({ dataDir: s.dir });
    const rebuilt = await s.call('trips.get', { id: trip.id });
    expect(rebuilt.notes.map((n) => [n.id, n.body])).toEqual([[kept.id, kept.body]]);
    const { notices } = await s.call('app.info', {});
    expect(notices.some((n) => n.message.includes('could not be read'))).toBe(true);
    await s.reopen();
    expect(await noteOnDisk(s.dir, trip.id, note.id)).toMatchObject({ deleted: true, body: '' });
    // corrupt/ keeps the damaged file the user was told about; nothing else holds the text.
    await s.reopen();
    expect(await filesHolding(s.dir, PURGED)).toEqual([]);
  });

  it('without purge, keeps the text (the delete can be undone)', async () => {
    const s = await session();
    const { trip, note } = await tripWithNotes(s);
    expect(await s.call('notes.delete', { id: note.id, tripId: trip.id })).toEqual({ id: note.id });
    await s.reopen();
    expect((await filesHolding(s.dir, PURGED)).some((f) => f.startsWith('trips/'))).toBe(true);
  });

  it('with sync set up, keeps the text only in the log entries sync has not sent yet', async () => {
    const s = await session();
    const { dir: folder, cleanup } = await tempDir('sync-');
    cleanups.push(cleanup);
    const { trip, event, note } = await tripWithNotes(s);
    await s.call('sync.configure', { folder });
    await s.call('sync.now', {});
    // Typed after the last sync: not sent yet.
    await s.call('notes.save', { id: note.id, tripId: trip.id, eventId: event.id, body: `${note.body}, said after the sync` });

    const result = await s.call('notes.delete', { id: note.id, tripId: trip.id, purge: true });
    expect(result.purged).toMatchObject({ keptForSync: 1 });
    expect(result.purged!.logEntries).toBeGreaterThanOrEqual(4);
    await s.reopen();
    const holding = await filesHolding(s.dir, PURGED);
    expect(holding.length).toBeGreaterThan(0);
    expect(holding.filter((f) => !f.startsWith('changes/') && !f.startsWith('backups/changes/'))).toEqual([]);
    // The unsent edit (and the delete) still reach the sync folder at the next sync.
    const batches = async () => (await readdir(path.join(folder, 'DelegationSync', 'devices', (await s.call('app.info', {})).deviceId))).length;
    const sent = await batches();
    await s.call('sync.now', {});
    expect(await batches()).toBe(sent + 1);
  });
});
