// The search index: built on the first query (or a warm-up) from every record, then kept current from the store's
// change feed, so an edit is found by the next query. Holds terms and ids only; titles and snippets come from the
// store's own records when a query returns.
import type { SearchHit, SearchKind, SearchResults } from '../../../shared/contract';
import type { Change, Note, TripEvent } from '../../../shared/model';
import type { Store } from '../store/types';
import { type AnySearchRecord, type DocRef, KIND_ORDER, SEARCHED_DIRECTORY, SEARCHED_IN_TRIP, collectionOfKind, docId, kindOfCollection, parseDocId, searchableText } from './documents';
import { FlexIndex } from './flex-index';
import { makeSnippet, plainText } from './snippet';
import { type ParsedQuery, parseQuery } from './text';

/** Trip files read at once while building: enough to overlap disk reads, few enough to keep other requests moving. */
const TRIPS_PER_STEP = 8;
/** Candidates kept per group beyond the limit, for hits dropped when read back (a note whose meeting was deleted). */
const SPARE = 8;

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Adds (or replaces) a record's document. */
function indexRecord(index: FlexIndex, ref: DocRef, record: AnySearchRecord): void {
  const { title, texts } = searchableText(ref.kind, record as never);
  index.add(docId(ref), KIND_ORDER.indexOf(ref.kind), ref.tripId, title, texts);
}

export class SearchIndex {
  private building: Promise<FlexIndex> | undefined;
  /** Records changed since the index last looked, by doc id: re-read from the store before the next query. */
  private readonly pending = new Map<string, DocRef>();
  /** Index updates and queries' reads of it run one after another. */
  private updating: Promise<unknown> = Promise.resolve();
  private readonly unsubscribe: () => void;

  constructor(private readonly store: Store) {
    this.unsubscribe = store.onChanges((changes) => this.noteChanges(changes));
  }

  /** True once the index has been (or is being) built. */
  get started(): boolean {
    return this.building !== undefined;
  }

  /** Builds the index now, in the background; failures are left for the first query to report. */
  warm(): void {
    this.ready().catch(() => undefined);
  }

  dispose(): void {
    this.unsubscribe();
  }

  async query(text: string, limit: number): Promise<SearchResults> {
    const started = performance.now();
    const parsed = parseQuery(text);
    const groups: SearchResults['groups'] = [];
    if (parsed.terms.length > 0) {
      const index = await this.ready();
      const matches = index.search(parsed.terms, limit + SPARE);
      for (const [group, kind] of KIND_ORDER.entries()) {
        let found = matches.get(group);
        if (!found) continue;
        let hits = await this.hits(found.best, parsed, limit);
        if (hits.length < limit && found.more) {
          // More were dropped on reading back than were kept spare: rare, so simply ask again for all of them.
          found = index.searchGroup(group, parsed.terms, Number.MAX_SAFE_INTEGER);
          hits = await this.hits(found.best, parsed, limit);
        }
        if (hits.length > 0) groups.push({ kind, hits });
      }
    }
    return { text, groups, tookMs: Math.round((performance.now() - started) * 10) / 10 };
  }

  /** The index, built if need be and brought up to date with every change recorded so far. */
  private ready(): Promise<FlexIndex> {
    this.building ??= this.build().catch((error: unknown) => {
      this.building = undefined; // let the next query try again
      throw error;
    });
    const building = this.building;
    const next = this.updating.then(async () => {
      const index = await building;
      await this.drain(index);
      return index;
    });
    this.updating = next.catch(() => undefined);
    return next;
  }

  private noteChanges(changes: Change[]): void {
    if (!this.building) return; // nothing built yet: the build will read the records as they are then
    for (const change of changes) {
      const kind = kindOfCollection[change.collection];
      if (!kind) continue;
      const ref: DocRef = kind === 'trip' || !change.tripId ? { kind, id: change.id } : { kind, id: change.id, tripId: change.tripId };
      this.pending.set(docId(ref), ref);
    }
  }

