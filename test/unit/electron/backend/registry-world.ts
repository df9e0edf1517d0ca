// A data folder holding records of every collection of the registry, built from the registry itself: each collection
// gets its fields below, and every reference it declares is filled in generically, so a new collection only needs
// its line in `fixtures` (the compiler asks for it) to be covered by every registry test.
import { COLLECTION_NAMES, type Collection, collections, entryOf } from '../../../../shared/model';
import type { Mutation, Store } from '../../../../electron/backend/store/types';

/** Every trip-scoped record of the world lives in this trip. */
export const TRIP = 'trips-keep';

/** The fields each collection needs besides its references (filled in by `world`) and its tripId. */
export const fixtures: { [C in Collection]: (id: string) => Record<string, unknown> } = {
  trips: (id) => ({ title: `Trip ${id}`, startDate: '2025-05-10', endDate: '2025-05-14', homeTimeZone: 'Asia/Hong_Kong' }),
  events: (id) => ({ title: `Meeting ${id}`, start: '2025-05-11T01:00:00.000Z', end: '2025-05-11T02:00:00.000Z', timeZone: 'Asia/Shanghai' }),
  notes: (id) => ({ body: `Notes of ${id}: the bureau asked about the MoU; 會議順利。` }),
  followups: (id) => ({ title: `Send the deck (${id})`, dueDate: '2025-06-01' }),
  members: (id) => ({ name: { en: `Member ${id}`, zhHant: '', zhHans: '' }, rank: 2 }),
  organisations: (id) => ({ name: { en: `Organisation ${id}`, zhHant: '科學園', zhHans: '' }, kind: 'government' }),
  contacts: (id) => ({ name: { en: `Contact ${id}`, zhHant: '', zhHans: '' }, email: `${id}@example.org` }),
  stays: (id) => ({ hotel: { en: `Hotel ${id}`, zh: '酒店' }, checkIn: '2025-05-10', checkOut: '2025-05-13' }),
  vehicles: (id) => ({ label: `Car ${id}`, seats: 4, plate: '京A·12345', driver: { name: { en: 'Wang Wei', zh: '王偉' }, phone: '+86 138 0000 0000' } }),
  rides: (id) => ({ pickUpAt: '2025-05-11T00:30:00.000Z', timeZone: 'Asia/Shanghai', notes: `Ride ${id}` }),
};

/** How a reference held inside a field (Reference.within) is written: the field's value holding the id `to`. */
const inside: Record<string, (to: string) => unknown> = {
  'events.travel': (to) => ({ mode: 'flight', passengers: [{ memberId: to, seat: '2A' }] }),
  'stays.rooms': (to) => [{ memberIds: [to], roomType: 'Suite', number: '1808' }],
};

/** The value of reference field `field` of a `c` record that points at the one record `to`. */
export function referenceValue(c: Collection, field: string, to: string): unknown {
  const ref = entryOf(c).references[field]!;
  if (!ref.within) return ref.many ? [to] : to;
  const build = inside[`${c}.${field}`];
  if (!build) throw new Error(`registry-world: say how ${c}.${field} holds its ids (the inside table)`);
  return build(to);
}

export const keepId = (c: Collection) => `${c}-keep`;
export const dupId = (c: Collection) => `${c}-dup`;
export const goneId = (c: Collection) => `${c}-gone`;

/** The mutation creating record `id` of `c`, each of its declared references pointing at `target(to)`. */
export function createRecord(c: Collection, id: string, target: (to: Collection) => string): Mutation {
  const fields: Record<string, unknown> = { ...fixtures[c](id) };
  for (const [field, ref] of Object.entries(entryOf(c).references)) {
    fields[field] = referenceValue(c, field, target(ref.to as Collection));
  }
  const tripScoped = collections[c].home === 'trip';
  if (tripScoped) fields.tripId = TRIP;
  return { collection: c, id, ...(tripScoped && { tripId: TRIP }), fields } as Mutation;
}

/**
 * For every collection: a record `<c>-keep`, a record `<c>-dup`, and a tombstone `<c>-gone`; every reference of
 * every record points at the `-dup` record of its target (so a merge of `-dup` into `-keep` has something to move).
 */
export async function buildWorld(store: Store): Promise<void> {
  const creates = COLLECTION_NAMES.flatMap((c) => [keepId(c), dupId(c), goneId(c)].map((id) => createRecord(c, id, dupId)));
  await store.apply(creates);
  await store.apply(
    COLLECTION_NAMES.map((c) => ({ collection: c, id: goneId(c), ...(collections[c].home === 'trip' && { tripId: TRIP }), fields: { deleted: true } }) as Mutation),
  );
}

/** Every record of `c` the store holds, tombstones included (all trip-scoped ones are in TRIP). */
export async function recordsOf(store: Store, c: Collection): Promise<Record<string, unknown>[]> {
  const records = collections[c].home === 'trip' ? await store.ofTrip(c as never, TRIP) : await store.all(c as never);
  return (records as Record<string, unknown>[]).slice().sort((a, b) => String(a.id).localeCompare(String(b.id)));
}
