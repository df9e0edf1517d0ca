// The renderer's server-state cache (TanStack Query) as this app keys and refreshes it: queries keyed [method, input],
// a change refreshing only the queries that read what changed, a write's answer put straight into the queries that
// hold its record, and queries under an optimistic edit held back from refreshing until the edit has settled.
import { hashKey, type QueryClient, type QueryKey } from '@tanstack/react-query';
import type { FollowUpRow, InputOf, OutputOf, TripDetail } from '../../../shared/contract';
import type { FollowUp, TripEvent } from '../../../shared/model';
import { touches, type DataChange, type QueryMethod, type WriteMethod } from './access';

/** The cache key of a query: its method and its input, so equal inputs share one entry. */
export function callKey<M extends QueryMethod>(method: M, input: InputOf<M>): readonly [M, InputOf<M>] {
  return [method, input];
}

function keyParts(key: QueryKey): [string, unknown] {
  return [String(key[0]), key[1]];
}

/** Per query client: how many optimistic edits hold each query, and which held queries a change touched meanwhile. */
const holdsByClient = new WeakMap<QueryClient, { count: Map<string, number>; deferred: Set<string> }>();

function holdsOf(queryClient: QueryClient) {
  let holds = holdsByClient.get(queryClient);
  if (!holds) holdsByClient.set(queryClient, (holds = { count: new Map(), deferred: new Set() }));
  return holds;
}

/**
 * Holds a query while an optimistic edit of it is on its way: a refetch meanwhile could answer from before the edit
 * was saved and make the event or card jump back. A change that touches it is remembered and refetched once the last
 * hold is released. Returns the release.
 */
export function holdQuery(queryClient: QueryClient, key: QueryKey): () => void {
  const holds = holdsOf(queryClient);
  const hash = hashKey(key);
  holds.count.set(hash, (holds.count.get(hash) ?? 0) + 1);
  let released = false;
  return () => {
    if (released) return;
    released = true;
    const left = (holds.count.get(hash) ?? 1) - 1;
    if (left > 0) {
      holds.count.set(hash, left);
      return;
    }
    holds.count.delete(hash);
    if (holds.deferred.delete(hash)) void queryClient.invalidateQueries({ queryKey: key, exact: true }, { cancelRefetch: false });
  };
}

/**
 * Refreshes the queries a change touches, except those listed in `fresh` (they already hold the answer). A query
 * already being fetched is not fetched again (its fetch started after the change). Held queries wait (holdQuery).
 */
export function invalidateChange(queryClient: QueryClient, change: DataChange, fresh: ReadonlySet<string> = new Set()): Promise<void> {
  const holds = holdsOf(queryClient);
  return queryClient.invalidateQueries(
    {
      predicate: (query) => {
        const [method, input] = keyParts(query.queryKey);
        if (fresh.has(query.queryHash) || !touches(method, input, change)) return false;
        if (holds.count.has(query.queryHash)) {
          holds.deferred.add(query.queryHash);
          return false;
        }
        return true;
      },
    },
    { cancelRefetch: false },
  );
}

function tripDetailKey(tripId: string): QueryKey {
  return callKey('trips.get', { id: tripId });
}

/** Puts a record into a list by id: replaced where it is, appended when new, dropped when deleted. */
function upsert<T extends { id: string; deleted?: boolean }>(list: readonly T[], record: T): T[] {
  const at = list.findIndex((r) => r.id === record.id);
  if (record.deleted) return list.filter((r) => r.id !== record.id);
  if (at < 0) return [...list, record];
  return list.map((r, i) => (i === at ? record : r));
}

/** Replaces one event in a cached trip; returns the query's hash when the trip was cached. */
export function putEvent(queryClient: QueryClient, tripId: string, event: TripEvent): string | undefined {
  const key = tripDetailKey(tripId);
  const cached = queryClient.getQueryData<TripDetail>(key);
  if (!cached) return undefined;
  queryClient.setQueryData<TripDetail>(key, { ...cached, events: upsert(cached.events, event) });
  return queryClient.getQueryCache().find({ queryKey: key, exact: true })?.queryHash;
}

/** Replaces one follow-up wherever the cache holds it (every follow-up list, and its trip). */
export function putFollowUp(queryClient: QueryClient, followUp: FollowUp): void {
  queryClient.setQueriesData<FollowUpRow[]>({ queryKey: ['followups.list'] }, (rows) =>
    rows?.map((row) => (row.followUp.id === followUp.id ? { ...row, followUp } : row)),
  );
  const key = tripDetailKey(followUp.tripId);
  const cached = queryClient.getQueryData<TripDetail>(key);
  if (cached) queryClient.setQueryData<TripDetail>(key, { ...cached, followUps: upsert(cached.followUps, followUp) });
}

type AnswerWriter<M extends WriteMethod> = (queryClient: QueryClient, input: InputOf<M>, output: OutputOf<M>) => Iterable<string | undefined>;

/**
 * Writes whose answer is the whole new record: it goes into the queries that hold it, and those need no refetch
 * (each writer returns their hashes). A list that may sort or filter by the changed fields is refetched all the same.
 */
const answerWriters: { [M in WriteMethod]?: AnswerWriter<M> } = {
  'events.update': (qc, input, event) => [putEvent(qc, input.tripId, event)],
  'events.create': (qc, input, event) => [putEvent(qc, input.tripId, event)],
  'events.duplicate': (qc, input, event) => [putEvent(qc, input.tripId, event)],
  'followups.setStatus': (qc, _input, followUp) => {
    putFollowUp(qc, followUp);
    return [];
  },
  'followups.update': (qc, _input, followUp) => {
    putFollowUp(qc, followUp);
    return [];
  },
  'trips.update': (qc, input, trip) => {
    const key = tripDetailKey(input.id);
    const cached = qc.getQueryData<TripDetail>(key);
    if (!cached) return [];
    qc.setQueryData<TripDetail>(key, { ...cached, trip });
    return [qc.getQueryCache().find({ queryKey: key, exact: true })?.queryHash];
  },
  'settings.update': (qc, _input, settings) => {
    qc.setQueryData(callKey('settings.get', {}), settings);
    return [qc.getQueryCache().find({ queryKey: callKey('settings.get', {}), exact: true })?.queryHash];
  },
  'sync.configure': (qc, _input, status) => {
    qc.setQueryData(callKey('sync.status', {}), status);
    return [qc.getQueryCache().find({ queryKey: callKey('sync.status', {}), exact: true })?.queryHash];
  },
};

/** Puts a write's answer into the cache; returns the hashes of the queries it made fresh. */
export function writeAnswer<M extends WriteMethod>(queryClient: QueryClient, method: M, input: InputOf<M>, output: OutputOf<M>): Set<string> {
  const writer = answerWriters[method] as AnswerWriter<M> | undefined;
  const fresh = new Set<string>();
  if (writer) for (const hash of writer(queryClient, input, output)) if (hash) fresh.add(hash);
  return fresh;
}
