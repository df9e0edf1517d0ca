// Writes a backup into <dataDir>/exports durably (temp file, fsync, rename, directory fsync): the copy of what was
// there before a restore must be on disk before the restore changes anything.
import path from 'node:path';
import { writeFileAtomically } from '../files/atomic-write';
import { fileStamp } from '../store/layout';
import { PRIVATE_FILE_MODE, makePrivateDir } from '../store/private-files';
import { exists } from '../files/exists';

export const EXPORTS_DIR = 'exports';

/** `<dataDir>/exports/before-restore-<timestamp>.dpbackup`, never overwriting an earlier one. */
export async function saveBeforeRestore(dataDir: string, bytes: Uint8Array, now: number): Promise<string> {
  const dir = path.join(dataDir, EXPORTS_DIR);
  await makePrivateDir(dir);
  const base = `before-restore-${fileStamp(now)}`;
  for (let n = 1; ; n++) {
    const target = path.join(dir, n === 1 ? `${base}.dpbackup` : `${base}-${n}.dpbackup`);
    if (await exists(target)) continue;
    // Inside the data folder, so private like the rest of it: it holds everything, restricted fields included.
    await writeFileAtomically(target, bytes, { mode: PRIVATE_FILE_MODE });
    return target;
  }
}
