// Crash recovery's redo (decision 010): the groups logged after the checkpoint marker are re-applied, in log order,
// onto the records as the data files hold them. `redo` is idempotent, so a change the files already hold changes
// nothing.
import type { Change } from '../../../shared/model';
import { redo } from './plan';
import type { StoreFiles } from './store-files';

/** Redoes logged changes in order onto the records in `files`; returns how many records changed. */
export async function redoChanges(files: StoreFiles, changes: readonly Change[]): Promise<number> {
  await Promise.all(changes.map((c) => files.ensureFor(c.collection, c.id, c.tripId)));
  let redone = 0;
  for (const change of changes) {
    const before = files.current(change.collection, change.id, change.tripId);
    const after = redo(change, before);
    if (after && JSON.stringify(after) !== JSON.stringify(before) && !files.lockedFor(change.collection, change.id, change.tripId, after)) {
      files.put(change.collection, change.id, change.tripId, after);
      redone++;
    }
  }
  return redone;
}
