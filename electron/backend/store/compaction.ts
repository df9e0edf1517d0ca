// Compaction (decision 010): the change log folds away whole segments whose every change is
//   (a) in the data files: at or before the checkpoint marker;
//   (b) sealed for sync: at or before what sync said it still needs (Store.keepChangesAfter), when it said anything;
//   (c) not needed to rebuild a damaged data file: before a segment goes, each data file its changes touched is backed
//       up as it is now (Backups.pin, a hard link), so "newest good backup + the kept log" still rebuilds that file.
// Undo keeps the records it needs in memory (history.ts), not log positions, so it needs nothing from here.
// Runs in the background after a checkpoint and on close, never on the save path.
import { promises as fs } from 'node:fs';
import type { Backups } from './backups';
import type { ChangeLog } from './change-log';
import { TRIPS_DIR, TRIP_INDEX_NAME, absolute, tripIndexFile } from './layout';
import { ALL_TRIPS, bucketOf } from './replay';
import type { WriteQueue } from './write-queue';

export interface CompactionContext {
  log: ChangeLog;
  backups: Backups;
  queue: WriteQueue;
  dataDir: string;
}

async function tripIndexFiles(dataDir: string): Promise<string[]> {
  const names = await fs.readdir(absolute(dataDir, TRIPS_DIR)).catch(() => [] as string[]);
  return names.flatMap((n) => TRIP_INDEX_NAME.exec(n)?.[1] ?? []).map(tripIndexFile);
}

/** Folds away the segments wholly at or before `throughSeq`. Returns how many were removed. */
export async function compactLog(ctx: CompactionContext, throughSeq: number): Promise<number> {
  const { log, backups, queue } = ctx;
  const segments = log.droppable(throughSeq);
  if (segments.length === 0) return 0;
  // Read outside the queue: these segments are closed (appends go to the newest), so saves carry on meanwhile.
  const touched = new Set<string>();
  for (const seg of segments) {
    for (const change of await log.changesOf(seg)) {
      const bucket = bucketOf(change);
      if (bucket !== undefined) touched.add(bucket);
    }
  }
  return queue.run(async () => {
    for (const rel of touched) {
      if (rel === ALL_TRIPS) for (const year of await tripIndexFiles(ctx.dataDir)) await backups.pin(year);
      else await backups.pin(rel);
    }
    return (await log.drop(segments)).length;
  });
}
