// The data folder is the user's alone: every folder the backend makes in it is 0700 and every file 0600, so other
// accounts on a shared computer cannot read trips, notes or the sync secrets. Files the user saves elsewhere
// (PDFs, calendars, backups chosen in a save dialog) keep the normal umask; only the data folder is private.
import { promises as fs } from 'node:fs';
import path from 'node:path';

export const PRIVATE_DIR_MODE = 0o700;
export const PRIVATE_FILE_MODE = 0o600;

/** Windows has no POSIX modes (the profile's ACL already keeps other accounts out): nothing to set there. */
const hasModes = process.platform !== 'win32';

/** mkdir -p with 0700 for every folder it creates (umask only removes bits, so 0700 survives any usual umask). */
export async function makePrivateDir(dir: string): Promise<void> {
  await fs.mkdir(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
}

/** For a file made by copying (copyFile keeps the source's mode, which an older version may have left 0644). */
export async function makePrivateFile(file: string): Promise<void> {
  if (hasModes) await fs.chmod(file, PRIVATE_FILE_MODE);
}

function ownedByUs(info: { uid: number }): boolean {
  return typeof process.getuid !== 'function' || info.uid === process.getuid();
}

/**
 * Brings a data folder made by an older version (0755 folders, 0644 files) to 0700/0600. The whole tree is walked
 * only while the data folder itself is not 0700 yet, and the data folder is tightened last: a start interrupted
 * half-way walks again next time, and once it is 0700 nobody else can reach anything inside it anyway, so later
 * starts cost one stat. Only what this account owns is changed (chmod of anything else would fail); symlinks are
 * not followed.
 */
export async function tightenDataFolder(dataDir: string): Promise<void> {
  if (!hasModes) return;
  const top = await fs.stat(dataDir);
  if ((top.mode & 0o777) === PRIVATE_DIR_MODE || !ownedByUs(top)) return;
  await tightenTree(dataDir);
  await fs.chmod(dataDir, PRIVATE_DIR_MODE);
}

async function tightenTree(dir: string): Promise<void> {
  const entries = await fs.readdir(dir, { withFileTypes: true });
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isSymbolicLink()) continue;
    if (entry.isDirectory()) {
      await tightenTree(full);
      await tightenOne(full, PRIVATE_DIR_MODE);
    } else if (entry.isFile()) {
      await tightenOne(full, PRIVATE_FILE_MODE);
    }
  }
}

async function tightenOne(file: string, mode: number): Promise<void> {
  try {
    const info = await fs.lstat(file);
    if ((info.mode & 0o777) !== mode && ownedByUs(info)) await fs.chmod(file, mode);
  } catch (error) {
    // Gone meanwhile (nothing else writes while the store opens, but a user may delete a stray file): nothing to do.
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}
