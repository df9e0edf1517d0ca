// Replacing a file so that a crash leaves either the old or the new content, never a torn mix, and a lowdb
// Adapter built on it. Every byte the store writes goes through `replaceFile`.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Adapter } from 'lowdb';
import { PRIVATE_FILE_MODE, makePrivateDir } from './private-files';

/** Windows briefly locks files (antivirus, indexers, cloud-drive agents); these errors usually pass. */
const TRANSIENT_RENAME_ERRORS = new Set(['EPERM', 'EBUSY', 'EACCES']);
const RENAME_BACKOFF_MS = [10, 25, 50, 100, 200];

export class UnreadableFileError extends Error {
  constructor(
    readonly filePath: string,
    /** Why, for people: "it is not valid JSON (Unexpected end of JSON input)". */
    readonly reason: string,
  ) {
    super(`${filePath}: ${reason}`);
    this.name = 'UnreadableFileError';
  }
}

/** Collects directories whose entries changed so one fsync per directory covers a whole group of renames. */
export class DirSync {
  private readonly pending = new Set<string>();

  add(dir: string): void {
    this.pending.add(dir);
  }

  async flush(): Promise<void> {
    const dirs = [...this.pending];
    this.pending.clear();
    await Promise.all(dirs.map(syncDir));
  }
}

/** Makes a rename durable: without it a power cut can bring back the old directory entry. */
export async function syncDir(dir: string): Promise<void> {
  if (process.platform === 'win32') return; // Windows cannot open a directory for fsync; NTFS journals renames.
  const handle = await fs.open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function renameWithRetry(from: string, to: string): Promise<void> {
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

export interface ReplaceOptions {
  /** Runs after the new content is safely in the temp file, just before it takes the file's place. */
  beforeRename?: () => Promise<void>;
  /** Defer the directory fsync to the caller's group; otherwise it happens here. */
  dirSync?: DirSync;
}

/**
 * Writes `text` to a temp file beside `file`, fsyncs it, renames it over `file` and fsyncs the directory.
 * The temp name is fixed per file: the store writes each file from one queue, and a leftover is simply reused.
 */
export async function replaceFile(file: string, text: string, options: ReplaceOptions = {}): Promise<void> {
  const dir = path.dirname(file);
  const temp = path.join(dir, `.${path.basename(file)}.tmp`);
  let handle: fs.FileHandle;
  try {
    // 0600 from the start (not chmod after): the text is never readable by others, not even for a moment.
    handle = await fs.open(temp, 'w', PRIVATE_FILE_MODE);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    await makePrivateDir(dir);
    handle = await fs.open(temp, 'w', PRIVATE_FILE_MODE);
  }
  try {
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await options.beforeRename?.();
    await renameWithRetry(temp, file);
  } catch (error) {
    // A save that failed leaves nothing of itself on disk, not even a half-written temp file.
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
  if (options.dirSync) options.dirSync.add(dir);
  else await syncDir(dir);
}

/** Reads a file's text, or null when it does not exist. */
export async function readTextIfExists(file: string): Promise<string | null> {
  try {
    return await fs.readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** Turns parsed JSON into checked, current-version data, or throws UnreadableFileError. */
export type DocumentParser<T> = (raw: unknown, filePath: string) => T;

export function parseJsonText<T>(text: string, filePath: string, parse: DocumentParser<T>): T {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const detail = text.trim() === '' ? 'the file is empty' : (error as Error).message;
    throw new UnreadableFileError(filePath, `it is not valid JSON (${detail})`);
  }
  return parse(raw, filePath);
}

export interface DurableJsonFileOptions<T> {
  parse: DocumentParser<T>;
  /** Started when a write starts and awaited before its rename (the backup of the file about to be replaced). */
  beforeRename?: () => Promise<void>;
  dirSync?: DirSync;
}

/** lowdb Adapter: reads validate and migrate; writes are atomic and durable. */
export class DurableJsonFile<T> implements Adapter<T> {
  /**
   * When set, the next write prepares and fsyncs its temp file at once but renames only after this settles: the
   * store lets data files wait for the change log this way without waiting to start writing them.
   */
  renameAfter: Promise<void> | undefined;

  constructor(
    readonly filePath: string,
    private readonly options: DurableJsonFileOptions<T>,
  ) {}

  async read(): Promise<T | null> {
    const text = await readTextIfExists(this.filePath);
    return text === null ? null : parseJsonText(text, this.filePath, this.options.parse);
  }

  write(data: T): Promise<void> {
    // Serialised now, synchronously, so later changes in memory cannot leak into this write.
    const text = JSON.stringify(data);
    const gate = this.renameAfter;
    this.renameAfter = undefined;
    // Started now, so a backup (a hard link of the file being replaced) overlaps writing and fsyncing the new one.
    const before = this.options.beforeRename?.();
    const ready = async () => {
      await gate;
      await before;
    };
    return replaceFile(this.filePath, text, { beforeRename: ready, dirSync: this.options.dirSync });
  }
}
