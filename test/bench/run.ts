// The benchmark entry (`npm run bench`): runs each module in turn. Add a module by adding it to `modules`.
import { calendarBench } from './calendar.bench';
import { importBench } from './import.bench';
import { orgPageBench } from './orgpage.bench';
import { orgPageRenderBench } from './orgpage-render.bench';
import { pdfBench } from './pdf.bench';
import { searchBench } from './search.bench';
import { storeBench } from './store.bench';
import { syncBench } from './sync.bench';

export interface BenchModule {
  name: string;
  run(): Promise<void>;
}

const modules: BenchModule[] = [storeBench, calendarBench, orgPageBench, orgPageRenderBench, searchBench, pdfBench, syncBench, importBench];

for (const module of modules) {
  console.log(`# ${module.name}`);
  const started = performance.now();
  await module.run();
  console.log(`# ${module.name} done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
