// secrets.json: sealed through a SecretBox where the host has one, plain (marked) where it has none, older plain
// files still read, and a sealed secret this computer cannot open reported and treated as absent.
import { mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackend } from '../../../../../electron/backend';
import type { SecretBox } from '../../../../../electron/backend/ports';
import { SyncFiles, UNREADABLE_PASSPHRASE, UNREADABLE_PASSWORD } from '../../../../../electron/backend/sync/state';

/** Reverses and base64-encodes under a key; another key (another computer) cannot open it. */
function fakeBox(key = 'laptop-1', available = true): SecretBox {
  return {
    available: () => available,
    encrypt: (text) => Buffer.from(`${key}|${[...text].reverse().join('')}`).toString('base64'),
    decrypt(base64) {
      const [k, body] = Buffer.from(base64, 'base64').toString().split('|');
      if (k !== key || body === undefined) throw new Error('cannot decrypt');
      return [...body].reverse().join('');
    },
  };
}

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'sync-state-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const onDisk = async () => JSON.parse(await readFile(path.join(dir, 'sync', 'secrets.json'), 'utf8')) as Record<string, unknown>;

describe('sync secrets file', () => {
  it('seals both secrets with the SecretBox and reads them back', async () => {
    const files = new SyncFiles(dir, fakeBox());
    await files.writeSecrets({ schemaVersion: 1, password: 'hunter2', passphrase: '團隊 phrase' });
    const raw = await onDisk();
    expect(raw).toMatchObject({ schemaVersion: 1, sealed: true });
    expect(JSON.stringify(raw)).not.toContain('hunter2');
    expect(JSON.stringify(raw)).not.toContain('團隊');
    expect(await files.readSecrets()).toEqual({ schemaVersion: 1, password: 'hunter2', passphrase: '團隊 phrase' });
  });

  it('without a SecretBox (browser mode) or with one not available, writes plain with sealed: false', async () => {
    for (const box of [undefined, fakeBox('laptop-1', false)]) {
      const files = new SyncFiles(dir, box);
      await files.writeSecrets({ schemaVersion: 1, password: 'hunter2' });
      expect(await onDisk()).toEqual({ schemaVersion: 1, sealed: false, password: 'hunter2' });
      expect(await files.readSecrets()).toEqual({ schemaVersion: 1, password: 'hunter2' });
    }
  });

  it('reads a plain file from before (no marker) with a SecretBox, and seals it at the next write', async () => {
    await mkdir(path.join(dir, 'sync'), { recursive: true });
    await writeFile(path.join(dir, 'sync', 'secrets.json'), JSON.stringify({ schemaVersion: 1, password: 'old', passphrase: 'p' }));
    const files = new SyncFiles(dir, fakeBox());
    const secrets = await files.readSecrets();
    expect(secrets).toEqual({ schemaVersion: 1, password: 'old', passphrase: 'p' });
    await files.writeSecrets(secrets);
    expect((await onDisk()).sealed).toBe(true);
    expect(await files.readSecrets()).toEqual(secrets);
  });

  it('a sealed file this computer cannot open: those secrets are absent and marked unreadable', async () => {
    await new SyncFiles(dir, fakeBox('laptop-1')).writeSecrets({ schemaVersion: 1, password: 'hunter2', passphrase: 'p' });
    expect(await new SyncFiles(dir, fakeBox('laptop-2')).readSecrets()).toEqual({ schemaVersion: 1, unreadable: ['password', 'passphrase'] });
    // Browser mode reading a folder sealed by the desktop app.
    expect(await new SyncFiles(dir).readSecrets()).toEqual({ schemaVersion: 1, unreadable: ['password', 'passphrase'] });
  });
});

describe('sync with a saved secret this computer cannot open', () => {
  async function backendWithSealedSecrets(secrets: { password?: string; passphrase?: string }) {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'sync-folder-'));
    const first = await createBackend({ dataDir: dir, ports: { secrets: fakeBox('laptop-1') } });
    await first.dispatch('sync.configure', { folder, ...secrets });
    await first.dispatch('trips.create', { title: 'OASES to Hangzhou', startDate: '2025-05-13', endDate: '2025-05-16', legs: [] });
    await first.close();
    // The same data folder opened on another computer (or after the keychain was reset).
    const moved = await createBackend({ dataDir: dir, ports: { secrets: fakeBox('laptop-2') } });
    return { moved, folder };
  }

  it('password: the sync reports it clearly, the rest still syncs, and entering it again clears the problem', async () => {
    const { moved, folder } = await backendWithSealedSecrets({ password: 'hunter2' });
    try {
      const reply = await moved.dispatch('sync.now', {});
      expect(reply.ok && reply.result).toMatchObject({ problems: [UNREADABLE_PASSWORD], sent: 1 });
      await moved.dispatch('sync.configure', { password: 'hunter2' });
      const again = await moved.dispatch('sync.now', {});
      expect(again.ok && again.result).toMatchObject({ problems: [] });
    } finally {
      await moved.close();
      await rm(folder, { recursive: true, force: true });
    }
  });

  it('passphrase: nothing is sent unencrypted; the error says what to do', async () => {
    const { moved, folder } = await backendWithSealedSecrets({ passphrase: 'team phrase' });
    try {
      const reply = await moved.dispatch('sync.now', {});
      expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-input', message: UNREADABLE_PASSPHRASE } });
    } finally {
      await moved.close();
      await rm(folder, { recursive: true, force: true });
    }
  });
});
