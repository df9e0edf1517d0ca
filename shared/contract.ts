// The one API between the renderer and the backend, whichever host carries it (Electron IPC or browser-mode HTTP).
// Each method names its domain and verb, the zod schema of its input and the type of its output.
import { z } from 'zod';
import { SyncServer } from './api-types';
import type { AppInfo, ContactImportRow, Dashboard, ExportFile, FollowUpRow, HistoryStep, IcsPreviewEvent, OrganisationPage, SampleTrip, SearchResults, SyncReport, SyncReviewItem, SyncStatus, TripDetail } from './api-types';
import type { CallOptions, DesktopShell, PushEventName, PushEvents } from './client';
import type { Contact, FollowUp, Member, Note, Organisation, Ride, Stay, Trip, TripEvent, Vehicle } from './model';
import {
  CalendarDate,
  ContactInput,
  EventInput,
  FollowUpInput,
  FollowUpStatus as FollowUpStatusSchema,
  Id,
  Leg,
  MemberInput,
  OrganisationInput,
  TripInput,
  patchOf,
  rideShape,
  RideInput,
  stayShape,
  StayInput,
  vehicleShape,
  VehicleInput,
} from './model';

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

export const Paper = z.enum(['A4', 'Letter']);
export type Paper = z.infer<typeof Paper>;

/** Per-device preferences: the clash and logistics rules (see shared/domain/clashes.ts, logistics/warnings.ts), who uses this laptop, the paper it prints on. */
export const Settings = z.object({
  transferMinutes: z.number().int().min(0).max(24 * 60),
  interCityTransferMinutes: z.number().int().min(0).max(48 * 60),
  tentativeWarningDays: z.number().int().min(0).max(365),
  /** The logistics warnings' thresholds (shared/domain/logistics/warnings.ts); a device that never saved them reads the
   *  defaults from settings.get. */
  travelWindowDays: z.number().int().min(0).max(30),
  pickUpMarginMinutes: z.number().int().min(0).max(24 * 60),
  rideMinutes: z.number().int().min(0).max(24 * 60),
  /** The delegation member who uses this device: the author of notes written here. */
  meId: Id.optional(),
  /** The paper every document dialog starts from, and every export made without naming one (A4 unless changed). */
  paper: Paper,
});
export type Settings = z.infer<typeof Settings>;

const { tripId: _followUpTrip, ...followUpFields } = FollowUpInput.shape;

/** Chosen by the window for a long import, so it can follow `import.progress` pushes and call `import.cancel`. */
const ImportJobId = z.string().min(1).max(64).optional();
/** Chosen by the window for an export that can take seconds, so it can follow `export.progress` pushes. */
const ExportJobId = z.string().min(1).max(64).optional();

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

/** The language of an exported document: the exporter's choice, whatever the app's language is. 简体 ('zh-Hans') is
 *  made from the 繁體 document by OpenCC, with names from their stored Simplified spelling. */
export const ExportLanguage = z.enum(['en', 'zh-Hant', 'zh-Hans']);
export type ExportLanguage = z.infer<typeof ExportLanguage>;

/** What a printed or exported trip document includes; notes and restricted briefing fields are off unless asked. */
export const DocumentOptions = z.object({
  tripId: Id,
  /** Left out: the paper in this device's settings. */
  paper: Paper.optional(),
  language: ExportLanguage.default('en'),
  includeNotes: z.boolean().default(false),
  includeRestricted: z.boolean().default(false),
});

/** What a logistics document (a member's itinerary, a driver's sheet, …) is made for: the trip, its language and paper. */
const LogisticsDocument = z.object({
  tripId: Id,
  paper: Paper.optional(),
  language: ExportLanguage.default('en'),
  /** Restricted briefing fields are left out unless the exporter asks. */
  includeRestricted: z.boolean().default(false),
});

const { tripId: _stayTrip, ...stayFields } = stayShape;
const { tripId: _vehicleTrip, ...vehicleFields } = vehicleShape;
const { tripId: _rideTrip, ...rideFields } = rideShape;
const OfTrip = z.object({ tripId: Id });

/** What purging a deleted note's text did; `keptForSync` entries stay until sync has sent them. */
export interface NotePurge {
  logEntries: number;
  keptForSync: number;
  backupsRewritten: number;
  backupsRemoved: number;
  /** Files that could not be read and so still may hold the text, relative to the data folder. */
  unreadable: string[];
}

