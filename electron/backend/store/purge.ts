// Purging a deleted note's text from this device's data folder: the note's body is emptied in its trip file, in
// every rolling backup of that file, and in this device's change log (every save of the note logged its whole body)
// and that log's backups. Not a recorded change: nothing is sent anywhere, and the record's updatedAt stays, so
// recovery and replay still match the files to the log — replaying the purged log gives the purged (empty) body.
// What sync still has to send is kept: log entries after `keepLogAfter` (not yet sealed into a sync batch).
import { promises as fs } from 'node:fs';
import type { PurgeNote, PurgeReport } from './types';
import type { Change } from '../../../shared/model';
import type { Backups } from './backups';
import type { ChangeLog } from './change-log';
import { readTextIfExists, replaceFile } from './durable-file';
import { tripFile } from './layout';

/** What a purged body becomes, in the trip file and in the change log: the note is deleted, so it shows nowhere. */
export const PURGED_BODY = '';


export interface PurgeContext {
  log: ChangeLog;
  backups: Backups;
}

function isNoteBody(change: Change, note: PurgeNote): boolean {
  return change.collection === 'notes' && change.id === note.noteId && typeof change.fields.body === 'string' && change.fields.body !== PURGED_BODY;
}

/** Runs alone in the write queue, after the trip file itself was written without the text. */
export async function purgeNoteFiles(ctx: PurgeContext, note: PurgeNote): Promise<PurgeReport> {
  const report: PurgeReport = { logEntries: 0, keptForSync: 0, backupsRewritten: 0, backupsRemoved: 0, unreadable: [] };
  const keep = (seq: number) => note.keepLogAfter !== undefined && seq > note.keepLogAfter;
  const emptied = (change: Change): Change => ({ ...change, fields: { ...change.fields, body: PURGED_BODY } });

  const { unreadable } = await ctx.log.rewrite((change, seq) => {
    if (!isNoteBody(change, note)) return change;
    if (keep(seq)) {
      report.keptForSync++;
      return change;
    }
    report.logEntries++;
    return emptied(change);
  });
  report.unreadable = unreadable;

  // The backups: of the trip file (older copies of the note), and of every log segment (older copies of the log;
  // a segment's backup may hold entries the segment itself has lost if it was ever restored, so all are looked at).
  const segmentBackups = ctx.log.segments().map((firstSeq) => ({ rel: ctx.log.segmentRel(firstSeq), firstSeq }));
  await purgeBackups(ctx.backups, tripFile(note.tripId), note, report, (doc) => {
    const notes = (doc as { notes?: unknown }).notes;
    if (!Array.isArray(notes)) return false;
    let changed = false;
    doc.notes = notes.map((n: { id?: unknown; body?: unknown }) => {
      if (n?.id !== note.noteId || typeof n.body !== 'string' || n.body === PURGED_BODY) return n;
      changed = true;
      return { ...n, body: PURGED_BODY };
    });
    return changed;
  });
  for (const { rel, firstSeq } of segmentBackups) {
    await purgeBackups(ctx.backups, rel, note, report, (doc) => {
      const changes = (doc as { changes?: unknown }).changes;
      if (!Array.isArray(changes)) return false;
      const start = typeof doc.firstSeq === 'number' ? doc.firstSeq : firstSeq;
      let changed = false;
      doc.changes = changes.map((c: Change, i: number) => {
        if (!c || typeof c !== 'object' || !isNoteBody(c, note) || keep(start + i)) return c;
        changed = true;
        return emptied(c);
      });
      return changed;
    });
  }
  return report;
}

/** Rewrites each backup of `rel` that `edit` changes; removes one that is not readable JSON but names the note. */
async function purgeBackups(backups: Backups, rel: string, note: PurgeNote, report: PurgeReport, edit: (doc: Record<string, unknown>) => boolean): Promise<void> {
  for (const copy of await backups.list(rel)) {
    const text = await readTextIfExists(copy.file);
    if (text === null || !text.includes(note.noteId)) continue;
    let doc: Record<string, unknown>;
    try {
      doc = JSON.parse(text) as Record<string, unknown>;
      if (typeof doc !== 'object' || doc === null) throw new Error('not an object');
    } catch {
      await fs.rm(copy.file, { force: true });
      report.backupsRemoved++;
      continue;
    }
    if (!edit(doc)) continue;
    // A new file in the backup's place (not a write through the old inode, which may be shared as a hard link).
    await replaceFile(copy.file, JSON.stringify(doc));
    report.backupsRewritten++;
  }
}
