// The sync engine: seals this device's recorded changes into batches, sends them through the configured places
// (folder, server), reads other devices' batches, merges them and writes the result into the store. Every step that
// can fail happens before the state is committed, so a failure leaves the last good state and a later sync redoes it.
import { constants, promises as fs } from 'node:fs';
import type { SyncDevice, SyncReport, SyncReviewItem, SyncStatus } from '../../../shared/contract';
import type { BatchProblem } from '../../../shared/domain/sync/batch';
import { acceptBatches, sealBatch } from '../../../shared/domain/sync/batch';
import type { Change } from '../../../shared/model';
import { applyChanges, recordKey } from '../../../shared/domain/sync/merge';
import type { SyncTransport } from '../../../shared/domain/sync/transport';
import { BackendError } from '../errors';
import type { Merged } from './pulled';
import { authorsGrew, mergePulled, reviewKey, storeValues } from './pulled';
import type { PushListener } from '../push';
import type { SecretBox } from '../ports';
import { ChangesCompactedError } from '../store/change-log';
import type { Clock, Mutation, RemoteRecord, Store } from '../store/types';
import { NoteDocs, localOp } from './local';
import { nativeHash } from './native-hash';
import { deviceMember, memberNames, pullProblem, pushProblem, reviewForPeople } from './people';
import type { StoredReview, SyncConfig, SyncSecrets, SyncState } from './state';
import { SyncFiles, UNREADABLE_PASSPHRASE, UNREADABLE_PASSWORD } from './state';
import { isEncryptedEnvelope } from './crypto';
import { makeTransports, type SyncSeams } from './transports';
import { heldBackByDevice, nextWaiting } from './waiting';

export type { SyncSeams } from './transports';

export interface SyncConfigureInput {
  folder?: string | null;
  server?: SyncConfig['server'] | null;
  password?: string | null;
  passphrase?: string | null;
}

