// The store: records in memory over partitioned lowdb files, one apply() through which every change passes, and two
// queues that write durably. A save is one append to the change log (its commit point) in the log's own queue; the
// data files it touched stay dirty in memory until a checkpoint writes them in the other queue (in the background, on
// flush and on close: decision 010), and a save never waits for a checkpoint (decision 016).
import type { Notice } from '../../../shared/contract';
import { HlcClock } from '../../../shared/domain/hlc';
import type { Change, Collection } from '../../../shared/model';
import type { ChangeLog } from './change-log';
import type { CheckpointMarker } from './checkpoint';
import { compactLog } from './compaction';
import { MetaDoc } from './documents';
import { StorageError, StoreValidationError } from './errors';
import type { DirSync } from './durable-file';
import type { NoticeBoard } from './notices';
import { isDirectoryCollection, isTripCollection, isTripId, tripFile } from './layout';
import type { DirtySnapshot, StoreFiles } from './store-files';
import { type AnyRecord, deepFreeze, locate, plan, remoteRecord } from './plan';
import { redoChanges } from './redo-log';
import type { Backups } from './backups';
import { PURGED_BODY, purgeNoteFiles } from './purge';
import { CheckpointTimer } from './checkpoint-timer';
import { recordsAsChanges } from './records-as-changes';
import { writeSliced } from './sliced-writes';
import type { IndexCollection, Mutation, PurgeNote, PurgeReport, RecordTypes, RemoteRecord, Store, StoreMeta, TripCollection } from './types';
import type { WriteQueue } from './write-queue';

export interface StoreParts {
  deviceId: string;
  now: () => number;
  /** Checkpoints, compaction, recovery and purges: everything that writes the data files. */
  queue: WriteQueue;
  /** Saves' appends to the change log, apart from `queue` so that a save never waits for a checkpoint. */
  logQueue: WriteQueue;
  files: StoreFiles;
  log: ChangeLog;
  /** For purging a note's text from the backups too. */
  backups: Backups;
  dirSync: DirSync;
  meta: MetaDoc;
  writeMeta(doc: MetaDoc): Promise<void>;
  notices: NoticeBoard;
  marker: CheckpointMarker;
  /** Quiet time after the last save before a background checkpoint (the default 1500 ms; tests pass their own). */
  checkpointDelayMs?: number;
}

/**
 * One caller's records, in memory from the moment they are staged until the group write that carries them ends.
 * A group whose write fails takes them out again (see FileStore.rollBack), so a failed save leaves nothing behind.
 */
interface Staged {
  put(collection: Collection, id: string, tripId: string | undefined, record: AnyRecord): void;
  /** Puts memory back as it was just before this caller's records. */
  undo(): void;
  /** Set by the group write: saved, or the failure that took the records back out. */
  outcome?: 'committed' | StorageError;
}

export class FileStore implements Store {
  readonly deviceId: string;
  private readonly hlc: HlcClock;
  private metaDirty = false;
  private closed = false;
  private readonly changeListeners = new Set<(changes: Change[]) => void>();
  /** Callers whose records are in memory but in no group write yet, oldest first. */
  private staged: Staged[] = [];
  /** Rollbacks so far: a checkpoint whose snapshot may hold a rolled-back save must not let its files take their place. */
  private rollbacks = 0;
  /** Every logged change up to this seq is in the data files (the checkpoint marker says so on disk). */
  private covered: number;
  /** What sync still needs from the log (compaction keeps every change after it); undefined holds nothing back. */
  private keepAfter: number | undefined;
  private readonly timer: CheckpointTimer;
  /** The background checkpoint running now, and whether another was asked for meanwhile. */
  private running: Promise<void> | undefined;
  private again = false;

