// This device's change log: numbered changes in segment files, only the newest ever rewritten. It is also the
// store's journal: a group's changes are made durable here before its data files, so a crash can be redone.
import { promises as fs } from 'node:fs';
import { Low } from 'lowdb';
import type { Change } from '../../../shared/model';
import type { Backups } from './backups';
import { type SegmentDoc, parseSegment } from './documents';
import { type DirSync, DurableJsonFile, UnreadableFileError, parseJsonText, readTextIfExists } from './durable-file';
import { SEGMENT_NAME, absolute, changesDir, segmentFile } from './layout';
import { CURRENT_SCHEMA_VERSION } from './migrations';
import { type RecoveryContext, loadOrRecover } from './recovery';

/**
 * A segment is closed once it holds this many changes or bytes, so a save never rewrites a big file. Each save
 * rewrites the newest segment; measured on ext4, halving the byte cap saves ~0.5 ms a save (256 KB → 128 KB).
 */
export const SEGMENT_MAX_CHANGES = 1000;
export const SEGMENT_MAX_BYTES = 128 * 1024;

interface Segment {
  firstSeq: number;
  changes: Change[];
  bytes: number;
  low: Low<SegmentDoc>;
}

export interface ChangeLogContext {
  dataDir: string;
  deviceId: string;
  backups: Backups;
  recovery: RecoveryContext;
}

export class ChangeLog {
  /** First seq of every segment on disk, ascending (the newest is `current`). */
  private readonly firstSeqs: number[] = [];
  private current: Segment | undefined;
  private lastBatchFrom = 1;
  private pending: Change[] = [];
  private pendingBytes = 0;
  private inflight: Change[] = [];
  /** Segments that were unreadable and got restored (from a backup, or empty) this session: they may miss changes. */
  private readonly restored = new Set<number>();

  constructor(private readonly ctx: ChangeLogContext) {}

  private lowFor(firstSeq: number, dirSync?: DirSync): Low<SegmentDoc> {
    const rel = segmentFile(this.ctx.deviceId, firstSeq);
    const adapter = new DurableJsonFile(absolute(this.ctx.dataDir, rel), {
      parse: parseSegment,
      beforeRename: () => this.ctx.backups.beforeReplace(rel),
      dirSync,
    });
    return new Low<SegmentDoc>(adapter, this.emptyDoc(firstSeq));
  }

  private emptyDoc(firstSeq: number): SegmentDoc {
    return { schemaVersion: CURRENT_SCHEMA_VERSION, device: this.ctx.deviceId, firstSeq, lastBatchFrom: firstSeq, changes: [] };
  }

  private async load(firstSeq: number): Promise<Low<SegmentDoc>> {
    const low = this.lowFor(firstSeq);
    const rel = segmentFile(this.ctx.deviceId, firstSeq);
    if (await loadOrRecover(this.ctx.recovery, rel, low, parseSegment, () => this.emptyDoc(firstSeq))) this.restored.add(firstSeq);
    return low;
  }

