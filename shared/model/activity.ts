// What happens on a trip: timed events, the notes taken in them, and the follow-ups that outlive the trip.
import { z } from 'zod';
import { Bilingual, Briefing, CalendarDate, Id, Instant, RecordMeta, TimeZone, emptyBriefing } from './common';

export const EventKind = z.enum(['meeting', 'seminar', 'signing', 'site-visit', 'travel', 'hotel', 'meal', 'press', 'internal']);
export type EventKind = z.infer<typeof EventKind>;
export const EventStatus = z.enum(['tentative', 'confirmed', 'cancelled']);
export type EventStatus = z.infer<typeof EventStatus>;

/** One end of a journey: the city, and the station or airport there (with its IATA or station code when known). */
export const TravelEnd = z.object({
  city: Bilingual.default({ en: '', zh: '' }),
  place: Bilingual.default({ en: '', zh: '' }),
  code: z.string().trim().max(10).optional(),
  terminal: z.string().trim().max(50).optional(),
});
export type TravelEnd = z.infer<typeof TravelEnd>;

export const TravelMode = z.enum(['flight', 'train', 'car', 'ferry']);
export type TravelMode = z.infer<typeof TravelMode>;

/** One member on a journey: their seat, class and booking reference (the members travelling are the event's). */
export const Passenger = z.object({
  memberId: Id,
  seat: z.string().trim().max(20).default(''),
  /** Economy, business, first; a train's class. */
  cabin: z.string().trim().max(50).default(''),
  bookingRef: z.string().trim().max(50).default(''),
});
export type Passenger = z.infer<typeof Passenger>;

/** A journey's details: how, by whom (carrier and number, e.g. CX 906), from and to, and each passenger's seat. */
export const Travel = z.object({
  mode: TravelMode.optional(),
  carrier: z.string().trim().max(100).optional(),
  number: z.string().trim().max(20).optional(),
  from: TravelEnd.optional(),
  to: TravelEnd.optional(),
  passengers: z.array(Passenger).max(500).optional(),
});
export type Travel = z.infer<typeof Travel>;

const eventFields = {
  tripId: Id,
  kind: EventKind.default('meeting'),
  title: z.string().trim().min(1, 'an event needs a title').max(500),
  start: Instant,
  end: Instant,
  /** The zone the start is shown in (the place it happens). */
  timeZone: TimeZone,
  /** The zone the end is shown in when it differs (a flight lands elsewhere). */
  endTimeZone: TimeZone.optional(),
  /** The leg the event happens in, when the planner chose it; otherwise it is worked out from the date and zone
   *  (see shared/domain/place.ts), because two legs can share one zone (Hangzhou and Shanghai). */
  legId: Id.optional(),
  /** A travel event's two ends; the place it happens is its departure, its arrival is named beside it. */
  travel: Travel.optional(),
  venue: Bilingual.default({ en: '', zh: '' }),
  address: Bilingual.default({ en: '', zh: '' }),
  memberIds: z.array(Id).default([]),
  contactIds: z.array(Id).default([]),
  organisationIds: z.array(Id).default([]),
  status: EventStatus.default('tentative'),
  description: z.string().max(20_000).default(''),
  briefing: Briefing.default(emptyBriefing),
  /** The UID of the calendar entry this event was imported from, so a second import updates it and an export keeps it. */
  icsUid: z.string().max(500).optional(),
};
const endAfterStart = { message: 'an event cannot end before it starts', path: ['end'] };
export const EventInput = z.object(eventFields).refine((e) => e.start <= e.end, endAfterStart);
export const TripEvent = RecordMeta.extend(eventFields).refine((e) => e.start <= e.end, endAfterStart);
export type TripEvent = z.infer<typeof TripEvent>;

const noteFields = {
  tripId: Id,
  eventId: Id,
  authorId: Id.optional(),
  body: z.string().max(1_000_000).default(''),
  /** Devices whose edits were merged into the body; set by sync only when more than one device wrote it. */
  mergedFrom: z.array(z.string().max(200)).max(50).optional(),
};
export const NoteInput = z.object(noteFields);
export const Note = RecordMeta.extend(noteFields);
export type Note = z.infer<typeof Note>;

export const FollowUpStatus = z.enum(['open', 'in-progress', 'waiting', 'done', 'dropped']);
export type FollowUpStatus = z.infer<typeof FollowUpStatus>;
export const Priority = z.enum(['low', 'normal', 'high']);

export const Outcome = z.object({
  mou: z
    .object({ title: z.string().max(500), parties: z.array(z.string().max(300)).default([]), date: CalendarDate.optional() })
    .optional(),
  investmentHkd: z.number().nonnegative().optional(),
  jobs: z.number().int().nonnegative().optional(),
});
export type Outcome = z.infer<typeof Outcome>;

const followUpFields = {
  tripId: Id,
  title: z.string().trim().min(1, 'a follow-up needs a title').max(500),
  ownerId: Id.optional(),
  dueDate: CalendarDate.optional(),
  status: FollowUpStatus.default('open'),
  priority: Priority.default('normal'),
  organisationId: Id.optional(),
  eventId: Id.optional(),
  outcome: Outcome.default({}),
  details: z.string().max(20_000).default(''),
};
export const FollowUpInput = z.object(followUpFields);
export const FollowUp = RecordMeta.extend(followUpFields);
export type FollowUp = z.infer<typeof FollowUp>;
