// What sync keeps on this device under <dataDir>/sync/: where to sync (config.json), the password and passphrase
// (secrets.json, kept apart and sealed with the OS keychain where there is one), and the replica (state.json: merged state, applied, own sealed batches, review items,
// the last report). Each file is replaced atomically through the store's durable-file helpers.
import path from 'node:path';
import type { z } from 'zod';
import type { SyncReport, SyncServer, SyncWaitReason } from '../../../shared/contract';
import type { CouchCheckpoint } from './couch';
import type { Applied, Batch } from '../../../shared/domain/sync/batch';
import type { ReplicaState, ReviewItem, Seen } from '../../../shared/domain/sync/merge';
import { emptyState } from '../../../shared/domain/sync/merge';
import type { SecretBox } from '../ports';
import { readTextIfExists, replaceFile } from '../store/durable-file';

export const SYNC_SCHEMA_VERSION = 1;

export interface SyncConfig {
  schemaVersion: number;
  folder?: string;
  server?: z.infer<typeof SyncServer>;
}

/** Kept apart from config.json so the config can be shown and copied without secrets. */
export interface SyncSecrets {
  schemaVersion: number;
  password?: string;
  passphrase?: string;
  /** Set on read only: secrets saved sealed that cannot be opened here; they are treated as absent. */
  unreadable?: SecretName[];
}

type SecretName = 'password' | 'passphrase';
const SECRET_NAMES: SecretName[] = ['password', 'passphrase'];

/**
 * secrets.json on disk. `sealed: true`: each value is base64 from the host's SecretBox (Electron safeStorage).
 * `sealed: false` (or absent, files from before): plain text, written only where there is no SecretBox — browser mode,
 * whose Node server has no OS keychain to ask; the file is then in the user's own data folder, like the data itself.
 */
interface SecretsFile {
  schemaVersion: number;
  sealed?: boolean;
  password?: string;
  passphrase?: string;
}

export const UNREADABLE_PASSWORD = 'The saved sync password could not be read on this computer; enter it again on the Sync page.';
export const UNREADABLE_PASSPHRASE =
  'The saved team passphrase could not be read on this computer, so nothing was sent. Enter it again on the Sync page, then sync again.';

export interface StoredReview extends ReviewItem {
  /** Stable id for sync.resolve. */
  key: string;
}

export interface SyncState {
  schemaVersion: number;
  replica: ReplicaState;
  applied: Applied;
  /** Highest stamp applied from each other device (what our next batch says we had seen). */
  seen: Seen;
  /** Our own sealed batches, oldest first (seq = index + 1). Sealed before any transport sees them. */
  log: Batch[];
  /** How many of this device's recorded changes (store.changes seq) are sealed into `log`. */
  sealedSeq: number;
  /** Per destination (`folder:<path>`, `server:<url>/<db>`; a transport's name before that existed), the last of our seqs it holds. */
  pushed: Record<string, number>;
  /** Records merged but not valid yet (part of them has not arrived): written to the store at a later sync. */
  held: string[];
  review: StoredReview[];
  /**
   * Per other device: the member its user chose ("This laptop is …", from its batches' `member`) and when its last
   * change was made. (An older `memberId` here was guessed from note authors; it is ignored, never shown.)
   */
  devices: Record<string, { chosenMemberId?: string; lastChangeAt?: string }>;
  /** The person this device last put into a batch (settings.meId); absent until it first did. */
  announcedMember?: string | null;
  /** Per other device whose stream is stopped: the batch it waits for, why, and since when (kept while unchanged). */
  waiting?: Record<string, SyncWait>;
  lastReport?: SyncReport;
  /** Where reading the server resumes. */
  couchCheckpoint?: CouchCheckpoint;
}

export interface SyncWait {
  seq: number;
  reason: SyncWaitReason;
  since: string;
}

export function emptySyncState(): SyncState {
  return { schemaVersion: SYNC_SCHEMA_VERSION, replica: emptyState(), applied: {}, seen: {}, log: [], sealedSeq: 0, pushed: {}, held: [], review: [], devices: {} };
}

export class SyncFiles {
  readonly dir: string;

  constructor(
    dataDir: string,
    private readonly box?: SecretBox,
  ) {
    this.dir = path.join(dataDir, 'sync');
  }

  private async read<T extends { schemaVersion: number }>(name: string, fallback: () => T): Promise<T> {
    const text = await readTextIfExists(path.join(this.dir, name));
    if (text === null) return fallback();
    const parsed = JSON.parse(text) as T;
    if (parsed.schemaVersion > SYNC_SCHEMA_VERSION) {
      throw new Error(`The sync file ${name} was written by a newer version of the app; update the app before syncing.`);
    }
    return parsed;
  }

  private write(name: string, value: unknown): Promise<void> {
    return replaceFile(path.join(this.dir, name), JSON.stringify(value));
  }

  readConfig = () => this.read<SyncConfig>('config.json', () => ({ schemaVersion: SYNC_SCHEMA_VERSION }));
  writeConfig = (c: SyncConfig) => this.write('config.json', c);
  readSecrets = async (): Promise<SyncSecrets> => {
    const file = await this.read<SecretsFile>('secrets.json', () => ({ schemaVersion: SYNC_SCHEMA_VERSION }));
    const secrets: SyncSecrets = { schemaVersion: file.schemaVersion };
    const unreadable: SecretName[] = [];
    for (const name of SECRET_NAMES) {
      const stored = file[name];
      if (stored === undefined) continue;
      if (!file.sealed) {
        secrets[name] = stored;
        continue;
      }
      // Sealed on another computer or for another user, or the keychain was reset: only this secret is lost.
      try {
        if (!this.box?.available()) throw new Error('no secret box');
        secrets[name] = await this.box.decrypt(stored);
      } catch {
        unreadable.push(name);
      }
    }
    if (unreadable.length > 0) secrets.unreadable = unreadable;
    return secrets;
  };

  /** Seals with the SecretBox when it can; a secret that could not be read is dropped (it cannot be opened here). */
  writeSecrets = async (s: SyncSecrets): Promise<void> => {
    const sealed = Boolean(this.box?.available());
    const file: SecretsFile = { schemaVersion: SYNC_SCHEMA_VERSION, sealed };
    for (const name of SECRET_NAMES) {
      const value = s[name];
      if (value !== undefined) file[name] = sealed ? await this.box!.encrypt(value) : value;
    }
    return this.write('secrets.json', file);
  };
  readState = () => this.read<SyncState>('state.json', emptySyncState);
  writeState = (s: SyncState) => this.write('state.json', s);
}
