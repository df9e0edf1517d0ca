// The CouchDB transport: batches as write-once documents `<device>:<seq, 12 digits>` in one database per team, read
// back through `_changes` (which devices have news) and `_all_docs` ranges (each device's stream from `applied + 1`).
import nano from 'nano';
import type { Applied, Batch, BatchProblem } from '../../../shared/domain/sync/batch';
import { canonicalJson } from '../../../shared/domain/sync/bytes';
import type { PullResult, SyncTransport } from '../../../shared/domain/sync/transport';

export interface CouchOptions {
  /** The server, e.g. https://couch.example.org:6984 (no user name or password in it). */
  url: string;
  /** The team's database. */
  database: string;
  /** This device's id: its own batches are never read back. */
  device: string;
  username?: string;
  password?: string;
  /** Each request gives up after this long; an unreachable server must not hang "Sync now". Default 15 s. */
  fetchTimeoutMs?: number;
}

/**
 * Where pulling resumes. `since` is the `_changes` sequence read up to; `top` the highest seq seen per device, so a
 * device whose stream stopped at a gap is read again even when the feed has nothing new for it.
 */
export interface CouchCheckpoint {
  since: string | number;
  top: Record<string, number>;
}

export interface CouchTransport extends SyncTransport {
  checkpoint(): CouchCheckpoint;
  restore(checkpoint: CouchCheckpoint): void;
}

export const DESIGN_ID = '_design/delegation-planner';
// Runs on the server (CouchDB's JavaScript): batches are write-once, so any update or deletion is refused. Design
// documents are let through: only database admins may write them, and this one may need a later version.
export const VALIDATE_DOC_UPDATE = `function (newDoc, oldDoc) {
  if (newDoc._id.indexOf('_design/') === 0) return;
  if (oldDoc) throw({ forbidden: 'Sync batches are write-once: ' + newDoc._id + ' cannot be changed.' });
  if (newDoc._deleted) throw({ forbidden: 'Sync batches cannot be deleted.' });
}`;

const DEVICE_NAME = /^[A-Za-z0-9_-]{1,64}$/;
const DOC_ID = /^([A-Za-z0-9_-]{1,64}):(\d{12})$/;
const DEFAULT_TIMEOUT_MS = 15_000;

export function batchDocId(device: string, seq: number): string {
  return `${device}:${String(seq).padStart(12, '0')}`;
}

/** A failure of the server, worded for people; `kind` lets the engine decide what to show or retry. */
export class CouchSyncError extends Error {
  constructor(
    readonly kind: 'unreachable' | 'unauthorized' | 'forbidden' | 'conflict' | 'server',
    message: string,
  ) {
    super(message);
    this.name = 'CouchSyncError';
  }
}

interface NanoError {
  statusCode?: number;
  reason?: string;
}

interface BatchDoc {
  _id: string;
  batch?: unknown;
}

export function createCouchTransport(options: CouchOptions): CouchTransport {
  return new CouchTransportImpl(options);
}

class CouchTransportImpl implements CouchTransport {
  readonly name = 'server';
  readonly destination: string;
  private readonly server: nano.ServerScope;
  private readonly where: string;
  private ready: Promise<void> | null = null;
  private since: string | number = 0;
  private top: Record<string, number> = {};

  constructor(private readonly options: CouchOptions) {
    if (!DEVICE_NAME.test(options.device)) throw new Error(`not a device id: ${options.device}`);
    const parsed = new URL(options.url);
    // Credentials travel in a header, never in the URL that messages and logs show.
    parsed.username = '';
    parsed.password = '';
    this.where = parsed.toString().replace(/\/$/, '');
    const headers: Record<string, string> = {};
    if (options.username !== undefined) {
      headers.Authorization = `Basic ${Buffer.from(`${options.username}:${options.password ?? ''}`).toString('base64')}`;
    }
    this.server = nano({ url: this.where, headers });
    this.destination = `server:${this.where}/${options.database}`;
  }

  checkpoint(): CouchCheckpoint {
    return { since: this.since, top: { ...this.top } };
  }

  restore(checkpoint: CouchCheckpoint): void {
    this.since = checkpoint.since;
    this.top = { ...checkpoint.top };
  }

  async push(batch: Batch): Promise<void> {
    if (batch.device !== this.options.device) throw new Error(`device ${this.options.device} may only write its own batches, not ${batch.device}'s`);
    await this.prepare();
    const id = batchDocId(batch.device, batch.seq);
    try {
      await this.request({ method: 'put', doc: id, body: { _id: id, batch } });
    } catch (error) {
      const status = (error as NanoError).statusCode;
      // 409 from CouchDB; the write-once rule may answer 403 first. Either way the id is taken: by this very batch
      // (an earlier push whose answer was lost) is fine, by anything else is reported, never overwritten.
      if (status !== 409 && status !== 403) throw this.explain(error);
      const stored = await this.getDoc(id);
      if (!stored) throw this.explain(error);
      if (canonicalJson(stored.batch) !== canonicalJson(batch)) {
        throw new CouchSyncError('conflict', `The server already holds a different batch ${batch.seq} from this device (${batch.device}). Nothing was overwritten; your changes are kept on this device. Ask whoever runs the server to check the database ${this.options.database}.`);
      }
    }
  }

  async published(): Promise<number> {
    await this.prepare();
    const own = await this.request<nano.DocumentListResponse<BatchDoc>>({
      path: '_all_docs',
      qs: { startkey: batchDocId(this.options.device, 1), endkey: batchDocId(this.options.device, 999_999_999_999) },
    });
    let held = 0;
    for (const row of own.rows) {
      if (Number(DOC_ID.exec(row.id)?.[2]) !== held + 1) break;
      held++;
    }
    return held;
  }

