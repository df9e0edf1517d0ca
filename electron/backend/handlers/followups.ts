// followups.*: what the team chases after a trip. Each change is one undoable step; the lists read the cross-trip
// activity index and follow the shared rules in shared/domain/followups.ts, so the renderer counts the same way.
import { nanoid } from 'nanoid';
import type { FollowUpRow } from '../../../shared/contract';
import { isOverdue, isDueThisWeek, sortFollowUpRows } from '../../../shared/domain/followups';
import { clearedFields, type FollowUp } from '../../../shared/model';
import { activityIndexFor, type TripActivity } from '../activity';
import { followUpRow, loadLookup } from '../activity/lookup';
import type { Handlers } from '../dispatch';
import { BackendError, notFound } from '../errors';
import type { HandlerContext } from './context';
import { checkLinks } from './references';

type FollowUpHandlers = Pick<
  Handlers,
  'followups.list' | 'followups.create' | 'followups.update' | 'followups.setStatus' | 'followups.delete' | 'followups.overdueCount'
>;

export function followupsHandlers(ctx: HandlerContext): FollowUpHandlers {
  const { store } = ctx;
  const index = activityIndexFor(store, ctx.dataDir);

  async function requireTrip(tripId: string): Promise<void> {
    const trip = await store.get('trips', tripId);
    if (!trip || trip.deleted) throw new BackendError('not-found', `The trip ${tripId} no longer exists, so the follow-up was not saved.`, { tripId });
  }

  async function liveFollowUp(id: string, tripId: string): Promise<FollowUp> {
    const f = await store.get('followups', id, tripId);
    if (!f || f.deleted) throw notFound('follow-up', id);
    return f;
  }


  /** The activities a filter can match: one trip, the trips naming one organisation, or all. */
  function candidates(filter: { tripId?: string | undefined; organisationId?: string | undefined }): Iterable<TripActivity> {
    if (filter.tripId) {
      const one = index.trip(filter.tripId);
      return one ? [one] : [];
    }
    if (filter.organisationId) return index.tripsOf(filter.organisationId);
    return index.activities();
  }

  return {
    async 'followups.list'(filter) {
      await index.ready();
      const lookup = await loadLookup(store);
      const statuses = filter.status && new Set(filter.status);
      const rows: FollowUpRow[] = [];
      for (const activity of candidates(filter)) {
        if (!lookup.trips.has(activity.tripId)) continue; // a deleted trip takes its follow-ups with it
        for (const f of activity.followUps) {
          if (filter.ownerId !== undefined && f.ownerId !== filter.ownerId) continue;
          if (filter.organisationId !== undefined && f.organisationId !== filter.organisationId) continue;
          if (statuses && !statuses.has(f.status)) continue;
          if (filter.overdue && !isOverdue(f, filter.today)) continue;
          if (filter.dueThisWeek && !isDueThisWeek(f, filter.today)) continue;
          rows.push(followUpRow(f, activity, lookup));
        }
      }
      return sortFollowUpRows(rows);
    },

    async 'followups.overdueCount'({ today }) {
      await index.ready();
      const trips = await store.all('trips');
      let count = 0;
      for (const trip of trips) {
        if (trip.deleted) continue;
        for (const f of index.trip(trip.id)?.followUps ?? []) if (isOverdue(f, today)) count++;
      }
      return { count };
    },

    async 'followups.create'(input) {
      await requireTrip(input.tripId);
      await checkLinks(store, 'followups', input.tripId, input);
      const id = nanoid(12);
      await ctx.history.apply({ action: 'followup.create', subject: input.title, tripId: input.tripId }, [
        { collection: 'followups', id, tripId: input.tripId, fields: { ...input, id } },
      ]);
      return liveFollowUp(id, input.tripId);
    },

    async 'followups.update'({ id, tripId, patch }) {
      const before = await liveFollowUp(id, tripId);
      const fields = clearedFields(patch);
      await checkLinks(store, 'followups', tripId, fields);
      await ctx.history.apply({ action: 'followup.edit', subject: before.title, tripId }, [{ collection: 'followups', id, tripId, fields }]);
      return liveFollowUp(id, tripId);
    },

    async 'followups.setStatus'({ id, tripId, status }) {
      const before = await liveFollowUp(id, tripId);
      if (before.status === status) return before; // dropped back on its own column: not a step
      await ctx.history.apply({ action: 'followup.status', subject: before.title, tripId }, [{ collection: 'followups', id, tripId, fields: { status } }]);
      return liveFollowUp(id, tripId);
    },

    async 'followups.delete'({ id, tripId }) {
      const before = await liveFollowUp(id, tripId);
      await ctx.history.apply({ action: 'followup.delete', subject: before.title, tripId }, [{ collection: 'followups', id, tripId, fields: { deleted: true } }]);
      return { id };
    },
  };
}
