// Logistics: where each member sleeps (stays), the cars and their drivers (vehicles), and who rides in which car
// from where to where (rides). Travel details (flights, seats) live on the travel event itself (activity.ts).
import { z } from 'zod';
import { Bilingual, CalendarDate, Id, Instant, RecordMeta, TimeZone } from './common';

/** One room of a stay: who sleeps in it (several members share a room), its type, number and confirmation. */
export const Room = z.object({
  memberIds: z.array(Id).max(20).default([]),
  roomType: z.string().trim().max(200).default(''),
  number: z.string().trim().max(50).default(''),
  confirmation: z.string().trim().max(100).default(''),
});
export type Room = z.infer<typeof Room>;

const stayFields = {
  tripId: Id,
  hotel: Bilingual.default({ en: '', zh: '' }),
  /** Set large on a driver's sheet and linked to maps in the trip pack, so the Chinese form matters. */
  address: Bilingual.default({ en: '', zh: '' }),
  phone: z.string().trim().max(100).default(''),
  /** The first night, and the morning of leaving: a stay covers the nights checkIn … checkOut − 1. */
  checkIn: CalendarDate,
  checkOut: CalendarDate,
  timeZone: TimeZone.optional(),
  rooms: z.array(Room).max(500).default([]),
  notes: z.string().max(5000).default(''),
  /** Sample data whose hotel and times are made up, shown as such. */
  illustrative: z.boolean().optional(),
};
const outAfterIn = { message: 'a stay cannot end before it starts', path: ['checkOut'] };
export const StayInput = z.object(stayFields).refine((s) => s.checkIn <= s.checkOut, outAfterIn);
export const Stay = RecordMeta.extend(stayFields).refine((s) => s.checkIn <= s.checkOut, outAfterIn);
export type Stay = z.infer<typeof Stay>;
export const stayShape = stayFields;

/** Who drives a vehicle: the name in English and Chinese (a local driver reads Chinese), and a phone to call. */
export const Driver = z.object({
  name: Bilingual.default({ en: '', zh: '' }),
  phone: z.string().trim().max(100).default(''),
});
export type Driver = z.infer<typeof Driver>;

export const VehicleType = z.enum(['sedan', 'mpv', 'van', 'minibus', 'coach', 'other']);
export type VehicleType = z.infer<typeof VehicleType>;

const vehicleFields = {
  tripId: Id,
  /** What the team calls it: "Car 1", "VIP car". */
  label: z.string().trim().min(1, 'a vehicle needs a label').max(100),
  type: VehicleType.default('sedan'),
  /** Seats for passengers, the driver's not counted. */
  seats: z.number().int().min(1).max(100).default(4),
  plate: z.string().trim().max(30).default(''),
  provider: z.string().trim().max(300).default(''),
  driver: Driver.default({ name: { en: '', zh: '' }, phone: '' }),
  notes: z.string().max(5000).default(''),
  illustrative: z.boolean().optional(),
};
export const VehicleInput = z.object(vehicleFields);
export const Vehicle = RecordMeta.extend(vehicleFields);
export type Vehicle = z.infer<typeof Vehicle>;
export const vehicleShape = vehicleFields;

/** One end of a ride: a place by name and its address, both in English and Chinese. */
export const RidePlace = z.object({
  name: Bilingual.default({ en: '', zh: '' }),
  address: Bilingual.default({ en: '', zh: '' }),
});
export type RidePlace = z.infer<typeof RidePlace>;

const rideFields = {
  tripId: Id,
  vehicleId: Id,
  /** When the car collects its passengers, shown in `timeZone`. */
  pickUpAt: Instant,
  timeZone: TimeZone,
  from: RidePlace.default({ name: { en: '', zh: '' }, address: { en: '', zh: '' } }),
  /** The event the ride goes to; its venue and address are the destination unless `to` names another. */
  eventId: Id.optional(),
  to: RidePlace.default({ name: { en: '', zh: '' }, address: { en: '', zh: '' } }),
  /** Passengers; shown and seated in the order of precedence (rank), whatever order they were added in. */
  memberIds: z.array(Id).max(100).default([]),
  /** The person to call on arrival. */
  contactId: Id.optional(),
  notes: z.string().max(5000).default(''),
};
export const RideInput = z.object(rideFields);
export const Ride = RecordMeta.extend(rideFields);
export type Ride = z.infer<typeof Ride>;
export const rideShape = rideFields;
