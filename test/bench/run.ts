// The benchmark entry (`npm run bench`): runs each module in turn, then prints `bench: targets met: K of N` and the
// run's wall time. Name modules to run only those: `npm run bench -- store search` (or BENCH=store,search); the
// histories they share (fixture.ts) are built once per run. A module that fails is reported and the run goes on, so
// every other line is still printed; its targets count as not met. BENCH_YEARS=1 (fixture.ts) shortens the scaling rows.
import { calendarBench } from './calendar.bench';
import { coldBench } from './cold.bench';
import { removeFixtures } from './fixture';
import { importBench } from './import.bench';
import { logisticsBench } from './logistics.bench';
import { type BenchModule, chooseModules } from './module';
import { orgPageBench } from './orgpage.bench';
import { orgPageRenderBench } from './orgpage-render.bench';
import { pdfBench } from './pdf.bench';
import { report } from './report';
import { searchBench } from './search.bench';
import { storeBench } from './store.bench';
import { syncBench } from './sync.bench';
import { scoreboard } from './targets';

const modules: BenchModule[] = [storeBench, searchBench, coldBench, calendarBench, orgPageBench, orgPageRenderBench, pdfBench, syncBench, importBench, logisticsBench];
const chosen = chooseModules(modules, [...process.argv.slice(2), ...(process.env.BENCH ?? '').split(',')]);

const runStarted = performance.now();
let failures = 0;
try {
  for (const module of chosen) {
    console.log(`# ${module.name}`);
    const started = performance.now();
    try {
      await module.run();
    } catch (error) {
      failures++;
      console.log(`# ${module.name} FAILED: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    }
    console.log(`# ${module.name} done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
} finally {
  await removeFixtures();
}
console.log(scoreboard.summary(chosen.length === modules.length));
report('bench wall time', (performance.now() - runStarted) / 1000, 's');
if (failures) process.exitCode = 1;
