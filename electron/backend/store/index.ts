// Opens the data directory: reads meta.json and the trip index only (the rest loads on first use), redoes in memory
// the groups logged after the last checkpoint (a crash may have kept them from the data files), and hands back the
// Store. See docs/architecture.md, "Store".
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { Low } from 'lowdb';
import { nanoid } from 'nanoid';
import { Id } from '../../../shared/model';
import { Backups } from './backups';
import { ChangeLog } from './change-log';
import { CheckpointMarker } from './checkpoint';
import { type MetaDoc, needsRewrite, parseMeta } from './documents';
import { DirSync, DurableJsonFile } from './durable-file';
import { CHANGES_DIR, META_FILE, absolute } from './layout';
import { CURRENT_SCHEMA_VERSION, NewerVersionError } from './migrations';
import { NoticeBoard } from './notices';
import { makePrivateDir, tightenDataFolder } from './private-files';
import { type RecoveryContext, loadOrRecover } from './recovery';
import { ChangeReplay } from './replay';
import { FileStore } from './store';
import { StoreFiles } from './store-files';
import type { Store, StoreOptions } from './types';
import { WriteQueue } from './write-queue';

export { StorageError, StoreValidationError, type StoreIssue } from './errors';
export { NewerVersionError } from './migrations';
export { ChangesCompactedError } from './change-log';
export type * from './types';

/** If meta.json is lost, the device keeps its identity from its change log folder (when there is exactly one). */
async function deviceFromChangeLog(dataDir: string): Promise<string | undefined> {
  try {
    const entries = await fs.readdir(absolute(dataDir, CHANGES_DIR), { withFileTypes: true });
    const dirs = entries.filter((e) => e.isDirectory());
    return dirs.length === 1 ? dirs[0]!.name : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Reads meta.json into `low` (recovering it if damaged). One from a newer version is left untouched: this session
 * runs on the same device id with default settings, kept in memory only. Returns true in that case.
 */
async function loadMeta(recovery: RecoveryContext, low: Low<MetaDoc>, fresh: MetaDoc): Promise<boolean> {
  try {
    await loadOrRecover(recovery, META_FILE, low, parseMeta, () => fresh);
    return false;
  } catch (error) {
    if (!(error instanceof NewerVersionError)) throw error;
    const raw = JSON.parse(await fs.readFile(absolute(recovery.dataDir, META_FILE), 'utf8')) as { deviceId?: unknown };
    const deviceId = Id.safeParse(raw.deviceId).success ? (raw.deviceId as string) : fresh.deviceId;
    low.data = { ...fresh, deviceId, samplesAnswered: true };
    recovery.notify(
      'warning',
      `The app settings for this computer (${META_FILE}) were saved by a newer version of Delegation Planner (data version ${error.version}; this one reads up to ${CURRENT_SCHEMA_VERSION}). The file is left untouched and read-only here, so settings changed now last only until the app is closed; update the app to keep them.`,
    );
    return true;
  }
}

export async function openStore(options: StoreOptions): Promise<Store> {
  const dataDir = path.resolve(options.dataDir);
  await makePrivateDir(dataDir);
  await tightenDataFolder(dataDir);
  const now = () => options.clock.now();
  const notices = new NoticeBoard(now);
  const queue = new WriteQueue();
  const logQueue = new WriteQueue(); // saves' appends only: never behind a checkpoint (decision 016)
  const dirSync = new DirSync();
  const backups = new Backups({ dataDir, now, intervalMs: (options.backupIntervalMinutes ?? 10) * 60_000, keep: options.backupsKept ?? 5 });
  const recovery: RecoveryContext = {
    dataDir,
    backups,
    queue,
    now,
    notify: (level, message) => notices.add(level, message),
  };

  const freshMeta: MetaDoc = {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    deviceId: options.deviceId ?? (await deviceFromChangeLog(dataDir)) ?? nanoid(),
    createdAt: new Date(now()).toISOString(),
    samplesAnswered: false,
  };
  const metaLow = new Low<MetaDoc>(
    new DurableJsonFile(absolute(dataDir, META_FILE), { parse: parseMeta, beforeRename: () => backups.beforeReplace(META_FILE), dirSync }),
    freshMeta,
  );
  const metaReadOnly = await loadMeta(recovery, metaLow, freshMeta);
  const writeMeta = async (doc: MetaDoc) => {
    metaLow.data = doc;
    if (!metaReadOnly) await metaLow.write(); // a newer version's meta.json is never overwritten
  };
  if (!metaReadOnly && (metaLow.data === freshMeta || needsRewrite(metaLow.data))) {
    await queue.run(async () => {
      await writeMeta(metaLow.data);
      await dirSync.flush();
    });
  }

  const deviceId = metaLow.data.deviceId;
  const log = new ChangeLog({ dataDir, deviceId, backups, recovery });
  const marker = new CheckpointMarker(dataDir, deviceId);
  const logOpened = Promise.all([log.open(), marker.read()]);
  // Created for every open but reads nothing until a data file needs recovering (then it waits for the log to open).
  const replay = new ChangeReplay(log, logOpened);
  const files = new StoreFiles({ dataDir, backups, dirSync, recovery, replay }, queue);
  recovery.tripTitle = (tripId) => (files.current('trips', tripId) as { title?: string } | undefined)?.title;
  await Promise.all([files.openTripIndex(), logOpened]);
  const store = new FileStore({
    deviceId,
    now,
    queue,
    logQueue,
    files,
    log,
    backups,
    dirSync,
    meta: metaLow.data,
    writeMeta,
    notices,
    marker,
    ...(options.checkpointDelayMs !== undefined && { checkpointDelayMs: options.checkpointDelayMs }),
  });
  await store.recover();
  return store;
}
