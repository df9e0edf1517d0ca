// The SQLite peer issue 12 compares the app with: what Joplin and Actual Budget use, and what a user would otherwise
// pick. Node 24's built-in node:sqlite (no dependency), WAL with synchronous=FULL (every commit fsyncs, as durable as
// our store's save), one table per collection with the record as JSON, and an FTS5 trigram index over exactly the
// text the app's search indexes (searchableText), kept in step with each save in the same transaction.
import { DatabaseSync } from 'node:sqlite';
import { KIND_ORDER, collectionOfKind, searchableText } from '../../electron/backend/search/documents';
import type { SearchKind } from '../../shared/contract';

export const COLLECTIONS = ['trips', 'events', 'notes', 'followups', 'members', 'organisations', 'contacts'] as const;
export type PeerCollection = (typeof COLLECTIONS)[number];
export type PeerRecord = { id: string; tripId?: string; [key: string]: unknown };
export type PeerData = Record<PeerCollection, PeerRecord[]>;

/** As many hits per query as the app returns at most (8 per group, 6 groups), so both hand back as much. */
const SEARCH_LIMIT = 8 * KIND_ORDER.length;

export function openPeer(file: string): DatabaseSync {
  const db = new DatabaseSync(file);
  db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;');
  return db;
}

/** Loads the same records the app's store holds; `fts` ties a record to its row in the search index. */
export function buildPeer(file: string, data: PeerData): void {
  const db = openPeer(file);
  for (const c of COLLECTIONS) db.exec(`CREATE TABLE ${c} (id TEXT PRIMARY KEY, trip_id TEXT, fts INTEGER, data TEXT NOT NULL)`);
  for (const c of ['events', 'notes', 'followups']) db.exec(`CREATE INDEX ${c}_trip ON ${c}(trip_id)`);
  db.exec("CREATE VIRTUAL TABLE search USING fts5(kind UNINDEXED, ref UNINDEXED, title, body, tokenize = 'trigram')");
  const addSearch = db.prepare('INSERT INTO search (rowid, kind, ref, title, body) VALUES (?, ?, ?, ?, ?)');
  let rowid = 0;
  db.exec('BEGIN');
  for (const c of COLLECTIONS) {
    const insert = db.prepare(`INSERT INTO ${c} (id, trip_id, fts, data) VALUES (?, ?, ?, ?)`);
    const kind = KIND_ORDER.find((k) => collectionOfKind[k] === c);
    for (const record of data[c]) {
      const fts = kind ? ++rowid : null;
      insert.run(record.id, record.tripId ?? null, fts, JSON.stringify(record));
      if (kind && fts) {
        const { title, texts } = searchableText(kind, record as never);
        addSearch.run(fts, kind, record.id, title, texts.filter(Boolean).join('\n'));
      }
    }
  }
  db.exec('COMMIT');
  db.exec("INSERT INTO search (search) VALUES ('optimize')");
  db.close();
}

/**
 * A typed query as an FTS5 expression: every word must appear (as the app's search asks), each quoted so `@`, `.` and
 * `-` are literal. Trigram matching needs 3 characters: a query with a shorter word finds nothing, and that is what
 * SQLite gives a user, so it is counted as not found rather than patched with a LIKE scan.
 */
export function ftsQuery(text: string): string | undefined {
  const words = text.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.some((w) => [...w].length < 3)) return undefined;
  return words.map((w) => `"${w.replaceAll('"', '""')}"`).join(' ');
}

export function peerSearch(db: DatabaseSync, text: string): { kind: SearchKind; ref: string }[] {
  const match = ftsQuery(text);
  if (!match) return [];
  return db.prepare('SELECT kind, ref FROM search WHERE search MATCH ? ORDER BY rank LIMIT ?').all(match, SEARCH_LIMIT) as never;
}

/** Opening to the trip list: every trip, parsed, as the app's store hands them to trips.list. */
export function peerTrips(db: DatabaseSync): PeerRecord[] {
  return (db.prepare('SELECT data FROM trips').all() as { data: string }[]).map((row) => JSON.parse(row.data) as PeerRecord);
}

/** The events of a trip, as the trip's page would load them before someone edits one. */
export function peerEvents(db: DatabaseSync, tripId: string): { id: string; fts: number; data: string }[] {
  return db.prepare('SELECT id, fts, data FROM events WHERE trip_id = ?').all(tripId) as never;
}

/** A durable save of one event's title: the record and its search row in one transaction (one fsync'd WAL commit). */
export function peerSaveEventTitle(db: DatabaseSync, event: { id: string; fts: number; data: string }, title: string): void {
  const record = { ...(JSON.parse(event.data) as PeerRecord), title, updatedAt: new Date().toISOString() };
  db.exec('BEGIN');
  try {
    db.prepare('UPDATE events SET data = ? WHERE id = ?').run(JSON.stringify(record), event.id);
    db.prepare('UPDATE search SET title = ? WHERE rowid = ?').run(title, event.fts);
    db.exec('COMMIT');
  } catch (error) {
    db.exec('ROLLBACK');
    throw error;
  }
}
