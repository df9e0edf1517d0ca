// stays.*, vehicles.*, rides.*: a trip's hotels and rooms, its cars and drivers, and who rides where. Each record
// lives in its trip's file (see shared/model/collections.ts); every change is one undoable step, and a link to a
// member, event, car or contact that is gone is refused, naming the field.
import { nanoid } from 'nanoid';
import { clearedFields, type Ride, type Stay, type Vehicle } from '../../../shared/model';
import type { Handlers } from '../dispatch';
import { BackendError, notFound } from '../errors';
import { live } from '../store/live';
import type { Mutation } from '../store/types';
import { assignDay } from './assign-day';
import type { HandlerContext } from './context';
import { moveMember } from './move-member';
import { checkLinks } from './references';

type LogisticsMethod = `${'stays' | 'vehicles' | 'rides'}.${'list' | 'create' | 'update' | 'delete'}`;
type LogisticsHandlers = Pick<Handlers, LogisticsMethod | 'rides.assignDay' | 'rides.moveMember'>;

type Kind = 'stays' | 'vehicles' | 'rides';
type RecordOfKind = { stays: Stay; vehicles: Vehicle; rides: Ride };

/** What a step is called in the undo menu ("Undo add stay"), by the record's own words. */
const subjectOf = {
  stays: (s: Stay) => s.hotel.en || s.hotel.zh || 'stay',
  vehicles: (v: Vehicle) => v.label,
  rides: (r: Ride) => r.to.name.en || r.from.name.en || 'ride',
} satisfies { [K in Kind]: (r: RecordOfKind[K]) => string };

const actionNoun: Record<Kind, string> = { stays: 'stay', vehicles: 'vehicle', rides: 'ride' };

export function logisticsHandlers(ctx: HandlerContext): LogisticsHandlers {
  const { store } = ctx;

  async function requireTrip(tripId: string, noun: string): Promise<void> {
    const trip = await store.get('trips', tripId);
    if (!trip || trip.deleted) throw new BackendError('not-found', `The trip ${tripId} no longer exists, so the ${noun} was not saved.`, { tripId });
  }

  async function liveRecord<K extends Kind>(kind: K, id: string, tripId: string): Promise<RecordOfKind[K]> {
    const record = (await store.get(kind, id, tripId)) as RecordOfKind[K] | undefined;
    if (!record || record.deleted) throw notFound(actionNoun[kind], id);
    return record;
  }

  async function list<K extends Kind>(kind: K, tripId: string): Promise<RecordOfKind[K][]> {
    return live((await store.ofTrip(kind, tripId)) as RecordOfKind[K][]);
  }

  async function create<K extends Kind>(kind: K, input: Omit<RecordOfKind[K], 'id' | 'createdAt' | 'updatedAt' | 'deleted'>): Promise<RecordOfKind[K]> {
    const noun = actionNoun[kind];
    await requireTrip(input.tripId, noun);
    await checkLinks(store, kind, input.tripId, input);
    const id = nanoid(12);
    const subject = (subjectOf[kind] as (r: unknown) => string)(input);
    await ctx.history.apply({ action: `${noun}.create`, subject, tripId: input.tripId }, [
      { collection: kind, id, tripId: input.tripId, fields: { ...input, id } } as Mutation,
    ]);
    return liveRecord(kind, id, input.tripId);
  }

  async function update<K extends Kind>(kind: K, id: string, tripId: string, patch: Record<string, unknown>): Promise<RecordOfKind[K]> {
    const before = await liveRecord(kind, id, tripId);
    const fields = clearedFields(patch);
    await checkLinks(store, kind, tripId, fields);
    const subject = (subjectOf[kind] as (r: unknown) => string)(before);
    await ctx.history.apply({ action: `${actionNoun[kind]}.edit`, subject, tripId }, [{ collection: kind, id, tripId, fields } as Mutation]);
    return liveRecord(kind, id, tripId);
  }

  async function remove(kind: Kind, id: string, tripId: string, alsoDeleted: Mutation[] = []): Promise<{ id: string }> {
    const before = await liveRecord(kind, id, tripId);
    const subject = (subjectOf[kind] as (r: unknown) => string)(before);
    await ctx.history.apply({ action: `${actionNoun[kind]}.delete`, subject, tripId }, [
      { collection: kind, id, tripId, fields: { deleted: true } } as Mutation,
      ...alsoDeleted,
    ]);
    return { id };
  }

  return {
    'stays.list': ({ tripId }) => list('stays', tripId),
    'stays.create': (input) => create('stays', input),
    'stays.update': ({ id, tripId, patch }) => update('stays', id, tripId, patch),
    'stays.delete': ({ id, tripId }) => remove('stays', id, tripId),

    'vehicles.list': ({ tripId }) => list('vehicles', tripId),
    'vehicles.create': (input) => create('vehicles', input),
    'vehicles.update': ({ id, tripId, patch }) => update('vehicles', id, tripId, patch),
    async 'vehicles.delete'({ id, tripId }) {
      // A ride without its car cannot be driven: it goes with the car, and comes back with it on undo.
      const rides = (await list('rides', tripId)).filter((r) => r.vehicleId === id);
      return remove('vehicles', id, tripId, rides.map((r) => ({ collection: 'rides', id: r.id, tripId, fields: { deleted: true } }) as Mutation));
    },

    'rides.list': async ({ tripId }) => (await list('rides', tripId)).sort((a, b) => a.pickUpAt.localeCompare(b.pickUpAt)),
    'rides.create': (input) => create('rides', input),
    'rides.update': ({ id, tripId, patch }) => update('rides', id, tripId, patch),
    'rides.delete': ({ id, tripId }) => remove('rides', id, tripId),
    'rides.assignDay': (input) => assignDay(ctx, input),
    'rides.moveMember': (input) => moveMember(ctx, input),
  };
}