  async pull(applied: Applied): Promise<PullResult> {
    await this.prepare();
    const feed = await this.request<nano.DatabaseChangesResponse>({ path: '_changes', qs: { since: this.since } });
    for (const row of feed.results) {
      const [, device, seq] = DOC_ID.exec(row.id) ?? [];
      if (device !== undefined && device !== this.options.device) this.top[device] = Math.max(this.top[device] ?? 0, Number(seq));
    }
    const candidates: unknown[] = [];
    const problems: BatchProblem[] = [];
    for (const [device, top] of Object.entries(this.top).sort(([x], [y]) => (x < y ? -1 : 1))) {
      if (top > (applied[device] ?? 0)) await this.pullDevice(device, applied[device] ?? 0, candidates, problems);
    }
    // Advanced only after every read succeeded, so a failed pull is simply repeated.
    this.since = feed.last_seq;
    return { candidates, problems };
  }

  private async pullDevice(device: string, after: number, candidates: unknown[], problems: BatchProblem[]): Promise<void> {
    const rows = await this.request<nano.DocumentListResponse<BatchDoc>>({
      path: '_all_docs',
      qs: { startkey: batchDocId(device, after + 1), endkey: batchDocId(device, 999_999_999_999), include_docs: true },
    });
    let seq = after + 1;
    for (const row of rows.rows) {
      const at = Number(DOC_ID.exec(row.id)?.[2]);
      if (at !== seq) break;
      const named = (row.doc?.batch ?? null) as { device?: unknown; seq?: unknown } | null;
      if (named?.device !== device || named.seq !== seq) {
        problems.push({ kind: 'wrong-place', device, seq, message: `The server's document ${row.id} holds a batch that belongs elsewhere; device ${device}'s later batches wait until it is put right.` });
        return;
      }
      candidates.push(named);
      seq++;
    }
    if ((this.top[device] ?? 0) >= seq) {
      problems.push({ kind: 'gap', device, seq, message: `Batch ${seq} from device ${device} is not on the server yet, so its later batches wait; they will be read once it arrives.` });
    }
  }

  /** Creates the database if missing and installs the write-once rule, once per transport (retried after a failure). */
  private prepare(): Promise<void> {
    this.ready ??= this.install().catch((error: unknown) => {
      this.ready = null;
      throw error;
    });
    return this.ready;
  }

  private async install(): Promise<void> {
    try {
      await this.request({ path: '' });
    } catch (error) {
      if ((error as NanoError).statusCode !== 404) throw this.explain(error);
      await this.request({ method: 'put', path: '' }).catch((created: unknown) => {
        if ((created as NanoError).statusCode !== 412) throw this.explain(created); // 412: another device was first
      });
    }
    if (await this.getDoc(DESIGN_ID)) return;
    await this.request({ method: 'put', doc: DESIGN_ID, body: { _id: DESIGN_ID, validate_doc_update: VALIDATE_DOC_UPDATE } }).catch((error: unknown) => {
      const status = (error as NanoError).statusCode;
      if (status === 409) return; // another device installed it meanwhile
      // Without the rule batches could be rewritten, so a plain member may not be the first to connect.
      if (status === 401 || status === 403) {
        throw new CouchSyncError('forbidden', `The user ${this.options.username ?? '(none)'} may not set up the database ${this.options.database}: the first connection must be made by an admin of that database. Nothing was changed; your changes will be sent at the next sync.`);
      }
      throw this.explain(error);
    });
  }

  private async getDoc(id: string): Promise<BatchDoc | null> {
    try {
      return await this.request<BatchDoc>({ doc: id });
    } catch (error) {
      if ((error as NanoError).statusCode === 404) return null;
      throw this.explain(error);
    }
  }

  private async request<T = unknown>(opts: nano.RequestOptions): Promise<T> {
    // nano passes `signal` on to fetch, though its types do not list it.
    const signal = AbortSignal.timeout(this.options.fetchTimeoutMs ?? DEFAULT_TIMEOUT_MS);
    try {
      return (await this.server.request({ db: this.options.database, ...opts, signal } as nano.RequestOptions)) as T;
    } catch (error) {
      throw error instanceof CouchSyncError ? error : this.explain(error);
    }
  }

  /** Turns nano's errors into ones for people; keeps the status so callers can still tell 404 or 409 apart. */
  private explain(error: unknown): Error {
    if (error instanceof CouchSyncError) return error;
    const status = (error as NanoError).statusCode;
    const nothing = 'Nothing was changed; your changes will be sent at the next sync.';
    let out: CouchSyncError;
    if (status === undefined) out = new CouchSyncError('unreachable', `The server ${this.where} could not be reached. ${nothing}`);
    else if (status === 401) out = new CouchSyncError('unauthorized', `The server refused the user name or password. ${nothing} Check them on the Sync page.`);
    else if (status === 403) out = new CouchSyncError('forbidden', `The server refused access to the database ${this.options.database} (${(error as NanoError).reason ?? 'forbidden'}). ${nothing} Ask whoever runs the server to give your user access to it.`);
    else if (status === 404 || status === 409 || status === 412) return Object.assign(error as Error, { statusCode: status });
    else out = new CouchSyncError('server', `The server ${this.where} answered with an error (${status}). ${nothing} If this keeps happening, tell whoever runs the server.`);
    return Object.assign(out, { statusCode: status, cause: error });
  }
}
