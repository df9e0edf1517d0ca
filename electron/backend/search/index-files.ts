// The search index's files under <dataDir>/index/search/ besides the segment: the delta saved since it was written
// (delta.json), a marker that a sync merge reached the index but is not saved yet (remote-unsaved), and where the index
// stands in this device's change log. The index is a cache: any file missing or wrong means a rebuild, never an error.
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Change } from '../../../shared/model';
import { writeFileAtomically } from '../files/atomic-write';
import type { Store } from '../store/types';
import type { SegmentDoc } from './segment-build';
import { SEGMENT_VERSION } from './segment';

export const indexDir = (dataDir: string) => path.join(dataDir, 'index', 'search');
export const segmentFile = (dir: string) => path.join(dir, 'segment.bin');
const deltaFile = (dir: string) => path.join(dir, 'delta.json');
const remoteMarker = (dir: string) => path.join(dir, 'remote-unsaved');

/** A place in this device's change log: its seq, and the stamp of the change there (to notice a log replaced). */
export interface LogPosition {
  seq: number;
  hlc: string;
}

export interface SavedDelta extends LogPosition {
  version: number;
  /** The segment it applies to (its header's id), or null when there is no segment. */
  segment: string | null;
  hidden: string[];
  /** Documents put since the segment, in order; a key alone is a segment document removed. */
  docs: (SegmentDoc | { key: string; removed: true })[];
}

const last = (changes: Change[]) => changes[changes.length - 1];

/**
 * Where the log stands now, and the changes after `known` (undefined when `known` no longer matches the log: it was
 * compacted past it, replaced, or is shorter; then the caller rebuilds). Seqs are consecutive, so the change at seq
 * `known.seq` is the first of `changes(known.seq - 1)`.
 */
export async function logSince(store: Store, known: LogPosition): Promise<{ position: LogPosition; after: Change[] } | undefined> {
  try {
    if (known.seq === 0) {
      const after = await store.changes(0);
      return { position: { seq: after.length, hlc: last(after)?.hlc ?? '' }, after };
    }
    const from = await store.changes(known.seq - 1);
    if (from.length === 0 || from[0]!.hlc !== known.hlc) return undefined;
    return { position: { seq: known.seq - 1 + from.length, hlc: last(from)!.hlc }, after: from.slice(1) };
  } catch {
    return undefined; // changes older than the log keeps (or an unreadable log): rebuild
  }
}

/**
 * Where the log stands, found without reading it whole: halve a seq far past the end until changes come back (their
 * count after it is then the distance to the end). Only a rebuild with no earlier position asks this.
 */
export async function logEnd(store: Store): Promise<LogPosition> {
  let lo = 0;
  let hi = 2 ** 40;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    let after: Change[];
    try {
      after = await store.changes(mid);
    } catch {
      lo = mid; // compacted away below here
      continue;
    }
    if (after.length === 0) hi = mid;
    else return { seq: mid + after.length, hlc: last(after)!.hlc };
  }
  const after = await store.changes(lo).catch(() => []);
  return { seq: lo + after.length, hlc: last(after)?.hlc ?? '' };
}

export async function readDelta(dir: string): Promise<SavedDelta | undefined> {
  try {
    const delta = JSON.parse(await readFile(deltaFile(dir), 'utf8')) as SavedDelta;
    if (delta.version !== SEGMENT_VERSION || !Array.isArray(delta.docs) || typeof delta.seq !== 'number') return undefined;
    return delta;
  } catch {
    return undefined;
  }
}

export function writeDelta(dir: string, delta: SavedDelta): Promise<void> {
  return writeFileAtomically(deltaFile(dir), JSON.stringify(delta), { mode: 0o600, createDir: { mode: 0o700 } });
}

export async function removeIndexFiles(dir: string): Promise<void> {
  await rm(segmentFile(dir), { force: true });
  await rm(deltaFile(dir), { force: true });
}

/**
 * Set at once (synchronously, inside the store's announcement) when a sync merge changes records: merges are not in
 * this device's log, so if the app stops before the delta is saved, the next start must rebuild to see them.
 */
export function markRemoteUnsaved(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    writeFileSync(remoteMarker(dir), '');
  } catch (error) {
    console.warn('[search] could not note a sync merge on disk; if the app stops before the index is saved, search may miss it until a rebuild:', error);
  }
}

export function clearRemoteUnsaved(dir: string): void {
  rmSync(remoteMarker(dir), { force: true });
}

export const remoteUnsaved = (dir: string) => existsSync(remoteMarker(dir));
