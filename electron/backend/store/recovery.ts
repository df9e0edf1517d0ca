// Loading a file, and what happens when it cannot be read: the bad file is set aside in corrupt/ (never deleted),
// the newest backup that reads cleanly takes its place, and the user is told what happened and what to do.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Low } from 'lowdb';
import type { Notice } from '../../../shared/contract';
import type { Backups } from './backups';
import type { DocumentParser } from './durable-file';
import { UnreadableFileError, parseJsonText, replaceFile } from './durable-file';
import { CORRUPT_DIR, absolute, describeFile, fileStamp } from './layout';
import type { WriteQueue } from './write-queue';

export interface RecoveryContext {
  dataDir: string;
  backups: Backups;
  queue: WriteQueue;
  now: () => number;
  notify(level: Notice['level'], message: string): void;
}

function when(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** The newest backup that parses and validates, if any. */
async function newestGoodBackup<T>(ctx: RecoveryContext, rel: string, parse: DocumentParser<T>) {
  for (const copy of await ctx.backups.list(rel)) {
    try {
      const text = await fs.readFile(copy.file, 'utf8');
      return { doc: parseJsonText(text, copy.file, parse), takenAt: copy.takenAt };
    } catch {
      // A damaged backup is skipped; an older one may still be good.
    }
  }
  return undefined;
}

/**
 * Fills `low` from its file (leaving the default when the file does not exist). An unreadable file is recovered:
 * the caller gets the restored backup, or `empty` when there is none.
 */
export async function loadOrRecover<T>(ctx: RecoveryContext, rel: string, low: Low<T>, parse: DocumentParser<T>, empty: () => T): Promise<void> {
  try {
    await low.read();
    return;
  } catch (error) {
    if (!(error instanceof UnreadableFileError)) throw error;
    const backup = await newestGoodBackup(ctx, rel, parse);
    const doc = backup?.doc ?? empty();
    const asideRel = `${CORRUPT_DIR}/${rel.replace(/\.json$/, '')}.${fileStamp(ctx.now())}.json`;
    await ctx.queue.run(async () => {
      // Copy aside first, then replace: a crash in between finds the bad file again rather than an empty one.
      const aside = absolute(ctx.dataDir, asideRel);
      await fs.mkdir(path.dirname(aside), { recursive: true });
      await fs.copyFile(absolute(ctx.dataDir, rel), aside);
      await replaceFile(absolute(ctx.dataDir, rel), JSON.stringify(doc));
    });
    low.data = doc;
    const what = describeFile(rel);
    const problem = `The file ${rel} (${what}) could not be read: ${error.reason}. It was moved to ${asideRel} in the data folder and kept there.`;
    if (backup) {
      ctx.notify(
        'warning',
        `${problem} The backup from ${when(backup.takenAt)} was restored in its place. Changes made to it after that time may be missing: please check it and re-enter anything that is not there.`,
      );
    } else {
      ctx.notify(
        'error',
        `${problem} No readable backup of it was found, so it was started empty. Nothing was deleted: to recover the data, keep the moved file and contact your IT support.`,
      );
    }
  }
}