  /** Finds the segments and reads only the newest. */
  async open(): Promise<void> {
    let names: string[] = [];
    try {
      names = await fs.readdir(absolute(this.ctx.dataDir, changesDir(this.ctx.deviceId)));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    for (const name of names) {
      const m = SEGMENT_NAME.exec(name);
      if (m) this.firstSeqs.push(Number(m[1]));
    }
    this.firstSeqs.sort((a, b) => a - b);
    const newest = this.firstSeqs.at(-1);
    if (newest === undefined) return;
    const low = await this.load(newest);
    const changes = low.data.changes;
    this.current = { firstSeq: newest, changes, bytes: JSON.stringify(changes).length, low };
    this.lastBatchFrom = low.data.lastBatchFrom;
  }

  private endSeq(): number {
    return this.current ? this.current.firstSeq + this.current.changes.length - 1 : 0;
  }

  /** The newest stamp on disk, so the clock resumes after it even if meta.json missed the last save. */
  lastStamp(): string | undefined {
    return this.current?.changes.at(-1)?.hlc;
  }

  /** The changes of the last group written, which may be missing from the data files after a crash. */
  lastGroup(): Change[] {
    if (!this.current) return [];
    return this.current.changes.slice(Math.max(0, this.lastBatchFrom - this.current.firstSeq));
  }

  append(changes: Change[]): void {
    for (const change of changes) {
      this.pending.push(change);
      this.pendingBytes += JSON.stringify(change).length + 1;
    }
  }

  /** Forgets changes appended but not written yet: their save failed and the store rolled them back. */
  discardPending(): void {
    this.pending = [];
    this.pendingBytes = 0;
  }

  hasPending(): boolean {
    return this.pending.length > 0;
  }

  /**
   * Starts writing every pending change (synchronously taking them) to the newest segment, or to a new one when the
   * newest is full. One group never spans two segments, so the group's marker sits in the file that holds it.
   */
  writePending(): Promise<void> | undefined {
    if (this.pending.length === 0) return undefined;
    this.inflight = this.pending;
    const bytes = this.pendingBytes;
    this.pending = [];
    this.pendingBytes = 0;
    const cur = this.current;
    const full = !cur || cur.changes.length >= SEGMENT_MAX_CHANGES || cur.bytes >= SEGMENT_MAX_BYTES;
    const firstSeq = full ? this.endSeq() + 1 : cur.firstSeq;
    const low = full ? this.lowFor(firstSeq) : cur.low;
    const changes = full ? this.inflight : [...cur.changes, ...this.inflight];
    const groupFrom = this.endSeq() + 1;
    low.data = { ...this.emptyDoc(firstSeq), lastBatchFrom: groupFrom, changes };
    const written = low.write();
    return written.then(
      () => {
        if (full) this.firstSeqs.push(firstSeq);
        this.current = { firstSeq, changes, bytes: (full ? 0 : cur.bytes) + bytes, low };
        this.lastBatchFrom = groupFrom;
        this.inflight = [];
      },
      (error: unknown) => {
        // Not in the log, so not saved: the store takes them back out of memory and tells their callers so.
        this.inflight = [];
        throw error;
      },
    );
  }

  /** First seq of every segment on disk now, oldest first. */
  segments(): number[] {
    return [...this.firstSeqs];
  }

  segmentRel(firstSeq: number): string {
    return segmentFile(this.ctx.deviceId, firstSeq);
  }

  /**
   * One segment's changes, for rebuilding a data file. Read as it is, never recovered: an unreadable segment throws
   * (UnreadableFileError) and the caller carries on without it. `restored` says it was itself recovered this session.
   */
  async readSegment(firstSeq: number): Promise<{ changes: readonly Change[]; restored: boolean }> {
    const restored = this.restored.has(firstSeq);
    if (firstSeq === this.current?.firstSeq) return { changes: this.current.changes, restored };
    const file = absolute(this.ctx.dataDir, this.segmentRel(firstSeq));
    const text = await readTextIfExists(file);
    if (text === null) throw new UnreadableFileError(file, 'it is missing');
    return { changes: parseJsonText(text, file, parseSegment).changes, restored };
  }

  /**
   * Rewrites, in place, every segment holding a change that `edit` alters (seq is the change's number), the newest in
   * memory too. Only for purging text (store/purge.ts): run it alone in the write queue. An unreadable segment is left
   * as it is and listed in `unreadable`. Returns the segments rewritten.
   */
  async rewrite(edit: (change: Change, seq: number) => Change): Promise<{ rewritten: string[]; unreadable: string[] }> {
    const rewritten: string[] = [];
    const unreadable: string[] = [];
    for (const firstSeq of this.firstSeqs) {
      const rel = this.segmentRel(firstSeq);
      let doc: SegmentDoc;
      if (firstSeq === this.current?.firstSeq) {
        doc = { ...this.emptyDoc(firstSeq), lastBatchFrom: this.lastBatchFrom, changes: this.current.changes };
      } else {
        const file = absolute(this.ctx.dataDir, rel);
        const text = await readTextIfExists(file);
        try {
          if (text === null) continue;
          doc = parseJsonText(text, file, parseSegment);
        } catch {
          unreadable.push(rel);
          continue;
        }
      }
      let changed = false;
      const changes = doc.changes.map((change, i) => {
        const next = edit(change, firstSeq + i);
        if (next !== change) changed = true;
        return next;
      });
      if (!changed) continue;
      const low = firstSeq === this.current?.firstSeq ? this.current.low : this.lowFor(firstSeq);
      low.data = { ...doc, changes };
      await low.write();
      if (firstSeq === this.current?.firstSeq) this.current = { ...this.current, changes, bytes: JSON.stringify(changes).length };
      rewritten.push(rel);
    }
    return { rewritten, unreadable };
  }

  /** Changes after `sinceSeq`, oldest first. Call when nothing is pending (the store flushes first). */
  async since(sinceSeq = 0): Promise<Change[]> {
    const out: Change[] = [];
    for (let i = 0; i < this.firstSeqs.length; i++) {
      const firstSeq = this.firstSeqs[i]!;
      const next = this.firstSeqs[i + 1];
      if (next !== undefined && next - 1 <= sinceSeq) continue;
      const changes = firstSeq === this.current?.firstSeq ? this.current.changes : (await this.load(firstSeq)).data.changes;
      changes.forEach((change, k) => {
        if (firstSeq + k > sinceSeq) out.push(change);
      });
    }
    return out;
  }
}
