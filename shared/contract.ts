// The one API between the renderer and the backend, whichever host carries it (Electron IPC or browser-mode HTTP).
// Each method names its domain and verb, the zod schema of its input and the type of its output.
import { z } from 'zod';
import type { Contact, FollowUp, Member, Note, Organisation, Trip, TripEvent } from './model';
import type { EventKind, FollowUpStatus, Outcome, PipelineStage } from './model';
import { CalendarDate, ContactInput, EventInput, FollowUpInput, FollowUpStatus as FollowUpStatusSchema, Id, Leg, MemberInput, OrganisationInput, TripInput, patchOf } from './model';

/** Declares an output type without a runtime schema (the backend builds outputs itself). */
function returns<T>(): T {
  return undefined as T;
}

/** A leg as the user enters it; the backend gives new legs an id. */
const LegInput = z.object({ ...Leg.shape, id: Id.optional() });

const TripCreate = z.object({ ...TripInput.shape, legs: z.array(LegInput).max(100).default([]) });
const TripPatch = patchOf(TripCreate.shape);

const { tripId: _tripId, ...eventFields } = EventInput.shape;
const EventPatch = patchOf(eventFields);
const TripAndId = z.object({ id: Id, tripId: Id });

/** Per-device preferences: the clash rules (see shared/domain/clashes.ts) and who uses this laptop. */
export const Settings = z.object({
  transferMinutes: z.number().int().min(0).max(24 * 60),
  interCityTransferMinutes: z.number().int().min(0).max(48 * 60),
  tentativeWarningDays: z.number().int().min(0).max(365),
  /** The delegation member who uses this device: the author of notes written here. */
  meId: Id.optional(),
});
export type Settings = z.infer<typeof Settings>;

/** One undoable step: what was done (`trip.create`, `event.move`, … — the renderer words it) to what, in which trip. */
export interface HistoryStep {
  action: string;
  /** The title or name of the record, for messages such as "Undid: move “Lunch”". */
  subject: string;
  tripId?: string;
  at: string;
}

const { tripId: _followUpTrip, ...followUpFields } = FollowUpInput.shape;

/** Follow-ups across trips, with what the lists need to show them. */
export interface FollowUpRow {
  followUp: FollowUp;
  tripTitle: string;
  organisationName?: string;
  ownerName?: string;
  eventTitle?: string;
}

export const FollowUpFilter = z.object({
  tripId: Id.optional(),
  ownerId: Id.optional(),
  organisationId: Id.optional(),
  status: z.array(FollowUpStatusSchema).optional(),
  /** Only those due before `today` and not done or dropped. */
  overdue: z.boolean().optional(),
  /** Only those due from `today` to six days after it. */
  dueThisWeek: z.boolean().optional(),
  /** The user's local date, which decides what is overdue. */
  today: CalendarDate,
});

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

export type SearchKind = 'trip' | 'event' | 'note' | 'organisation' | 'contact' | 'followup';

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
}

/** A file the backend made for the user to keep; the client saves it (a dialog in Electron, a download in a browser). */
export interface ExportFile {
  fileName: string;
  mime: string;
  base64: string;
}

export const Paper = z.enum(['A4', 'Letter']);
export const ExportLanguage = z.enum(['en', 'zh-Hant']);

/** What a printed or exported trip document includes; notes and restricted briefing fields are off unless asked. */
export const DocumentOptions = z.object({
  tripId: Id,
  paper: Paper.default('A4'),
  language: ExportLanguage.default('en'),
  includeNotes: z.boolean().default(false),
  includeRestricted: z.boolean().default(false),
});

