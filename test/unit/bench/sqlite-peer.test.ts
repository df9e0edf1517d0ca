import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateHistory, historySize } from '../../bench/history';
import { buildPeer, ftsQuery, openPeer, peerEvents, peerSaveEventTitle, peerSearch, peerTrips } from '../../bench/sqlite-peer';

describe('ftsQuery (a typed query as an FTS5 trigram expression)', () => {
  it('asks for every word, each quoted so punctuation is literal', () => {
    expect(ftsQuery('greater bay area')).toBe('"greater" "bay" "area"');
    expect(ftsQuery(' contact1234@example.org ')).toBe('"contact1234@example.org"');
    expect(ftsQuery('say "hi" there')).toBe('"say" """hi""" "there"');
  });

  it('finds nothing for a word under three characters, as trigram matching cannot (no LIKE scan stands in)', () => {
    expect(ftsQuery('港')).toBeUndefined();
    expect(ftsQuery('上市')).toBeUndefined();
    expect(ftsQuery('investment 大灣區')).toBe('"investment" "大灣區"');
    expect(ftsQuery('   ')).toBeUndefined();
  });
});

describe('the SQLite peer', () => {
  it('holds the records, finds them by their searchable text and keeps the index in step with a save', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'peer-test-'));
    try {
      const file = path.join(dir, 'p.db');
      const trip = { id: 't1', title: 'Fintech mission to Riyadh', purpose: 'Meet banks', organisingBody: 'TID', legs: [{ city: 'Riyadh' }] };
      const event = { id: 'e1', tripId: 't1', title: 'Courtesy call', venue: { en: 'Kingdom Tower', zh: '王國大廈' }, address: { en: '', zh: '' }, description: 'Discuss 大灣區 links', briefing: { background: { text: '' }, objectives: { text: '' }, talkingPoints: { text: '' }, previousInteractions: { text: '' } } };
      buildPeer(file, { trips: [trip], events: [event], notes: [], followups: [], members: [], organisations: [], contacts: [] });
      const db = openPeer(file);
      expect(peerTrips(db).map((t) => t.id)).toEqual(['t1']);
      expect(peerSearch(db, 'riya')).toEqual([{ kind: 'trip', ref: 't1' }]);
      expect(peerSearch(db, '大灣區')).toEqual([{ kind: 'event', ref: 'e1' }]);
      expect(peerSearch(db, 'kingdom tower')).toEqual([{ kind: 'event', ref: 'e1' }]);
      const [row] = peerEvents(db, 't1');
      peerSaveEventTitle(db, row!, 'Signing ceremony');
      expect(peerSearch(db, 'courtesy')).toEqual([]);
      expect(peerSearch(db, 'signing')).toEqual([{ kind: 'event', ref: 'e1' }]);
      expect(JSON.parse(peerEvents(db, 't1')[0]!.data)).toMatchObject({ id: 'e1', title: 'Signing ceremony' });
      expect(db.prepare('PRAGMA journal_mode').get()).toEqual({ journal_mode: 'wal' });
      expect(db.prepare('PRAGMA synchronous').get()).toEqual({ synchronous: 2 }); // FULL
      db.close();
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
});

describe('history sizes', () => {
  it('scales trips and the directory with the years and keeps the 10-year history as it was', () => {
    expect(historySize(10)).toMatchObject({ trips: 500, organisations: 5000, contacts: 15000, members: 120 });
    expect(historySize(30)).toMatchObject({ trips: 1500, organisations: 15000, contacts: 45000, members: 120 });
    expect(historySize(1)).toMatchObject({ trips: 50, organisations: 500, contacts: 1500 });
    const one = generateHistory(undefined, 1);
    expect(one.trips).toHaveLength(50);
    expect(one.trips[0]!.tripId).toBe('trip-2024-00');
    expect(one.trips.at(-1)!.tripId).toBe('trip-2024-49');
  });

  it('generates the 10-year history record for record as before the years could be chosen (same fingerprint)', () => {
    // The hash of the history the bench generated at f4c8ad1, so figures stay comparable with earlier runs.
    const hash = createHash('sha256').update(JSON.stringify(generateHistory())).digest('hex');
    expect(hash).toBe('74d14d45ac8658638a26aed8dd068b63861c018206534bf8da6fe3424b98a2f7');
  });
});
