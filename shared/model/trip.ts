// A delegation trip and its legs (one city each, with the zone its events are shown in).
import { z } from 'zod';
import { CalendarDate, Id, RecordMeta, TimeZone } from './common';

export const TripStatus = z.enum(['draft', 'planned', 'confirmed', 'completed', 'cancelled']);
export type TripStatus = z.infer<typeof TripStatus>;

export const Leg = z
  .object({
    id: Id,
    city: z.string().trim().min(1, 'a leg needs a city').max(200),
    country: z.string().trim().max(200).default(''),
    timeZone: TimeZone,
    startDate: CalendarDate,
    endDate: CalendarDate,
  })
  .refine((l) => l.startDate <= l.endDate, { message: 'a leg cannot end before it starts', path: ['endDate'] });
export type Leg = z.infer<typeof Leg>;

const tripFields = {
  title: z.string().trim().min(1, 'a trip needs a title').max(300),
  purpose: z.string().max(5000).default(''),
  organisingBody: z.string().max(300).default(''),
  status: TripStatus.default('draft'),
  startDate: CalendarDate,
  endDate: CalendarDate,
  homeTimeZone: TimeZone.default('Asia/Hong_Kong'),
  legs: z.array(Leg).max(100).default([]),
  memberIds: z.array(Id).max(500).default([]),
  sampleKey: z.string().optional(),
};

/** Checks that need the whole trip: dates in order, legs inside the trip. */
function tripRules(t: { startDate: string; endDate: string; legs: Leg[] }, ctx: z.RefinementCtx): void {
  if (t.startDate > t.endDate) {
    ctx.addIssue({ code: 'custom', message: 'the trip cannot end before it starts', path: ['endDate'] });
  }
  t.legs.forEach((leg, i) => {
    if (leg.startDate < t.startDate || leg.endDate > t.endDate) {
      ctx.addIssue({ code: 'custom', message: `leg ${i + 1} (${leg.city}) falls outside the trip's dates`, path: ['legs', i] });
    }
  });
}

export const TripInput = z.object(tripFields).superRefine(tripRules);
export type TripInput = z.input<typeof TripInput>;

export const Trip = RecordMeta.extend(tripFields).superRefine(tripRules);
export type Trip = z.infer<typeof Trip>;
