// This device's change log: numbered changes in append-only segment files (log-lines.ts), one line per group. It is
// the store's journal (decision 010): a save is durable once its line is appended and fsynced; the data files follow
// at the next checkpoint, and on open every group after the checkpoint is redone. Segments whose changes are all in the
// data files (and sealed for sync) are folded away by compaction (compaction.ts), so the folder does not grow with
// every edit ever made. Segments written before 010 (`.json`, one document each) are still read.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { Low } from 'lowdb';
import type { Change } from '../../../shared/model';
import { syncDir } from '../files/atomic-write';
import type { Backups } from './backups';
import { type SegmentDoc, parseSegment } from './documents';
import { DurableJsonFile, UnreadableFileError, parseJsonText, readTextIfExists, replaceFile } from './durable-file';
import { BACKUPS_DIR, CORRUPT_DIR, SEGMENT_NAME, absolute, changesDir, fileStamp, segmentFile } from './layout';
import { appendLine, formatLine, readLines, readSegmentLines } from './log-lines';
import { CURRENT_SCHEMA_VERSION } from './migrations';
import { makePrivateDir } from './private-files';
import { type RecoveryContext, loadOrRecover } from './recovery';

/**
 * A segment is closed once it holds this many bytes, and a new one started: appends never rewrite it, so the cap only
 * bounds files (and what compaction can drop at a time), not the cost of a save.
 */
export const SEGMENT_MAX_BYTES = 128 * 1024;

/** Thrown by changes(sinceSeq) when changes after `sinceSeq` were compacted away: rebuild from the records instead. */
export class ChangesCompactedError extends Error {
  constructor(
    readonly sinceSeq: number,
    /** The oldest change still in the log: changes(oldestSeq - 1) answers. */
    readonly oldestSeq: number,
  ) {
    super(`The change log no longer holds the changes after ${sinceSeq}: it was compacted, and starts at change ${oldestSeq}. Rebuild from the records.`);
    this.name = 'ChangesCompactedError';
  }
}

export interface SegmentInfo {
  firstSeq: number;
  rel: string;
  /** Written before decision 010: one JSON document. */
  legacy: boolean;
}

export interface ChangeLogContext {
  dataDir: string;
  deviceId: string;
  backups: Backups;
  recovery: RecoveryContext;
}

export class ChangeLog {
  /** Every segment on disk, oldest first; the newest takes appends (a legacy one is never appended to). */
  private segs: SegmentInfo[] = [];
  /** Bytes of good lines in the newest segment: where the next line goes. */
  private bytes = 0;
  /** Seq of the last change in the log (0 when nothing was ever logged). */
  private end = 0;
  private lastHlc: string | undefined;
  /** For a folder written before 010 without a checkpoint: changes up to this were in the data files already. */
  private legacyCovered = 0;
  private pending: Change[] = [];
  /** Changes taken by the append in flight (the store's log queue runs one at a time). */
  private writing = 0;
  /** Legacy segments that were unreadable and got restored (from a backup, or empty) this session. */
  private readonly restored = new Set<number>();

  constructor(private readonly ctx: ChangeLogContext) {}

  private abs(rel: string): string {
    return absolute(this.ctx.dataDir, rel);
  }

  private async loadLegacy(seg: SegmentInfo): Promise<SegmentDoc> {
    const empty: SegmentDoc = { schemaVersion: CURRENT_SCHEMA_VERSION, device: this.ctx.deviceId, firstSeq: seg.firstSeq, lastBatchFrom: seg.firstSeq, changes: [] };
    const low = new Low<SegmentDoc>(new DurableJsonFile(this.abs(seg.rel), { parse: parseSegment }), empty);
    if (await loadOrRecover(this.ctx.recovery, seg.rel, low, parseSegment, () => empty)) this.restored.add(seg.firstSeq);
    return low.data;
  }