  constructor(private readonly parts: StoreParts) {
    this.deviceId = parts.deviceId;
    this.hlc = new HlcClock(parts.deviceId, parts.now, parts.meta.lastHlc);
    const marker = parts.marker.current();
    for (const stamp of [parts.log.lastStamp(), marker?.lastHlc]) if (stamp) this.hlc.observe(stamp);
    this.covered = marker?.seq ?? parts.log.coveredBeforeCheckpoints();
    // A folder from before 010 (no marker, legacy segments): hold everything until sync says what it has sealed.
    this.keepAfter = marker ? marker.keepAfter : parts.log.coveredBeforeCheckpoints() > 0 || parts.log.segmentList().some((s) => s.legacy) ? 0 : undefined;
    this.timer = new CheckpointTimer(parts.checkpointDelayMs ?? 1500, () => this.background());
  }

  notices(): Notice[] {
    return this.parts.notices.list();
  }

  dismissNotice(id: string): boolean {
    return this.parts.notices.dismiss(id);
  }

  onNotice(listener: (notice: Notice) => void): () => void {
    return this.parts.notices.subscribe(listener);
  }

  meta(): StoreMeta {
    const { schemaVersion, deviceId, createdAt, samplesAnswered, settings } = this.parts.meta;
    return { schemaVersion, deviceId, createdAt, samplesAnswered, ...(settings && { settings: { ...settings } }) };
  }

  async setMeta(patch: Partial<Omit<StoreMeta, 'schemaVersion' | 'deviceId'>>): Promise<void> {
    this.assertOpen();
    const { createdAt, samplesAnswered, settings } = patch;
    const next = {
      ...this.parts.meta,
      ...(createdAt !== undefined && { createdAt }),
      ...(samplesAnswered !== undefined && { samplesAnswered }),
      ...(settings !== undefined && { settings: { ...settings } }),
    };
    const checked = MetaDoc.safeParse(next);
    if (!checked.success) {
      throw new StoreValidationError(checked.error.issues.map((i) => ({ path: ['meta', ...i.path].join('.'), message: i.message })));
    }
    await this.exclusive(async () => {
      const previous = this.parts.meta;
      const entry = this.begin(() => (this.parts.meta = previous));
      this.parts.meta = checked.data;
      this.metaDirty = true;
      await this.commit(entry, this.writeGroup);
    });
  }

  async all<C extends IndexCollection>(collection: C): Promise<RecordTypes[C][]> {
    const { files } = this.parts;
    if (collection === 'trips') return files.allTrips() as RecordTypes[C][];
    if (!isDirectoryCollection(collection)) throw new TypeError(`all() reads trips, members, organisations or contacts, not ${collection}`);
    await files.loadDirectory(collection);
    return files.directoryRecords(collection) as RecordTypes[C][];
  }

  async ofTrip<C extends TripCollection>(collection: C, tripId: string): Promise<RecordTypes[C][]> {
    if (!isTripId(tripId)) return []; // no trip has this id (it is a file name of the layout), so nothing is in it
    const file = await this.parts.files.ensure(tripFile(tripId));
    if (file.readOnly) throw file.readOnly;
    return [...file.section(collection).values()] as RecordTypes[C][];
  }

  async get<C extends Collection>(collection: C, id: string, tripId?: string): Promise<RecordTypes[C] | undefined> {
    if (isTripCollection(collection) && !tripId) throw new TypeError(`get('${collection}') needs the tripId whose file holds the record`);
    await this.parts.files.ensureFor(collection, id, tripId);
    const locked = isTripCollection(collection) && this.parts.files.lockedFor(collection, id, tripId);
    if (locked) throw locked;
    return this.parts.files.current(collection, id, tripId) as RecordTypes[C] | undefined;
  }

  async apply(mutations: Mutation[]): Promise<Change[]> {
    this.assertOpen();
    if (mutations.length === 0) return [];
    const { files, log } = this.parts;
    // Load every file involved first; after this await nothing yields until the changes are in memory.
    await Promise.all(
      mutations.map((m) => {
        const { tripId, issue } = locate(m);
        return issue ? undefined : files.ensureFor(m.collection, m.id, tripId);
      }),
    );
    const at = new Date(this.parts.now()).toISOString();
    const result = plan(mutations, {
      current: (c, id, tripId) => files.current(c, id, tripId),
      at,
      tick: () => this.hlc.tick(),
      device: this.deviceId,
    });
    if (result.changes.length === 0) return [];
    for (const s of result.staged.values()) {
      const locked = files.lockedFor(s.collection, s.id, s.tripId, s.record);
      if (locked) throw locked;
    }
    const entry = this.begin();
    for (const s of result.staged.values()) entry.put(s.collection, s.id, s.tripId, s.record);
    log.append(result.changes);
    await this.commit(entry, this.saveRun);
    this.announce(result.changes);
    this.timer.poke(files.dirtyCount());
    return result.changes;
  }

