// Every collection the store keeps, declared once: its schema, where its records live, which of its fields point at
// records of other collections, its searchable text and its table export. The store's routing and file shapes, the
// backup, directory merges, link checks, search documents and undo pushes are all derived from this one list, so a
// new record type is an entry here (see docs/adding-a-collection.md), never a hunt through a dozen parallel lists.
import type { z } from 'zod';
import { FollowUp, Note, TripEvent } from './activity';
import type { Briefing } from './common';
import { Contact, Member, Organisation } from './directory';
import { Ride, Stay, Vehicle } from './logistics';
import { Trip } from './trip';

/**
 * Where a collection's records live: `index` is the trip index (trips/index-<year>.json, read whole at open; only
 * trips live there); `trip` is each trip's own file (the record carries `tripId`); `directory` is the shared
 * directory, kept in hash shards under directory/<collection>/.
 */
export type Home = 'index' | 'trip' | 'directory';

/**
 * A field that holds the id of a record of collection `to` (`many`: an array of ids). A reference to a trip-scoped
 * collection points into the same trip as the record that holds it.
 */
export interface Reference {
  to: string;
  many: boolean;
  /**
   * When the ids sit inside the field rather than in it: the keys to walk from the field's value, an array met on
   * the way standing for each of its items (`stays.rooms` → `['memberIds']`: every room's memberIds; `events.travel`
   * → `['passengers', 'memberId']`). `many` then says whether the last key holds a list.
   */
  within?: readonly string[];
}

/** Kinds of search result; each searchable collection names its own. */
export type SearchKind = 'trip' | 'event' | 'note' | 'organisation' | 'contact' | 'followup';

/** The searchable text of a record: `title` as shown in results, then separate pieces in the order a snippet is looked for. */
export interface SearchText {
  title: string;
  texts: string[];
}

export interface CollectionEntry<S extends z.ZodType = z.ZodType> {
  schema: S;
  home: Home;
  /** One record, in words for messages: "follow-up". */
  noun: string;
  /** Several records, in words for messages: "follow-ups". */
  plural: string;
  references: { readonly [field: string]: Reference };
  /** Set when the collection is searched: its result kind and the text indexed for a record. */
  search?: { kind: SearchKind; text: (record: z.infer<S>) => SearchText };
  /** The name of its table export (export.table), when it has one. */
  table?: string;
}

/** Keeps each entry's literal types (its home, its reference fields) and checks its references name real fields. */
function entry<S extends z.ZodType, const R extends { readonly [field: string]: Reference }, const H extends Home, const K extends SearchKind>(
  e: Omit<CollectionEntry<S>, 'references' | 'home' | 'search'> & {
    home: H;
    references: R & { readonly [F in Exclude<keyof R, keyof z.infer<S>>]: never };
    search?: { kind: K; text: (record: z.infer<S>) => SearchText };
  },
): Omit<CollectionEntry<S>, 'references' | 'home' | 'search'> & { home: H; references: R; search?: { kind: K; text: (record: z.infer<S>) => SearchText } } {
  return e;
}

const many = <const T extends string>(to: T) => ({ to, many: true }) as const;
const one = <const T extends string>(to: T) => ({ to, many: false }) as const;
/** Ids of `to` inside the field, at `within` (see Reference.within). */
const inside = <const T extends string>(to: T, many: boolean, ...within: string[]) => ({ to, many, within }) as const;

function briefingTexts(briefing: Briefing): string[] {
  return [briefing.background.text, briefing.objectives.text, briefing.talkingPoints.text, briefing.previousInteractions.text];
}

/** "Hong Kong Science and Technology Parks 香港科學園": the English name with the Traditional one. */
const bilingual = (n: { en: string; zhHant: string }) => [n.en, n.zhHant].filter(Boolean).join(' ');

/**
 * The registry. Its order is the order of the `Collection` enum; backups list the trip index and the directory first,
 * then the trip-scoped collections (see collectionsIn).
 */
export const collections = {
  trips: entry({
    schema: Trip,
    home: 'index',
    noun: 'trip',
    plural: 'trips',
    references: { memberIds: many('members') },
    search: { kind: 'trip', text: (t) => ({ title: t.title, texts: [t.purpose, t.organisingBody, t.legs.map((l) => l.city).join(' · ')] }) },
  }),
  events: entry({
    schema: TripEvent,
    home: 'trip',
    noun: 'event',
    plural: 'events',
    references: {
      memberIds: many('members'),
      contactIds: many('contacts'),
      organisationIds: many('organisations'),
      travel: inside('members', false, 'passengers', 'memberId'),
    },
    search: {
      kind: 'event',
      text: (e) => ({ title: e.title, texts: [e.venue.en, e.venue.zh, e.address.en, e.address.zh, e.description, ...briefingTexts(e.briefing)] }),
    },
  }),
  notes: entry({
    schema: Note,
    home: 'trip',
    noun: 'note',
    plural: 'notes',
    references: { eventId: one('events'), authorId: one('members') },
    // Notes have no title of their own: they are shown under their event's title, looked up when a query returns.
    search: { kind: 'note', text: (n) => ({ title: '', texts: [n.body] }) },
  }),
  followups: entry({
    schema: FollowUp,
    home: 'trip',
    noun: 'follow-up',
    plural: 'follow-ups',
    references: { organisationId: one('organisations'), eventId: one('events'), ownerId: one('members') },
    search: { kind: 'followup', text: (f) => ({ title: f.title, texts: [f.details] }) },
    table: 'followups',
  }),
  members: entry({
    schema: Member,
    home: 'directory',
    noun: 'member',
    plural: 'members',
    references: {},
  }),
  organisations: entry({
    schema: Organisation,
    home: 'directory',
    noun: 'organisation',
    plural: 'organisations',
    references: {},
    search: {
      kind: 'organisation',
      text: (o) => ({ title: bilingual(o.name), texts: [o.name.zhHans, [o.sector, o.city].filter(Boolean).join(' · ')] }),
    },
  }),
  contacts: entry({
    schema: Contact,
    home: 'directory',
    noun: 'contact',
    plural: 'contacts',
    references: { organisationId: one('organisations') },
    search: { kind: 'contact', text: (c) => ({ title: bilingual(c.name), texts: [c.name.zhHans, c.title, c.email] }) },
    table: 'contacts',
  }),
  stays: entry({
    schema: Stay,
    home: 'trip',
    noun: 'stay',
    plural: 'stays',
    references: { rooms: inside('members', true, 'memberIds') },
  }),
  vehicles: entry({
    schema: Vehicle,
    home: 'trip',
    noun: 'vehicle',
    plural: 'vehicles',
    references: {},
  }),
  rides: entry({
    schema: Ride,
    home: 'trip',
    noun: 'ride',
    plural: 'rides',
    references: { vehicleId: one('vehicles'), eventId: one('events'), memberIds: many('members'), contactId: one('contacts') },
  }),
};

