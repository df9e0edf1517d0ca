// The shape sample trips are written in: plain data with local keys, turned into store records by build.ts.
import type { Bilingual, EventKind, Travel, EventStatus, FollowUpStatus, Outcome, OrganisationKind, PipelineStage, TripStatus } from '../../../shared/model';

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
  /** A journey's two ends (city and station or airport). */
  travel?: Travel;
  members?: string[];
  contacts?: string[];
  organisations?: string[];
  status?: EventStatus;
  description?: string;
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
}
