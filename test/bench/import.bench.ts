// Import benchmark: call latency while a 20,000-event ICS file is previewed and imported (see import-run.ts), in
// several fresh processes. Target (issue 12): call p95 ≤ 100 ms.
import type { BenchModule } from './module';
import { runProbe } from './probes';
import { reportSpread } from './report';
import { scoreboard, summarize } from './targets';

const RUNS = 3;

export const importBench: BenchModule = {
  name: 'import',
  async run() {
    const runs = await runProbe('app-import', [], RUNS);
    reportSpread('20,000-event ICS preview + import', summarize(runs.map((r) => r.importS)), 's');
    reportSpread('call max during 20,000-event ICS import', summarize(runs.map((r) => r.max)), 'ms');
    const p95 = summarize(runs.map((r) => r.p95));
    scoreboard.check('call p95 during 20,000-event ICS import', p95.median, 'ms', p95);
  },
};
