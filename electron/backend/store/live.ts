// Tombstones stay in the store (sync and undo need them) but most readers want only the records still in use.
import type { RecordTypes, Store } from './types';

/** Records that are not tombstones. */
export function live<T extends { deleted: boolean }>(records: T[]): T[] {
  return records.filter((r) => !r.deleted);
}

type DirectoryRecords = Pick<RecordTypes, 'members' | 'organisations' | 'contacts'>;

/**
 * The live records of a directory collection with these ids, in the order first named (each id once), each read from
 * its own shard: reading a whole directory (15,000 contacts on a 10-year history) to show a trip's few dozen was most of
 * opening a trip or printing its itinerary (docs/decisions/013-cold-paths.md, 015-cold-paths-2.md).
 */
export async function liveNamed<C extends keyof DirectoryRecords>(store: Pick<Store, 'get'>, collection: C, ids: readonly string[]): Promise<DirectoryRecords[C][]> {
  const records = (await Promise.all([...new Set(ids)].map((id) => store.get(collection, id)))) as (DirectoryRecords[C] | undefined)[];
  return records.filter((r): r is DirectoryRecords[C] => r !== undefined && !r.deleted);
}
