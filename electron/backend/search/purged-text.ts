// A purge (store/purge.ts, notes.delete with purge) must leave the note's text in no file of the data folder, and the
// search index keeps text on disk: its saved delta holds whole documents and its segment every word of the documents
// it was built from. The purge is not a recorded change (nothing to follow), so the indexes kept for a store are told
// here, and the purge returns only once their files no longer hold the text.
import type { Store } from '../store/types';

/** What a purge needs of an index kept on disk (search-index.ts's SearchIndex), named here so neither imports the other. */
interface PurgeableIndex {
  dropPurgedText(): Promise<void>;
}

const indexes = new WeakMap<Store, Set<PurgeableIndex>>();

/** Registers an index kept on disk for `store`; the returned function unregisters it (when it stops). */
export function followPurges(store: Store, index: PurgeableIndex): () => void {
  let set = indexes.get(store);
  if (!set) indexes.set(store, (set = new Set()));
  set.add(index);
  return () => set.delete(index);
}

/** After a purge of `store`'s files: resolves once no search index file of that store holds purged text. */
export async function dropPurgedText(store: Store): Promise<void> {
  await Promise.all([...(indexes.get(store) ?? [])].map((index) => index.dropPurgedText()));
}