export class SyncEngine {
  private readonly files: SyncFiles;
  private state?: SyncState;
  private readonly docs = new NoteDocs();
  /** One sync (or resolve) at a time: each reads and commits the whole state. */
  private running: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
    private readonly push: PushListener,
    dataDir: string,
    private readonly seams: SyncSeams = {},
    secrets?: SecretBox,
  ) {
    this.files = new SyncFiles(dataDir, secrets);
  }

  private exclusive<T>(work: () => Promise<T>): Promise<T> {
    const next = this.running.then(work, work);
    this.running = next.catch(() => undefined);
    return next;
  }

  private async loaded(): Promise<SyncState> {
    this.state ??= await this.files.readState();
    return this.state;
  }

  async status(): Promise<SyncStatus> {
    const [config, secrets, state, names] = await Promise.all([this.files.readConfig(), this.files.readSecrets(), this.loaded(), memberNames(this.store)]);
    const heldBack = await heldBackByDevice(this.store, state);
    // Every device known here, also one stopped before its first batch could be applied (the case to tell people).
    const ids = new Set([...Object.keys(state.applied), ...Object.keys(state.waiting ?? {}), ...heldBack.keys()]);
    const devices = [...ids].sort().map((deviceId): SyncDevice => {
      const memberName = deviceMember(state, names, deviceId);
      const lastChangeAt = state.devices[deviceId]?.lastChangeAt;
      const waiting = state.waiting?.[deviceId];
      const held = heldBack.get(deviceId);
      return {
        deviceId,
        seq: state.applied[deviceId] ?? 0,
        ...(memberName && { memberName }),
        ...(lastChangeAt && { lastChangeAt }),
        ...(waiting && { waiting: { seq: waiting.seq, reason: waiting.reason, since: waiting.since } }),
        ...(held && { heldBack: held }),
      };
    });
    const meId = this.store.meta().settings?.meId;
    const meName = meId ? names.get(meId) : undefined;
    return {
      deviceId: this.store.deviceId,
      ...(meId && { me: { memberId: meId, ...(meName && { memberName: meName }) } }),
      ...(config.folder && { folder: config.folder }),
      ...(config.server && { server: { ...config.server, hasPassword: Boolean(secrets.password) } }),
      encrypted: Boolean(secrets.passphrase),
      ...(state.lastReport && { lastSync: state.lastReport }),
      devices,
      toReview: state.review.length,
    };
  }

  /**
   * At start: with no sync place set up, nothing in the change log waits for sync, so compaction may fold all of it
   * (the store's default for a folder from before decision 010 is to keep it all). With a place, the hold set by the
   * last seal or configure stands (the store keeps it), so the sync state is not read here.
   */
  async holdLog(): Promise<void> {
    const config = await this.files.readConfig();
    if (config.folder === undefined && config.server === undefined) await this.store.keepChangesAfter(undefined);
  }

  async configure(input: SyncConfigureInput): Promise<SyncStatus> {
    const config = await this.files.readConfig();
    const secrets = await this.files.readSecrets();
    if (input.folder !== undefined) {
      if (input.folder === null) delete config.folder;
      else config.folder = await checkFolder(input.folder);
    }
    if (input.server !== undefined) {
      if (input.server === null) delete config.server;
      else config.server = input.server;
    }
    if (input.password !== undefined) {
      if (input.password === null) delete secrets.password;
      else secrets.password = input.password;
    }
    if (input.passphrase !== undefined) {
      if (input.passphrase === null) delete secrets.passphrase;
      else secrets.passphrase = input.passphrase;
    }
    await this.files.writeSecrets(secrets);
    await this.files.writeConfig(config);
    // While a sync place is set up, compaction keeps the changes sync has not sealed yet; without one, nothing waits.
    const placed = config.folder !== undefined || config.server !== undefined;
    await this.store.keepChangesAfter(placed ? (await this.loaded()).sealedSeq : undefined);
    return this.status();
  }

  /**
   * For purging a note's text: how many of this device's changes are sealed into batches when a sync place is set
   * up (the changes after them are still to be sent, so they keep their text), or undefined when none is (nothing
   * waits to be sent anywhere). Taken between syncs, so no seal is half done.
   */
  unsentAfter(): Promise<number | undefined> {
    return this.exclusive(async () => {
      const [config, state] = await Promise.all([this.files.readConfig(), this.loaded()]);
      return config.folder !== undefined || config.server !== undefined ? state.sealedSeq : undefined;
    });
  }

  review(): Promise<SyncReviewItem[]> {
    return this.loaded().then((state) => reviewForPeople(this.store, state));
  }

  /** 'other' becomes a new local change, so every device receives it at its next sync. Both choices close the item. */
  resolve(id: string, keep: 'kept' | 'other'): Promise<{ resolved: boolean }> {
    return this.exclusive(async () => {
      const state = await this.loaded();
      const item = state.review.find((r) => r.key === id);
      if (!item) return { resolved: false };
      if (keep === 'other') {
        const value = item.other.value === null ? undefined : item.other.value;
        const mutation = { collection: item.collection, id: item.id, ...(item.tripId && { tripId: item.tripId }), fields: { [item.field]: value } } as Mutation;
        await this.store.apply([mutation]);
      }
      const next = { ...state, review: state.review.filter((r) => r.key !== id) };
      await this.files.writeState(next);
      this.state = next;
      return { resolved: true };
    });
  }

  now(): Promise<SyncReport> {
    return this.exclusive(() => this.syncOnce());
  }

  /** Seals recorded changes not yet in the log into the next batch; committed before any transport sees it. */
  private async seal(): Promise<SyncState> {
    const state = await this.loaded();
    const { recorded, throughSeq } = await this.unsealed(state.sealedSeq);
    // "This laptop is …" travels in the next batch after it changes (a batch of its own if nothing else is new).
    const member = this.store.meta().settings?.meId ?? null;
    const announce = member !== (state.announcedMember ?? null);
    if (recorded.length === 0 && !announce) return state;
    let replica = state.replica;
    const ops: Change[] = [];
    const noteKeys = new Set<string>();
    let plain: Change[] = [];
    // A local change can lose to a value already merged (a peer's far-future stamp): the store then shows what
    // the replica kept (rewritten at this sync via `held`) and the lost value is listed for review.
    const lost: StoredReview[] = [];
    const foldIn = (changes: Change[]) => {
      const result = applyChanges(replica, changes, { seen: state.seen, effects: false });
      replica = result.state;
      for (const item of result.review) lost.push({ ...item, key: reviewKey(item) });
    };
    const fold = () => {
      if (plain.length > 0) foldIn(plain);
      plain = [];
    };
    for (const change of recorded) {
      if (change.device !== this.store.deviceId || change.hlc === '') continue;
      const made = localOp(change, replica, this.docs);
      if (!made) continue;
      ops.push(made.op);
      if (!made.noteDoc) {
        plain.push(made.op);
        continue;
      }
      // A note body must be folded in before the next edit of it is diffed against the replica's text.
      fold();
      foldIn([made.op]);
      noteKeys.add(made.noteDoc.key);
      const cell = replica.records[made.noteDoc.key]?.fields.body;
      if (cell?.kind === 'text') this.docs.settle(made.noteDoc.key, made.noteDoc.doc, cell.updates);
    }
    fold();
    const sealed = ops.length > 0 || announce;
    const log = sealed ? [...state.log, sealBatch(this.store.deviceId, state.log.length + 1, ops, state.seen, announce ? member : undefined)] : state.log;
    // Held records are rewritten at this sync: also a note this edit made "merged from" several devices.
    const held = [...new Set([...state.held, ...lost.map((r) => recordKey(r.collection, r.id)), ...authorsGrew(state.replica, replica, noteKeys)])];
    const next: SyncState = { ...state, replica, log, sealedSeq: throughSeq, held, review: [...state.review, ...lost], ...(sealed && { announcedMember: member }) };
    await this.files.writeState(next);
    this.state = next;
    await this.store.keepChangesAfter(next.sealedSeq); // the log keeps what the next seal reads (decision 010)
    return next;
  }

  /**
   * This device's changes after `sealedSeq`. If the log was compacted past them (sync set up for the first time after
   * the log compacted, when nothing held it back), every current record stands in for them, as one change each.
   */
  private async unsealed(sealedSeq: number): Promise<{ recorded: Change[]; throughSeq: number }> {
    try {
      const recorded = await this.store.changes(sealedSeq);
      return { recorded, throughSeq: sealedSeq + recorded.length };
    } catch (error) {
      if (!(error instanceof ChangesCompactedError)) throw error;
      const { changes, throughSeq } = await this.store.changesFromRecords();
      return { recorded: changes, throughSeq };
    }
  }

  private async sealSafely(): Promise<SyncState> {
    try {
      return await this.seal();
    } catch (error) {
      this.docs.clear(); // the docs may hold an edit the failed seal did not commit
      throw error;
    }
  }

  private async syncOnce(): Promise<SyncReport> {
    const startedAt = new Date(this.clock.now()).toISOString();
    const problems: string[] = [];
    let state = await this.sealSafely();
    const config = await this.files.readConfig();
    const secrets: SyncSecrets = await this.files.readSecrets();
    // Without its passphrase this device would send batches unencrypted: refuse before anything leaves it.
    if (secrets.unreadable?.includes('passphrase')) throw new BackendError('invalid-input', UNREADABLE_PASSPHRASE);
    if (secrets.unreadable?.includes('password')) problems.push(UNREADABLE_PASSWORD);
    const places = makeTransports(config, secrets, this.store.deviceId, this.seams);
    const transports = places.transports;
    if (state.couchCheckpoint) places.couch?.restore(state.couchCheckpoint);
    if (transports.length === 0) {
      throw new BackendError('invalid-input', 'Sync has no folder or server yet. Choose a sync folder (or a server) on the Sync page, then sync again.');
    }

    // Push what each place lacks, counted per destination and asked of the place itself where it can tell: a new
    // folder or server gets this device's whole history, and a batch a place lost is sent again. A place that fails
    // keeps its count, so the rest goes at the next sync.
    let sent = 0;
    const pushed = { ...state.pushed };
    const reachable: SyncTransport[] = [];
    for (const t of transports) {
      const key = destinationKey(t);
      try {
        const from = t.published ? await t.published() : (pushed[key] ?? 0);
        for (const batch of state.log.slice(from)) {
          await t.push(batch);
          pushed[key] = batch.seq;
          sent++;
        }
        reachable.push(t);
      } catch (error) {
        problems.push(pushProblem(t.name, error));
      }
    }

    const candidates: unknown[] = [];
    const stops: BatchProblem[] = [];
    let placeUnread = reachable.length < transports.length;
    for (const t of reachable) {
      try {
        const pulled = await t.pull(state.applied);
        candidates.push(...pulled.candidates);
        stops.push(...pulled.problems);
        problems.push(...pulled.problems.map((p) => p.message));
        // A place found empty may have been replaced (a new USB stick, a folder restored): send everything again.
        if (pulled.problems.some((p) => p.kind === 'folder-missing')) pushed[destinationKey(t)] = 0;
      } catch (error) {
        placeUnread = true;
        problems.push(pullProblem(t.name, error));
      }
    }
    const accepted = acceptBatches(state.applied, candidates, this.store.deviceId, nativeHash);
    accepted.problems = accepted.problems.map((p) => encryptedHere(p, candidates));
    problems.push(...accepted.problems.map((p) => p.message));
    const waiting = nextWaiting(state.waiting, [...stops, ...accepted.problems], accepted.applied, startedAt, placeUnread);

    // A note saved while the places were read was made on the text before this merge: it is sealed against that
    // text now, before the pulled batches are merged, or the next seal would diff it against merged text and delete
    // the other person's words. Sealed again as long as edits keep arriving (the check itself awaits the store).
    let merged: Merged;
    do {
      state = await this.sealSafely();
      merged = mergePulled(state, accepted.ready, this.clock.now());
    } while ((await this.store.changes(state.sealedSeq)).length > 0);
    const { replica, seen, observe, touched, review, devices, received } = merged;
    problems.push(...merged.problems);

    // Write merged records into the store (held ones again too); a record that does not validate yet waits.
    const records: RemoteRecord[] = [];
    for (const key of touched) {
      const record = replica.records[key];
      if (record) records.push({ collection: record.collection, id: record.id, ...(record.tripId && { tripId: record.tripId }), values: storeValues(record) });
    }
    const written = records.length > 0 || observe ? await this.store.applyRemote(records, observe) : { applied: [], held: [] };
    const held = written.held.map((r) => recordKey(r.collection, r.id));

    // A review item whose field has since been set again (a resolve elsewhere, a later edit) is settled.
    const open = review.filter((item) => {
      const cell = replica.records[recordKey(item.collection, item.id)]?.fields[item.field];
      return cell?.kind === 'plain' && cell.stamp === item.kept.stamp;
    });
    const unique = [...new Map(open.map((r) => [r.key, r])).values()];

    const names = await memberNames(this.store);
    const report: SyncReport = {
      startedAt,
      finishedAt: new Date(this.clock.now()).toISOString(),
      sent,
      received: [...received].map(([deviceId, changes]) => {
        const memberName = deviceMember({ ...state, devices }, names, deviceId);
        return { deviceId, ...(memberName && { memberName }), changes };
      }),
      problems: [...new Set(problems)],
      toReview: unique.length,
    };
    const next: SyncState = { ...state, replica, seen, applied: accepted.applied, pushed, held, review: unique, devices, waiting, lastReport: report };
    // Kept only with the state it was read into: after a failed sync the server is read again from the old point.
    if (places.couch) next.couchCheckpoint = places.couch.checkpoint();
    await this.files.writeState(next);
    this.state = next;

    this.push('sync.finished', report);
    return report;
  }
}

