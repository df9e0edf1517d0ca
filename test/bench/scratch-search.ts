import { createBackend } from '../../electron/backend';
import { indexDir } from '../../electron/backend/search/index-files';
import { SearchIndex } from '../../electron/backend/search/search-index';
import { openStore } from '../../electron/backend/store';
import { clock, fixture } from './fixture';
import { execFileSync } from 'node:child_process';

const years = Number(process.env.Y ?? 1);
if (process.argv[2] === 'probe') {
  const dataDir = process.argv[3]!;
  const t0 = performance.now();
  const backend = await createBackend({ dataDir, clock });
  const t1 = performance.now();
  const r = await backend.dispatch('search.query', { text: 'investment', limit: 8 });
  const t2 = performance.now();
  const r2 = await backend.dispatch('search.query', { text: 'investment', limit: 8 });
  const t3 = performance.now();
  console.log(JSON.stringify({ open: t1 - t0, first: t2 - t1, second: t3 - t2, rss: process.memoryUsage().rss / 1e6, ok: r.ok, groups: r.ok ? (r.result as any).groups.map((g: any) => g.hits.length) : r }));
  await backend.close();
} else {
  const f = await fixture(years);
  const store = await openStore({ dataDir: f.dataDir, clock });
  const index = new SearchIndex(store, { dir: indexDir(f.dataDir) });
  await index.query('warm', 8);
  await index.settled();
  await index.close();
  await store.close();
  console.log('data', f.dataDir);
  for (let i = 0; i < 3; i++) console.log(execFileSync(process.execPath, ['--import', 'tsx', new URL(import.meta.url).pathname, 'probe', f.dataDir]).toString());
}
