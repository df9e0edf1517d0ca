// The activity index kept on disk (<dataDir>/index/activity/), so that the organisation page and the overdue count
// after a start read only the trips changed since, not every trip file. A cache: never in backups, sync or the
// integrity checks; written atomically, off the save path. What it reflects is the change log position (seq) and the
// stamp of the change there: on open, the log after that position names the trips to re-read, and a log that no
// longer has that change there (compacted, restored, another folder) means rebuild.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { FollowUp } from '../../../shared/model';
import { writeFileAtomically } from '../files/atomic-write';
import type { EventSummary, TripActivity } from './summary';
import { exists } from '../files/exists';

/** Raised whenever what is saved changes shape; another version's file is rebuilt, not read. */
export const ACTIVITY_FORMAT = 1;

export interface SavedTrip {
  tripId: string;
  events: EventSummary[];
  followUps: FollowUp[];
}

export interface SavedActivity {
  format: typeof ACTIVITY_FORMAT;
  /** The count of this device's logged changes the index reflects, and the stamp of the last of them. */
  seq: number;
  lastHlc: string;
  trips: SavedTrip[];
  /** Trips changed but not yet re-read when it was saved. */
  dirty: string[];
}

export const activityDir = (dataDir: string): string => path.join(dataDir, 'index', 'activity');
const indexFile = (dataDir: string) => path.join(activityDir(dataDir), 'activity.json');
/**
 * Present while merges from other devices have reached the index but not its saved file: merges are not in this
 * device's change log, so a session that ended before the next save would otherwise leave them out unseen.
 */
const mergedFile = (dataDir: string) => path.join(activityDir(dataDir), 'merged-since-save');

/** The saved index, or undefined when it is missing, damaged, of another format or has merges it missed. */
export async function readSaved(dataDir: string): Promise<SavedActivity | undefined> {
  try {
    if (await exists(mergedFile(dataDir))) return undefined;
    const doc = JSON.parse(await fs.readFile(indexFile(dataDir), 'utf8')) as Partial<SavedActivity>;
    const ok =
      doc.format === ACTIVITY_FORMAT &&
      Number.isInteger(doc.seq) &&
      typeof doc.lastHlc === 'string' &&
      Array.isArray(doc.dirty) &&
      Array.isArray(doc.trips) &&
      doc.trips.every((t) => typeof t?.tripId === 'string' && Array.isArray(t.events) && Array.isArray(t.followUps));
    return ok ? (doc as SavedActivity) : undefined;
  } catch {
    return undefined; // missing or unreadable: rebuilt
  }
}


export function savedTrip(activity: TripActivity): SavedTrip {
  return { tripId: activity.tripId, events: [...activity.events.values()], followUps: activity.followUps };
}

export async function writeSaved(dataDir: string, doc: SavedActivity): Promise<void> {
  await writeFileAtomically(indexFile(dataDir), JSON.stringify(doc), { createDir: {} });
}

export async function markMerged(dataDir: string): Promise<void> {
  await writeFileAtomically(mergedFile(dataDir), '', { createDir: {} });
}

export async function clearMerged(dataDir: string): Promise<void> {
  await fs.rm(mergedFile(dataDir), { force: true });
}
