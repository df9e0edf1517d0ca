// What the registry's declared references (shared/model/collections.ts) are used for in the backend: moving every
// reference to a merged-away record onto the one kept, and refusing a link to a record that is gone. Both read the
// references from the registry, so a new collection's links are merged and checked without code of its own here.
import { type Collection, type DeclaredReference, collections, entryOf, referencedIds, referencesTo, swappedReference } from '../../../shared/model';
import { BackendError } from '../errors';
import type { IndexCollection, Mutation, Store, TripCollection } from '../store/types';
import { live } from '../store/live';

type AnyRecord = { id: string; deleted: boolean } & Record<string, unknown>;

export interface Repointing {
  /** One mutation per record whose references moved, each setting only the fields that changed. */
  mutations: Mutation[];
  /** The trips whose records (or whose own fields) changed, in the order of the trip index. */
  tripIds: string[];
  /** The collections whose records may hold a reference to `target`. */
  collections: Collection[];
}

/** The new fields of `record` with every id in `dropped` replaced by `keepId`, or undefined when it holds none. */
function repointed(record: AnyRecord, refs: DeclaredReference[], dropped: Set<string>, keepId: string): Record<string, unknown> | undefined {
  const fields: Record<string, unknown> = {};
  for (const ref of refs) {
    const ids = referencedIds(record, ref);
    if (!ids.some((id) => dropped.has(id))) continue;
    fields[ref.field] = swappedReference(record, ref, (id) => (dropped.has(id) ? keepId : id));
  }
  return Object.keys(fields).length > 0 ? fields : undefined;
}

/**
 * The mutations that move every declared reference to one of `mergeIds` onto `keepId`, in the live records of every
 * collection that declares one (those of deleted trips are left as they are). The caller applies them together with
 * the tombstones of the merged records, so the merge lands whole or not at all.
 */
export async function repointReferences(store: Store, target: Collection, keepId: string, mergeIds: string[]): Promise<Repointing> {
  const dropped = new Set(mergeIds);
  const bySource = new Map<Collection, DeclaredReference[]>();
  for (const ref of referencesTo(target)) bySource.set(ref.source, [...(bySource.get(ref.source) ?? []), ref]);
  const trips = live(await store.all('trips'));
  const mutations: Mutation[] = [];
  const touched = new Set<string>();
  for (const [source, refs] of bySource) {
    if (collections[source].home === 'trip') {
      for (const trip of trips) {
        for (const record of live((await store.ofTrip(source as TripCollection, trip.id)) as AnyRecord[])) {
          const fields = repointed(record, refs, dropped, keepId);
          if (!fields) continue;
          mutations.push({ collection: source, id: record.id, tripId: trip.id, fields } as Mutation);
          touched.add(trip.id);
        }
      }
    } else {
      for (const record of live((await store.all(source as IndexCollection)) as AnyRecord[])) {
        const fields = repointed(record, refs, dropped, keepId);
        if (!fields) continue;
        mutations.push({ collection: source, id: record.id, fields } as Mutation);
        if (source === 'trips') touched.add(record.id);
      }
    }
  }
  return { mutations, tripIds: trips.map((t) => t.id).filter((id) => touched.has(id)), collections: [...bySource.keys()] };
}

const notSaved = 'Nothing was saved; choose another or leave it empty.';

/**
 * Every reference given in `fields` of a `source` record must point at a live record (one of the same trip, for a
 * trip-scoped target); a field left out is not checked. The message names the field, so a form can mark it.
 */
export async function checkLinks(store: Store, source: Collection, tripId: string | undefined, fields: object): Promise<void> {
  const sourceNoun = entryOf(source).noun;
  for (const [field, ref] of Object.entries(entryOf(source).references)) {
    const to = ref.to as Collection;
    const sameTrip = collections[to].home === 'trip';
    const what = `the ${entryOf(to).noun}${sameTrip ? ` (in this ${sourceNoun}'s trip)` : ''}`;
    for (const id of referencedIds(fields, { ...ref, source, field, to })) {
      const record = await store.get(to, id, sameTrip ? tripId : undefined);
      if (record && !record.deleted) continue;
      throw new BackendError('invalid-input', `${field}: ${what} ${id} does not exist (it may have been deleted or merged). ${notSaved}`, {
        issues: [{ path: field, message: `${what} not found` }],
      });
    }
  }
}