  async applyRemote(records: RemoteRecord[], observe?: string): Promise<{ applied: RemoteRecord[]; held: RemoteRecord[] }> {
    this.assertOpen();
    if (observe) this.hlc.observe(observe);
    const { files } = this.parts;
    const located = records.map((r) => ({ r, where: locate({ collection: r.collection, id: r.id, tripId: r.tripId, fields: r.values }) }));
    const loaded = () => located.every(({ r, where }) => where.issue !== undefined || files.isLoaded(r.collection, r.id, where.tripId));
    for (;;) {
      await Promise.all(located.map(({ r, where }) => (where.issue ? undefined : files.ensureFor(r.collection, r.id, where.tripId))));
      // Merged there, alone in both queues: a save made on top of a merged record is not logged before that record's
      // group has written it (that group may fail and take it back out). Loaded outside (a damaged file's recovery
      // queues its own write); a trip file let go meanwhile is loaded again.
      const merged = await this.exclusive(async () => (loaded() ? this.mergeRemote(located) : undefined));
      if (merged) return merged;
    }
  }

  private async mergeRemote(located: { r: RemoteRecord; where: ReturnType<typeof locate> }[]): Promise<{ applied: RemoteRecord[]; held: RemoteRecord[] }> {
    const { files } = this.parts;
    const applied: RemoteRecord[] = [];
    const held: RemoteRecord[] = [];
    const at = new Date(this.parts.now()).toISOString();
    const announced: Change[] = [];
    let entry: Staged | undefined;
    for (const { r, where } of located) {
      const before = where.issue ? undefined : files.current(r.collection, r.id, where.tripId);
      const refused = where.issue !== undefined || files.lockedFor(r.collection, r.id, where.tripId) !== undefined;
      const result = refused ? 'invalid' : remoteRecord(r.collection, r.values, r.id, at, before);
      if (result === 'invalid') {
        held.push(r); // retried at the next sync, once the rest of it has arrived
        continue;
      }
      applied.push(r);
      if (result === 'same') continue;
      entry ??= this.begin();
      entry.put(r.collection, r.id, where.tripId, result.record);
      // Shaped like a change for listeners; the empty stamp marks it as merged, not made here (never logged).
      const change: Change = { collection: r.collection, id: r.id, fields: result.fields, hlc: '', device: '', at };
      if (where.tripId) change.tripId = where.tripId;
      announced.push(change);
    }
    if (entry) {
      await this.commit(entry, this.writeGroup);
      this.announce(announced);
    }
    return { applied, held };
  }

  onChanges(listener: (changes: Change[]) => void): () => void {
    const own = (changes: Change[]) => listener(changes); // a listener added twice is called twice, removed once each
    this.changeListeners.add(own);
    return () => this.changeListeners.delete(own);
  }

  /**
   * Starts staging one caller's records in memory; `undoMore` puts back anything else it changes (meta). Synchronous
   * from here to the caller's last put, so the group write that takes the entry takes all of its records.
   */
  private begin(undoMore?: () => void): Staged {
    const { files } = this.parts;
    const replaced: { collection: Collection; id: string; tripId: string | undefined; record: AnyRecord | undefined }[] = [];
    const entry: Staged = {
      put(collection, id, tripId, record) {
        replaced.push({ collection, id, tripId, record: files.current(collection, id, tripId) });
        files.put(collection, id, tripId, record);
      },
      undo() {
        for (const r of replaced.reverse()) {
          if (r.record) files.put(r.collection, r.id, r.tripId, r.record);
          else files.remove(r.collection, r.id, r.tripId);
        }
        undoMore?.();
      },
    };
    this.staged.push(entry);
    return entry;
  }

