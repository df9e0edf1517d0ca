// trips.*: the trip index and one trip with everything in its file.
import { nanoid } from 'nanoid';
import type { Handlers } from '../dispatch';
import { notFound } from '../errors';
import type { Leg, Trip } from '../../../shared/model';
import type { HandlerContext } from './context';
import { live } from './context';

type TripHandlers = Pick<Handlers, 'trips.list' | 'trips.get' | 'trips.create' | 'trips.update' | 'trips.delete' | 'trips.restore'>;

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

  function changed(tripId: string): void {
    ctx.push('data.changed', { collections: ['trips'], tripIds: [tripId] });
  }

  return {
    async 'trips.list'() {
      return live(await store.all('trips')).sort(byStartDesc);
    },

    async 'trips.get'({ id }) {
      const trip = await liveTrip(id);
      const [events, notes, followUps, members, organisations, contacts] = await Promise.all([
        store.ofTrip('events', id),
        store.ofTrip('notes', id),
        store.ofTrip('followups', id),
        store.all('members'),
        store.all('organisations'),
        store.all('contacts'),
      ]);
      const liveEvents = live(events).sort((a, b) => a.start.localeCompare(b.start));
      const memberIds = new Set(trip.memberIds);
      const orgIds = new Set(liveEvents.flatMap((e) => e.organisationIds));
      const contactIds = new Set(liveEvents.flatMap((e) => e.contactIds));
      return {
        trip,
        events: liveEvents,
        notes: live(notes),
        followUps: live(followUps),
        members: live(members)
          .filter((m) => memberIds.has(m.id))
          .sort((a, b) => a.rank - b.rank || a.name.en.localeCompare(b.name.en)),
        organisations: live(organisations).filter((o) => orgIds.has(o.id)),
        contacts: live(contacts).filter((c) => contactIds.has(c.id)),
      };
    },

    async 'trips.create'(input) {
      const id = nanoid(12);
      await store.apply([{ collection: 'trips', id, fields: { ...input, id, legs: withLegIds(input.legs) } }]);
      changed(id);
      return liveTrip(id);
    },

    async 'trips.update'({ id, patch }) {
      await liveTrip(id);
      const fields: Partial<Trip> = { ...patch, legs: patch.legs ? withLegIds(patch.legs) : undefined };
      if (!patch.legs) delete fields.legs;
      await store.apply([{ collection: 'trips', id, fields }]);
      changed(id);
      return liveTrip(id);
    },

    async 'trips.delete'({ id }) {
      await liveTrip(id);
      await store.apply([{ collection: 'trips', id, fields: { deleted: true } }]);
      changed(id);
      return { id };
    },

    async 'trips.restore'({ id }) {
      const trip = await store.get('trips', id);
      if (!trip) throw notFound('trip', id);
      if (trip.deleted) await store.apply([{ collection: 'trips', id, fields: { deleted: false } }]);
      changed(id);
      return liveTrip(id);
    },
  };
}
