// A recovered file is brought up to date from the change log: the backup (or nothing) plus every logged change to its
// records gives each record its latest values, so changes made after the last backup are not lost.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openStore } from '../../../../../electron/backend/store';
import { ChangeLog } from '../../../../../electron/backend/store/change-log';
import { shardOf } from '../../../../../electron/backend/store/layout';
import type { Mutation, Store } from '../../../../../electron/backend/store/types';
import { createEvent, createNote, createOrganisation, createTrip, filesUnder, makeDataDir, removeDataDir, testClock, tripFields } from './fixtures';

let dir: string;
let clock: ReturnType<typeof testClock>;
// Backups at most every 10 minutes: the test moves the clock to say when the last one is taken.
const open = (): Promise<Store> => openStore({ dataDir: dir, clock, deviceId: 'desk1', backupIntervalMinutes: 10 });
const file = (rel: string) => path.join(dir, ...rel.split('/'));
const byId = <T extends { id: string }>(records: T[]) => [...records].sort((a, b) => a.id.localeCompare(b.id));
const trip = (id: string, fields: Record<string, unknown>): Mutation => ({ collection: 'trips', id, fields });

beforeEach(async () => {
  dir = await makeDataDir();
  clock = testClock();
});
afterEach(() => removeDataDir(dir));

/**
 * Saves `steps` in order, each followed by a checkpoint (so each writes its data files, as every save did before
 * decision 010); before step `backupBefore` the clock moves on 11 minutes, so that save backs up what it replaces.
 */
async function saves(steps: Mutation[][], backupBefore: number): Promise<Store> {
  const store = await open();
  // The log is kept whole here, as sync holds it before its first seal, so these files rebuild from the log alone;
  // compaction.test.ts covers rebuilding once the log was compacted.
  await store.keepChangesAfter(0);
  for (const [i, step] of steps.entries()) {
    if (i === backupBefore) clock.advance(11);
    await store.apply(step);
    await store.flush();
  }
  return store;
}

/** Trips in 2030 big enough (26 × 5 KB) to fill a change-log segment, so the next save starts a new one. */
function filler(): Mutation[] {
  return Array.from({ length: 26 }, (_, i) => ({ collection: 'trips', id: `fill${i}`, fields: { ...tripFields(`Fill ${i}`, '2030-01-01'), purpose: 'x'.repeat(5000) } }));
}

async function corrupt(rel: string, bytes = '{"schemaVersion":1,"trips":[{"id":') {
  await fs.writeFile(file(rel), bytes);
}

async function backupsOf(rel: string): Promise<string[]> {
  return fs.readdir(file(`backups/${rel}`)).catch(() => []);
}

