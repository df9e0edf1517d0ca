// Many saves at once: 200 apply() calls fired together, on different and on the same records, all land.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { openStore } from '../../../../../electron/backend/store';
import type { Mutation } from '../../../../../electron/backend/store/types';
import { createEvent, createOrganisation, createTrip, makeDataDir, removeDataDir, testClock } from './fixtures';

let dir: string;
beforeEach(async () => {
  dir = await makeDataDir();
});
afterEach(() => removeDataDir(dir));

it('lands all of 200 concurrent applies, on different and the same records', async () => {
  const clock = testClock();
  const store = await openStore({ dataDir: dir, clock, deviceId: 'desk1' });
  await store.apply([createTrip('t0', '2024-04-01', '2024-04-03'), createTrip('t1', '2025-04-01', '2025-04-03'), createEvent('shared', 't0')]);

  const batches: Mutation[][] = [];
  for (let i = 0; i < 200; i++) {
    const tripId = `t${i % 2}`;
    if (i % 4 === 0) batches.push([{ collection: 'events', id: 'shared', tripId: 't0', fields: { title: `edit ${i}` } }]); // same record
    else if (i % 4 === 1) batches.push([createEvent(`e${i}`, tripId)]); // new records in two trip files
    else if (i % 4 === 2) batches.push([createOrganisation(`o${i}`, `Org ${i}`)]); // across directory shards
    else batches.push([createTrip(`trip${i}`, `${2015 + (i % 10)}-02-01`, `${2015 + (i % 10)}-02-02`), createEvent(`x${i}`, `trip${i}`)]);
  }
  const results = await Promise.all(batches.map((b) => store.apply(b)));
  expect(results.every((changes, i) => changes.length === batches[i]!.length)).toBe(true);
  const memory = {
    trips: await store.all('trips'),
    orgs: await store.all('organisations'),
    t0: await store.ofTrip('events', 't0'),
    t1: await store.ofTrip('events', 't1'),
  };
  await store.close();

  const again = await openStore({ dataDir: dir, clock, deviceId: 'desk1' });
  expect(await again.all('trips')).toEqual(expect.arrayContaining(memory.trips));
  expect((await again.all('trips')).length).toBe(2 + 50);
  expect((await again.all('organisations')).length).toBe(50);
  expect(await again.all('organisations')).toEqual(expect.arrayContaining(memory.orgs));
  const t0 = await again.ofTrip('events', 't0');
  const t1 = await again.ofTrip('events', 't1');
  expect(t0.length + t1.length).toBe(1 + 50);
  expect(t0).toEqual(expect.arrayContaining(memory.t0));
  expect(t1).toEqual(expect.arrayContaining(memory.t1));
  for (let i = 3; i < 200; i += 4) expect(await again.ofTrip('events', `trip${i}`)).toHaveLength(1);

  // Every apply is in the log, in the order it was applied; the same record ends with the last edit logged.
  const changes = await again.changes();
  expect(changes).toHaveLength(3 + results.flat().length);
  expect(changes.slice(3)).toEqual(results.flat().sort((a, b) => a.hlc.localeCompare(b.hlc)));
  const lastEdit = changes.filter((c) => c.id === 'shared').at(-1)!;
  expect(t0.find((e) => e.id === 'shared')!.title).toBe(lastEdit.fields.title);
  await again.close();
});
