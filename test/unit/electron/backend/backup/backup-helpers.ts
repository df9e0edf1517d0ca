// What the backup tests share: a backend holding the sample trips plus edits and deletions, the records read
// straight from the data folder's files (independently of the code under test), and ways to take a backup apart.
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';
import { type Collection, collectionsIn } from '../../../../../shared/model';
import type { TestBackend } from '../backend-fixture';
import { openTestBackend } from '../backend-fixture';

/** Every collection of the registry: the trip index and the directory first, then each trip's own. */
export const collections: Collection[] = [...collectionsIn('index'), ...collectionsIn('directory'), ...collectionsIn('trip')];
export type Records = Record<Collection, Record<string, unknown>[]>;

/** The sample trips, then a few edits of the kind people make: a renamed trip, a new contact, a note, deletions. */
export async function seededBackend(start?: number): Promise<TestBackend> {
  const t = await openTestBackend(start);
  await t.call('samples.load', {});
  const [trip] = await t.call('trips.list', {});
  const detail = await t.call('trips.get', { id: trip!.id });
  await t.call('trips.update', { id: trip!.id, patch: { title: `${trip!.title} (revised)` } });
  const event = detail.events[0]!;
  await t.call('notes.save', { tripId: trip!.id, eventId: event.id, body: '# Notes\nMet the **bureau**; 會議順利。' });
  const [contact] = await t.call('contacts.list', {});
  await t.call('contacts.delete', { id: contact!.id });
  await t.call('events.delete', { id: detail.events[1]!.id, tripId: trip!.id });
  await t.call('contacts.create', { name: { en: 'Ada Wong', zhHant: '黃愛達', zhHans: '' }, email: 'ada@example.org' });
  return t;
}

async function jsonFiles(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir)).filter((n) => n.endsWith('.json')).map((n) => path.join(dir, n));
  } catch {
    return [];
  }
}

/** Every record in the data folder's files, by collection, sorted by trip and id. Flush (reopen) first. */
export async function diskRecords(dir: string): Promise<Records> {
  const out = Object.fromEntries(collections.map((c) => [c, []])) as unknown as Records;
  const add = async (file: string) => {
    const doc = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
    for (const c of collections) if (Array.isArray(doc[c])) out[c].push(...(doc[c] as Record<string, unknown>[]));
  };
  for (const file of await jsonFiles(path.join(dir, 'trips'))) await add(file);
  for (const c of collectionsIn('directory')) for (const file of await jsonFiles(path.join(dir, 'directory', c))) await add(file);
  const key = (r: Record<string, unknown>) => `${String(r.tripId ?? '')}/${String(r.id)}`;
  for (const c of collections) out[c].sort((a, b) => key(a).localeCompare(key(b)));
  return out;
}

/**
 * The records without `updatedAt`, which the store stamps with the time of every change it records — a restore is
 * one — so that recovery can match records to the change log. Everything else, createdAt included, is kept.
 */
export function withoutUpdatedAt(records: Records): Records {
  return Object.fromEntries(collections.map((c) => [c, records[c].map(({ updatedAt: _u, ...r }) => r)])) as unknown as Records;
}

export function liveOnly(records: Records): Records {
  return Object.fromEntries(collections.map((c) => [c, records[c].filter((r) => !r.deleted)])) as unknown as Records;
}

export interface BackupDoc {
  header: Record<string, unknown> & { counts: Record<string, number>; sha256: string; schemaVersion: number };
  data: Records;
}

export function unpack(base64: string): BackupDoc {
  return JSON.parse(gunzipSync(Buffer.from(base64, 'base64')).toString('utf8')) as BackupDoc;
}

/** Packs a (tampered) backup again; `reseal` recomputes the checksum and counts as an honest writer would. */
export function pack(doc: BackupDoc, reseal = true): string {
  if (reseal) {
    doc.header.sha256 = createHash('sha256').update(JSON.stringify(doc.data)).digest('hex');
    doc.header.counts = Object.fromEntries(collections.map((c) => [c, doc.data[c].length]));
  }
  return gzipSync(JSON.stringify(doc)).toString('base64');
}