  /** A save's group: the next append in the log queue. */
  private readonly saveRun = (): Promise<void> => this.parts.logQueue.group(this.saveGroup);

  /** Runs `task` alone in both queues: after every checkpoint and save queued so far, with none running beside it. */
  private exclusive<T>(task: () => Promise<T>): Promise<T> {
    const { queue, logQueue } = this.parts;
    return queue.run(() => logQueue.run(task));
  }

  /** Waits for the group write that carries `entry`: resolves once it is saved, throws if it was rolled back. */
  private async commit(entry: Staged, group: () => Promise<void>): Promise<void> {
    try {
      await group();
    } catch (error) {
      // A group whose change log was written is saved even if a data file then failed (recovery replays the log).
      if (entry.outcome !== 'committed') throw entry.outcome ?? error;
    }
    if (entry.outcome instanceof StorageError) throw entry.outcome; // rolled back by an earlier group's failure
  }

  /** Tells listeners synchronously, so that anything they keep (a search index) is current before apply() resolves. */
  private announce(changes: Change[]): void {
    for (const listener of [...this.changeListeners]) {
      try {
        listener(changes);
      } catch (error) {
        console.error('[store] a change listener failed; the change itself is kept:', error);
      }
    }
  }

  async purgeNoteText(note: PurgeNote): Promise<PurgeReport> {
    this.assertOpen();
    const { files, queue, log, backups } = this.parts;
    await files.ensure(tripFile(note.tripId));
    const record = files.current('notes', note.noteId, note.tripId) as RecordTypes['notes'] | undefined;
    if (record && record.body !== PURGED_BODY) {
      // The record as it is but for its body: updatedAt stays, so it still matches its last logged change.
      files.put('notes', note.noteId, note.tripId, deepFreeze({ ...record, body: PURGED_BODY }));
      await queue.group(this.checkpointGroup);
    }
    // Alone in both queues: no save may write the log's newest segment while it is rewritten.
    return this.exclusive(() => purgeNoteFiles({ log, backups }, note));
  }

  async changes(sinceSeq = 0): Promise<Change[]> {
    await this.settled(); // every save that returned is in the log
    return this.parts.log.since(sinceSeq);
  }

  oldestSeq(): number {
    return this.parts.log.oldestSeq();
  }

  lastSeq(): number {
    return this.parts.log.endSeq();
  }

  async changesFromRecords(): Promise<{ changes: Change[]; throughSeq: number }> {
    this.assertOpen();
    // Every change up to throughSeq is in memory before the records are read; a save landing meanwhile may be in them
    // too and is sealed again from the log later (the same values, a later stamp: harmless).
    await this.settled();
    const throughSeq = this.parts.log.endSeq();
    return { changes: await recordsAsChanges(this, () => this.hlc.tick(), this.deviceId), throughSeq };
  }

  async keepChangesAfter(seq: number | undefined): Promise<void> {
    if (this.closed || seq === this.keepAfter) return; // closed: nothing compacts any more
    this.keepAfter = seq;
    await this.parts.queue.run(() => this.writeMarker(this.covered));
  }

  async compact(): Promise<void> {
    const through = Math.min(this.covered, this.keepAfter ?? Number.POSITIVE_INFINITY);
    const { log, backups, queue, files } = this.parts;
    await compactLog({ log, backups, queue, dataDir: files.dataDir }, through);
  }

  /**
   * A background checkpoint, then compaction: off the save path; a failure waits for the next one (or close). One at a
   * time: a poke while one runs (saves go on meanwhile) asks for another once it is done.
   */
  private background(): Promise<void> {
    if (this.closed) return Promise.resolve();
    if (this.running) {
      this.again = true;
      return this.running;
    }
    const run = async () => {
      try {
        await this.flush();
        await this.compact();
      } catch (error) {
        console.error('[store] a background checkpoint failed; every save is kept in the change log:', error);
      }
    };
    this.running = run().finally(() => {
      this.running = undefined;
      if (this.again) this.timer.poke(this.parts.files.dirtyCount()); // stopped once closing: then a no-op
      this.again = false;
    });
    return this.running;
  }

