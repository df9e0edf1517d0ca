// One data file of records in memory: a map per collection it holds, read through lowdb on first use and written
// back whole (the files are small by design; see layout.ts).
import { Low } from 'lowdb';
import type { Collection } from '../../../shared/model';
import type { Backups } from './backups';
import { type RecordsDoc, type RecordsReader, needsRewrite } from './documents';
import { type DirSync, DurableJsonFile } from './durable-file';
import { absolute } from './layout';
import { ReadOnlyDataError } from './errors';
import { CURRENT_SCHEMA_VERSION, NewerVersionError } from './migrations';
import { type AnyRecord, deepFreeze } from './plan';
import { rebuildFromLog } from './rebuild';
import { type RecoveryContext, loadOrRecover, subjectOf } from './recovery';
import type { ChangeReplay } from './replay';

export interface RecordFileContext {
  dataDir: string;
  backups: Backups;
  dirSync: DirSync;
  recovery: RecoveryContext;
  /** Brings a recovered file up to date from the change log; without it, recovery stops at the backup. */
  replay?: ChangeReplay;
}

/**
 * A section's records, deep-frozen on their way out rather than all at load: opening a trip reads a directory shard
 * of ~60 contacts for the one or two it names, and freezing every record of every shard cost more than reading them.
 * Records put in by the store are frozen already (plan.ts); deepFreeze on a frozen record returns at once.
 */
class FrozenOnRead<V extends object> extends Map<string, V> {
  override get(key: string): V | undefined {
    const value = super.get(key);
    return value === undefined ? undefined : deepFreeze(value);
  }

  override values(): MapIterator<V> {
    return frozenValues(super.values()) as unknown as MapIterator<V>;
  }

  override entries(): MapIterator<[string, V]> {
    return frozenEntries(super.entries()) as unknown as MapIterator<[string, V]>;
  }

  override [Symbol.iterator](): MapIterator<[string, V]> {
    return this.entries();
  }

  override forEach(callback: (value: V, key: string, map: Map<string, V>) => void, thisArg?: unknown): void {
    super.forEach((value, key) => callback.call(thisArg, deepFreeze(value), key, this));
  }
}

function* frozenValues<V>(values: Iterable<V>): Generator<V> {
  for (const value of values) yield deepFreeze(value);
}

function* frozenEntries<V>(entries: Iterable<[string, V]>): Generator<[string, V]> {
  for (const [key, value] of entries) yield [key, deepFreeze(value)];
}

export class RecordFile {
  readonly sections = new Map<Collection, Map<string, AnyRecord>>();
  private readonly low: Low<RecordsDoc>;
  private readonly adapter: DurableJsonFile<RecordsDoc>;

  constructor(
    readonly rel: string,
    private readonly collections: readonly Collection[],
    private readonly reader: RecordsReader,
    private readonly ctx: RecordFileContext,
  ) {
    for (const c of collections) this.sections.set(c, new FrozenOnRead());
    const adapter = (this.adapter = new DurableJsonFile(absolute(ctx.dataDir, rel), {
      parse: reader.parse,
      seal: reader.seal,
      beforeRename: () => ctx.backups.beforeReplace(rel),
      dirSync: ctx.dirSync,
    }));
    this.low = new Low<RecordsDoc>(adapter, this.emptyDoc());
  }

  private emptyDoc(): RecordsDoc {
    const doc: RecordsDoc = { schemaVersion: CURRENT_SCHEMA_VERSION };
    for (const c of this.collections) doc[c] = [];
    return doc;
  }

  /**
   * Set when a newer version of the app wrote the file: it is neither read nor ever written here (StoreFiles refuses
   * every change to it), so that version finds it as it left it.
   */
  readOnly: ReadOnlyDataError | undefined;

  /** Reads the file (recovering it if unreadable). Returns true when it came from an older version. */
  async load(): Promise<boolean> {
    const { replay, recovery } = this.ctx;
    const rebuild = replay && ((base: RecordsDoc) => rebuildFromLog(replay, this.rel, base));
    try {
      await loadOrRecover(recovery, this.rel, this.low, this.reader.parse, () => this.emptyDoc(), rebuild);
    } catch (error) {
      if (!(error instanceof NewerVersionError)) throw error;
      const subject = subjectOf(recovery, this.rel);
      this.readOnly = new ReadOnlyDataError(subject);
      const hidden = this.collections.includes('trips') ? ' (the trips in it are not shown)' : this.rel.startsWith('directory/') ? ` (the ${this.collections[0]} in it are not shown)` : '';
      recovery.notify(
        'warning',
        `${subject} was saved by a newer version of Delegation Planner (data version ${error.version}; this one reads up to ${CURRENT_SCHEMA_VERSION}). It is left untouched and read-only here${hidden}; update the app to open it.`,
      );
      return false;
    }
    for (const c of this.collections) {
      const map = this.sections.get(c)!;
      for (const record of (this.low.data[c] ?? []) as AnyRecord[]) map.set(record.id, record);
    }
    const older = needsRewrite(this.low.data);
    this.low.data = this.emptyDoc(); // The maps are the truth from here on.
    return older;
  }

  section(collection: Collection): Map<string, AnyRecord> {
    const map = this.sections.get(collection);
    if (!map) throw new Error(`${this.rel} holds no ${collection}`);
    return map;
  }

  /** The file's content now. Records are frozen, so the arrays are a stable snapshot to write later. */
  snapshot(extra: AnyRecord[] = []): RecordsDoc {
    const doc: RecordsDoc = { schemaVersion: CURRENT_SCHEMA_VERSION };
    for (const c of this.collections) (doc as Record<string, unknown>)[c] = [...this.section(c).values()];
    if (extra.length > 0) (doc as Record<string, unknown>)[this.collections[0]!] = [...this.section(this.collections[0]!).values(), ...extra];
    return doc;
  }

  /** Writes `doc` durably; with `renameAfter`, the file takes its place only once that has settled successfully. */
  write(doc: RecordsDoc, renameAfter?: Promise<void>): Promise<void> {
    this.low.data = doc;
    this.adapter.renameAfter = renameAfter;
    return this.low.write();
  }
}
