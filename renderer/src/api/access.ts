// What each backend method reads or writes, so a `data.changed` push (or our own write) refreshes only the cached
// queries it touches. Typed over the contract: a method added to shared/contract.ts does not compile until it is
// listed here as a query (what it reads), a write (what it changes) or an action (neither, e.g. an export).
import type { InputOf, Method, OutputOf } from '../../../shared/contract';
import type { Collection } from '../../../shared/model';

/** What a query can depend on: the stored collections, plus the few things the backend keeps outside them. */
export type Area = Collection | 'settings' | 'sync' | 'app' | 'samples';

/** Collections kept in a trip's own file (or the trip itself): a change to them names its trip in `tripIds`. */
export const tripAreas: ReadonlySet<Area> = new Set<Area>(['trips', 'events', 'notes', 'followups']);
const knownAreas: ReadonlySet<string> = new Set<Area>(['trips', 'events', 'notes', 'followups', 'members', 'organisations', 'contacts', 'settings', 'sync', 'app', 'samples']);

/** Reads name the one trip whose data the answer holds, if it holds one trip's (a change to another trip leaves it
 *  alone); writes name the trip they change. One signature for both, so the map's functions are typed from it. */
type TripOf<M extends Method> = (input: InputOf<M>, output: OutputOf<M>) => string | undefined;

export interface Reads<M extends Method> {
  reads: readonly Area[];
  trip?: TripOf<M>;
  /** The one record the answer is about (organisations.page): a change to other records of `area` leaves it alone. */
  record?: { area: Area; id: (input: InputOf<M>) => string };
}

export interface Writes<M extends Method> {
  writes: readonly Area[];
  trip?: TripOf<M>;
}

export interface Action {
  action: true;
}

type AccessMap = { [M in Method]: Reads<M> | Writes<M> | Action };

const directory = ['members', 'organisations', 'contacts'] as const;
const everything = ['trips', 'events', 'notes', 'followups', ...directory] as const;
const action: Action = { action: true };

