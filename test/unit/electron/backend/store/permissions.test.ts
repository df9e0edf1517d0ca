// The data folder is the user's alone: after a session that writes every kind of file the backend keeps (data files,
// change log, rolling backups, sync settings and secrets, the copy saved before a restore, a damaged file set aside),
// every folder in it is 0700 and every file 0600; a folder left 0755/0644 by an older version is tightened at start.
import { chmod, lstat, mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../../../../electron/backend';
import { createBackend } from '../../../../../electron/backend';
import { tempDir } from '../../../helpers/tmp';
import { hangzhouTrip } from '../backend-fixture';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((c) => c()));
});

/** Every entry under `dir` (itself included) with its permission bits, as "rel: 0700". */
async function modes(dir: string): Promise<{ dirs: Map<string, number>; files: Map<string, number> }> {
  const dirs = new Map<string, number>();
  const files = new Map<string, number>();
  async function walk(d: string): Promise<void> {
    dirs.set(path.relative(dir, d) || '.', (await lstat(d)).mode & 0o777);
    for (const entry of await readdir(d, { withFileTypes: true })) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) await walk(full);
      else files.set(path.relative(dir, full), (await lstat(full)).mode & 0o777);
    }
  }
  await walk(dir);
  return { dirs, files };
}

function notPrivate(found: Map<string, number>, wanted: number): string[] {
  return [...found].filter(([, mode]) => mode !== wanted).map(([rel, mode]) => `${rel}: ${mode.toString(8)}`);
}

async function call(backend: Backend, method: string, input: unknown): Promise<unknown> {
  const reply = await backend.dispatch(method, input);
  if (!reply.ok) throw new Error(`${method} failed: ${reply.error.message}`);
  return reply.result;
}

describe.skipIf(process.platform === 'win32')('data folder permissions', () => {
  it('makes every folder 0700 and every file 0600 in a session that writes every kind of file', async () => {
    const { dir: root, cleanup } = await tempDir();
    cleanups.push(cleanup);
    const { dir: syncFolder, cleanup: cleanSync } = await tempDir('sync-');
    cleanups.push(cleanSync);
    const dataDir = path.join(root, 'data'); // made by the backend, as on a first start
    let now = Date.parse('2026-01-05T02:00:00Z');
    const clock = { now: () => (now += 60_000) };
    const open = () => createBackend({ dataDir, clock });
    let backend = await open();
    try {
      await call(backend, 'samples.load', {});
      const trip = (await call(backend, 'trips.create', hangzhouTrip)) as { id: string };
      await call(backend, 'trips.update', { id: trip.id, patch: { title: 'Renamed' } });
      await call(backend, 'sync.configure', { folder: syncFolder, passphrase: 'correct horse battery', password: 'couch-secret' });
      await call(backend, 'sync.now', {});
      const backup = (await call(backend, 'backup.export', {})) as { id: string };
      await call(backend, 'backup.restore', { base64: Buffer.from(backend.heldFile(backup.id).bytes).toString('base64'), replace: true }); // saves exports/before-restore-*
      now += 20 * 60_000; // past the backup interval: the next saves take rolling backups again
      await call(backend, 'trips.update', { id: trip.id, patch: { title: 'Renamed again' } });
      await backend.close();
      // A damaged file is set aside into corrupt/ at the next open.
      await writeFile(path.join(dataDir, 'meta.json'), '{ not json');
      backend = await open();
      await call(backend, 'trips.list', {});
    } finally {
      await backend.close();
    }

    const { dirs, files } = await modes(dataDir);
    // The session really wrote each kind of file this test is about.
    for (const where of ['meta.json', 'trips/', 'directory/', 'changes/', 'backups/', 'sync/secrets.json', 'sync/config.json', 'sync/state.json', 'exports/before-restore-', 'corrupt/']) {
      expect([...files.keys()].some((rel) => rel.startsWith(where)), where).toBe(true);
    }
    expect(notPrivate(dirs, 0o700)).toEqual([]);
    expect(notPrivate(files, 0o600)).toEqual([]);
  });

  it('tightens a data folder an older version left 0755 with 0644 files, and opens it as before', async () => {
    const { dir: root, cleanup } = await tempDir();
    cleanups.push(cleanup);
    const dataDir = path.join(root, 'data');
    let backend = await createBackend({ dataDir });
    await call(backend, 'trips.create', hangzhouTrip);
    await backend.close();
    // As an older version left it.
    const { dirs, files } = await modes(dataDir);
    for (const rel of dirs.keys()) await chmod(path.join(dataDir, rel), 0o755);
    for (const rel of files.keys()) await chmod(path.join(dataDir, rel), 0o644);
    await mkdir(path.join(dataDir, 'sync'), { mode: 0o755 });
    await writeFile(path.join(dataDir, 'sync', 'secrets.json'), JSON.stringify({ schemaVersion: 1, password: 'plain' }), { mode: 0o644 });

    backend = await createBackend({ dataDir });
    try {
      expect(((await call(backend, 'trips.list', {})) as unknown[]).length).toBe(1);
    } finally {
      await backend.close();
    }
    const after = await modes(dataDir);
    expect(notPrivate(after.dirs, 0o700)).toEqual([]);
    expect(notPrivate(after.files, 0o600)).toEqual([]);
  });
});