type Registry = typeof collections;
export type CollectionName = keyof Registry;

type TargetOf<R> = R extends { to: infer T } ? T : never;
type ReferenceTargets = { [C in CollectionName]: TargetOf<Registry[C]['references'][keyof Registry[C]['references']]> }[CollectionName];
/** Does not compile when a reference names a collection the registry lacks. */
export const referenceTargetsAreCollections: [ReferenceTargets] extends [CollectionName] ? true : never = true;

/** The record type each collection holds. */
export type RecordOf<C extends CollectionName> = z.infer<Registry[C]['schema']>;
export type RecordTypes = { [C in CollectionName]: RecordOf<C> };

/** The collections that live in `home`, as a union type. */
export type CollectionsIn<H extends Home> = { [C in CollectionName]: Registry[C]['home'] extends H ? C : never }[CollectionName];

/** Every collection name, in registry order. */
export const COLLECTION_NAMES = Object.keys(collections) as [CollectionName, ...CollectionName[]];

/** The collections that live in `home`, in registry order. */
export function collectionsIn<H extends Home>(home: H): CollectionsIn<H>[] {
  return COLLECTION_NAMES.filter((c) => collections[c].home === home) as CollectionsIn<H>[];
}

export function entryOf(collection: CollectionName): CollectionEntry {
  return collections[collection] as CollectionEntry;
}

/** One declared reference: `source.field` holds the id (or ids) of a record of `to`. */
export interface DeclaredReference extends Reference {
  source: CollectionName;
  field: string;
  to: CollectionName;
}

/** Every reference the registry declares, in registry order. */
export const REFERENCES: readonly DeclaredReference[] = COLLECTION_NAMES.flatMap((source) =>
  Object.entries(entryOf(source).references).map(([field, ref]) => ({ source, field, ...ref, to: ref.to as CollectionName })),
);

/** The references that point at `target`: what a merge of two `target` records has to re-point. */
export function referencesTo(target: CollectionName): DeclaredReference[] {
  return REFERENCES.filter((r) => r.to === target);
}

/** The ids at the end of `path` inside `value`, an array on the way standing for each of its items. */
function idsAt(value: unknown, path: readonly string[], many: boolean): string[] {
  if (Array.isArray(value) && (path.length > 0 || !many)) return value.flatMap((item) => idsAt(item, path, many));
  if (path.length > 0) {
    return value !== null && typeof value === 'object' ? idsAt((value as Record<string, unknown>)[path[0]!], path.slice(1), many) : [];
  }
  if (many) return Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : [];
  return typeof value === 'string' ? [value] : [];
}

/** The ids a record's reference field holds (none when the field is empty), each once. */
export function referencedIds(record: object, ref: DeclaredReference): string[] {
  const value = (record as Record<string, unknown>)[ref.field];
  if (!ref.within) {
    if (ref.many) return Array.isArray(value) ? (value as string[]) : [];
    return typeof value === 'string' ? [value] : [];
  }
  return [...new Set(idsAt(value, ref.within, ref.many))];
}

/** `value` with every id at `path` mapped by `swap`, lists of ids left without repeats; the rest copied as it is. */
function swapAt(value: unknown, path: readonly string[], many: boolean, swap: (id: string) => string): unknown {
  if (Array.isArray(value) && (path.length > 0 || !many)) return value.map((item) => swapAt(item, path, many, swap));
  if (path.length > 0) {
    if (value === null || typeof value !== 'object') return value;
    const key = path[0]!;
    const object = value as Record<string, unknown>;
    return key in object ? { ...object, [key]: swapAt(object[key], path.slice(1), many, swap) } : value;
  }
  if (many) return Array.isArray(value) ? [...new Set(value.map((id) => (typeof id === 'string' ? swap(id) : id)))] : value;
  return typeof value === 'string' ? swap(value) : value;
}

/** The field's new value with every id mapped by `swap`: what a merge of two records writes back. */
export function swappedReference(record: object, ref: DeclaredReference, swap: (id: string) => string): unknown {
  return swapAt((record as Record<string, unknown>)[ref.field], ref.within ?? [], ref.many, swap);
}
