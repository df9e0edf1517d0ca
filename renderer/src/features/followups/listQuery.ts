// The list view's filters as they travel in the address (#/followups/list?overdue=1&owner=ID&trip=ID…), so a
// filtered list can be bookmarked and linked to (e.g. "this trip's follow-ups"), and as the contract's input.
import type { InputOf } from '../../../../shared/contract';
import { FollowUpStatus, Id } from '../../../../shared/model';

export interface ListFilters {
  overdue: boolean;
  dueThisWeek: boolean;
  ownerId?: string;
  organisationId?: string;
  tripId?: string;
  /** Empty means every status. */
  status: FollowUpStatus[];
}

export const noFilters: ListFilters = { overdue: false, dueThisWeek: false, status: [] };

const id = (value: string | null): string | undefined => (value && Id.safeParse(value).success ? value : undefined);

/** The part of a hash after "?", e.g. "trip=abc&overdue=1" from "#/followups/list?trip=abc&overdue=1". */
export function hashQuery(hash: string): string {
  const at = hash.indexOf('?');
  return at < 0 ? '' : hash.slice(at + 1);
}

/** Reads filters from a query; anything unknown or malformed is ignored rather than failing the page. */
export function parseFilters(query: string): ListFilters {
  const params = new URLSearchParams(query);
  const status = (params.get('status') ?? '')
    .split(',')
    .filter((s): s is FollowUpStatus => FollowUpStatus.safeParse(s).success);
  const filters: ListFilters = {
    overdue: params.get('overdue') === '1',
    dueThisWeek: params.get('week') === '1',
    status: [...new Set(status)],
  };
  const owner = id(params.get('owner'));
  const organisation = id(params.get('org'));
  const trip = id(params.get('trip'));
  if (owner) filters.ownerId = owner;
  if (organisation) filters.organisationId = organisation;
  if (trip) filters.tripId = trip;
  return filters;
}

export function filtersToQuery(filters: ListFilters): string {
  const params = new URLSearchParams();
  if (filters.overdue) params.set('overdue', '1');
  if (filters.dueThisWeek) params.set('week', '1');
  if (filters.ownerId) params.set('owner', filters.ownerId);
  if (filters.organisationId) params.set('org', filters.organisationId);
  if (filters.tripId) params.set('trip', filters.tripId);
  if (filters.status.length > 0) params.set('status', filters.status.join(','));
  return params.toString();
}

/** The address of the list with these filters, e.g. a trip's follow-ups: listHref({ ...noFilters, tripId }). */
export function listHref(filters: Partial<ListFilters> = {}): string {
  const query = filtersToQuery({ ...noFilters, ...filters });
  return query ? `#/followups/list?${query}` : '#/followups/list';
}

export function hasFilters(filters: ListFilters): boolean {
  return filtersToQuery(filters) !== '';
}

/** The contract's input for these filters; `today` is the user's local date, which decides what is overdue. */
export function filtersToInput(filters: ListFilters, today: string): InputOf<'followups.list'> {
  const input: InputOf<'followups.list'> = { today };
  if (filters.overdue) input.overdue = true;
  if (filters.dueThisWeek) input.dueThisWeek = true;
  if (filters.ownerId) input.ownerId = filters.ownerId;
  if (filters.organisationId) input.organisationId = filters.organisationId;
  if (filters.tripId) input.tripId = filters.tripId;
  if (filters.status.length > 0) input.status = filters.status;
  return input;
}
