// A journey's details as the event editor holds them: how (mode), by whom (carrier and number), each end's terminal,
// and each passenger's seat, class and booking reference. The passengers are the event's members; their details are
// kept by member id so that ticking a member off and on again in the form does not lose what was typed.
import { z } from 'zod';
import { Passenger, Travel, TravelEnd, TravelMode, type Passenger as PassengerRecord } from '../../../../shared/model';

export interface PassengerValues {
  memberId: string;
  seat: string;
  cabin: string;
  bookingRef: string;
}

export interface TravelValues {
  /** Empty: not said. */
  mode: TravelMode | '';
  carrier: string;
  number: string;
  fromTerminal: string;
  toTerminal: string;
  passengers: PassengerValues[];
}

export const noTravelDetails: TravelValues = { mode: '', carrier: '', number: '', fromTerminal: '', toTerminal: '', passengers: [] };

export function travelDetailsDraft(travel: Travel | undefined): TravelValues {
  return {
    mode: travel?.mode ?? '',
    carrier: travel?.carrier ?? '',
    number: travel?.number ?? '',
    fromTerminal: travel?.from?.terminal ?? '',
    toTerminal: travel?.to?.terminal ?? '',
    passengers: (travel?.passengers ?? []).map((p) => ({ memberId: p.memberId, seat: p.seat, cabin: p.cabin, bookingRef: p.bookingRef })),
  };
}

const shape = Travel.shape;
const terminal = TravelEnd.shape.terminal.unwrap();
/** The form's checks for these fields: the contract's own field schemas. */
export const travelDetailsShape = {
  mode: z.union([z.literal(''), TravelMode]),
  carrier: shape.carrier.unwrap(),
  number: shape.number.unwrap(),
  fromTerminal: terminal,
  toTerminal: terminal,
  passengers: z.array(z.object({ memberId: Passenger.shape.memberId, seat: Passenger.shape.seat.unwrap(), cabin: Passenger.shape.cabin.unwrap(), bookingRef: Passenger.shape.bookingRef.unwrap() })),
};

const hasAny = (p: PassengerValues): boolean => Boolean(p.seat.trim() || p.cabin.trim() || p.bookingRef.trim());

/** The passengers to store: the members on the event that have a seat, class or booking typed, in the members' order. */
export function passengersFor(values: Pick<TravelValues, 'passengers'>, memberIds: readonly string[]): PassengerRecord[] {
  const byMember = new Map(values.passengers.map((p) => [p.memberId, p]));
  return memberIds.flatMap((memberId) => {
    const p = byMember.get(memberId);
    return p && hasAny(p) ? [{ memberId, seat: p.seat.trim(), cabin: p.cabin.trim(), bookingRef: p.bookingRef.trim() }] : [];
  });
}

/** Mode, carrier, number and passengers as the contract stores them; only what was typed. */
export function travelDetailFields(values: TravelValues, memberIds: readonly string[]): Omit<Travel, 'from' | 'to'> {
  const passengers = passengersFor(values, memberIds);
  return {
    ...(values.mode ? { mode: values.mode } : {}),
    ...(values.carrier.trim() ? { carrier: values.carrier.trim() } : {}),
    ...(values.number.trim() ? { number: values.number.trim() } : {}),
    ...(passengers.length > 0 ? { passengers } : {}),
  };
}

/** One passenger's values, blank when nothing was typed for them yet. */
export function passengerValues(values: Pick<TravelValues, 'passengers'>, memberId: string): PassengerValues {
  return values.passengers.find((p) => p.memberId === memberId) ?? { memberId, seat: '', cabin: '', bookingRef: '' };
}

/** The passengers with one member's values changed (added when they had none). */
export function withPassenger(values: Pick<TravelValues, 'passengers'>, next: PassengerValues): PassengerValues[] {
  const found = values.passengers.some((p) => p.memberId === next.memberId);
  return found ? values.passengers.map((p) => (p.memberId === next.memberId ? next : p)) : [...values.passengers, next];
}

/** Where the backend's issue paths for these fields show in the form. */
export const travelDetailsRename: Record<string, string> = {
  'travel.mode': 'mode',
  'travel.carrier': 'carrier',
  'travel.number': 'number',
  'travel.from.terminal': 'fromTerminal',
  'travel.to.terminal': 'toTerminal',
  'travel.passengers': 'passengers',
};
