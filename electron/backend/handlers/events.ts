// events.*: the itinerary's timed events, each kept in its trip's own file; every change is one undoable step.
import { nanoid } from 'nanoid';
import type { Handlers } from '../dispatch';
import { BackendError, notFound } from '../errors';
import { clearedFields, type TripEvent } from '../../../shared/model';
import type { HandlerContext } from './context';

type EventHandlers = Pick<Handlers, 'events.create' | 'events.update' | 'events.delete' | 'events.duplicate'>;

/** Names the step so the renderer can say "Undo move" rather than "Undo edit" when only the times changed. */
function editAction(patch: Partial<Record<keyof TripEvent, unknown>>): string {
  const keys = Object.keys(patch);
  return keys.length > 0 && keys.every((k) => k === 'start' || k === 'end') ? 'event.move' : 'event.edit';
}

export function eventHandlers(ctx: HandlerContext): EventHandlers {
  const { store } = ctx;

  async function liveEvent(id: string, tripId: string): Promise<TripEvent> {
    const event = await store.get('events', id, tripId);
    if (!event || event.deleted) throw notFound('event', id);
    return event;
  }

  async function requireTrip(tripId: string): Promise<void> {
    const trip = await store.get('trips', tripId);
    if (!trip || trip.deleted) throw new BackendError('not-found', `The trip ${tripId} no longer exists, so the event was not saved.`, { tripId });
  }


  return {
    async 'events.create'(input) {
      await requireTrip(input.tripId);
      const id = nanoid(12);
      await ctx.history.apply({ action: 'event.create', subject: input.title, tripId: input.tripId }, [
        { collection: 'events', id, tripId: input.tripId, fields: { ...input, id } },
      ]);
      return liveEvent(id, input.tripId);
    },

    async 'events.update'({ id, tripId, patch }) {
      const before = await liveEvent(id, tripId);
      await ctx.history.apply({ action: editAction(patch), subject: before.title, tripId }, [{ collection: 'events', id, tripId, fields: clearedFields(patch) }]);
      return liveEvent(id, tripId);
    },

    async 'events.delete'({ id, tripId }) {
      const event = await liveEvent(id, tripId);
      await ctx.history.apply({ action: 'event.delete', subject: event.title, tripId }, [{ collection: 'events', id, tripId, fields: { deleted: true } }]);
      return { id };
    },

    async 'events.duplicate'({ id, tripId }) {
      const { createdAt: _c, updatedAt: _u, deleted: _d, ...fields } = await liveEvent(id, tripId);
      const copyId = nanoid(12);
      await ctx.history.apply({ action: 'event.duplicate', subject: fields.title, tripId }, [
        { collection: 'events', id: copyId, tripId, fields: { ...fields, id: copyId } },
      ]);
      return liveEvent(copyId, tripId);
    },
  };
}
