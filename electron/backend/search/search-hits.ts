// Turns index matches back into hits: each record is read from the store (the index holds no text), dropped when it is
// gone or its meeting was deleted, and given its title and a snippet around what matched.
import type { SearchHit } from '../../../shared/contract';
import type { Note, TripEvent } from '../../../shared/model';
import type { Store } from '../store/types';
import { type DocRef, collectionOfKind, parseDocId, searchableText } from './documents';
import { makeSnippet, plainText } from './snippet';
import type { ParsedQuery } from './text';

/** The first `limit` matches that still stand (their record live, a note's event too), as hits. */
export async function readHits(store: Store, best: string[], parsed: ParsedQuery, limit: number): Promise<SearchHit[]> {
  const hits: SearchHit[] = [];
  // The first few at once: hits in different trips load their files side by side rather than one after another.
  for (let at = 0; hits.length < limit && at < best.length; ) {
    const batch = best.slice(at, at + limit - hits.length);
    at += batch.length;
    for (const hit of await Promise.all(batch.map((key) => readHit(store, parseDocId(key), parsed)))) if (hit) hits.push(hit);
  }
  return hits;
}

async function readHit(store: Store, ref: DocRef, parsed: ParsedQuery): Promise<SearchHit | undefined> {
  const record = await store.get(collectionOfKind[ref.kind], ref.id, ref.tripId);
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
      const event = await store.get('events', note.eventId, ref.tripId);
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
