// The names lists show beside follow-ups, notes and meetings: live trips, members and organisations by id, read
// from the store's in-memory directory once per call. Deleted trips are absent, which is how their activity drops out.
import type { FollowUpRow, OutcomeTotals } from '../../../shared/contract';
import type { FollowUp, Member, Organisation, Trip } from '../../../shared/model';
import type { Store } from '../store/types';
import type { TripActivity } from './index';

export interface Lookup {
  trips: Map<string, Trip>;
  members: Map<string, Member>;
  organisations: Map<string, Organisation>;
}

function byId<T extends { id: string; deleted: boolean }>(records: T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const r of records) if (!r.deleted) map.set(r.id, r);
  return map;
}

export async function loadLookup(store: Store): Promise<Lookup> {
  const [trips, members, organisations] = await Promise.all([store.all('trips'), store.all('members'), store.all('organisations')]);
  return { trips: byId(trips), members: byId(members), organisations: byId(organisations) };
}

/** A follow-up with the names the lists show; names of deleted records are left out rather than shown stale. */
export function followUpRow(f: FollowUp, activity: TripActivity | undefined, lookup: Lookup): FollowUpRow {
  const row: FollowUpRow = { followUp: f, tripTitle: lookup.trips.get(f.tripId)?.title ?? '' };
  const organisation = f.organisationId ? lookup.organisations.get(f.organisationId) : undefined;
  if (organisation) row.organisationName = organisation.name.en;
  const owner = f.ownerId ? lookup.members.get(f.ownerId) : undefined;
  if (owner) row.ownerName = owner.name.en;
  const event = f.eventId ? activity?.events.get(f.eventId) : undefined;
  if (event && !event.deleted) row.eventTitle = event.title;
  return row;
}

export function emptyTotals(): OutcomeTotals {
  return { mous: 0, investmentHkd: 0, jobs: 0, companiesLanded: 0, followUps: 0 };
}

/** Adds one follow-up's outcome to `totals` (companiesLanded is counted from organisations, not here). */
export function addFollowUp(totals: OutcomeTotals, f: FollowUp): void {
  totals.followUps += 1;
  if (f.outcome.mou) totals.mous += 1;
  totals.investmentHkd += f.outcome.investmentHkd ?? 0;
  totals.jobs += f.outcome.jobs ?? 0;
}