describe('rebuilding a recovered file from the change log', () => {
  it('brings back every trip of a year index at its latest values, trips that changed year included', async () => {
    const store = await saves(
      [
        [createTrip('t1', '2025-05-10', '2025-05-14', 'a1'), createTrip('t2', '2025-06-01', '2025-06-03'), createTrip('t3', '2026-02-01', '2026-02-02')],
        [trip('t1', { title: 'a2' })], // backs up index-2025 as it was after the first save
        [trip('t2', { purpose: 'p3' })], // the clock moved: the last backup, holding the second save
        [trip('t1', { title: 'a4', sampleKey: 'x' }), createTrip('t4', '2025-09-01', '2025-09-02')],
        [trip('t3', { startDate: '2025-08-01', endDate: '2025-08-03' }), trip('t2', { startDate: '2027-01-05', endDate: '2027-01-06' })],
        [trip('t3', { title: 'moved in' }), trip('t1', { sampleKey: undefined })],
      ],
      2,
    );
    const expected = byId(await store.all('trips'));
    await store.close();
    expect(await backupsOf('trips/index-2025.json')).toHaveLength(2);
    await corrupt('trips/index-2025.json');

    const reopened = await open();
    expect(byId(await reopened.all('trips'))).toEqual(expected);
    expect(expected.find((t) => t.id === 't1')).not.toHaveProperty('sampleKey'); // a cleared field stays cleared
    const [notice] = reopened.notices();
    expect(notice!.level).toBe('warning');
    // Later than the backup: t1's two edits, t3's three changes (it was not in the 2025 file then), t4's creation.
    expect(notice!.message).toMatch(
      /^The file trips\/index-2025\.json \(the list of trips starting in 2025\) could not be read: .*It was moved to corrupt\/trips\/index-2025\.[-\dTZ]+\.json in the data folder and kept there\. It was rebuilt from the backup of \d{4}-\d\d-\d\d \d\d:\d\d UTC and the change log \(6 later changes re-applied\), so nothing should be missing; please check the trips starting in 2025\.$/,
    );
    await reopened.close();

    const again = await open(); // the rebuilt file was written durably and reads cleanly
    expect(again.notices()).toEqual([]);
    expect(byId(await again.all('trips'))).toEqual(expected);
    await again.close();
  });

  it("brings back a trip's events and notes, deletions included", async () => {
    const store = await saves(
      [
        [createTrip('t1'), createEvent('e1', 't1'), createEvent('e2', 't1')],
        [{ collection: 'events', id: 'e1', tripId: 't1', fields: { title: 'e1 v2' } }],
        [createNote('n1', 't1', 'e1', 'first thoughts')],
        [
          { collection: 'events', id: 'e2', tripId: 't1', fields: { deleted: true } },
          { collection: 'notes', id: 'n1', tripId: 't1', fields: { body: 'second thoughts' } },
          createEvent('e3', 't1'),
        ],
        [createOrganisation('o1', 'Acme')], // so reopening redoes nothing in the trip's file: it is read on first use
      ],
      2,
    );
    const events = byId(await store.ofTrip('events', 't1'));
    const notes = byId(await store.ofTrip('notes', 't1'));
    await store.close();
    await corrupt('trips/t1.json', 'not json');

    const reopened = await open();
    expect(reopened.notices()).toEqual([]); // read on first use
    expect(byId(await reopened.ofTrip('events', 't1'))).toEqual(events);
    expect(byId(await reopened.ofTrip('notes', 't1'))).toEqual(notes);
    expect(events.find((e) => e.id === 'e2')!.deleted).toBe(true);
    expect(reopened.notices()[0]!.message).toMatch(
      /^The itinerary, notes and follow-ups of the trip "Trip t1" could not be read.*rebuilt from the backup of .* and the change log \(4 later changes re-applied\), so nothing should be missing; please check the itinerary, notes and follow-ups of the trip "Trip t1"\.$/,
    );
    await reopened.close();
  });

  it('brings back a directory shard', async () => {
    const ids = Array.from({ length: 500 }, (_, i) => `org${i}`);
    const [a, b] = ids.filter((id) => shardOf(id) === shardOf(ids[0]!));
    const store = await saves(
      [
        [createOrganisation(a!, 'Acme')],
        [createOrganisation(a!, 'Acme Ltd')],
        [createOrganisation(b!, 'Beta')],
        [createOrganisation(b!, 'Beta Group'), { collection: 'organisations', id: a!, fields: { deleted: true } }],
      ],
      2,
    );
    const expected = byId(await store.all('organisations'));
    await store.close();
    const rel = `directory/organisations/${shardOf(a!)}.json`;
    await corrupt(rel, '{"schemaVersion":1,"organisations":[{"id":"x"}]}');

    const reopened = await open();
    expect(byId(await reopened.all('organisations'))).toEqual(expected);
    expect(expected.map((o) => o.name.en)).toEqual(['Acme Ltd', 'Beta Group']);
    expect(reopened.notices()[0]!.message).toMatch(/\(part of the organisations list\).*\(3 later changes re-applied\).*please check the organisations list\.$/);
    await reopened.close();
  });

  it('rebuilds from the change log alone when there is no backup, reading the log once for several files', async () => {
    const store = await saves(
      [
        [createTrip('t1', '2025-05-10', '2025-05-14'), createTrip('t2', '2026-01-10', '2026-01-12'), createEvent('e1', 't1')],
        [trip('t1', { title: 'renamed' }), trip('t2', { purpose: 'Trade' })],
        [trip('t2', { startDate: '2025-12-30' })],
      ],
      99,
    );
    const expected = byId(await store.all('trips'));
    await store.close();
    await fs.rm(file('backups'), { recursive: true, force: true });
    await corrupt('trips/index-2025.json');
    await corrupt('trips/index-2026.json');
    const reads = vi.spyOn(ChangeLog.prototype, 'readSegment');

    try {
      const reopened = await open();
      expect(byId(await reopened.all('trips'))).toEqual(expected);
      expect(reads).toHaveBeenCalledTimes(1); // one segment, read once for both files
      const messages = reopened.notices().map((n) => n.message);
      expect(messages).toHaveLength(2);
      // t1's two changes; t2's three (it moved into 2025); index-2026 had only t2, which now lives in 2025.
      expect(messages.find((m) => m.includes('index-2025'))).toMatch(/rebuilt from the change log alone \(5 changes\), so nothing should be missing/);
      expect(messages.find((m) => m.includes('index-2026'))).toMatch(/No readable backup of it was found, so it was started empty/);
      await reopened.close();
    } finally {
      reads.mockRestore();
    }
  });

  it('rebuilds files read on first use, after the one full read, from only the segments that mention them', async () => {
    const ids = Array.from({ length: 500 }, (_, i) => `org${i}`);
    const [a, b] = [ids[0]!, ids.find((id) => shardOf(id) !== shardOf(ids[0]!))!];
    const store = await saves(
      [
        [createTrip('t1'), createOrganisation(a, 'Acme'), createOrganisation(b, 'Beta'), ...filler()], // the first segment
        [createEvent('e1', 't1'), createOrganisation(a, 'Acme Ltd')], // the second
        [{ collection: 'events', id: 'e1', tripId: 't1', fields: { title: 'moved to 3pm' } }, createOrganisation(b, 'Beta Group')],
        [trip('t1', { purpose: 'Trade' })], // so reopening redoes nothing in the trip's file or the shards
      ],
      99,
    );
    const events = await store.ofTrip('events', 't1');
    const organisations = byId(await store.all('organisations'));
    await store.close();
    await fs.rm(file('backups'), { recursive: true, force: true });
    for (const rel of ['trips/t1.json', `directory/organisations/${shardOf(a)}.json`, `directory/organisations/${shardOf(b)}.json`]) await corrupt(rel, '');
    await corrupt('trips/index-2025.json');
    const reads = vi.spyOn(ChangeLog.prototype, 'readSegment');

    try {
      const reopened = await open(); // the trip index is rebuilt at open: the one full read of the log
      expect(reads.mock.calls.map(([seq]) => seq)).toEqual([1, 30]);
      expect(await reopened.ofTrip('events', 't1')).toEqual(events);
      expect(reads.mock.calls.map(([seq]) => seq)).toEqual([1, 30, 30]); // only the segment with t1's activity
      expect(byId(await reopened.all('organisations'))).toEqual(organisations); // two shards at once
      expect(reopened.notices().map((n) => n.message.match(/\(\d+ changes\)/)?.[0])).toEqual(['(2 changes)', '(2 changes)', '(2 changes)', '(2 changes)']);
      await reopened.close();
    } finally {
      reads.mockRestore();
    }
  });

  it('rebuilds several files found unreadable while the one full read runs', async () => {
    const ids = Array.from({ length: 500 }, (_, i) => `org${i}`);
    const shards = [...new Map(ids.map((id) => [shardOf(id), id])).values()].slice(0, 4);
    const store = await saves(
      [
        [...shards.map((id) => createOrganisation(id, `Org ${id}`)), ...filler()],
        shards.map((id) => createOrganisation(id, `Org ${id} renamed`)),
        [trip('fill0', { purpose: 'Trade' })], // so reopening redoes nothing in the shards
      ],
      99,
    );
    const organisations = byId(await store.all('organisations'));
    await store.close();
    await fs.rm(file('backups'), { recursive: true, force: true });
    for (const id of shards) await corrupt(`directory/organisations/${shardOf(id)}.json`, '[]');

    const reopened = await open();
    // The shards load together: the first starts the read, the others join it (re-reading what it had passed).
    expect(byId(await reopened.all('organisations'))).toEqual(organisations);
    expect(organisations.every((o) => o.name.en.endsWith('renamed'))).toBe(true);
    expect(reopened.notices().map((n) => n.message.match(/\(\d+ changes\)/)?.[0])).toEqual(shards.map(() => '(2 changes)'));
    await reopened.close();
  });

  it('skips an unreadable change-log segment, still restores the backup, and says what may be missing', async () => {
    const store = await saves(
      [
        [createTrip('t1', '2025-05-10', '2025-05-14', 'first'), createTrip('t2', '2025-05-20', '2025-05-22', 'other')],
        [trip('t1', { title: 'second' })], // backs up index-2025 as it was after the first save
        [trip('t2', { startDate: '2025-06-01', endDate: '2025-06-10' })],
        filler(), // fills the first segment: the next save starts the second
        [trip('t1', { title: 'third', purpose: 'after' }), trip('t2', { startDate: '2025-06-08' })],
      ],
      99,
    );
    const expected = byId(await store.all('trips'));
    await store.close();
    const segments = (await fs.readdir(file('changes/desk1'))).sort();
    expect(segments).toEqual(['00000001.jsonl', '00000031.jsonl', 'checkpoint.json']);
    await corrupt('changes/desk1/00000001.jsonl', 'garbage');
    await corrupt('trips/index-2025.json');

    const reopened = await open();
    const trips = byId(await reopened.all('trips'));
    expect(trips.find((t) => t.id === 't1')).toEqual(expected.find((t) => t.id === 't1'));
    // t2's move to June is in the lost segment: its last change alone would end it before it starts, so it keeps
    // the backup's (valid) state rather than an invalid one.
    expect(trips.find((t) => t.id === 't2')).toMatchObject({ title: 'other', startDate: '2025-05-20', endDate: '2025-05-22' });
    expect(trips.filter((t) => t.id.startsWith('fill'))).toHaveLength(26);
    const [notice] = reopened.notices();
    expect(notice!.level).toBe('warning');
    expect(notice!.message).toContain('It was rebuilt from the backup of');
    expect(notice!.message).toContain('(1 later change re-applied).');
    expect(notice!.message).toContain('Part of the change log could not be read (changes/desk1/00000001.jsonl), so changes recorded there may be missing.');
    expect(notice!.message).toContain('could not bring one record to a valid state (trip t2), so it keeps its last valid state from the backup.');
    expect(notice!.message).toMatch(/Please check the trips starting in 2025 and re-enter anything that is missing or out of date\.$/);
    await reopened.close();
    expect((await filesUnder(dir)).get('changes/desk1/00000001.jsonl')).toBe('garbage'); // left as it was
  });
});
