// What the rest of the backend may ask of the store. The store owns the data directory: nobody else writes there.
import type { Change, Collection, CollectionsIn, RecordTypes } from '../../../shared/model';
import type { Notice, NotePurge, Settings } from '../../../shared/contract';

/** The record type of each collection, from the registry (shared/model/collections.ts). */
export type { RecordTypes };

/** Collections kept in a trip's own file. */
export type TripCollection = CollectionsIn<'trip'>;
/** Collections loaded as a whole: the trip index and the shared directory. */
export type IndexCollection = Exclude<Collection, TripCollection>;

/**
 * One mutation of one record. `fields` are merged into the record (a create gives them all); a delete is
 * `{ deleted: true }` and a restore `{ deleted: false }`. Records of a trip's file need `tripId`.
 */
export interface Mutation<C extends Collection = Collection> {
  collection: C;
  id: string;
  tripId?: string;
  fields: Partial<RecordTypes[C]>;
  /**
   * Restoring a backup: take `createdAt` from `fields` (when the record was first made) instead of the time of the
   * apply. `updatedAt` is always the time of the apply: recovery relies on it matching the record's last change.
   */
  keepCreatedAt?: boolean;
}

/** A record as sync merged it: every current field (cleared fields absent); the store stamps `updatedAt`. */
export interface RemoteRecord {
  collection: Collection;
  id: string;
  tripId?: string;
  values: Record<string, unknown>;
}

export interface PurgeNote {
  tripId: string;
  noteId: string;
  /**
   * This device's changes up to this seq are sealed into sync batches (or no sync place is set up: undefined), so the
   * log entries after it are what sync has yet to send; they keep the text. See README, "Deleting a note".
   */
  keepLogAfter?: number;
}

/** Counts of what was purged (the contract's NotePurge, which notes.delete answers with). */
export type PurgeReport = NotePurge;

export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
}

export interface StoreOptions {
  dataDir: string;
  clock: Clock;
  /** Kept in meta.json; generated on first run when absent. */
  deviceId?: string;
  /** Minimum minutes between two backups of one file (default 10; 0 backs up before every replace). */
  backupIntervalMinutes?: number;
  /** Backups kept per file (default 5). */
  backupsKept?: number;
  /** Quiet time after the last save before the data files are written in the background (default 1500 ms). */
  checkpointDelayMs?: number;
}

export interface StoreMeta {
  schemaVersion: number;
  deviceId: string;
  createdAt: string;
  /** Set once the user has answered the sample-trips offer. */
  samplesAnswered: boolean;
  /** This device's preferences (settings.*); absent until first changed. */
  settings?: Partial<Settings>;
}

export interface Store {
  readonly deviceId: string;
  /** What happened while opening or saving that the user should hear about (a file set aside, a backup restored). */
  notices(): Notice[];
  dismissNotice(id: string): boolean;
  /** Calls `listener` with each notice raised from now on (a trip's file repaired when first opened, say). */
  onNotice(listener: (notice: Notice) => void): () => void;

  meta(): StoreMeta;
  /** Durably updates meta.json (not a recorded change: meta is per device). */
  setMeta(patch: Partial<Omit<StoreMeta, 'schemaVersion' | 'deviceId'>>): Promise<void>;

  /** Every record of an index collection, tombstones included; loads that part of the directory on first use. */
  all<C extends IndexCollection>(collection: C): Promise<RecordTypes[C][]>;
  /** Every record of one of a trip's collections, tombstones included; loads the trip's file on first use. */
  ofTrip<C extends TripCollection>(collection: C, tripId: string): Promise<RecordTypes[C][]>;
  get<C extends Collection>(collection: C, id: string, tripId?: string): Promise<RecordTypes[C] | undefined>;

  /**
   * The one way data changes. Validates every resulting record (throws `StoreValidationError`, changing nothing, if
   * any is invalid), stamps `createdAt`/`updatedAt`, records one Change per mutation that changed something, and
   * resolves once the changes are durable in the change log. Mutations in one call land together. When the disk
   * refuses the write it throws `StorageError` and nothing of the call is kept, in memory or on disk.
   */
  apply(mutations: Mutation[]): Promise<Change[]>;

  /**
   * Calls `listener` once per apply() that recorded something, with that apply's changes, once they are saved and just
   * before apply() resolves; a save that fails is rolled back and never announced. Crash recovery at open and the
   * rebuild of a damaged file happen before a file's records are first read, so they are not reported. A listener that
   * throws is logged and otherwise ignored: it cannot fail the apply or starve other listeners. Returns the unsubscribe.
   */
  onChanges(listener: (changes: Change[]) => void): () => void;

  /**
   * Sync: writes whole records merged from other devices. Not recorded as local changes (no change log, no undo),
   * but validated — a record that does not validate yet (only part of it has arrived) is returned in `held` and left
   * as it was — and announced through onChanges so indexes refresh. `observe` moves this device's clock past the
   * stamps just merged (already capped for far-future peers), so later local edits win over what was seen.
   */
  applyRemote(records: RemoteRecord[], observe?: string): Promise<{ applied: RemoteRecord[]; held: RemoteRecord[] }>;

  /**
   * Empties a note's body in this device's files: its trip file, that file's backups, and this device's change log
   * and its backups, except log entries after `keepLogAfter` (sync has yet to send them). Not a recorded change.
   */
  purgeNoteText(note: PurgeNote): Promise<PurgeReport>;

  /**
   * Changes recorded on this device after `sinceSeq`, oldest first (the audit trail; sync reads it too). The log
   * compacts (decision 010): asked for changes older than the oldest it keeps, it throws `ChangesCompactedError`
   * (store/change-log.ts) and the caller rebuilds from the records. `changes(oldestSeq() - 1)` always answers.
   */
  changes(sinceSeq?: number): Promise<Change[]>;

  /**
   * Every current record as one change (all its fields, a fresh stamp), and the seq those records reflect: for sync
   * when the changes it has not sealed were compacted away (it seals these and carries on from `throughSeq`).
   */
  changesFromRecords(): Promise<{ changes: Change[]; throughSeq: number }>;
  /** Seq of the oldest change the log still holds (lastSeq() + 1 when compaction left none). */
  oldestSeq(): number;
  /** Seq of the newest change logged: an index that read through it is current. */
  lastSeq(): number;
  /**
   * Sync: compaction keeps every change after `seq` (what sync has yet to seal); undefined holds nothing back (no sync
   * place set up). Kept durably across restarts.
   */
  keepChangesAfter(seq: number | undefined): Promise<void>;
  /** Folds away log segments the data files, sync and backups no longer need (also runs by itself after checkpoints). */
  compact(): Promise<void>;

  /**
   * A checkpoint: writes every data file still dirty (saves are durable in the change log before that) and waits for
   * queued writes to land. Throws when a data file cannot be written (the saves stay safe in the log).
   */
  flush(): Promise<void>;
  close(): Promise<void>;
}
