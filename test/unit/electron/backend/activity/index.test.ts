// The activity index holds no note bodies (issue 12 item 4) and is kept on disk (item 2): after a reopen it answers
// without reading every trip file, brings forward what changed while closed, and rebuilds a damaged or doubtful file.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ActivityIndex, type TripActivity } from '../../../../../electron/backend/activity';
import { activityDir } from '../../../../../electron/backend/activity/saved';
import { openStore } from '../../../../../electron/backend/store';
import type { Mutation, Store } from '../../../../../electron/backend/store/types';
import { tempDir } from '../../../helpers/tmp';
import { createEvent, createNote, createTrip, testClock, tripFields } from '../store/fixtures';

let dir: string;
let cleanup: () => Promise<void>;
const open = (): Promise<Store> => openStore({ dataDir: dir, clock: testClock(), deviceId: 'desk1' });
const TRIPS = ['t1', 't2', 't3', 't4'];

const followUp = (id: string, tripId: string, dueDate: string, organisationId = 'org1'): Mutation => ({
  collection: 'followups',
  id,
  tripId,
  fields: { tripId, title: `Chase ${id}`, dueDate, organisationId, details: `Details of ${id}` },
});

async function seed(store: Store): Promise<void> {
  for (const t of TRIPS) {
    const event = createEvent(`${t}-e`, t);
    event.fields = { ...event.fields, organisationIds: ['org1'], description: `DESCRIPTION of ${t}` };
    await store.apply([createTrip(t), event, createNote(`${t}-n`, t, `${t}-e`, `NOTE BODY of ${t}`), followUp(`${t}-f`, t, '2025-01-01')]);
  }
}

/** What the queries see, in a form to compare. */
function view(index: ActivityIndex): unknown {
  const plain = (a: TripActivity) => ({
    tripId: a.tripId,
    events: [...a.events.values()],
    eventsByOrg: [...a.eventsByOrg].map(([org, list]) => [org, list.map((e) => e.id)]),
    followUps: a.followUps,
    followUpsByOrg: [...a.followUpsByOrg].map(([org, list]) => [org, list.map((f) => f.id)]),
    organisationIds: [...a.organisationIds].sort(),
  });
  return [...index.activities()].map(plain).sort((a, b) => a.tripId.localeCompare(b.tripId));
}

beforeEach(async () => {
  ({ dir, cleanup } = await tempDir());
});
afterEach(async () => {
  vi.restoreAllMocks();
  await cleanup();
});

