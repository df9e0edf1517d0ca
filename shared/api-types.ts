// What the backend answers: the output types named in shared/contract.ts (which re-exports them), and the sync
// server's schema, which both the status answer and sync.configure's input use.
import { z } from 'zod';
import type { Contact, EventKind, FollowUp, FollowUpStatus, Member, Note, Organisation, Outcome, PipelineStage, Ride, SearchKind, Stay, Trip, TripEvent, Vehicle } from './model';

/** One undoable step: what was done (`trip.create`, `event.move`, … — the renderer words it) to what, in which trip. */
export interface HistoryStep {
  action: string;
  /** The title or name of the record, for messages such as "Undid: move “Lunch”". */
  subject: string;
  tripId?: string;
  at: string;
}

/** Follow-ups across trips, with what the lists need to show them. */
export interface FollowUpRow {
  followUp: FollowUp;
  tripTitle: string;
  organisationName?: string;
  ownerName?: string;
  eventTitle?: string;
}

/** Sums of outcomes, as such offices publish them. */
export interface OutcomeTotals {
  mous: number;
  investmentHkd: number;
  jobs: number;
  /** Organisations at the stage "landed in Hong Kong". */
  companiesLanded: number;
  followUps: number;
}

export interface Dashboard {
  overall: OutcomeTotals;
  byTrip: { tripId: string; title: string; startDate: string; totals: OutcomeTotals }[];
  byYear: { year: string; totals: OutcomeTotals }[];
  bySector: { sector: string; totals: OutcomeTotals }[];
  byStage: { stage: PipelineStage; count: number }[];
}

/** Everything about one counterpart across all trips, newest first. */
export interface OrganisationPage {
  organisation: Organisation;
  contacts: Contact[];
  meetings: { event: TripEvent; tripTitle: string }[];
  notes: { note: Note; eventTitle: string; tripTitle: string; authorName?: string }[];
  followUps: FollowUpRow[];
  outcomes: { followUpId: string; tripId: string; title: string; outcome: Outcome; date?: string }[];
  totals: OutcomeTotals;
}

/** Declared with the collection registry (shared/model/collections.ts), each searchable collection naming its kind. */
export type { SearchKind };

export interface SearchHit {
  kind: SearchKind;
  id: string;
  /** Where to open it: the trip of an event, note or follow-up; the event of a note. */
  tripId?: string;
  eventId?: string;
  title: string;
  /** A short piece of the matching text, plain (the renderer escapes it). */
  snippet: string;
  /** For events, the kind, to show an icon. */
  eventKind?: EventKind;
  status?: FollowUpStatus;
}

export interface SearchResults {
  text: string;
  groups: { kind: SearchKind; hits: SearchHit[] }[];
  /** Milliseconds the backend spent. */
  tookMs: number;
  /**
   * Present while the search index is being rebuilt (missing, damaged or out of date on disk): the results come from
   * what is indexed so far and may be incomplete. `done` of `total` is how far the rebuild got.
   */
  indexing?: { done: number; total: number };
}

/**
 * A file the backend made for the user to keep. The bytes stay in the backend: the client saves it by `id` with
 * `client.saveFile` (a save dialog in Electron, a download in a browser). An id is forgotten once saved, after
 * 15 minutes, or when the app restarts.
 */
export interface ExportFile {
  id: string;
  fileName: string;
  mime: string;
  /** In bytes. */
  size: number;
}

/** One thing about a calendar entry in an import preview: a bar to importing it, or a note about how it was read. */
export interface IcsIssue {
  code: 'all-day' | 'repeating' | 'occurrence' | 'no-start' | 'bad-date' | 'end-before-start' | 'duplicate-uid' | 'zone-unknown' | 'floating' | 'utc' | 'outside-trip';
  level: 'problem' | 'note';
  /** What the wording names: the zone written in the file. */
  value?: string;
  /** The zone the planner used for it. */
  zone?: string;
}

export interface IcsPreviewEvent {
  uid: string;
  title: string;
  start: string;
  end: string;
  timeZone: string;
  /** The zone the end is in when the file gives it in another one (a flight). */
  endTimeZone?: string;
  /** The problem (if any) and notes (which zone was assumed…) as codes the renderer words in the user's language. */
  issues?: IcsIssue[];
  /** The trip's event with the same UID, which importing would update. */
  existingEventId?: string;
  /** Why this one cannot be imported (no start, no zone it can resolve…); such events are skipped. */
  problem?: string;
}

