// rides.moveMember: a member moved by hand from one car to another for the same journey. Both rides change in one
// undoable step (planned by shared/domain/logistics/moves.ts), so one undo puts the member back in the first car and
// out of the second, never leaving them in both.
import { nanoid } from 'nanoid';
import type { InputOf, OutputOf } from '../../../shared/contract';
import { planMove, sameJourney } from '../../../shared/domain/logistics/moves';
import type { Ride } from '../../../shared/model';
import { BackendError } from '../errors';
import { live } from '../store/live';
import type { Mutation } from '../store/types';
import type { HandlerContext } from './context';
import { checkLinks } from './references';

type Input = InputOf<'rides.moveMember'>;

export async function moveMember(ctx: HandlerContext, input: Input): Promise<OutputOf<'rides.moveMember'>> {
  const { store } = ctx;
  const { tripId, memberId, fromRideId, toVehicleId } = input;
  const nothing = 'Nothing was moved.';
  const trip = await store.get('trips', tripId);
  if (!trip || trip.deleted) throw new BackendError('not-found', `The trip ${tripId} no longer exists. ${nothing}`, { tripId });
  const [rides, vehicles] = await Promise.all([store.ofTrip('rides', tripId).then(live), store.ofTrip('vehicles', tripId).then(live)]);
  const from = rides.find((r) => r.id === fromRideId);
  if (!from) throw new BackendError('not-found', `The ride ${fromRideId} no longer exists (it may have been deleted or replaced by assigning the day again). ${nothing} Look at the day's rides again.`, { id: fromRideId });
  const car = vehicles.find((v) => v.id === toVehicleId);
  if (!car) throw new BackendError('not-found', `The car ${toVehicleId} no longer exists. ${nothing} Choose another car.`, { vehicleId: toVehicleId });
  const member = await store.get('members', memberId);
  const name = member && !member.deleted ? member.name.en || memberId : memberId;
  if (!from.memberIds.includes(memberId)) {
    throw new BackendError('conflict', `${name} is not in that ride any more (someone may have moved them already). ${nothing} Look at the day's rides again.`, { memberId, fromRideId });
  }
  if (from.vehicleId === toVehicleId) throw new BackendError('invalid-input', `${name} already rides in ${car.label}. ${nothing}`, { memberId, toVehicleId });
  const plan = planMove(rides, fromRideId, memberId, toVehicleId);
  // Checked above: the ride is live, holds the member and is in another car, so there is always a plan.
  if (!plan) throw new BackendError('internal', `${name} could not be moved. ${nothing}`, { memberId, fromRideId, toVehicleId });

  const createdId = plan.create ? nanoid(12) : undefined;
  if (plan.create) await checkLinks(store, 'rides', tripId, plan.create);
  const mutations: Mutation[] = plan.updates.map((u) => ({ collection: 'rides', id: u.id, tripId, fields: { memberIds: u.memberIds } }) as Mutation);
  if (plan.create && createdId) mutations.push({ collection: 'rides', id: createdId, tripId, fields: { ...plan.create, id: createdId } } as Mutation);
  await ctx.history.apply({ action: 'ride.move', subject: `${name} → ${car.label}`, tripId }, mutations);

  const after = live(await store.ofTrip('rides', tripId));
  // The car's ride for this journey: the one created, else the one joined (or already holding the member).
  const toId = createdId ?? rides.find((r) => r.vehicleId === toVehicleId && sameJourney(r, from))?.id;
  const saved = (id: string | undefined): Ride | undefined => after.find((r) => r.id === id);
  const fromNow = saved(fromRideId);
  const toNow = saved(toId);
  if (!fromNow || !toNow) throw new BackendError('internal', `${name} was moved, but the rides could not be read back. Look at the day's rides again.`, { fromRideId, toId });
  return { from: fromNow, to: toNow };
}