export const access = {
  'app.info': { reads: ['app', 'samples'] },
  'app.dismissNotice': { writes: ['app'] },

  'trips.list': { reads: ['trips'] },
  // TripDetail carries the trip, its events, notes and follow-ups, and the directory records they name.
  'trips.get': { reads: everything, trip: (i) => i.id },
  'trips.create': { writes: ['trips'], trip: (_i, o) => o.id },
  'trips.update': { writes: ['trips'], trip: (i) => i.id },
  'trips.delete': { writes: ['trips'], trip: (i) => i.id },
  'trips.restore': { writes: ['trips'], trip: (i) => i.id },
  'trips.duplicate': { writes: ['trips', 'events'], trip: (_i, o) => o.id },

  'samples.list': { reads: ['samples', 'trips'] },
  'samples.load': { writes: ['samples', 'trips', ...directory] },
  'samples.dismiss': { writes: ['samples'] },

  'members.list': { reads: ['members'] },
  'organisations.list': { reads: ['organisations'] },
  'contacts.list': { reads: ['contacts'] },
  'members.create': { writes: ['members'] },
  'members.update': { writes: ['members'] },
  'members.delete': { writes: ['members'] },
  'members.merge': { writes: everything },
  'organisations.create': { writes: ['organisations'] },
  'organisations.update': { writes: ['organisations'] },
  'organisations.delete': { writes: ['organisations'] },
  'organisations.merge': { writes: everything },
  'contacts.create': { writes: ['contacts'] },
  'contacts.update': { writes: ['contacts'] },
  'contacts.delete': { writes: ['contacts'] },
  'contacts.merge': { writes: everything },

  'events.create': { writes: ['events'], trip: (i) => i.tripId },
  'events.update': { writes: ['events'], trip: (i) => i.tripId },
  'events.delete': { writes: ['events'], trip: (i) => i.tripId },
  'events.duplicate': { writes: ['events'], trip: (i) => i.tripId },

  'stays.list': { reads: ['stays'], trip: (i) => i.tripId },
  'stays.create': { writes: ['stays'], trip: (i) => i.tripId },
  'stays.update': { writes: ['stays'], trip: (i) => i.tripId },
  'stays.delete': { writes: ['stays'], trip: (i) => i.tripId },
  'vehicles.list': { reads: ['vehicles'], trip: (i) => i.tripId },
  'vehicles.create': { writes: ['vehicles'], trip: (i) => i.tripId },
  'vehicles.update': { writes: ['vehicles'], trip: (i) => i.tripId },
  'vehicles.delete': { writes: ['vehicles', 'rides'], trip: (i) => i.tripId },
  'rides.list': { reads: ['rides'], trip: (i) => i.tripId },
  'rides.create': { writes: ['rides'], trip: (i) => i.tripId },
  'rides.update': { writes: ['rides'], trip: (i) => i.tripId },
  'rides.delete': { writes: ['rides'], trip: (i) => i.tripId },
  'rides.assignDay': { writes: ['rides'], trip: (i) => i.tripId },
  'rides.moveMember': { writes: ['rides'], trip: (i) => i.tripId },

  'history.undo': { writes: everything, trip: (i, o) => o.step?.tripId ?? i.tripId },
  'history.redo': { writes: everything, trip: (i, o) => o.step?.tripId ?? i.tripId },

  'notes.save': { writes: ['notes'], trip: (i) => i.tripId },
  'notes.delete': { writes: ['notes'], trip: (i) => i.tripId },

  'followups.list': { reads: ['followups', 'trips', 'members', 'organisations'], trip: (i) => i.tripId },
  'followups.create': { writes: ['followups'], trip: (i) => i.tripId },
  'followups.update': { writes: ['followups'], trip: (i) => i.tripId },
  'followups.setStatus': { writes: ['followups'], trip: (i) => i.tripId },
  'followups.delete': { writes: ['followups'], trip: (i) => i.tripId },
  'followups.overdueCount': { reads: ['followups', 'trips'] },

  'organisations.page': { reads: everything, record: { area: 'organisations', id: (i) => i.id } },
  'outcomes.dashboard': { reads: ['followups', 'trips', 'organisations'] },

  'search.query': { reads: everything },

  'files.saveAs': action,
  'export.itineraryPdf': action,
  'export.briefingPdf': action,
  'export.reportPdf': action,
  'export.reportDocx': action,
  'export.reportMarkdown': action,
  'export.pressRelease': action,
  'export.ics': action,
  'export.table': action,
  'export.memberItineraryPdf': action,
  'export.driverSheetPdf': action,
  'export.principalSummaryPdf': action,
  'export.hostProgrammePdf': action,
  'export.roomingList': action,
  'export.manifest': action,
  'export.tripPack': action,

  'import.icsPreview': action,
  'import.icsApply': { writes: ['events'], trip: (i) => i.tripId },
  'import.contactsPreview': action,
  'import.contactsApply': { writes: ['contacts', 'organisations'] },
  'import.cancel': action,

  'backup.export': action,
  'backup.restore': { writes: [...everything, 'settings', 'sync', 'app', 'samples'] },

  'sync.status': { reads: ['sync', 'settings', 'members'] },
  'sync.configure': { writes: ['sync'] },
  'sync.now': { writes: [...everything, 'sync'] },
  'sync.review': { reads: ['sync', ...everything] },
  'sync.resolve': { writes: [...everything, 'sync'] },

  'settings.get': { reads: ['settings'] },
  'settings.update': { writes: ['settings'] },
} satisfies AccessMap;

type Access = typeof access;

/** The methods that read data: the ones `useCall` caches. */
export type QueryMethod = { [M in Method]: Access[M] extends { reads: readonly Area[] } ? M : never }[Method];
/** The methods that change data: the ones `useMutate` runs. */
export type WriteMethod = { [M in Method]: Access[M] extends { writes: readonly Area[] } ? M : never }[Method];

/** What changed, as a `data.changed` push says it (or as our own write says it before the push comes). */
export interface DataChange {
  collections: readonly string[];
  tripIds: readonly string[];
  ids?: readonly string[];
}

/** Does a change touch the query cached under [method, input]? Unknown names touch everything (a newer backend). */
export function touches(method: string, input: unknown, change: DataChange): boolean {
  const entry = (access as Record<string, Reads<Method> | Writes<Method> | Action>)[method];
  if (!entry || !('reads' in entry)) return false;
  if (change.collections.some((c) => !knownAreas.has(c))) return true;
  const hit = entry.reads.filter((area) => change.collections.includes(area));
  if (hit.length === 0) return false;
  const trip = entry.trip?.(input as never, undefined as never);
  const record = entry.record;
  const recordId = record?.id(input as never);
  return hit.some((area) => {
    if (record && area === record.area && change.ids && recordId !== undefined) return change.ids.includes(recordId);
    // A trip's own data changed: only that trip's queries are touched (no trip named means any trip may be).
    if (trip !== undefined && tripAreas.has(area)) return change.tripIds.length === 0 || change.tripIds.includes(trip);
    return true;
  });
}

/** The change a write of ours makes, read from its declaration (the push that follows says the same). */
export function changeOf(method: WriteMethod, input: unknown, output: unknown): DataChange {
  const entry = access[method] as Writes<Method>;
  const trip = entry.trip?.(input as never, output as never);
  return { collections: entry.writes, tripIds: trip ? [trip] : [] };
}
