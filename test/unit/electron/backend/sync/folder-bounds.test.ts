// A batch file too large for any sync batch is not read at all (issue 9, item 3): the pull says so in words, stops
// that device's stream there, and never loads the file into memory.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { sealBatch } from '../../../../../shared/domain/sync/batch';
import type { FolderFs } from '../../../../../electron/backend/sync/folder';
import { FolderTransport, MAX_BATCH_MB } from '../../../../../electron/backend/sync/folder';
import { change } from '../../../shared/domain/sync/helpers';
import { tempDir } from '../../../helpers/tmp';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((c) => c()));
});

describe('folder transport with an oversize batch file', () => {
  it('refuses it within 5 s without reading it, and keeps the batches before it', async () => {
    const { dir: root, cleanup } = await tempDir('sync-bounds-');
    cleanups.push(cleanup);
    const a = new FolderTransport(root, 'devA');
    await a.push(sealBatch('devA', 1, [change('devA', 100, 'e1', { title: 't1' })]));
    // A sparse file: 300 MB long, no disk space used.
    const huge = path.join(root, 'DelegationSync', 'devices', 'devA', '000000000002.json');
    await fs.writeFile(huge, '{"device":"devA","seq":2,');
    await fs.truncate(huge, (MAX_BATCH_MB + 44) * 1024 * 1024);

    const read: string[] = [];
    const watched: FolderFs = { ...fs, readFile: ((file: string, ...rest: unknown[]) => (read.push(path.basename(file)), (fs.readFile as (...a: unknown[]) => unknown)(file, ...rest))) as FolderFs['readFile'] };
    const started = performance.now();
    const pulled = await new FolderTransport(root, 'devB', watched).pull({});
    expect(performance.now() - started).toBeLessThan(5000);
    expect(read).toEqual(['000000000001.json']);
    expect(pulled.candidates).toMatchObject([{ device: 'devA', seq: 1 }]);
    expect(pulled.problems).toEqual([
      {
        kind: 'unreadable',
        device: 'devA',
        seq: 2,
        message: `The file ${huge} is 300 MB, larger than any sync batch (at most 256 MB), so it was not read and nothing from it was applied; device devA's later batches wait for it. Ask whoever uses that device to sync again into a fresh folder, or remove the file if it does not belong there.`,
      },
    ]);
  });
});
