// Where each record lives on disk. Partitioned so one save rewrites a small file: trips by start year, a trip's
// activity in its own file, the directory in hash shards, the change log in segments. Paths are relative, '/'-joined.
import path from 'node:path';
import { type Collection, type CollectionsIn, type Home, collections, collectionsIn } from '../../../shared/model';
import type { IndexCollection, TripCollection } from './types';

export const META_FILE = 'meta.json';
export const TRIPS_DIR = 'trips';
export const DIRECTORY_DIR = 'directory';
export const CHANGES_DIR = 'changes';
export const BACKUPS_DIR = 'backups';
export const CORRUPT_DIR = 'corrupt';

/** Where each record goes is its registry entry's `home` (shared/model/collections.ts). */
export const TRIP_COLLECTIONS: readonly TripCollection[] = collectionsIn('trip');
export const DIRECTORY_COLLECTIONS: readonly DirectoryCollection[] = collectionsIn('directory');
export type DirectoryCollection = CollectionsIn<'directory'>;

/** Changing this re-homes every directory record: it needs a migration, never just an edit. */
export const DIRECTORY_SHARDS = 64;

/** Undefined for a name the registry lacks (a mutation naming no collection is refused later, with a message). */
function homeOf(c: string): Home | undefined {
  return Object.hasOwn(collections, c) ? collections[c as Collection].home : undefined;
}

export function isTripCollection(c: Collection): c is TripCollection {
  return homeOf(c) === 'trip';
}

export function isDirectoryCollection(c: Collection): c is DirectoryCollection {
  return homeOf(c) === 'directory';
}

export function isIndexCollection(c: Collection): c is IndexCollection {
  return !isTripCollection(c);
}

/** The year a trip is filed under; trips/index-<year>.json. */
export function tripYear(trip: { startDate: string }): string {
  return trip.startDate.slice(0, 4);
}

export function tripIndexFile(year: string): string {
  return `${TRIPS_DIR}/index-${year}.json`;
}

export const TRIP_INDEX_NAME = /^index-(\d{4})\.json$/;

/** Trip ids become file names: anything else (a path, an index file's name) must never reach the disk. */
export function tripFile(tripId: string): string {
  if (!isTripId(tripId)) throw new TypeError(`not a trip id: ${JSON.stringify(tripId)}`);
  return `${TRIPS_DIR}/${tripId}.json`;
}

/** Ids that would collide with the index files' names in trips/. */
export function isReservedTripId(id: string): boolean {
  return /^index-\d{4}$/.test(id);
}

/** Whether a trip could have this id, so a file could hold its records; no trip can be called `index-2025`. */
export function isTripId(id: string): boolean {
  return /^[A-Za-z0-9_-]{1,64}$/.test(id) && !isReservedTripId(id);
}

/** FNV-1a: stable across versions and platforms, unlike anything seeded. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

export function shardOf(id: string): string {
  return (fnv1a(id) % DIRECTORY_SHARDS).toString(16).padStart(2, '0');
}

export function shardFile(collection: DirectoryCollection, shard: string): string {
  return `${DIRECTORY_DIR}/${collection}/${shard}.json`;
}

export const SHARD_NAME = /^([0-9a-f]{2})\.json$/;

export function changesDir(deviceId: string): string {
  return `${CHANGES_DIR}/${deviceId}`;
}

/**
 * A change-log segment: `.jsonl` (append-only, one line per group: decision 010) or, written before that, `.json` (one
 * document rewritten whole per save: decision 002), still read until compaction folds it away.
 */
export function segmentFile(deviceId: string, firstSeq: number, legacy = false): string {
  return `${changesDir(deviceId)}/${String(firstSeq).padStart(8, '0')}.${legacy ? 'json' : 'jsonl'}`;
}

export const SEGMENT_NAME = /^(\d{8})\.(jsonl?)$/;

/** What the last checkpoint wrote into the data files (store/checkpoint.ts). */
export function checkpointFile(deviceId: string): string {
  return `${changesDir(deviceId)}/checkpoint.json`;
}

export function absolute(dataDir: string, rel: string): string {
  return path.join(dataDir, ...rel.split('/'));
}

/** A file name stamp that sorts by time and is legal on Windows. */
export function fileStamp(ms: number): string {
  return new Date(ms).toISOString().replace(/:/g, '-').replace('.', '-');
}

export function parseFileStamp(name: string): number | undefined {
  const m = /^(\d{4}-\d{2}-\d{2}T\d{2})-(\d{2})-(\d{2})-(\d{3}Z)/.exec(name);
  if (!m) return undefined;
  const ms = Date.parse(`${m[1]}:${m[2]}:${m[3]}.${m[4]}`);
  return Number.isNaN(ms) ? undefined : ms;
}

/** What a file holds, in words for a notice. */
export function describeFile(rel: string): string {
  if (rel === META_FILE) return 'the app settings for this computer';
  const year = /^trips\/index-(\d{4})\.json$/.exec(rel);
  if (year) return `the list of trips starting in ${year[1]}`;
  const trip = /^trips\/(.+)\.json$/.exec(rel);
  if (trip) return `the itinerary, notes and follow-ups of trip ${trip[1]}`;
  const shard = /^directory\/(\w+)\//.exec(rel);
  if (shard) return `part of the ${shard[1]} list`;
  if (rel.startsWith(`${CHANGES_DIR}/`)) return 'part of the change history';
  return rel;
}