/** A backup passphrase: as long as a team passphrase, since a backup file can be guessed at offline for ever. */
export const BackupPassphrase = z.string().min(8, 'a backup passphrase has at least 8 characters').max(1000);

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
  /** Deletes a note; with `purge`, its text is also removed from this device's files and backups (see README). */
  'notes.delete': { input: z.object({ id: Id, tripId: Id, purge: z.boolean().default(false) }), output: returns<{ id: string; purged?: NotePurge }>() },

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

  /**
   * Saves a file an export made, by the id it answered: Electron shows a save dialog and the backend writes the file
   * there; browser mode answers `download` and the client fetches GET /api/files/<id>. An unknown or expired id fails
   * with not-found (details.reason 'file-expired'): export again.
   */
  'files.saveAs': { input: z.object({ id: z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/) }), output: returns<{ saved: boolean; path?: string; download?: boolean }>() },

  'stays.list': { input: OfTrip, output: returns<Stay[]>() },
  'stays.create': { input: StayInput, output: returns<Stay>() },
  'stays.update': { input: z.object({ id: Id, tripId: Id, patch: patchOf(stayFields) }), output: returns<Stay>() },
  'stays.delete': { input: TripAndId, output: returns<{ id: string }>() },
  'vehicles.list': { input: OfTrip, output: returns<Vehicle[]>() },
  'vehicles.create': { input: VehicleInput, output: returns<Vehicle>() },
  'vehicles.update': { input: z.object({ id: Id, tripId: Id, patch: patchOf(vehicleFields) }), output: returns<Vehicle>() },
  /** Deleting a vehicle deletes its rides too, in the same undoable step. */
  'vehicles.delete': { input: TripAndId, output: returns<{ id: string }>() },
  'rides.list': { input: OfTrip, output: returns<Ride[]>() },
  'rides.create': { input: RideInput, output: returns<Ride>() },
  'rides.update': { input: z.object({ id: Id, tripId: Id, patch: patchOf(rideFields) }), output: returns<Ride>() },
  'rides.delete': { input: TripAndId, output: returns<{ id: string }>() },
  /**
   * Moves one member out of a ride into another car for the same journey, as one undoable step: into that car's ride
   * for it (same pick-up time and destination) when there is one, else into a new ride copying the journey. The ride
   * left behind keeps its car and journey. Fails with not-found when the ride or the car is gone, conflict when the
   * member is no longer in that ride, and invalid-input when the ride already is in that car; nothing is changed then.
   */
  'rides.moveMember': {
    input: z.object({ tripId: Id, memberId: Id, fromRideId: Id, toVehicleId: Id }),
    output: returns<{ from: Ride; to: Ride }>(),
  },
  /**
   * Seats the delegation in the cars for one day, as one undoable step: for each of the day's events (those named, or
   * every one the members attend that is not travel, a hotel stay or cancelled) one ride per car used, members by order
   * of precedence (the principal first, in the first car), each car filled up to its seats. The day's earlier rides are
   * replaced. `unseated` lists members who found no seat.
   */
  'rides.assignDay': {
    input: z.object({ tripId: Id, date: CalendarDate, vehicleIds: z.array(Id).max(100).optional(), memberIds: z.array(Id).max(500).optional(), eventIds: z.array(Id).max(200).optional() }),
    output: returns<{ rides: Ride[]; unseated: string[] }>(),
  },

  'export.itineraryPdf': { input: DocumentOptions, output: returns<ExportFile>() },
  /** One member's own programme: their events, their journeys with seats, their room, their car and driver. */
  'export.memberItineraryPdf': { input: LogisticsDocument.extend({ memberId: Id }), output: returns<ExportFile>() },
  /** A vehicle's day (every day when `date` is left out) for its driver: pick-ups, places and Chinese addresses, no meeting content. */
  'export.driverSheetPdf': { input: LogisticsDocument.extend({ vehicleId: Id, date: CalendarDate.optional() }), output: returns<ExportFile>() },
  /** One page per day for the principal (only `date` when given). */
  'export.principalSummaryPdf': { input: LogisticsDocument.extend({ date: CalendarDate.optional() }), output: returns<ExportFile>() },
  /** The programme for the hosts: delegation list in precedence, schedule, arrivals and cars; 简体 unless asked otherwise. */
  'export.hostProgrammePdf': { input: LogisticsDocument.extend({ language: ExportLanguage.default('zh-Hans') }), output: returns<ExportFile>() },
  'export.roomingList': { input: LogisticsDocument.extend({ format: z.enum(['pdf', 'xlsx']) }), output: returns<ExportFile>() },
  /** Each member's arrival and departure journeys with carrier, number, times, seats and booking references. */
  'export.manifest': { input: LogisticsDocument.extend({ format: z.enum(['csv', 'xlsx']) }), output: returns<ExportFile>() },
  /** One self-contained HTML file for a phone: day by day, Chinese addresses with map links, tap-to-call; one member's view when `memberId` is given. */
  'export.tripPack': { input: LogisticsDocument.extend({ memberId: Id.optional() }), output: returns<ExportFile>() },
  'export.briefingPdf': { input: DocumentOptions, output: returns<ExportFile>() },
  'export.reportPdf': { input: DocumentOptions, output: returns<ExportFile>() },
  'export.reportDocx': { input: DocumentOptions, output: returns<ExportFile>() },
  'export.reportMarkdown': { input: DocumentOptions, output: returns<ExportFile>() },
  /**
   * A press-release draft in the style of the seeds, for a person to edit; `file` is the draft to save, or the
   * person's edited `text` when given (it is kept as written, under the draft's file name).
   */
  /** The draft's text, and a file of it (the edited `text` when given) as plain text or a Word document. */
  'export.pressRelease': {
    input: z.object({ tripId: Id, language: ExportLanguage, text: z.string().max(1_000_000).optional(), format: z.enum(['txt', 'docx']).default('txt') }),
    output: returns<{ text: string; file: ExportFile }>(),
  },
  /** The trip's events as iCalendar with real TZIDs and VTIMEZONEs; only one member's when `memberId` is given. */
  'export.ics': { input: z.object({ tripId: Id, memberId: Id.optional() }), output: returns<ExportFile>() },
  'export.table': { input: z.object({ table: z.enum(['followups', 'contacts', 'outcomes']), format: z.enum(['csv', 'xlsx']), jobId: ExportJobId }), output: returns<ExportFile>() },

  'import.icsPreview': { input: z.object({ tripId: Id, text: z.string().max(20_000_000), jobId: ImportJobId }), output: returns<{ events: IcsPreviewEvent[] }>() },
  /** Imports the previewed events whose UIDs are listed; an event whose UID the trip already has is updated. */
  'import.icsApply': {
    input: z.object({ tripId: Id, text: z.string().max(20_000_000), uids: z.array(z.string()).max(100_000), jobId: ImportJobId }),
    output: returns<{ created: number; updated: number; skipped: number }>(),
  },
  /** Reads a contacts CSV: its columns, the mapping used (guessed when not given) and every row with its problems. */
  'import.contactsPreview': {
    input: z.object({ text: z.string().max(20_000_000), mapping: z.record(z.string(), z.string()).optional(), jobId: ImportJobId }),
    output: returns<{ columns: string[]; mapping: Record<string, string>; rows: ContactImportRow[] }>(),
  },
  /** Imports every row, or refuses and imports nothing when a row has a problem, unless `skipInvalid` says the user agreed. */
  'import.contactsApply': {
    input: z.object({ text: z.string().max(20_000_000), mapping: z.record(z.string(), z.string()), skipInvalid: z.boolean().default(false), jobId: ImportJobId }),
    output: returns<{ imported: number; skipped: number[] }>(),
  },
  /** Stops the import running under `jobId` (its call then fails with details.reason 'cancelled'); false if none was. */
  'import.cancel': { input: z.object({ jobId: z.string().min(1).max(64) }), output: returns<{ cancelled: boolean }>() },

  /** Everything in one file; with a passphrase it is encrypted (AES-256-GCM, key by scrypt). */
  'backup.export': { input: z.object({ passphrase: BackupPassphrase.optional(), jobId: ExportJobId }), output: returns<ExportFile>() },
  /** Restores a backup file: into an empty data folder, or replacing what is there (which is first saved to a file). */
  'backup.restore': {
    input: z.object({ base64: z.string().max(200_000_000), replace: z.boolean().default(false), passphrase: z.string().max(1000).optional() }),
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

// Kept here rather than in client.ts because it is typed by the methods above: client.ts importing this file while
// this file re-exports client.ts was an import cycle.
/** The client every host gives the renderer: one call, one subscription. */
export interface PlannerClient {
  call<M extends Method>(method: M, input: InputOf<M>, options?: CallOptions): Promise<OutputOf<M>>;
  on<E extends PushEventName>(event: E, listener: (payload: PushEvents[E]) => void): () => void;
  /** Keeps a file the backend made: a save dialog in Electron, a download in a browser. False when the user cancelled. */
  saveFile(file: ExportFile): Promise<{ saved: boolean; path?: string }>;
  /** What only the desktop app has; absent in a browser, where a folder path is typed instead. */
  desktop?: DesktopShell;
}

export function isMethod(name: string): name is Method {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

export * from './api-types';
export * from './client';