/** An encrypted batch reaching a laptop without the team passphrase is not damage: say what it is and what to do. */
function encryptedHere(problem: BatchProblem, candidates: readonly unknown[]): BatchProblem {
  if (problem.kind !== 'invalid') return problem;
  const envelope = candidates.find((c) => isEncryptedEnvelope(c) && (c as { device?: unknown }).device === problem.device && (c as { seq?: unknown }).seq === problem.seq);
  if (!envelope) return problem;
  return {
    ...problem,
    kind: 'wrong-passphrase',
    message: `The changes from device ${problem.device} are encrypted with a team passphrase, and this laptop has none. Nothing from that device was applied; enter the team passphrase on the Sync page.`,
  };
}

function destinationKey(t: SyncTransport): string {
  return t.destination ?? t.name;
}

/** A folder must exist, be a folder and be writable: it is never created (a missing drive is not an empty one). */
async function checkFolder(folder: string): Promise<string> {
  try {
    const info = await fs.stat(folder);
    if (!info.isDirectory()) throw new BackendError('invalid-input', `${folder} is a file, not a folder. Choose a folder to sync through.`);
    await fs.access(folder, constants.W_OK);
  } catch (error) {
    if (error instanceof BackendError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      throw new BackendError('invalid-input', `The folder ${folder} was not found. Check that the drive is connected and the path is right, then choose it again.`);
    }
    throw new BackendError('invalid-input', `The folder ${folder} cannot be written to (${code ?? 'no permission'}). Choose a folder you can save files in.`);
  }
  return folder;
}
