// What of each record is searchable, and the id it has in the index. The index keeps only terms and these ids (no
// stored fields): titles and snippets are read back from the store's records when a query returns, so a note's body is
// held once, by the store.
import type { SearchKind } from '../../../shared/contract';
import { COLLECTION_NAMES, type CollectionName, type RecordTypes, type collections, collectionsIn, entryOf } from '../../../shared/model';

/** The collection whose registry entry (shared/model/collections.ts) declares search kind K. */
type SearchCollection<K extends SearchKind> = {
  [C in CollectionName]: NonNullable<(typeof collections)[C]['search']> extends { kind: K } ? C : never;
}[CollectionName];

export type SearchRecordTypes = { [K in SearchKind]: RecordTypes[SearchCollection<K>] };

export type AnySearchRecord = SearchRecordTypes[SearchKind];

/** The collection each kind comes from, and back: each searchable registry entry names its kind. */
export const collectionOfKind = Object.fromEntries(
  COLLECTION_NAMES.flatMap((c) => {
    const kind = entryOf(c).search?.kind;
    return kind ? [[kind, c]] : [];
  }),
) as { [K in SearchKind]: SearchCollection<K> };

/** The searched collections of the directory, and of each trip's file, in registry order (trips are read on their own). */
export const SEARCHED_DIRECTORY = collectionsIn('directory').filter((c) => entryOf(c).search);
export const SEARCHED_IN_TRIP = collectionsIn('trip').filter((c) => entryOf(c).search);

export const kindOfCollection: Partial<Record<string, SearchKind>> = Object.fromEntries(
  Object.entries(collectionOfKind).map(([kind, collection]) => [collection, kind as SearchKind]),
);

/** The order groups come back in (the palette shows them in this order too). */
export const KIND_ORDER: readonly SearchKind[] = ['trip', 'event', 'note', 'organisation', 'contact', 'followup'];

export interface DocRef {
  kind: SearchKind;
  id: string;
  /** For events, notes and follow-ups: the trip whose file holds them. */
  tripId?: string;
}

/** `kind:tripId:id` (record ids never contain a colon), so the reference needs no stored field. */
export function docId(ref: DocRef): string {
  return `${ref.kind}:${ref.tripId ?? ''}:${ref.id}`;
}

export function parseDocId(id: string): DocRef {
  const [kind, tripId, recordId] = id.split(':') as [SearchKind, string, string];
  return tripId ? { kind, tripId, id: recordId } : { kind, id: recordId };
}

/**
 * The searchable text of a record: `title` as shown in results, then `texts`, each a separate piece (so a CJK run never
 * joins the end of one field to the start of the next) in the order a snippet is looked for; each searchable registry
 * entry declares its own.
 */
export function searchableText<K extends SearchKind>(kind: K, record: SearchRecordTypes[K]): { title: string; texts: string[] } {
  const text = entryOf(collectionOfKind[kind]).search?.text;
  if (!text) throw new TypeError(`no searchable text for ${String(kind)}`);
  return text(record as never);
}
