// The one way this app replaces a file: the store's data, backups kept in the data folder, sync batches, files the
// user saves and the window's place all go through writeFileAtomically, so a crash or a full disk leaves either the
// old content or all of the new one, never a torn mix, and a failed write leaves nothing of itself behind.
import { promises as nodeFs } from 'node:fs';
import path from 'node:path';

/** The file operations used; tests (and the sync folder's seams) pass a double to make a rename fail. */
export type AtomicWriteFs = Pick<typeof nodeFs, 'open' | 'rename' | 'rm' | 'mkdir'>;

/** Windows briefly locks files (antivirus, indexers, cloud-drive agents); these errors usually pass. */
const TRANSIENT_RENAME_ERRORS = new Set(['EPERM', 'EBUSY', 'EACCES']);
const RENAME_BACKOFF_MS = [10, 25, 50, 100, 200];
/** File systems that cannot fsync a directory (some network shares, FAT sticks): the rename is as durable as they allow. */
const DIR_SYNC_UNSUPPORTED = new Set(['EINVAL', 'ENOTSUP', 'EOPNOTSUPP', 'EISDIR']);

export interface AtomicWriteOptions {
  /**
   * The new file's mode, given when it is created (not chmod after), so its content is never readable by others,
   * not even for a moment: the data folder passes PRIVATE_FILE_MODE. Without it the umask decides, as for any file
   * the user saves.
   */
  mode?: number;
  /** Create the folder when it is missing (with this mode); otherwise a missing folder is an error. */
  createDir?: { mode?: number };
  /** Runs after the new content is safely in the temp file, just before it takes the file's place. */
  beforeRename?: () => Promise<void>;
  /** Defers the directory fsync to the caller's group (one fsync per folder for many renames); otherwise it happens here. */
  dirSync?: { add(dir: string): void };
  fs?: AtomicWriteFs;
}

/** The temp file beside `file`: a dot file (readers that list the folder skip it), fixed per target, ending in .tmp. */
export function tempPathFor(file: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.tmp`);
}

/**
 * Writes `data` to a temp file beside `file`, fsyncs it, renames it over `file` and fsyncs the folder.
 * The temp name is fixed per target, so a leftover from a crash is replaced by the next write instead of piling up;
 * callers write one path from one place at a time (the store's queue, one sync batch written once, one save dialog).
 */
export async function writeFileAtomically(file: string, data: string | Uint8Array, options: AtomicWriteOptions = {}): Promise<void> {
  const fs = options.fs ?? nodeFs;
  const dir = path.dirname(file);
  const temp = tempPathFor(file);
  const mode = options.mode ?? 0o666;
  const handle = await openTemp(fs, temp, mode, options.createDir);
  try {
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await options.beforeRename?.();
    await renameWithRetry(fs, temp, file);
  } catch (error) {
    // A write that failed leaves nothing of itself on disk, not even a half-written temp file.
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
  if (options.dirSync) options.dirSync.add(dir);
  else await syncDir(dir, fs);
}

type Handle = Awaited<ReturnType<AtomicWriteFs['open']>>;

/**
 * Creates the temp file new ('wx'), so it has `mode` even where a crash left one behind (opening that one with 'w'
 * would keep its old mode): a leftover is removed and the file made again.
 */
async function openTemp(fs: AtomicWriteFs, temp: string, mode: number, createDir: AtomicWriteOptions['createDir']): Promise<Handle> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await fs.open(temp, 'wx', mode);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST' && attempt < 2) await fs.rm(temp, { force: true });
      else if (code === 'ENOENT' && createDir && attempt < 2) await fs.mkdir(path.dirname(temp), { recursive: true, mode: createDir.mode ?? 0o777 });
      else throw error;
    }
  }
}

async function renameWithRetry(fs: AtomicWriteFs, from: string, to: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await fs.rename(from, to);
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? '';
      const delay = RENAME_BACKOFF_MS[attempt];
      if (!TRANSIENT_RENAME_ERRORS.has(code) || delay === undefined) throw error;
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}

/** Makes a rename durable: without it a power cut can bring back the old directory entry. */
export async function syncDir(dir: string, fs: Pick<AtomicWriteFs, 'open'> = nodeFs): Promise<void> {
  if (process.platform === 'win32') return; // Windows cannot open a directory for fsync; NTFS journals renames.
  const handle = await fs.open(dir, 'r');
  try {
    await handle.sync();
  } catch (error) {
    if (!DIR_SYNC_UNSUPPORTED.has((error as NodeJS.ErrnoException).code ?? '')) throw error;
  } finally {
    await handle.close();
  }
}