/** One thing about an import row, as a code the renderer words in the user's language: a bar to importing, or a note. */
export interface ContactImportIssue {
  code: 'no-name' | 'bad-email' | 'too-long' | 'duplicate' | 'duplicate-in-file' | 'unclosed-quote' | 'extra-values' | 'no-header' | 'empty-file' | 'new-organisation';
  level: 'error' | 'note';
  /** What the wording names: the bad email, the new organisation, the earlier row, the field too long, the count of values. */
  value?: string;
}

export interface ContactImportRow {
  /** 1-based row number in the file, counting the header as row 1. */
  row: number;
  values: Record<string, string>;
  /** Reasons this row cannot be imported, for people. */
  errors: string[];
  /** The same reasons as codes, and notes that are no bar to importing (an organisation that will be created). */
  issues?: ContactImportIssue[];
}

/**
 * Why another device's changes stopped coming in at one batch: `missing` (not in the folder or on the server),
 * `unreadable` (still being copied), `damaged`, `passphrase` (encrypted under another passphrase, or this laptop has
 * none), `not-encrypted` (sent without the team passphrase).
 */
export type SyncWaitReason = 'missing' | 'unreadable' | 'damaged' | 'passphrase' | 'not-encrypted';

/** Why records received from a device are not shown yet: their trip has not arrived, or the rest of them has not. */
export type SyncHeldReason = 'trip-missing' | 'incomplete';

export interface SyncDevice {
  deviceId: string;
  /** The member its user chose ("This laptop is …"); never guessed from what it wrote. */
  memberName?: string;
  /** The last batch applied from it. */
  seq: number;
  lastChangeAt?: string;
  /** Nothing after batch `seq` is applied from it until this one arrives or is put right. */
  waiting?: { seq: number; reason: SyncWaitReason; since: string };
  /** Records it wrote (in part) that this laptop holds back, counted by reason. */
  heldBack?: { reason: SyncHeldReason; records: number }[];
}

export interface SyncReport {
  startedAt: string;
  finishedAt: string;
  /** Batches this device wrote. */
  sent: number;
  /** What came in, per device. */
  received: { deviceId: string; memberName?: string; changes: number }[];
  /** For people: a folder that was missing, a batch that could not be read (it will be tried again), a wrong passphrase… */
  problems: string[];
  /** Concurrent overwrites waiting for a person to choose. */
  toReview: number;
}

/** Two devices set the same field without seeing each other's value: the newer one was kept; a person may swap. */
export interface SyncReviewItem {
  id: string;
  collection: string;
  recordId: string;
  tripId?: string;
  /** A title or name to recognise the record by. */
  recordTitle: string;
  field: string;
  kept: { value: unknown; deviceId: string; memberName?: string; at: string };
  other: { value: unknown; deviceId: string; memberName?: string; at: string };
}

/** Where this device syncs: a CouchDB server (the password is kept apart, never returned). */
export const SyncServer = z.object({
  url: z.string().url().max(1000),
  /** One database per team. */
  database: z.string().regex(/^[a-z][a-z0-9_$()+/-]*$/, 'a CouchDB database name: lower-case letters, digits and _$()+-/, starting with a letter').max(200),
  username: z.string().max(200).optional(),
});

export interface SyncStatus {
  deviceId: string;
  /** The member this laptop belongs to ("This laptop is …", settings.meId), sent to the others with the next sync. */
  me?: { memberId: string; memberName?: string };
  folder?: string;
  server?: z.infer<typeof SyncServer> & { hasPassword: boolean };
  encrypted: boolean;
  lastSync?: SyncReport;
  devices: SyncDevice[];
  toReview: number;
}

export interface Notice {
  id: string;
  level: 'info' | 'warning' | 'error';
  /** Written for people: what happened, what was kept, what to do. */
  message: string;
  at: string;
}

export interface AppInfo {
  version: string;
  deviceId: string;
  dataDir: string;
  /** True until the user has answered the sample-trips offer once. */
  offerSamples: boolean;
  notices: Notice[];
}

export interface SampleTrip {
  key: string;
  title: string;
  summary: string;
  startDate: string;
  endDate: string;
  loaded: boolean;
}

export interface TripDetail {
  trip: Trip;
  events: TripEvent[];
  notes: Note[];
  followUps: FollowUp[];
  members: Member[];
  organisations: Organisation[];
  contacts: Contact[];
  stays: Stay[];
  vehicles: Vehicle[];
  rides: Ride[];
}
