// The store's durable files: a lowdb Adapter whose writes go through the one atomic write (files/atomic-write.ts),
// so a crash leaves either the old or the new content, never a torn mix. Every byte the store writes goes through
// `replaceFile`.
import { promises as fs } from 'node:fs';
import type { Adapter } from 'lowdb';
import { syncDir, writeFileAtomically } from '../files/atomic-write';
import { PRIVATE_DIR_MODE, PRIVATE_FILE_MODE } from './private-files';
import { hasValidSeal, sealText } from './sealed-text';

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
    await Promise.all(dirs.map((dir) => syncDir(dir)));
  }
}

export interface ReplaceOptions {
  /** Runs after the new content is safely in the temp file, just before it takes the file's place. */
  beforeRename?: () => Promise<void>;
  /** Defer the directory fsync to the caller's group; otherwise it happens here. */
  dirSync?: DirSync;
}

/** The store's use of the one atomic write: private (0600, folders made 0700) and creating a missing folder. */
export function replaceFile(file: string, text: string, options: ReplaceOptions = {}): Promise<void> {
  return writeFileAtomically(file, text, { ...options, mode: PRIVATE_FILE_MODE, createDir: { mode: PRIVATE_DIR_MODE } });
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

/**
 * Files of records are sealed when written (sealed-text.ts); a file whose seal matches is read by `trusted`, which
 * skips the per-record validation that `parse` does. Both see the same document; a file without a good seal gets `parse`.
 */
export interface SealOptions<T> {
  fingerprint(): string;
  trusted: DocumentParser<T>;
}

export interface DurableJsonFileOptions<T> {
  parse: DocumentParser<T>;
  seal?: SealOptions<T>;
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
    if (text === null) return null;
    const { seal } = this.options;
    const trusted = seal !== undefined && hasValidSeal(text, seal.fingerprint());
    return parseJsonText(text, this.filePath, trusted ? seal.trusted : this.options.parse);
  }

  write(data: T): Promise<void> {
    // Serialised now, synchronously, so later changes in memory cannot leak into this write.
    const json = JSON.stringify(data);
    const text = this.options.seal ? sealText(json, this.options.seal.fingerprint()) : json;
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
