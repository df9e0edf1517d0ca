// Run in a fresh process by store.bench.ts: opens a data folder the way the app starts and prints how long it took
// to have the trip list, as JSON. `store <dir>` opens our store; `naive <file>` reads the single-file lowdb store.
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import { openStore } from '../../electron/backend/store';

const [kind, target] = process.argv.slice(2);
if (!target) throw new Error('usage: open-probe.ts store|naive <path>');
const started = performance.now();
let trips: number;
if (kind === 'store') {
  const store = await openStore({ dataDir: target, clock: { now: () => Date.now() } });
  trips = (await store.all('trips')).length;
} else {
  const db = new Low<{ trips: unknown[] }>(new JSONFile(target), { trips: [] });
  await db.read();
  trips = db.data.trips.length;
}
console.log(JSON.stringify({ ms: performance.now() - started, trips }));