  private async build(): Promise<FlexIndex> {
    const index = new FlexIndex(KIND_ORDER.length);
    const trips = await this.store.all('trips');
    this.addAll(index, trips.map((trip) => [{ kind: 'trip', id: trip.id }, trip]));
    for (const collection of SEARCHED_DIRECTORY) {
      const kind = kindOfCollection[collection]!;
      const records = (await this.store.all(collection)) as AnySearchRecord[];
      this.addAll(index, records.map((record) => [{ kind, id: record.id }, record]));
      await nextTurn();
    }
    for (let i = 0; i < trips.length; i += TRIPS_PER_STEP) {
      const step = trips.slice(i, i + TRIPS_PER_STEP);
      const loaded = await Promise.all(step.map((trip) => this.tripRecords(trip.id)));
      for (const records of loaded) this.addAll(index, records);
      await nextTurn(); // a build takes seconds on a long history: let other requests through between steps
    }
    index.settle();
    return index;
  }

  private async tripRecords(tripId: string): Promise<[DocRef, AnySearchRecord][]> {
    try {
      const sections = await Promise.all(SEARCHED_IN_TRIP.map((c) => this.store.ofTrip(c, tripId)));
      const refs = (kind: SearchKind, records: AnySearchRecord[]) => records.map((r): [DocRef, AnySearchRecord] => [{ kind, id: r.id, tripId }, r]);
      return SEARCHED_IN_TRIP.flatMap((c, i) => refs(kindOfCollection[c]!, sections[i]! as AnySearchRecord[]));
    } catch (error) {
      // One unreadable trip file (the store has told the user) must not leave the whole app without search.
      console.warn(`[search] the records of trip ${tripId} could not be read and are left out of search:`, error);
      return [];
    }
  }

  private addAll(index: FlexIndex, records: [DocRef, AnySearchRecord][]): void {
    for (const [ref, record] of records) this.put(index, ref, record);
  }

  /** Re-reads every changed record and adds, replaces or removes its document. */
  private async drain(index: FlexIndex): Promise<void> {
    while (this.pending.size > 0) {
      const refs = [...this.pending.values()];
      this.pending.clear();
      const records = await Promise.all(refs.map((ref) => this.store.get(collectionOfKind[ref.kind], ref.id, ref.tripId)));
      refs.forEach((ref, i) => this.put(index, ref, records[i]));
    }
  }

  /** A deleted trip's events, notes and follow-ups stay indexed (a restore brings them back) but are hidden. */
  private put(index: FlexIndex, ref: DocRef, record: AnySearchRecord | undefined): void {
    if (ref.kind === 'trip') index.setTripHidden(ref.id, record?.deleted ?? false);
    if (!record || record.deleted) index.remove(docId(ref));
    else indexRecord(index, ref, record);
  }

  /** The first `limit` matches that still stand (their record live, a note's event too), as hits. */
  private async hits(best: string[], parsed: ParsedQuery, limit: number): Promise<SearchHit[]> {
    const hits: SearchHit[] = [];
    for (const key of best) {
      if (hits.length >= limit) break;
      const hit = await this.hit(parseDocId(key), parsed);
      if (hit) hits.push(hit);
    }
    return hits;
  }

  private async hit(ref: DocRef, parsed: ParsedQuery): Promise<SearchHit | undefined> {
    const record = await this.store.get(collectionOfKind[ref.kind], ref.id, ref.tripId);
    if (!record || record.deleted) return undefined;
    const { title, texts } = searchableText(ref.kind, record as never);
    // Best piece first: the whole query as typed, then its words and phrases, then its terms (CJK pairs).
    const needles = [...parsed.phrases, ...parsed.terms.map((t) => t.term)];
    const hit: SearchHit = { kind: ref.kind, id: ref.id, title, snippet: '' };
    switch (ref.kind) {
      case 'trip':
        hit.tripId = ref.id;
        break;
      case 'event':
        Object.assign(hit, { tripId: ref.tripId, eventId: ref.id, eventKind: (record as TripEvent).kind });
        break;
      case 'note': {
        const note = record as Note;
        const event = await this.store.get('events', note.eventId, ref.tripId);
        if (!event || event.deleted) return undefined; // its meeting was deleted: nowhere to open it
        Object.assign(hit, { tripId: ref.tripId, eventId: note.eventId, title: event.title });
        hit.snippet = makeSnippet([plainText(note.body)], needles);
        return hit;
      }
      case 'followup': {
        const { eventId, status } = record as { eventId?: string; status: SearchHit['status'] };
        Object.assign(hit, { tripId: ref.tripId, status, ...(eventId && { eventId }) });
        break;
      }
      default:
        break;
    }
    hit.snippet = makeSnippet(texts, needles);
    return hit;
  }
}
