// Brings a recovered data file (its newest good backup, or empty) up to date from the change log: each record gets
// the fields its logged changes set, exactly as plan.ts `redo` re-applies one change, and is validated again.
import { type Trip, entryOf } from '../../../shared/model';
import type { RecordsDoc } from './documents';
import { tripYear } from './layout';
import { type AnyRecord, redo } from './plan';
import type { LogRebuild } from './recovery';
import type { ChangeReplay, RecordFold } from './replay';

/**
 * The record after its folded changes, or undefined when that is not valid. With the whole log every change is
 * re-applied: those the base already holds set the values it has, later ones overwrite them. With part of the log
 * unreadable, an old change could undo a newer value that the base holds from the missing part, so only fields set
 * after the base record's `updatedAt` are taken.
 */
function applyFold(before: AnyRecord | undefined, f: RecordFold, incomplete: boolean): AnyRecord | undefined {
  const since = before?.updatedAt;
  const trustAll = !incomplete || since === undefined;
  const fields: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(f.fields)) if (trustAll || f.fieldAt[name]! > since) fields[name] = value;
  const last = f.ats.at(-1)!;
  const at = !trustAll && since > last ? since : last;
  return redo({ collection: f.collection, id: f.id, ...(f.tripId && { tripId: f.tripId }), fields, hlc: '', device: '', at }, before);
}

/** Changes the base did not hold yet (all of them for a record it lacks). */
function later(before: AnyRecord | undefined, f: RecordFold): number {
  const since = before?.updatedAt;
  return since === undefined ? f.ats.length : f.ats.filter((at) => at > since).length;
}

function yearOf(record: AnyRecord | undefined, f: RecordFold): string | undefined {
  if (record) return tripYear(record as Trip);
  const start = f.fields.startDate;
  return typeof start === 'string' ? start.slice(0, 4) : undefined;
}

/** Replays onto `base` every logged change to a record of data file `rel`. Does not touch `base`. */
export async function rebuildFromLog(replay: ChangeReplay, rel: string, base: RecordsDoc): Promise<LogRebuild<RecordsDoc>> {
  const { fold, incomplete } = await replay.foldFor(rel);
  const partial = incomplete.length > 0;
  /** Set for a trip index file: a trip belongs there when its latest start date falls in that year. */
  const year = /^trips\/index-(\d{4})\.json$/.exec(rel)?.[1];
  const sections = new Map<string, Map<string, AnyRecord>>();
  for (const [name, records] of Object.entries(base)) {
    if (Array.isArray(records)) sections.set(name, new Map((records as AnyRecord[]).map((r) => [r.id, r])));
  }
  const result: LogRebuild<RecordsDoc> = { doc: base, applied: 0, kept: [], missing: [], incomplete };

  for (const f of fold.values()) {
    const section = sections.get(f.collection);
    if (!section) continue;
    const before = section.get(f.id);
    const after = applyFold(before, f, partial);
    const label = `${entryOf(f.collection).noun} ${f.id}`;
    if (after && (year === undefined || yearOf(after, f) === year)) {
      section.set(f.id, after);
      result.applied += later(before, f);
    } else if (after) {
      section.delete(f.id); // it moved to another year's file, which holds it
    } else if (before) {
      result.kept.push(label); // its last valid state: as the base had it
    } else if (year === undefined || yearOf(undefined, f) === year) {
      result.missing.push(label);
    }
  }

  const doc: RecordsDoc = { ...base };
  for (const [name, records] of sections) (doc as Record<string, unknown>)[name] = [...records.values()];
  result.doc = doc;
  return result;
}
