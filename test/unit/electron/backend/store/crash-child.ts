// Child process for the crash test (bundled by crash.test.ts, or run with `node --import tsx`): loads the store, waits for "go <dataDir>", then saves in a loop and prints each
// save's number once apply() has resolved, until the parent kills it with SIGKILL.
// Each save appends to the change log and dirties three data files (trip index, trip file, a directory shard) and moves
// the trip's year; background checkpoints (every few milliseconds here) write them and compact the log amid the saves.
import { createInterface } from 'node:readline';
import { openStore } from '../../../../../electron/backend/store';

function saveMutations(k: number) {
  const year = k % 2 === 0 ? '2025' : '2024';
  return [
    { collection: 'trips' as const, id: 't1', fields: { title: `save ${k}`, startDate: `${year}-06-01`, endDate: `${year}-06-03` } },
    { collection: 'events' as const, id: 'e1', tripId: 't1', fields: { title: `save ${k}` } },
    { collection: 'notes' as const, id: `n${k}`, tripId: 't1', fields: { tripId: 't1', eventId: 'e1', body: `note of save ${k} `.repeat(20) } },
    { collection: 'organisations' as const, id: 'o1', fields: { name: { en: `save ${k}`, zhHant: '', zhHans: '' } } },
  ];
}

async function run(dataDir: string): Promise<void> {
  const store = await openStore({ dataDir, clock: { now: () => Date.now() }, deviceId: 'crash1', backupIntervalMinutes: 0, checkpointDelayMs: 3 });
  const trip = await store.get('trips', 't1');
  if (!trip) {
    await store.apply([
      { collection: 'trips', id: 't1', fields: { title: 'save 0', startDate: '2025-06-01', endDate: '2025-06-03' } },
      { collection: 'events', id: 'e1', tripId: 't1', fields: { tripId: 't1', title: 'save 0', start: '2025-06-01T01:00:00.000Z', end: '2025-06-01T02:00:00.000Z', timeZone: 'Asia/Shanghai' } },
      { collection: 'organisations', id: 'o1', fields: { name: { en: 'save 0', zhHant: '', zhHans: '' } } },
    ]);
  }
  let k = Number((await store.get('trips', 't1'))!.title.replace('save ', ''));
  process.stdout.write('ready\n');
  for (;;) {
    k++;
    await store.apply(saveMutations(k));
    process.stdout.write(`${k}\n`); // a pipe: synchronous on Linux, so a printed number is really out
  }
}

// Started ahead of time so the parent's next kill does not wait for Node and tsx to load.
const lines = createInterface({ input: process.stdin });
lines.once('line', (line) => {
  lines.close();
  const dataDir = /^go (.+)$/.exec(line)?.[1];
  if (!dataDir) throw new Error(`expected "go <dataDir>", got "${line}"`);
  void run(dataDir);
});
process.stdout.write('loaded\n');