/** One thing about a calendar entry in an import preview: a bar to importing it, or a note about how it was read. */
export interface IcsIssue {
  code: 'all-day' | 'repeating' | 'occurrence' | 'no-start' | 'end-before-start' | 'duplicate-uid' | 'zone-unknown' | 'floating' | 'utc' | 'outside-trip';
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

/** Where this device syncs: a shared folder and/or a CouchDB server (the password is kept apart, never returned). */
export const SyncServer = z.object({
  url: z.string().url().max(1000),
  /** One database per team. */
  database: z.string().regex(/^[a-z][a-z0-9_$()+/-]*$/, 'a CouchDB database name: lower-case letters, digits and _$()+-/, starting with a letter').max(200),
  username: z.string().max(200).optional(),
});

export interface SyncDevice {
  deviceId: string;
  /** The member who uses that device, when its changes say so. */
  memberName?: string;
  /** The last batch applied from it. */
  seq: number;
  lastChangeAt?: string;
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

export interface SyncStatus {
  deviceId: string;
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
}

export const contract = {
  'app.info': { input: z.object({}), output: returns<AppInfo>() },
  'app.dismissNotice': { input: z.object({ id: z.string() }), output: returns<{ dismissed: boolean }>() },

  'trips.list': { input: z.object({}), output: returns<Trip[]>() },
  'trips.get': { input: z.object({ id: Id }), output: returns<TripDetail>() },
  'trips.create': { input: TripCreate, output: returns<Trip>() },
  'trips.update': { input: z.object({ id: Id, patch: TripPatch }), output: returns<Trip>() },
  'trips.delete': { input: z.object({ id: Id }), output: returns<{ id: string }>() },
  'trips.restore': { input: z.object({ id: Id }), output: returns<Trip>() },

  'samples.list': { input: z.object({}), output: returns<SampleTrip[]>() },
  'samples.load': { input: z.object({ keys: z.array(z.string()).optional() }), output: returns<{ loaded: Trip[] }>() },
  'samples.dismiss': { input: z.object({}), output: returns<{ dismissed: true }>() },

  'members.list': { input: z.object({}), output: returns<Member[]>() },
  'organisations.list': { input: z.object({}), output: returns<Organisation[]>() },
  'contacts.list': { input: z.object({}), output: returns<Contact[]>() },
  /** The *.merge methods fold duplicates into `keepId`: every reference moves to it and the others become tombstones. */
  'members.create': { input: MemberInput, output: returns<Member>() },
  'members.update': { input: z.object({ id: Id, patch: patchOf(MemberInput.shape) }), output: returns<Member>() },
  'members.delete': { input: z.object({ id: Id }), output: returns<{ id: string }>() },
  'members.merge': { input: z.object({ keepId: Id, mergeIds: z.array(Id).min(1).max(50) }), output: returns<Member>() },
  'organisations.create': { input: OrganisationInput, output: returns<Organisation>() },
  'organisations.update': { input: z.object({ id: Id, patch: patchOf(OrganisationInput.shape) }), output: returns<Organisation>() },
  'organisations.delete': { input: z.object({ id: Id }), output: returns<{ id: string }>() },
  'organisations.merge': { input: z.object({ keepId: Id, mergeIds: z.array(Id).min(1).max(50) }), output: returns<Organisation>() },
  'contacts.create': { input: ContactInput, output: returns<Contact>() },
  'contacts.update': { input: z.object({ id: Id, patch: patchOf(ContactInput.shape) }), output: returns<Contact>() },
  'contacts.delete': { input: z.object({ id: Id }), output: returns<{ id: string }>() },
  'contacts.merge': { input: z.object({ keepId: Id, mergeIds: z.array(Id).min(1).max(50) }), output: returns<Contact>() },

  'events.create': { input: EventInput, output: returns<TripEvent>() },
  'events.update': { input: z.object({ id: Id, tripId: Id, patch: EventPatch }), output: returns<TripEvent>() },
  'events.delete': { input: TripAndId, output: returns<{ id: string }>() },
  'events.duplicate': { input: TripAndId, output: returns<TripEvent>() },
  /** A copy of the trip starting on `startDate`: every event shifts by the same number of days in its own zone. */
  'trips.duplicate': { input: z.object({ id: Id, startDate: CalendarDate, title: z.string().trim().min(1).max(300).optional() }), output: returns<Trip>() },

  /** Undoes the newest step (of one trip when `tripId` is given); `step` is null when there is nothing to undo. */
  'history.undo': { input: z.object({ tripId: Id.optional() }), output: returns<{ step: HistoryStep | null }>() },
  'history.redo': { input: z.object({ tripId: Id.optional() }), output: returns<{ step: HistoryStep | null }>() },

  /** Creates (no id) or updates one member's note on an event; autosave calls it, so it is not an undo step. */
  'notes.save': {
    input: z.object({ id: Id.optional(), tripId: Id, eventId: Id, authorId: Id.optional(), body: z.string().max(1_000_000) }),
    output: returns<Note>(),
  },
  'notes.delete': { input: z.object({ id: Id, tripId: Id }), output: returns<{ id: string }>() },

  'followups.list': { input: FollowUpFilter, output: returns<FollowUpRow[]>() },
  'followups.create': { input: FollowUpInput, output: returns<FollowUp>() },
  'followups.update': { input: z.object({ id: Id, tripId: Id, patch: patchOf(followUpFields) }), output: returns<FollowUp>() },
  'followups.setStatus': { input: z.object({ id: Id, tripId: Id, status: FollowUpStatusSchema }), output: returns<FollowUp>() },
  'followups.delete': { input: z.object({ id: Id, tripId: Id }), output: returns<{ id: string }>() },
  /** Open follow-ups due before `today` (the user's local date), for the count in the navigation. */
  'followups.overdueCount': { input: z.object({ today: CalendarDate }), output: returns<{ count: number }>() },

  'organisations.page': { input: z.object({ id: Id }), output: returns<OrganisationPage>() },
  'outcomes.dashboard': { input: z.object({}), output: returns<Dashboard>() },

  /** Trips, events, notes, organisations, contacts and follow-ups, in English and Chinese. */
  'search.query': { input: z.object({ text: z.string().max(500), limit: z.number().int().min(1).max(100).default(8) }), output: returns<SearchResults>() },

  /** Saves a file the backend made: Electron shows a save dialog; browser mode answers `download` and the client downloads. */
  'files.saveAs': { input: z.object({ fileName: z.string().min(1).max(200), mime: z.string().max(200), base64: z.string() }), output: returns<{ saved: boolean; path?: string; download?: boolean }>() },

  'export.itineraryPdf': { input: DocumentOptions, output: returns<ExportFile>() },
  'export.briefingPdf': { input: DocumentOptions, output: returns<ExportFile>() },
  'export.reportPdf': { input: DocumentOptions, output: returns<ExportFile>() },
  'export.reportDocx': { input: DocumentOptions, output: returns<ExportFile>() },
  'export.reportMarkdown': { input: DocumentOptions, output: returns<ExportFile>() },
  /** A press-release draft in the style of the seeds, for a person to edit. */
  'export.pressRelease': { input: z.object({ tripId: Id, language: ExportLanguage }), output: returns<{ text: string; file: ExportFile }>() },
  /** The trip's events as iCalendar with real TZIDs and VTIMEZONEs; only one member's when `memberId` is given. */
  'export.ics': { input: z.object({ tripId: Id, memberId: Id.optional() }), output: returns<ExportFile>() },
  'export.table': { input: z.object({ table: z.enum(['followups', 'contacts', 'outcomes']), format: z.enum(['csv', 'xlsx']) }), output: returns<ExportFile>() },

  'import.icsPreview': { input: z.object({ tripId: Id, text: z.string().max(20_000_000) }), output: returns<{ events: IcsPreviewEvent[] }>() },
  /** Imports the previewed events whose UIDs are listed; an event whose UID the trip already has is updated. */
  'import.icsApply': {
    input: z.object({ tripId: Id, text: z.string().max(20_000_000), uids: z.array(z.string()).max(10_000) }),
    output: returns<{ created: number; updated: number; skipped: number }>(),
  },
  /** Reads a contacts CSV: its columns, the mapping used (guessed when not given) and every row with its problems. */
  'import.contactsPreview': {
    input: z.object({ text: z.string().max(20_000_000), mapping: z.record(z.string(), z.string()).optional() }),
    output: returns<{ columns: string[]; mapping: Record<string, string>; rows: ContactImportRow[] }>(),
  },
  /** Imports every row, or refuses and imports nothing when a row has a problem, unless `skipInvalid` says the user agreed. */
  'import.contactsApply': {
    input: z.object({ text: z.string().max(20_000_000), mapping: z.record(z.string(), z.string()), skipInvalid: z.boolean().default(false) }),
    output: returns<{ imported: number; skipped: number[] }>(),
  },

  /** Everything in one file. */
  'backup.export': { input: z.object({}), output: returns<ExportFile>() },
  /** Restores a backup file: into an empty data folder, or replacing what is there (which is first saved to a file). */
  'backup.restore': {
    input: z.object({ base64: z.string().max(200_000_000), replace: z.boolean().default(false) }),
    output: returns<{ restored: Record<string, number>; previousSavedTo?: string }>(),
  },

  'sync.status': { input: z.object({}), output: returns<SyncStatus>() },
  /** Sets where to sync; `null` removes a place. The password and passphrase are kept on this device only. */
  'sync.configure': {
    input: z.object({
      folder: z.string().min(1).max(1000).nullable().optional(),
      server: SyncServer.nullable().optional(),
      password: z.string().max(1000).nullable().optional(),
      passphrase: z.string().min(8, 'a team passphrase has at least 8 characters').max(1000).nullable().optional(),
    }),
    output: returns<SyncStatus>(),
  },
  'sync.now': { input: z.object({}), output: returns<SyncReport>() },
  'sync.review': { input: z.object({}), output: returns<SyncReviewItem[]>() },
  /** Keeps the value already kept, or swaps to the other one (a new change that every device will receive). */
  'sync.resolve': { input: z.object({ id: z.string(), keep: z.enum(['kept', 'other']) }), output: returns<{ resolved: boolean }>() },

  'settings.get': { input: z.object({}), output: returns<Settings>() },
  'settings.update': { input: Settings.partial(), output: returns<Settings>() },
} as const;

export type Contract = typeof contract;
export type Method = keyof Contract;
export type InputOf<M extends Method> = z.input<Contract[M]['input']>;
export type ParsedInputOf<M extends Method> = z.output<Contract[M]['input']>;
export type OutputOf<M extends Method> = Contract[M]['output'];

export const methods = Object.keys(contract) as Method[];

export function isMethod(name: string): name is Method {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

/** Every failure crosses the boundary in this shape. */
export type ErrorCode = 'invalid-input' | 'not-found' | 'conflict' | 'storage' | 'unknown-method' | 'forbidden' | 'internal';

export interface ApiError {
  code: ErrorCode;
  message: string;
  details?: unknown;
}

export type Reply<T> = { ok: true; result: T } | { ok: false; error: ApiError };

/** Events the backend pushes to open windows. */
export interface PushEvents {
  'data.changed': { collections: string[]; tripIds: string[] };
  'notice': Notice;
  /** A menu command the renderer carries out (Electron only), e.g. `samples.offer` from File › Load sample trips…. */
  'menu': { command: string };
  /** A sync finished: what came in (screens refresh through data.changed). */
  'sync.finished': SyncReport;
}
export type PushEventName = keyof PushEvents;

/** How one call is carried; hosts that have no use for an option ignore it. */
export interface CallOptions {
  /** Browser mode: let the request outlive the page (fetch keepalive), for the last save as a window closes. */
  keepalive?: boolean;
}

/** The client every host gives the renderer: one call, one subscription. */
export interface PlannerClient {
  call<M extends Method>(method: M, input: InputOf<M>, options?: CallOptions): Promise<OutputOf<M>>;
  on<E extends PushEventName>(event: E, listener: (payload: PushEvents[E]) => void): () => void;
  /** Keeps a file the backend made: a save dialog in Electron, a download in a browser. False when the user cancelled. */
  saveFile(file: ExportFile): Promise<{ saved: boolean; path?: string }>;
}

/** Thrown by clients when a call fails, carrying the typed error. */
export class PlannerError extends Error implements ApiError {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'PlannerError';
  }
}
