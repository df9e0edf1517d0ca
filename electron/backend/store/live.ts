// Tombstones stay in the store (sync and undo need them) but most readers want only the records still in use.

/** Records that are not tombstones. */
export function live<T extends { deleted: boolean }>(records: T[]): T[] {
  return records.filter((r) => !r.deleted);
}
