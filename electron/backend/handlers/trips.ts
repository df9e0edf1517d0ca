// trips.*: the trip index and one trip with everything in its file.
import { nanoid } from 'nanoid';
import type { Handlers } from '../dispatch';
import { notFound } from '../errors';
import type { Mutation } from '../store/types';
import { addCalendarDays, shiftEventDays } from '../../../shared/domain/time';
import { clearedFields, type Leg, type Trip } from '../../../shared/model';
import type { HandlerContext } from './context';
import { live, liveNamed } from '../store/live';

type TripHandlers = Pick<Handlers, 'trips.list' | 'trips.get' | 'trips.create' | 'trips.update' | 'trips.delete' | 'trips.restore' | 'trips.duplicate'>;

/** Newest trips first; ties by title so the order is stable. */
export function byStartDesc(a: Trip, b: Trip): number {
  return b.startDate.localeCompare(a.startDate) || a.title.localeCompare(b.title);
}

function withLegIds(legs: (Omit<Leg, 'id'> & { id?: string | undefined })[]): Leg[] {
  return legs.map((leg) => ({ ...leg, id: leg.id ?? nanoid(10) }));
}

export function tripHandlers(ctx: HandlerContext): TripHandlers {
  const { store } = ctx;

  async function liveTrip(id: string): Promise<Trip> {
    const trip = await store.get('trips', id);
    if (!trip || trip.deleted) throw notFound('trip', id);
    return trip;
  }


  return {
    async 'trips.list'() {
      return live(await store.all('trips')).sort(byStartDesc);
    },

    async 'trips.get'({ id }) {
      const trip = await liveTrip(id);
      const [events, notes, followUps, stays, vehicles, rides] = await Promise.all([
        store.ofTrip('events', id),
        store.ofTrip('notes', id),
        store.ofTrip('followups', id),
        store.ofTrip('stays', id),
        store.ofTrip('vehicles', id),
        store.ofTrip('rides', id),
      ]);
      const liveEvents = live(events).sort((a, b) => a.start.localeCompare(b.start));
      // Only the people and organisations this trip names are read, each from its own directory shard: reading whole
      // directories (15,000 contacts, 5,000 organisations on a 10-year history) was most of a first trips.get.
      const [members, organisations, contacts] = await Promise.all([
        liveNamed(store, 'members', trip.memberIds),
        liveNamed(store, 'organisations', liveEvents.flatMap((e) => e.organisationIds)),
        liveNamed(store, 'contacts', [...liveEvents.flatMap((e) => e.contactIds), ...live(rides).flatMap((r) => (r.contactId ? [r.contactId] : []))]),
      ]);
      return {
        trip,
        events: liveEvents,
        notes: live(notes),
        followUps: live(followUps),
        members: members.sort((a, b) => a.rank - b.rank || a.name.en.localeCompare(b.name.en)),
        organisations,
        contacts,
        stays: live(stays).sort((a, b) => a.checkIn.localeCompare(b.checkIn)),
        vehicles: live(vehicles).sort((a, b) => a.label.localeCompare(b.label, undefined, { numeric: true })),
        rides: live(rides).sort((a, b) => a.pickUpAt.localeCompare(b.pickUpAt)),
      };
    },

    async 'trips.create'(input) {
      const id = nanoid(12);
      await ctx.history.apply({ action: 'trip.create', subject: input.title, tripId: id }, [{ collection: 'trips', id, fields: { ...input, id, legs: withLegIds(input.legs) } }]);
      return liveTrip(id);
    },

    async 'trips.update'({ id, patch }) {
      const before = await liveTrip(id);
      const fields: Partial<Trip> = { ...clearedFields(patch), legs: patch.legs ? withLegIds(patch.legs) : undefined };
      if (!patch.legs) delete fields.legs;
      await ctx.history.apply({ action: 'trip.edit', subject: before.title, tripId: id }, [{ collection: 'trips', id, fields }]);
      return liveTrip(id);
    },

    async 'trips.delete'({ id }) {
      const trip = await liveTrip(id);
      await ctx.history.apply({ action: 'trip.delete', subject: trip.title, tripId: id }, [{ collection: 'trips', id, fields: { deleted: true } }]);
      return { id };
    },

    async 'trips.duplicate'({ id, startDate, title }) {
      const source = await liveTrip(id);
      const days = Math.round((Date.parse(`${startDate}T00:00:00Z`) - Date.parse(`${source.startDate}T00:00:00Z`)) / 86_400_000);
      const copyId = nanoid(12);
      const { createdAt: _c, updatedAt: _u, deleted: _d, sampleKey: _s, ...fields } = source;
      const mutations: Mutation[] = [
        {
          collection: 'trips',
          id: copyId,
          fields: {
            ...fields,
            id: copyId,
            title: title ?? source.title,
            status: 'draft',
            startDate: addCalendarDays(source.startDate, days),
            endDate: addCalendarDays(source.endDate, days),
            legs: source.legs.map((leg) => ({ ...leg, id: nanoid(10), startDate: addCalendarDays(leg.startDate, days), endDate: addCalendarDays(leg.endDate, days) })),
          },
        },
      ];
      // Events move by whole days in their own zones, keeping their local times across daylight-saving changes.
      // Notes and follow-ups belong to what happened on the original trip, so they stay with it.
      for (const event of live(await store.ofTrip('events', id))) {
        const { createdAt: _ec, updatedAt: _eu, deleted: _ed, ...rest } = shiftEventDays(event, days);
        const eventId = nanoid(12);
        mutations.push({ collection: 'events', id: eventId, tripId: copyId, fields: { ...rest, id: eventId, tripId: copyId } });
      }
      await ctx.history.apply({ action: 'trip.duplicate', subject: source.title, tripId: copyId }, mutations);
      return liveTrip(copyId);
    },

    async 'trips.restore'({ id }) {
      const trip = await store.get('trips', id);
      if (!trip) throw notFound('trip', id);
      if (trip.deleted) await ctx.history.apply({ action: 'trip.restore', subject: trip.title, tripId: id }, [{ collection: 'trips', id, fields: { deleted: false } }]);
      return liveTrip(id);
    },
  };
}