describe('activity index', () => {
  it('holds no note bodies and no event descriptions', async () => {
    const store = await open();
    await seed(store);
    const index = new ActivityIndex(store);
    await index.ready();
    const held = JSON.stringify(view(index));
    expect(held).toContain('Chase t1-f'); // it does hold what the lists show
    expect(held).not.toContain('NOTE BODY');
    expect(held).not.toContain('DESCRIPTION');
    for (const activity of index.activities()) {
      expect(Object.keys(activity).sort()).toEqual(['events', 'eventsByOrg', 'followUps', 'followUpsByOrg', 'organisationIds', 'tripId']);
      for (const event of activity.events.values()) expect(Object.keys(event).sort()).toEqual(['deleted', 'id', 'organisationIds', 'start', 'status', 'title']);
    }
    await store.close();
  });

  it('after a reopen answers from its saved file without reading every trip, and takes in changes made since', async () => {
    let store = await open();
    await seed(store);
    let index = new ActivityIndex(store, dir);
    await index.ready();
    const before = view(index);
    await index.close();
    // A change made while the index was not watching (another session that never opened the organisation page).
    await store.apply([followUp('t2-g', 't2', '2024-12-01', 'org2')]);
    await store.close();

    store = await open();
    const reads = vi.spyOn(store, 'ofTrip');
    index = new ActivityIndex(store, dir);
    await index.ready();
    expect(index.startedFrom).toBe('saved');
    expect(new Set(reads.mock.calls.map((c) => c[1]))).toEqual(new Set(['t2'])); // only the trip changed since
    expect(index.tripsOf('org2').map((a) => a.tripId)).toEqual(['t2']);
    expect((view(index) as { tripId: string }[]).filter((a) => a.tripId !== 't2')).toEqual((before as { tripId: string }[]).filter((a) => a.tripId !== 't2'));

    // A change after the reopen is reflected, and so is it after the next reopen.
    await store.apply([{ collection: 'followups', id: 't3-f', tripId: 't3', fields: { status: 'done' } }]);
    await index.ready();
    expect(index.trip('t3')!.followUps[0]!.status).toBe('done');
    const after = view(index);
    await index.close();
    await store.close();
    store = await open();
    const again = vi.spyOn(store, 'ofTrip');
    index = new ActivityIndex(store, dir);
    await index.ready();
    expect(again).not.toHaveBeenCalled();
    expect(view(index)).toEqual(after);
    await store.close();
  });

  it('keeps its saved file across a compacted change log: a reopen brings it forward, no rebuild', async () => {
    let store = await open();
    await seed(store);
    // Edits big enough (26 × 5 KB) to fill several change-log segments, then compaction removes all but the newest.
    for (let round = 0; round < 4; round++) {
      await store.apply(Array.from({ length: 26 }, (_, i) => ({ collection: 'trips' as const, id: `fill${i}`, fields: { ...tripFields(`Fill ${i}`, '2030-01-01'), purpose: `${round}`.repeat(5000) } })));
    }
    await store.apply([followUp('t1-x', 't1', '2024-11-01')]); // starts the newest segment, which compaction keeps
    await store.flush();
    await store.compact();
    expect(store.oldestSeq()).toBeGreaterThan(100);
    let index = new ActivityIndex(store, dir);
    await index.ready();
    await index.close(); // saves where the log ends, found without reading compacted changes
    await store.apply([followUp('t4-g', 't4', '2024-12-01', 'org3')]);
    await store.close();

    store = await open();
    index = new ActivityIndex(store, dir);
    await index.ready();
    expect(index.startedFrom).toBe('saved');
    expect(index.tripsOf('org3').map((a) => a.tripId)).toEqual(['t4']);
    await store.close();
  });

  it('rebuilds from the trip files when its saved file is damaged, with the same answers', async () => {
    let store = await open();
    await seed(store);
    let index = new ActivityIndex(store, dir);
    await index.ready();
    const before = view(index);
    await index.close();
    await store.close();
    await fs.writeFile(path.join(activityDir(dir), 'activity.json'), '{"format":1,"seq":3,"trips":[{"tri');

    store = await open();
    const reads = vi.spyOn(store, 'ofTrip');
    index = new ActivityIndex(store, dir);
    await index.ready();
    expect(index.startedFrom).toBe('rebuilt');
    expect(new Set(reads.mock.calls.map((c) => c[1]))).toEqual(new Set(TRIPS));
    expect(view(index)).toEqual(before);
    await index.close();
    expect(JSON.parse(await fs.readFile(path.join(activityDir(dir), 'activity.json'), 'utf8'))).toMatchObject({ format: 1 });
    await store.close();
  });

  it('rebuilds when the change log no longer holds the change its file ends at (a replaced data folder)', async () => {
    let store = await open();
    await seed(store);
    let index = new ActivityIndex(store, dir);
    await index.ready();
    await index.close();
    await store.close();
    const saved = path.join(activityDir(dir), 'activity.json');
    const doc = JSON.parse(await fs.readFile(saved, 'utf8')) as { lastHlc: string };
    await fs.writeFile(saved, JSON.stringify({ ...doc, lastHlc: 'not-this-log' }));

    store = await open();
    index = new ActivityIndex(store, dir);
    await index.ready();
    expect(index.startedFrom).toBe('rebuilt');
    await store.close();
  });

  it('does not miss a merge from another device when the session ends before the index is saved', async () => {
    let store = await open();
    await seed(store);
    let index = new ActivityIndex(store, dir);
    await index.ready();
    await index.close();
    // Sync merges a follow-up (not in this device's log); the process then stops without saving the index.
    const merged = { collection: 'followups' as const, id: 't1-m', tripId: 't1', values: { id: 't1-m', tripId: 't1', title: 'Merged', organisationId: 'org3', createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z', deleted: false } };
    const { applied } = await store.applyRemote([merged]);
    expect(applied).toHaveLength(1);
    await vi.waitFor(() => fs.access(path.join(activityDir(dir), 'merged-since-save')));
    await store.close();

    store = await open();
    index = new ActivityIndex(store, dir);
    await index.ready();
    expect(index.startedFrom).toBe('rebuilt');
    expect(index.tripsOf('org3').map((a) => a.tripId)).toEqual(['t1']);
    await store.close();
  });
});

describe('organisation page and overdue count across a reopen', () => {
  it('answers the same from the saved index as from the trip files', async () => {
    const { openTestBackend } = await import('../backend-fixture');
    const t = await openTestBackend();
    try {
      const trip = await t.call('trips.create', { title: 'Shenzhen 2024', startDate: '2024-06-03', endDate: '2024-06-05' });
      const org = await t.call('organisations.create', { name: { en: 'Hikvision' }, sector: 'AI', stage: 'committed' });
      const event = await t.call('events.create', { tripId: trip.id, kind: 'meeting', title: 'First call', start: '2024-06-04T02:00:00.000Z', end: '2024-06-04T03:00:00.000Z', timeZone: 'Asia/Shanghai', organisationIds: [org.id] });
      await t.call('notes.save', { tripId: trip.id, eventId: event.id, body: 'They asked about the talent scheme' });
      await t.call('followups.create', { tripId: trip.id, title: 'Send the brochure', dueDate: '2025-01-10', organisationId: org.id });
      const page = await t.call('organisations.page', { id: org.id });
      const overdue = await t.call('followups.overdueCount', { today: '2026-01-05' });
      expect(page.notes.map((n) => n.note.body)).toEqual(['They asked about the talent scheme']);
      expect(overdue.count).toBe(1);
      await t.reopen();
      await expect(fs.access(path.join(activityDir(t.dir), 'activity.json'))).resolves.toBeUndefined();
      expect(await t.call('organisations.page', { id: org.id })).toEqual(page);
      expect(await t.call('followups.overdueCount', { today: '2026-01-05' })).toEqual(overdue);
    } finally {
      await t.close();
    }
  });
});
