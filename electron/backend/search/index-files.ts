// The search index's files under <dataDir>/index/search/ besides the segment: the delta saved since it was written
// (delta.json), a marker that a sync merge reached the index but is not saved yet (remote-unsaved); where the index stands
// in this device's change log is a LogPosition (store/log-position.ts). The index is a cache: any file missing or wrong means a rebuild, never an error.
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomically } from '../files/atomic-write';
import type { LogPosition } from '../store/log-position';
import type { SegmentDoc } from './segment-build';
import { SEGMENT_VERSION } from './segment';

export const indexDir = (dataDir: string) => path.join(dataDir, 'index', 'search');
export const segmentFile = (dir: string) => path.join(dir, 'segment.bin');
const deltaFile = (dir: string) => path.join(dir, 'delta.json');
const remoteMarker = (dir: string) => path.join(dir, 'remote-unsaved');

export interface SavedDelta extends LogPosition {
  version: number;
  /** The segment it applies to (its header's id), or null when there is no segment. */
  segment: string | null;
  hidden: string[];
  /** Documents put since the segment, in order; a key alone is a segment document removed. */
  docs: (SegmentDoc | { key: string; removed: true })[];
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