  /**
   * Finds the segments and reads the newest (and the newest legacy one, if any). A torn last line is dropped quietly
   * (its save never returned); a damaged line before it is kept aside in corrupt/ and the user told.
   */
  async open(): Promise<void> {
    let names: string[] = [];
    try {
      names = await fs.readdir(this.abs(changesDir(this.ctx.deviceId)));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    for (const name of names) {
      const m = SEGMENT_NAME.exec(name);
      if (m) this.segs.push({ firstSeq: Number(m[1]), rel: `${changesDir(this.ctx.deviceId)}/${name}`, legacy: m[2] === 'json' });
    }
    // At one seq a legacy segment is older (a later version starts its first line segment after the legacy ones).
    this.segs.sort((a, b) => a.firstSeq - b.firstSeq || Number(b.legacy) - Number(a.legacy));
    const legacy = this.segs.filter((s) => s.legacy).at(-1);
    if (legacy) {
      const doc = await this.loadLegacy(legacy);
      this.end = legacy.firstSeq + doc.changes.length - 1;
      this.lastHlc = doc.changes.at(-1)?.hlc;
      this.legacyCovered = doc.lastBatchFrom - 1;
    }
    const newest = this.segs.at(-1);
    if (!newest || newest.legacy) return;
    const file = this.abs(newest.rel);
    const read = await readLines(file);
    if (read.damaged) {
      const kept = this.abs(`${CORRUPT_DIR}/${newest.rel}.${fileStamp(this.ctx.recovery.now())}`);
      await makePrivateDir(path.dirname(kept));
      await fs.copyFile(file, kept);
      this.ctx.recovery.notify(
        'warning',
        `Part of the newest change history (${newest.rel}) could not be read: ${read.damaged}. The changes before it are kept, and your trips and directory are in their own files; a copy of the damaged file is in the ${CORRUPT_DIR} folder.`,
      );
    }
    if (read.torn) await fs.truncate(file, read.goodBytes);
    this.bytes = read.goodBytes;
    const last = read.groups.at(-1);
    this.end = last ? last.seq + last.changes.length - 1 : Math.max(this.end, newest.firstSeq - 1);
    this.lastHlc = last?.changes.at(-1)?.hlc ?? this.lastHlc;
  }

  /** The newest stamp logged, so the clock resumes after it even if meta.json missed the last save. */
  lastStamp(): string | undefined {
    return this.lastHlc;
  }

  /** Seq of the last change logged. */
  endSeq(): number {
    return this.end;
  }

  /** The oldest change the log still holds (endSeq() + 1 when it holds none). */
  oldestSeq(): number {
    return this.segs[0]?.firstSeq ?? this.end + 1;
  }

  /** For a folder last written before 010 and never checkpointed: the changes already in its data files. */
  coveredBeforeCheckpoints(): number {
    return this.legacyCovered;
  }

  append(changes: Change[]): void {
    this.pending.push(...changes);
  }

  /** Forgets changes appended but not written yet: their save failed and the store rolled them back. */
  discardPending(): void {
    this.pending = [];
  }

  hasPending(): boolean {
    return this.pending.length > 0;
  }

  /** The seq the log reaches once the append in flight and every pending change are written (if none fails). */
  stagedEnd(): number {
    return this.end + this.writing + this.pending.length;
  }

  /**
   * Starts writing every pending change (synchronously taking them) as one line: the group's commit point. A new
   * segment is started when the newest is full or legacy; its first line also fsyncs the folder (a new name in it).
   */
  writePending(): Promise<void> | undefined {
    if (this.pending.length === 0) return undefined;
    const changes = this.pending;
    this.pending = [];
    const seq = this.end + 1;
    const line = formatLine(seq, changes);
    const newest = this.segs.at(-1);
    const create = !newest || newest.legacy || this.bytes >= SEGMENT_MAX_BYTES;
    const seg = create ? { firstSeq: seq, rel: segmentFile(this.ctx.deviceId, seq), legacy: false } : newest;
    const at = create ? 0 : this.bytes;
    const write = async () => {
      const file = this.abs(seg.rel);
      if (create) await makePrivateDir(path.dirname(file));
      await appendLine(file, at, line, create);
      if (create) await syncDir(path.dirname(file));
    };
    this.writing = changes.length;
    // Not in the log when this fails, so not saved: the store takes the changes back out of memory and says so.
    return write().then(
      () => {
        this.writing = 0;
        if (create) this.segs.push(seg);
        this.bytes = at + Buffer.byteLength(line);
        this.end = seq + changes.length - 1;
        this.lastHlc = changes.at(-1)?.hlc ?? this.lastHlc;
      },
      (error: unknown) => {
        this.writing = 0;
        throw error;
      },
    );
  }

  /** Every segment on disk now, oldest first. */
  segmentList(): SegmentInfo[] {
    return [...this.segs];
  }

  /** First seq of every segment on disk now, oldest first. */
  segments(): number[] {
    return this.segs.map((s) => s.firstSeq);
  }

  segmentRel(firstSeq: number): string {
    return this.segs.find((s) => s.firstSeq === firstSeq)?.rel ?? segmentFile(this.ctx.deviceId, firstSeq);
  }

  /** The changes of one segment as they are on disk; damage throws UnreadableFileError. */
  private async readChanges(seg: SegmentInfo): Promise<readonly Change[]> {
    if (!seg.legacy) return readSegmentLines(this.abs(seg.rel), seg === this.segs.at(-1));
    const file = this.abs(seg.rel);
    const text = await readTextIfExists(file);
    if (text === null) throw new UnreadableFileError(file, 'it is missing');
    return parseJsonText(text, file, parseSegment).changes;
  }

  /**
   * One segment's changes, for rebuilding a data file. Read as it is, never recovered: an unreadable segment throws
   * (UnreadableFileError) and the caller carries on without it. `restored` says it was itself recovered this session.
   */
  async readSegment(firstSeq: number): Promise<{ changes: readonly Change[]; restored: boolean }> {
    const seg = this.segs.find((s) => s.firstSeq === firstSeq);
    if (!seg) throw new UnreadableFileError(this.abs(this.segmentRel(firstSeq)), 'it was folded away by compaction');
    return { changes: await this.readChanges(seg), restored: this.restored.has(firstSeq) };
  }

  /**
   * Rewrites, in place, every segment holding a change that `edit` alters (seq is the change's number). Only for
   * purging text (store/purge.ts): run it alone in the write queue. An unreadable segment is left as it is and listed
   * in `unreadable`. Returns the segments rewritten.
   */
  async rewrite(edit: (change: Change, seq: number) => Change): Promise<{ rewritten: string[]; unreadable: string[] }> {
    const rewritten: string[] = [];
    const unreadable: string[] = [];
    for (const seg of this.segs) {
      const file = this.abs(seg.rel);
      let groups: { seq: number; changes: Change[] }[];
      let legacyDoc: SegmentDoc | undefined;
      try {
        if (seg.legacy) {
          const text = await readTextIfExists(file);
          if (text === null) continue;
          legacyDoc = parseJsonText(text, file, parseSegment);
          groups = [{ seq: seg.firstSeq, changes: legacyDoc.changes }];
        } else {
          const read = await readLines(file);
          if (read.damaged) throw new UnreadableFileError(file, read.damaged);
          groups = read.groups;
        }
      } catch {
        unreadable.push(seg.rel);
        continue;
      }
      let changed = false;
      const edited = groups.map((g) => ({
        seq: g.seq,
        changes: g.changes.map((change, i) => {
          const next = edit(change, g.seq + i);
          if (next !== change) changed = true;
          return next;
        }),
      }));
      if (!changed) continue;
      if (legacyDoc) {
        const rel = seg.rel;
        await replaceFile(file, JSON.stringify({ ...legacyDoc, changes: edited[0]!.changes }), { beforeRename: () => this.ctx.backups.beforeReplace(rel) });
      } else {
        const text = edited.map((g) => formatLine(g.seq, g.changes)).join('');
        await replaceFile(file, text);
        if (seg === this.segs.at(-1)) this.bytes = Buffer.byteLength(text);
      }
      rewritten.push(seg.rel);
    }
    return { rewritten, unreadable };
  }

  /**
   * Changes after `sinceSeq`, oldest first. Call when nothing is pending (the store flushes first). Throws
   * ChangesCompactedError when some of them were compacted away. A segment that cannot be read is skipped.
   */
  async since(sinceSeq = 0): Promise<Change[]> {
    if (sinceSeq + 1 < this.oldestSeq()) throw new ChangesCompactedError(sinceSeq, this.oldestSeq());
    const out: Change[] = [];
    for (let i = 0; i < this.segs.length; i++) {
      const seg = this.segs[i]!;
      const next = this.segs[i + 1];
      if (next !== undefined && next.firstSeq - 1 <= sinceSeq) continue;
      let changes: readonly Change[];
      if (seg.legacy) changes = (await this.loadLegacy(seg)).changes;
      else changes = (await readLines(this.abs(seg.rel))).groups.flatMap((g) => g.changes);
      changes.forEach((change, k) => {
        if (seg.firstSeq + k > sinceSeq) out.push(change);
      });
    }
    return out;
  }

  /**
   * Removes `segments` (from droppable(), oldest first; never the newest, which takes appends) with their backups. Run
   * it alone in the write queue. Returns the segments removed.
   */
  async drop(segments: readonly SegmentInfo[]): Promise<SegmentInfo[]> {
    const dropped: SegmentInfo[] = [];
    for (const seg of segments) {
      if (this.segs.length < 2 || this.segs[0] !== seg) break;
      await fs.rm(this.abs(seg.rel), { force: true });
      await fs.rm(this.abs(`${BACKUPS_DIR}/${seg.rel}`), { recursive: true, force: true });
      this.segs.shift();
      dropped.push(seg);
    }
    if (dropped.length > 0) await syncDir(this.abs(changesDir(this.ctx.deviceId)));
    return dropped;
  }

  /** The segments wholly at or before `throughSeq` that compaction may remove, to read what they mention first. */
  droppable(throughSeq: number): SegmentInfo[] {
    const out: SegmentInfo[] = [];
    for (let i = 0; i + 1 < this.segs.length && this.segs[i + 1]!.firstSeq - 1 <= throughSeq; i++) out.push(this.segs[i]!);
    return out;
  }

  /** A segment's changes for compaction (damage: whatever could be read). */
  async changesOf(seg: SegmentInfo): Promise<readonly Change[]> {
    try {
      return await this.readChanges(seg);
    } catch {
      return seg.legacy ? [] : (await readLines(this.abs(seg.rel))).groups.flatMap((g) => g.changes);
    }
  }
}
