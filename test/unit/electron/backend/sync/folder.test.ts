import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { sealBatch } from '../../../../../shared/domain/sync/batch';
import type { Batch } from '../../../../../shared/domain/sync/batch';
import type { FolderFs } from '../../../../../electron/backend/sync/folder';
import { FolderTransport, SyncFolderMissingError } from '../../../../../electron/backend/sync/folder';
import { change } from '../../../shared/domain/sync/helpers';
import { tempDir as makeTempDir } from '../../../helpers/tmp';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((c) => c()));
});
async function tempDir(prefix: string): Promise<string> {
  const { dir, cleanup } = await makeTempDir(prefix);
  cleanups.push(cleanup);
  return dir;
}

const batchOf = (device: string, seq: number): Batch => sealBatch(device, seq, [change(device, seq * 100, `e${seq}`, { title: `t${seq}` })]);
const devicesDir = (root: string) => path.join(root, 'DelegationSync', 'devices');

describe('folder transport', () => {
  it('writes each batch once under DelegationSync/devices/<device>/<seq 12 digits>.json, leaving no temp file', async () => {
    const root = await tempDir('sync-folder-');
    const a = new FolderTransport(root, 'devA');
    await a.push(batchOf('devA', 1));
    await a.push(batchOf('devA', 1)); // again: harmless
    expect(await fs.readdir(path.join(devicesDir(root), 'devA'))).toEqual(['000000000001.json']);
    const b = new FolderTransport(root, 'devB');
    expect((await b.pull({})).candidates).toEqual([JSON.parse(JSON.stringify(batchOf('devA', 1)))]);
    expect((await a.pull({})).candidates).toEqual([]); // its own batches are not read back
  });

  it('writes only its own directory', async () => {
    const root = await tempDir('sync-folder-');
    await expect(new FolderTransport(root, 'devA').push(batchOf('devB', 1))).rejects.toThrow(/only write its own/);
  });

  it('ignores names it does not expect', async () => {
    const root = await tempDir('sync-folder-');
    await new FolderTransport(root, 'devA').push(batchOf('devA', 1));
    const dir = path.join(devicesDir(root), 'devA');
    await fs.writeFile(path.join(dir, 'desktop.ini'), '[.ShellClassInfo]');
    await fs.writeFile(path.join(dir, '000000000002 (conflicted copy).json'), '{"junk":');
    await fs.writeFile(path.join(dir, '.000000000002.json.123.tmp'), '{');
    await fs.writeFile(path.join(dir, '2.json'), '{}');
    await fs.writeFile(path.join(devicesDir(root), 'desktop.ini'), '');
    await fs.mkdir(path.join(devicesDir(root), 'not a device (1)'));
    const pulled = await new FolderTransport(root, 'devB').pull({});
    expect(pulled.candidates).toHaveLength(1);
    expect(pulled.problems).toEqual([]);
  });

  it('stops at a gap and reports it', async () => {
    const root = await tempDir('sync-folder-');
    const a = new FolderTransport(root, 'devA');
    await a.push(batchOf('devA', 1));
    await a.push(batchOf('devA', 3));
    const pulled = await new FolderTransport(root, 'devB').pull({});
    expect(pulled.candidates).toHaveLength(1);
    expect(pulled.problems).toMatchObject([{ kind: 'gap', device: 'devA', seq: 2 }]);
  });

  it('stops at a truncated batch, and reads it once it is complete', async () => {
    const root = await tempDir('sync-folder-');
    const a = new FolderTransport(root, 'devA');
    await a.push(batchOf('devA', 1));
    await a.push(batchOf('devA', 3));
    const file = path.join(devicesDir(root), 'devA', '000000000002.json');
    await fs.writeFile(file, JSON.stringify(batchOf('devA', 2)).slice(0, 40));
    const b = new FolderTransport(root, 'devB');
    const first = await b.pull({});
    expect(first.candidates).toHaveLength(1);
    expect(first.problems).toMatchObject([{ kind: 'unreadable', device: 'devA', seq: 2 }]);
    await a.push(batchOf('devA', 2));
    const second = await b.pull({ devA: 1 });
    expect(second.candidates.map((c) => (c as Batch).seq)).toEqual([2, 3]);
    expect(second.problems).toEqual([]);
  });

  it('reports a batch filed under the wrong name instead of applying it', async () => {
    const root = await tempDir('sync-folder-');
    await new FolderTransport(root, 'devA').push(batchOf('devA', 1));
    await fs.writeFile(path.join(devicesDir(root), 'devA', '000000000002.json'), JSON.stringify(batchOf('devA', 5)));
    const pulled = await new FolderTransport(root, 'devB').pull({});
    expect(pulled.candidates).toHaveLength(1);
    expect(pulled.problems).toMatchObject([{ kind: 'wrong-place', seq: 2 }]);
  });

  it('takes a missing folder as nothing new, and refuses to push into it', async () => {
    const root = path.join(await tempDir('sync-folder-'), 'unplugged-stick');
    const t = new FolderTransport(root, 'devA');
    const pulled = await t.pull({ devB: 4 });
    expect(pulled.candidates).toEqual([]);
    expect(pulled.problems).toMatchObject([{ kind: 'folder-missing' }]);
    await expect(t.push(batchOf('devA', 1))).rejects.toThrow(SyncFolderMissingError);
    await expect(fs.stat(root)).rejects.toThrow(); // never created
  });

  it('retries a rename refused with EPERM, and gives up without leaving a temp file when it stays refused', async () => {
    const root = await tempDir('sync-folder-');
    let refusals = 1;
    const flaky: FolderFs = {
      ...fs,
      rename: async (from, to) => {
        if (refusals-- > 0) throw Object.assign(new Error('locked'), { code: 'EPERM' });
        return fs.rename(from, to);
      },
    };
    await new FolderTransport(root, 'devA', flaky).push(batchOf('devA', 1));
    expect(await fs.readdir(path.join(devicesDir(root), 'devA'))).toEqual(['000000000001.json']);

    refusals = 6; // one more than the atomic write's backoff retries (files/atomic-write.ts)
    await expect(new FolderTransport(root, 'devA', flaky).push(batchOf('devA', 2))).rejects.toMatchObject({ code: 'EPERM' });
    expect(await fs.readdir(path.join(devicesDir(root), 'devA'))).toEqual(['000000000001.json']); // temp cleaned up
  });
});
