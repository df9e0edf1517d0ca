// What of each record is searchable, and the id it has in the index. The index keeps only terms and these ids (no
// stored fields): titles and snippets are read back from the store's records when a query returns, so a note's body is
// held once, by the store.
import type { SearchKind } from '../../../shared/contract';
import type { Briefing, Contact, FollowUp, Note, Organisation, Trip, TripEvent } from '../../../shared/model';

export interface SearchRecordTypes {
  trip: Trip;
  event: TripEvent;
  note: Note;
  organisation: Organisation;
  contact: Contact;
  followup: FollowUp;
}

export type AnySearchRecord = SearchRecordTypes[SearchKind];

/** The collection each kind comes from, and back. */
export const collectionOfKind = {
  trip: 'trips',
  event: 'events',
  note: 'notes',
  organisation: 'organisations',
  contact: 'contacts',
  followup: 'followups',
} as const satisfies Record<SearchKind, string>;

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

function briefingTexts(briefing: Briefing): string[] {
  return [briefing.background.text, briefing.objectives.text, briefing.talkingPoints.text, briefing.previousInteractions.text];
}

/** "Hong Kong Science and Technology Parks 香港科學園": the English name with the Traditional one. */
const bilingual = (n: { en: string; zhHant: string }) => [n.en, n.zhHant].filter(Boolean).join(' ');

/**
 * The searchable text of a record: `title` as shown in results, then `texts`, each a separate piece (so a CJK run never
 * joins the end of one field to the start of the next) in the order a snippet is looked for. Notes have no title of
 * their own: they are shown under their event's title, looked up when a query returns.
 */
export function searchableText<K extends SearchKind>(kind: K, record: SearchRecordTypes[K]): { title: string; texts: string[] } {
  switch (kind) {
    case 'trip': {
      const t = record as Trip;
      return { title: t.title, texts: [t.purpose, t.organisingBody, t.legs.map((l) => l.city).join(' · ')] };
    }
    case 'event': {
      const e = record as TripEvent;
      return { title: e.title, texts: [e.venue.en, e.venue.zh, e.address.en, e.address.zh, e.description, ...briefingTexts(e.briefing)] };
    }
    case 'note':
      return { title: '', texts: [(record as Note).body] };
    case 'organisation': {
      const o = record as Organisation;
      return { title: bilingual(o.name), texts: [o.name.zhHans, [o.sector, o.city].filter(Boolean).join(' · ')] };
    }
    case 'contact': {
      const c = record as Contact;
      return { title: bilingual(c.name), texts: [c.name.zhHans, c.title, c.email] };
    }
    case 'followup': {
      const f = record as FollowUp;
      return { title: f.title, texts: [f.details] };
    }
  }
  throw new TypeError(`no searchable text for ${String(kind)}`);
}
