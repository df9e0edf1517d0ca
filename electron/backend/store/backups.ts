// Rolling backups, cheap enough to take on the save path: before a file is replaced, if its newest backup is older
// than the interval, the current file is hard-linked (the rename that follows gives the live file a new inode).
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { BACKUPS_DIR, absolute, fileStamp, parseFileStamp } from './layout';
import { syncDir } from '../files/atomic-write';
import { makePrivateDir, makePrivateFile } from './private-files';

export interface BackupOptions {
  dataDir: string;
  now: () => number;
  /** Minimum time between two backups of one file. */
  intervalMs: number;
  /** Backups kept per file, newest first. */
  keep: number;
}

export interface BackupCopy {
  file: string;
  takenAt: number;
}

export class Backups {
  /** When each file was last backed up; read from disk the first time a file is saved in a session. */
  private readonly lastTaken = new Map<string, number>();

  constructor(private readonly options: BackupOptions) {}

  private dirOf(rel: string): string {
    return absolute(this.options.dataDir, `${BACKUPS_DIR}/${rel}`);
  }

  /** Every backup of a file, newest first. */
  async list(rel: string): Promise<BackupCopy[]> {
    const dir = this.dirOf(rel);
    let names: string[];
    try {
      names = await fs.readdir(dir);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    const copies: BackupCopy[] = [];
    for (const name of names) {
      const takenAt = name.endsWith('.json') ? parseFileStamp(name) : undefined;
      if (takenAt !== undefined) copies.push({ file: path.join(dir, name), takenAt });
    }
    return copies.sort((a, b) => b.takenAt - a.takenAt);
  }

  /** Called just before `rel` is replaced. Never fails the save: a missed backup is better than a lost edit. */
  async beforeReplace(rel: string): Promise<void> {
    try {
      await this.take(rel);
    } catch {
      // The next save tries again; the save itself is what the user is waiting for.
    }
  }

  /**
   * Backs up `rel` as it is on disk now, whatever the interval (compaction: the backup then holds every change the log
   * folds away). Unlike beforeReplace, a failure is thrown: compaction must not drop what no backup holds.
   */
  async pin(rel: string): Promise<void> {
    await this.take(rel, true);
  }

  private async take(rel: string, force = false): Promise<void> {
    const now = this.options.now();
    let last = this.lastTaken.get(rel);
    let existing: BackupCopy[] | undefined;
    if (force) existing = await this.list(rel);
    else if (last === undefined) {
      existing = await this.list(rel);
      last = existing[0]?.takenAt ?? Number.NEGATIVE_INFINITY;
      this.lastTaken.set(rel, last);
    }
    last ??= existing?.[0]?.takenAt ?? Number.NEGATIVE_INFINITY;
    if (!force && now - last < this.options.intervalMs) return;

    const source = absolute(this.options.dataDir, rel);
    const dir = this.dirOf(rel);
    const target = path.join(dir, `${fileStamp(now)}.json`);
    await makePrivateDir(dir);
    try {
      await fs.link(source, target); // a hard link shares the live file's inode, and so its 0600 mode
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') return; // Nothing on disk yet: a new file has nothing to back up.
      if (code === 'EEXIST') return;
      await fs.copyFile(source, target); // File systems without hard links (some network shares, FAT).
      await makePrivateFile(target);
    }
    this.lastTaken.set(rel, now);
    if (force) await syncDir(dir); // durable before compaction deletes what the backup now holds
    // The first backup of a file this session already listed its folder: skip the second listing when few exist.
    if (existing === undefined || existing.length + 1 > this.options.keep) await this.prune(rel);
  }

  private async prune(rel: string): Promise<void> {
    const copies = await this.list(rel);
    await Promise.all(copies.slice(this.options.keep).map((c) => fs.rm(c.file, { force: true })));
  }
}