  private async writeMarker(seq: number): Promise<void> {
    await this.parts.marker.write({ schemaVersion: 1, seq, lastHlc: this.hlc.current(), ...(this.keepAfter !== undefined && { keepAfter: this.keepAfter }) });
    this.covered = seq;
  }

  /**
   * Both queues have finished what is queued now, without waiting for what is queued after (a stream of saves, the
   * next background checkpoint), which could hold a caller off indefinitely.
   */
  private async settled(): Promise<void> {
    const { queue, logQueue } = this.parts;
    await Promise.all([queue.settled(), logQueue.settled()]);
  }

  async flush(): Promise<void> {
    const { log, files } = this.parts;
    if (log.stagedEnd() > this.covered || this.staged.length > 0 || files.hasDirty() || this.metaDirty) {
      await this.parts.queue.group(this.checkpointGroup);
    }
    await this.settled();
  }

  async close(): Promise<void> {
    if (this.closed) return;
    const stamp = this.hlc.current();
    if (this.parts.meta.lastHlc !== stamp) {
      this.parts.meta = { ...this.parts.meta, lastHlc: stamp };
      this.metaDirty = true;
    }
    this.timer.stop();
    await this.running;
    await this.flush();
    await this.compact().catch((error: unknown) => console.error('[store] compacting the change log failed; it is tried again next time:', error));
    this.closed = true;
  }

  /**
   * After a crash, the groups logged after the last checkpoint may be missing from the data files: put them back in
   * memory, in log order (redo is idempotent), for the next checkpoint to write.
   */
  async recover(): Promise<void> {
    const { files, log } = this.parts;
    const redone = await redoChanges(files, await log.since(Math.max(this.covered, log.oldestSeq() - 1)));
    // Files migrated from an older version wait for the next save; a redo is written by the next checkpoint.
    if (redone > 0) this.timer.poke(files.dirtyCount());
  }

  private assertOpen(): void {
    if (this.closed) throw new Error('The store is closed; reopen the data folder to make changes.');
  }

  /** A save: one line appended to the change log and fsynced, its commit point. Data files wait for a checkpoint. */
  private readonly saveGroup = async (): Promise<void> => {
    const entries = this.staged;
    this.staged = [];
    const logWrite = this.parts.log.writePending();
    try {
      await logWrite;
    } catch (error) {
      throw this.rollBack(entries, undefined, false, error);
    }
    for (const e of entries) e.outcome = 'committed';
  };

  /**
   * A checkpoint beside the saves (decision 016): takes its snapshot of the dirty files synchronously, with the seq the
   * log reaches once every save staged so far is appended, and lets each file take its place only once the log holds
   * that seq (a save whose append fails rolls back, and the files then wait: see `rollbacks`). The files are written a
   * few at a time, each after the saves in flight (writeSliced), then their folders fsynced, then the marker.
   * It never holds the log queue, so a save made meanwhile is appended at once; its files wait for the next checkpoint.
   */
  private readonly checkpointGroup = async (): Promise<void> => {
    const { files, log, dirSync, logQueue } = this.parts;
    const snapshot = files.takeDirty();
    const metaDoc = this.metaDirty ? this.parts.meta : undefined;
    this.metaDirty = false;
    const through = log.stagedEnd();
    const rollbacks = this.rollbacks;
    const logged = (through > log.endSeq() ? logQueue.group(this.saveGroup) : Promise.resolve()).then(() => {
      if (this.rollbacks !== rollbacks) throw new Error('a save made before this checkpoint could not be written to the change log');
    });
    logged.catch(() => undefined); // observed by every file's rename, and below
    const afterSaves = () => logQueue.settled(); // the saves in flight, not every save to come
    try {
      await writeSliced(snapshot.first, afterSaves, ({ file, doc }) => file.write(doc, logged));
      await logged;
      if (snapshot.then.length > 0) {
        await dirSync.flush(); // A trip that changed year is in its new file on disk before it leaves the old one.
        await writeSliced(snapshot.then, afterSaves, ({ file, doc }) => file.write(doc));
      }
      if (metaDoc) await this.parts.writeMeta(metaDoc);
      await dirSync.flush();
      await this.writeMarker(through);
    } catch (error) {
      files.restoreDirty(snapshot);
      if (metaDoc) this.metaDirty = true;
      throw this.notUpToDate(error);
    }
  };

