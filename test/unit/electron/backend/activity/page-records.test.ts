// The organisation page's records per trip: kept for the pages just visited, re-read only for a trip that changed.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PageRecords } from '../../../../../electron/backend/activity/page-records';
import { openStore } from '../../../../../electron/backend/store';
import type { Store } from '../../../../../electron/backend/store/types';
import { tempDir } from '../../../helpers/tmp';
import { createEvent, createNote, createTrip, testClock } from '../store/fixtures';

let dir: string;
let cleanup: () => Promise<void>;
let store: Store;

beforeEach(async () => {
  ({ dir, cleanup } = await tempDir());
  store = await openStore({ dataDir: dir, clock: testClock(), deviceId: 'desk1' });
  for (const t of ['t1', 't2']) {
    await store.apply([createTrip(t), createEvent(`${t}-e`, t), createEvent(`${t}-other`, t), createNote(`${t}-n`, t, `${t}-e`, `First words in ${t}`), createNote(`${t}-o`, t, `${t}-other`, 'Not this organisation')]);
  }
});
afterEach(async () => {
  vi.restoreAllMocks();
  await store.close();
  await cleanup();
});

describe('organisation page records', () => {
  it('keeps only the meetings asked for and their notes, and re-reads only a trip that changed', async () => {
    const pages = new PageRecords(store);
    const reads = vi.spyOn(store, 'ofTrip');
    const first = await pages.of('org1', 't1', ['t1-e']);
    expect([...first.events.keys()]).toEqual(['t1-e']);
    expect(first.notes.map((n) => n.body)).toEqual(['First words in t1']);
    await pages.of('org1', 't2', ['t2-e']);
    reads.mockClear();

    await pages.of('org1', 't1', ['t1-e']);
    await pages.of('org1', 't2', ['t2-e']);
    expect(reads).not.toHaveBeenCalled();

    await store.apply([{ collection: 'notes', id: 't1-n', tripId: 't1', fields: { body: 'Edited words' } }]);
    const again = await pages.of('org1', 't1', ['t1-e']);
    await pages.of('org1', 't2', ['t2-e']);
    expect(again.notes.map((n) => n.body)).toEqual(['Edited words']);
    expect(new Set(reads.mock.calls.map((c) => c[1]))).toEqual(new Set(['t1']));
  });
});
