// Issue 9, item 8: a trip's file is read (and, if damaged, repaired) when the trip is first opened, long after
// start-up; the notice is pushed to the window at once and names the trip by its title.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { Notice } from '../../../../shared/contract';
import type { TestBackend } from './backend-fixture';
import { hangzhouTrip, openTestBackend } from './backend-fixture';

let t: TestBackend;
beforeEach(async () => {
  t = await openTestBackend();
});
afterEach(() => t.close());

it('pushes the notice of a trip file repaired on first open, naming the trip by its title', async () => {
  const trip = await t.call('trips.create', hangzhouTrip);
  await t.call('events.create', { tripId: trip.id, title: 'Courtesy call', start: '2025-05-14T01:00:00.000Z', end: '2025-05-14T02:00:00.000Z', timeZone: 'Asia/Shanghai' });
  await t.call('organisations.create', { name: { en: 'Acme', zhHant: '', zhHans: '' } }); // the last group is elsewhere
  await t.backend.close();
  await writeFile(path.join(t.dir, 'trips', `${trip.id}.json`), '{"schemaVersion":1,"events":[');
  await t.reopen();
  expect((await t.call('app.info', {})).notices).toEqual([]); // the trip's file is not read at start

  const pushed: Notice[] = [];
  t.backend.onPush((event, payload) => {
    if (event === 'notice') pushed.push(payload as Notice);
  });
  const detail = await t.call('trips.get', { id: trip.id });
  expect(detail.events.map((e) => e.title)).toEqual(['Courtesy call']); // rebuilt from the change log

  expect(pushed).toHaveLength(1);
  expect(pushed[0]).toMatchObject({ level: 'warning', message: expect.stringContaining(`the trip "${hangzhouTrip.title}" could not be read`) });
  expect(pushed[0]!.message).not.toContain(`trips/${trip.id}.json`);
  expect((await t.call('app.info', {})).notices).toEqual(pushed); // and kept until dismissed
});

it("answers opening a trip whose file a newer version wrote with a clear 4xx error, and leaves the rest usable", async () => {
  const trip = await t.call('trips.create', hangzhouTrip);
  const other = await t.call('trips.create', { ...hangzhouTrip, title: 'Beijing symposium' });
  await t.backend.close();
  await writeFile(path.join(t.dir, 'trips', `${trip.id}.json`), JSON.stringify({ schemaVersion: 9, events: [], notes: [], followups: [] }));
  await t.reopen();

  const error = await t.fail('trips.get', { id: trip.id });
  expect(error.code).toBe('conflict');
  expect(error.message).toBe(
    `The trip "${hangzhouTrip.title}" was saved by a newer version of Delegation Planner, so this version leaves it untouched: it cannot be opened or changed here. Nothing was changed; update the app to open it.`,
  );
  expect((await t.fail('trips.get', { id: trip.id })).code).toBe('conflict'); // every time, never a 500
  expect((await t.call('app.info', {})).notices.map((n) => n.message)).toEqual([expect.stringMatching(/^The trip "OASES to Hangzhou and Shanghai" was saved by a newer version.*read-only here/)]);
  expect((await t.call('trips.get', { id: other.id })).trip.title).toBe('Beijing symposium');
  expect((await t.call('trips.list', {})).map((x) => x.title).sort()).toEqual(['Beijing symposium', hangzhouTrip.title]);
});