  private notUpToDate(error: unknown): Error {
    const reason = error instanceof Error ? error.message : String(error);
    return new Error(
      `The data files could not be brought up to date (${reason}). Every saved change is kept in the change log and will be written to them with the next change; check that the disk has space and the folder can be written to.`,
      { cause: error },
    );
  }

  /**
   * Sync's merged records and meta (and any save staged on top of them): one durable group write, run alone in both
   * queues (exclusive). Takes its snapshot synchronously (so every save made before it started is
   * in it), then: any pending log line, then the dirty data files, then one fsync per directory, then the checkpoint
   * marker. The data files are written and fsynced alongside the log, but each takes its place only once the log is
   * durable: the log is the commit point.
   * A group without logged changes (sync's merged records, meta) commits once all its files are written.
   * Before its commit point a failure rolls the group back (rollBack); after it, the saves stand and the data files
   * are written again with the next group.
   */
  private readonly writeGroup = async (): Promise<void> => {
    const { files, log, dirSync } = this.parts;
    const entries = this.staged;
    this.staged = [];
    const snapshot = files.takeDirty();
    const metaDoc = this.metaDirty ? this.parts.meta : undefined;
    this.metaDirty = false;
    const logWrite = log.writePending();
    const logged = logWrite ?? Promise.resolve();
    const data = snapshot.first.map(({ file, doc }) => file.write(doc, logged));
    for (const written of data) written.catch(() => undefined); // observed below; no unhandled-rejection noise
    try {
      await logged;
    } catch (error) {
      await Promise.allSettled(data); // none took its place (each waits for the log); let them finish first
      throw this.rollBack(entries, snapshot, metaDoc !== undefined, error);
    }
    if (logWrite) for (const e of entries) e.outcome = 'committed';
    const through = log.endSeq(); // every change logged so far is in memory, so in this snapshot or on disk
    try {
      await Promise.all(data);
      if (snapshot.then.length > 0) {
        await dirSync.flush(); // A trip that changed year is in its new file on disk before it leaves the old one.
        await Promise.all(snapshot.then.map(({ file, doc }) => file.write(doc)));
      }
      if (metaDoc) await this.parts.writeMeta(metaDoc);
      await dirSync.flush();
      await this.writeMarker(through);
    } catch (error) {
      await Promise.allSettled(data); // let every file finish (or fail) before the next group touches it
      if (!logWrite && entries.length > 0) throw this.rollBack(entries, snapshot, metaDoc !== undefined, error);
      files.restoreDirty(snapshot);
      if (metaDoc) this.metaDirty = true;
      throw this.notUpToDate(error);
    }
    for (const e of entries) e.outcome = 'committed';
  };

  /**
   * A group failed before its commit point: its callers' records leave memory, and so do those of every save staged
   * since (made on top of them, and waiting in the change log's pending list, which is dropped). Their files are
   * written again with the next group, from memory as it now is: as it was before the failed saves.
   */
  private rollBack(entries: Staged[], snapshot: DirtySnapshot | undefined, metaWasDirty: boolean, error: unknown): StorageError {
    const failure = new StorageError(error);
    this.rollbacks++;
    const undone = [...entries, ...this.staged].reverse();
    this.staged = [];
    for (const entry of undone) {
      entry.undo();
      entry.outcome = failure;
    }
    this.parts.log.discardPending();
    if (snapshot) this.parts.files.restoreDirty(snapshot);
    if (metaWasDirty) this.metaDirty = true;
    return failure;
  }
}
