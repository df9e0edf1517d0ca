// The shape sample trips are written in: plain data with local keys, turned into store records by build.ts.
import type { Bilingual, EventKind, Travel, EventStatus, FollowUpStatus, Outcome, OrganisationKind, PipelineStage, RidePlace, TripStatus, VehicleType } from '../../../shared/model';

/** A name in English and, where we are sure of them, Traditional and Simplified Chinese (blank rather than guessed). */
export interface SampleNames {
  en: string;
  zhHant?: string;
  zhHans?: string;
}

/** A delegation member; `key` is local to the sample files, never stored. */
export interface SampleMember {
  key: string;
  name: SampleNames;
  title: string;
  /** Order of precedence: 1 leads. */
  rank: number;
  organisation: string;
}

export interface SampleOrganisation {
  key: string;
  name: SampleNames;
  kind: OrganisationKind;
  sector: string;
  city: string;
  website: string;
  /** Where it stands on the way to Hong Kong; prospect when the articles say nothing. */
  stage?: PipelineStage;
}

export interface SampleContact {
  key: string;
  name: SampleNames;
  title: string;
  /** Local key of a SampleOrganisation in the same sample. */
  organisation?: string;
}

export interface SampleLeg {
  city: string;
  country: string;
  timeZone: string;
  startDate: string;
  endDate: string;
}

export interface SampleEvent {
  key: string;
  kind: EventKind;
  title: string;
  /** Wall-clock time where it happens, `YYYY-MM-DDTHH:mm`, read in `timeZone` (easier to check against an itinerary than UTC). */
  start: string;
  /** Wall-clock time read in `endTimeZone` when given, else `timeZone`. */
  end: string;
  timeZone: string;
  endTimeZone?: string;
  venue?: Partial<Bilingual>;
  address?: Partial<Bilingual>;
  /** A journey's two ends (city and station or airport), its carrier and number, and each passenger's seat. */
  travel?: SampleTravel;
  members?: string[];
  contacts?: string[];
  organisations?: string[];
  status?: EventStatus;
  description?: string;
}

/** One member on a journey, by local key. */
export interface SamplePassenger {
  member: string;
  seat?: string;
  cabin?: string;
  bookingRef?: string;
}

export type SampleTravel = Omit<Travel, 'passengers'> & { passengers?: SamplePassenger[] };

/** One room of a stay: who sleeps in it (local member keys), its type, number and confirmation. */
export interface SampleRoom {
  members: string[];
  roomType: string;
  number?: string;
  confirmation?: string;
}

/** A hotel stay; loaded marked illustrative, like every sample's hotels and times. */
export interface SampleStay {
  hotel: Bilingual;
  address: Bilingual;
  phone?: string;
  checkIn: string;
  checkOut: string;
  timeZone?: string;
  rooms: SampleRoom[];
}

export interface SampleVehicle {
  key: string;
  label: string;
  type: VehicleType;
  seats: number;
  plate: string;
  provider: string;
  driver: { name: Bilingual; phone: string };
}

export interface SampleRide {
  /** Local key of a SampleVehicle. */
  vehicle: string;
  /** Wall-clock pick-up time in `timeZone`, `YYYY-MM-DDTHH:mm`. */
  pickUp: string;
  timeZone: string;
  from: RidePlace;
  /** Local key of the event the ride goes to; `to` names the place when there is none. */
  event?: string;
  to?: RidePlace;
  members: string[];
  /** Local key of the contact to call on arrival. */
  contact?: string;
  notes?: string;
}

/** A sample's illustrative logistics (issue 14): its hotels, cars with drivers, and rides. */
export interface SampleLogistics {
  stays: SampleStay[];
  vehicles: SampleVehicle[];
  rides: SampleRide[];
}

export interface SampleNote {
  /** Local key of the event the note was taken in. */
  event: string;
  /** Local key of the member who wrote it. */
  author?: string;
  body: string;
}

export interface SampleFollowUp {
  title: string;
  owner?: string;
  dueDate?: string;
  status: FollowUpStatus;
  priority?: 'low' | 'normal' | 'high';
  organisation?: string;
  event?: string;
  outcome?: Outcome;
  details?: string;
}

export interface SampleTrip {
  key: string;
  title: string;
  /** One or two sentences for the first-run offer. */
  summary: string;
  purpose: string;
  organisingBody: string;
  status: TripStatus;
  startDate: string;
  endDate: string;
  homeTimeZone: string;
  legs: SampleLeg[];
  members: SampleMember[];
  organisations: SampleOrganisation[];
  contacts: SampleContact[];
  events: SampleEvent[];
  notes: SampleNote[];
  followUps: SampleFollowUp[];
  logistics: SampleLogistics;
}
