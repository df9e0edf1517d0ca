// Loading a file, and what happens when it cannot be read: the bad file is set aside in corrupt/ (never deleted),
// the newest backup that reads cleanly takes its place, a data file is brought up to date from the change log
// (rebuild.ts), and the user is told what happened, what was kept and what to do.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Low } from 'lowdb';
import type { Notice } from '../../../shared/contract';
import type { Backups } from './backups';
import type { DocumentParser } from './durable-file';
import { UnreadableFileError, parseJsonText, replaceFile } from './durable-file';
import { CORRUPT_DIR, absolute, describeFile, fileStamp } from './layout';
import { makePrivateDir, makePrivateFile } from './private-files';
import type { WriteQueue } from './write-queue';

export interface RecoveryContext {
  dataDir: string;
  backups: Backups;
  queue: WriteQueue;
  now: () => number;
  notify(level: Notice['level'], message: string): void;
  /** A trip's title from the trip index, so a notice names the trip as the user knows it, not by its file. */
  tripTitle?(tripId: string): string | undefined;
}

/** The trip whose own file `rel` is, with its title when the trip index knows it. */
function tripOfFile(ctx: RecoveryContext, rel: string): { id: string; title?: string } | undefined {
  const trip = /^trips\/(.+)\.json$/.exec(rel);
  if (!trip || trip[1]!.startsWith('index-')) return undefined;
  const title = ctx.tripTitle?.(trip[1]!);
  return title === undefined ? { id: trip[1]! } : { id: trip[1]!, title };
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

/** What replaying the change log onto a recovered file did (see rebuild.ts). */
export interface LogRebuild<T> {
  doc: T;
  /** Logged changes re-applied that the backup did not hold yet (all of them without a backup). */
  applied: number;
  /** Records the log could not bring to a valid state: "trip t1". Kept as the backup had them... */
  kept: string[];
  /** ...or, with no valid state to keep, left out. */
  missing: string[];
  /** Change-log segments that could not be read in full, so changes may be missing. */
  incomplete: string[];
}

function count(n: number, what: string): string {
  return `${n} ${what}${n === 1 ? '' : 's'}`;
}

function listed(items: string[]): string {
  const shown = items.slice(0, 3).join(', ');
  return items.length > 3 ? `${shown} and ${items.length - 3} more` : shown;
}

/** A file as a notice names it: a trip's own file by the trip's title, anything else by its path and what it holds. */
export function subjectOf(ctx: RecoveryContext, rel: string): string {
  const title = tripOfFile(ctx, rel)?.title;
  return title === undefined ? `The file ${rel} (${describeFile(rel)})` : `The trip "${title}"`;
}

/** What the user should look at after a rebuild, in words. */
function whatToCheck(ctx: RecoveryContext, rel: string): string {
  const year = /^trips\/index-(\d{4})\.json$/.exec(rel);
  if (year) return `the trips starting in ${year[1]}`;
  const trip = tripOfFile(ctx, rel);
  if (trip) return `the itinerary, notes and follow-ups of ${trip.title === undefined ? `trip ${trip.id}` : `the trip "${trip.title}"`}`;
  const shard = /^directory\/(\w+)\//.exec(rel);
  if (shard) return `the ${shard[1]} list`;
  return 'it';
}

function rebuiltNotice(ctx: RecoveryContext, problem: string, rel: string, backupAt: number | undefined, r: LogRebuild<unknown>): string {
  const source =
    backupAt === undefined
      ? `the change log alone (${count(r.applied, 'change')})`
      : `the backup of ${when(backupAt)} and the change log (${r.applied === 0 ? 'no later changes to re-apply' : `${count(r.applied, 'later change')} re-applied`})`;
  const complete = r.incomplete.length === 0 && r.kept.length === 0 && r.missing.length === 0;
  const parts = [`${problem} It was rebuilt from ${source}${complete ? `, so nothing should be missing; please check ${whatToCheck(ctx, rel)}.` : '.'}`];
  if (r.incomplete.length > 0) {
    parts.push(`Part of the change log could not be read (${listed(r.incomplete)}), so changes recorded there may be missing.`);
  }
  if (r.kept.length > 0) {
    const one = r.kept.length === 1;
    parts.push(`The change log could not bring ${one ? 'one record' : `${r.kept.length} records`} to a valid state (${listed(r.kept)}), so ${one ? 'it keeps its' : 'they keep their'} last valid state from the backup.`);
  }
  if (r.missing.length > 0) {
    const one = r.missing.length === 1;
    parts.push(`${one ? 'One record' : `${r.missing.length} records`} could not be rebuilt from the change log (${listed(r.missing)}).`);
  }
  if (!complete) parts.push(`Please check ${whatToCheck(ctx, rel)} and re-enter anything that is missing or out of date.`);
  return parts.join(' ');
}

/**
 * Fills `low` from its file (leaving the default when the file does not exist). An unreadable file is recovered: set
 * aside, replaced by its newest good backup (or `empty` when there is none), then brought up to date by `rebuild`
 * (the change log) when given. Returns true when the file was recovered.
 */
export async function loadOrRecover<T>(
  ctx: RecoveryContext,
  rel: string,
  low: Low<T>,
  parse: DocumentParser<T>,
  empty: () => T,
  rebuild?: (base: T) => Promise<LogRebuild<T>>,
): Promise<boolean> {
  try {
    await low.read();
    return false;
  } catch (error) {
    if (!(error instanceof UnreadableFileError)) throw error;
    const backup = await newestGoodBackup(ctx, rel, parse);
    let doc = backup?.doc ?? empty();
    let rebuilt: LogRebuild<T> | undefined;
    let replayFailure: string | undefined;
    if (rebuild) {
      try {
        rebuilt = await rebuild(doc);
        // The result must read back like any file: checked by the same parser (the zod schemas) before it is kept.
        doc = parseJsonText(JSON.stringify(rebuilt.doc), absolute(ctx.dataDir, rel), parse);
      } catch (failure) {
        // Never worse than without the log: the backup (or the empty file) still takes the bad file's place.
        rebuilt = undefined;
        replayFailure = failure instanceof UnreadableFileError ? failure.reason : failure instanceof Error ? failure.message : String(failure);
      }
    }
    const asideRel = `${CORRUPT_DIR}/${rel.replace(/\.json$/, '')}.${fileStamp(ctx.now())}.json`;
    const text = JSON.stringify(doc);
    await ctx.queue.run(async () => {
      // Copy aside first, then replace: a crash in between finds the bad file again rather than an empty one.
      const aside = absolute(ctx.dataDir, asideRel);
      await makePrivateDir(path.dirname(aside));
      await fs.copyFile(absolute(ctx.dataDir, rel), aside);
      await makePrivateFile(aside);
      await replaceFile(absolute(ctx.dataDir, rel), text);
    });
    low.data = doc;
    const titled = tripOfFile(ctx, rel)?.title;
    const problem =
      titled === undefined
        ? `The file ${rel} (${describeFile(rel)}) could not be read: ${error.reason}. It was moved to ${asideRel} in the data folder and kept there.`
        : `The itinerary, notes and follow-ups of the trip "${titled}" could not be read: ${error.reason}. The damaged file was moved to ${asideRel} in the data folder and kept there.`;
    const logFailed = replayFailure === undefined ? '' : ` The change log could not be re-applied to it (${replayFailure}).`;
    if (rebuilt && (backup || rebuilt.applied > 0)) {
      ctx.notify('warning', rebuiltNotice(ctx, problem, rel, backup?.takenAt, rebuilt));
    } else if (backup) {
      ctx.notify(
        'warning',
        `${problem} The backup from ${when(backup.takenAt)} was restored in its place.${logFailed} Changes made to it after that time may be missing: please check it and re-enter anything that is not there.`,
      );
    } else {
      const partLost = rebuilt && rebuilt.incomplete.length > 0 ? ` Part of the change log could not be read either (${listed(rebuilt.incomplete)}).` : '';
      ctx.notify(
        'error',
        `${problem} No readable backup of it was found, so it was started empty.${logFailed}${partLost} Nothing was deleted: to recover the data, keep the moved file and contact your IT support.`,
      );
    }
    return true;
  }
}
