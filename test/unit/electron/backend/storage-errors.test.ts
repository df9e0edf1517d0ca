// Issue 9, item 5, as a user meets it: a save the disk refuses answers `storage` with what to do, and leaves
// nothing behind, so saving again once the disk is fixed makes one trip, not two.
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { diskFault } from './store/fixtures';
import type { TestBackend } from './backend-fixture';
import { hangzhouTrip, openTestBackend } from './backend-fixture';

let t: TestBackend;
beforeEach(async () => {
  t = await openTestBackend();
});
afterEach(async () => {
  vi.restoreAllMocks();
  await t.close();
});

const advice: Record<string, RegExp> = {
  ENOSPC: /the disk that holds the data folder is full\. Free some disk space, then try again; nothing was saved/,
  EIO: /the disk reported a read or write error\. Check that the disk is connected and working, then try again; nothing was saved/,
  EROFS: /can only be read\. Make the disk writable .*then try again; nothing was saved/,
  EACCES: /not allowed to write in the data folder\. Check the folder's permissions, then try again; nothing was saved/,
};

it.each(Object.entries(advice))('a save refused with %s answers code storage, saying what to do, and keeps nothing', async (errno, message) => {
  const disk = diskFault(t.dir);
  disk.failing = errno;
  const error = await t.fail('trips.create', hangzhouTrip);
  expect(error).toMatchObject({ code: 'storage', message: expect.stringMatching(message), details: { errno } });
  expect(await t.call('trips.list', {})).toEqual([]);

  disk.failing = undefined;
  await t.reopen();
  expect(await t.call('trips.list', {})).toEqual([]);
  await t.call('trips.create', hangzhouTrip);
  await t.reopen();
  expect((await t.call('trips.list', {})).map((trip) => trip.title)).toEqual([hangzhouTrip.title]);
});

it('a failed event save leaves the trip as it was, and the retry makes exactly one event', async () => {
  const trip = await t.call('trips.create', hangzhouTrip);
  const event = { tripId: trip.id, title: 'Courtesy call', start: '2025-05-14T01:00:00.000Z', end: '2025-05-14T02:00:00.000Z', timeZone: 'Asia/Shanghai' };
  const disk = diskFault(t.dir);
  disk.failing = 'ENOSPC';
  for (let i = 0; i < 5; i++) expect((await t.fail('events.create', event)).code).toBe('storage');
  expect((await t.call('trips.get', { id: trip.id })).events).toEqual([]);
  disk.failing = undefined;
  await t.call('events.create', event);
  await t.reopen();
  expect((await t.call('trips.get', { id: trip.id })).events.map((e) => e.title)).toEqual(['Courtesy call']);
});
