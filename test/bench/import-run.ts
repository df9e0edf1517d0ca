// How quickly the backend answers a cheap call (trips.list) while a 20,000-event calendar file is previewed and
// imported. The file is read in a worker and written in batches, so the answer should stay quick. Run by probes.ts in
// a fresh process each time (import.bench.ts takes the median of several).
import { createBackend } from '../../electron/backend';
import { tempDir } from '../unit/helpers/tmp';
import { bigCalendar } from '../unit/electron/backend/export/ics/big-calendar';
import { percentile } from './report';

export const EVENTS = 20_000;

export async function importWhileCalling(): Promise<{ importS: number; p95: number; max: number; calls: number }> {
  const { dir, cleanup } = await tempDir('planner-bench-import-');
  const backend = await createBackend({ dataDir: dir });
  try {
    const call = async (method: string, input: unknown) => {
      const reply = await backend.dispatch(method, input);
      if (!reply.ok) throw new Error(`${method}: ${reply.error.message}`);
      return reply.result as never;
    };
    const trip: { id: string } = await call('trips.create', {
      title: 'Bench: Riyadh',
      startDate: '2026-03-09',
      endDate: '2026-03-13',
      homeTimeZone: 'Asia/Hong_Kong',
      memberIds: [],
      legs: [{ city: 'Riyadh', country: 'Saudi Arabia', timeZone: 'Asia/Riyadh', startDate: '2026-03-09', endDate: '2026-03-13' }],
    });
    const text = bigCalendar(EVENTS);
    const uids = Array.from({ length: EVENTS }, (_, i) => `bulk-${i}@test`);
    // Bundles the worker when run from the sources, as the built app ships it ready.
    await call('import.icsPreview', { tripId: trip.id, text: bigCalendar(1) });

    const latencies: number[] = [];
    let running = true;
    const started = performance.now();
    const work = (async () => {
      await call('import.icsPreview', { tripId: trip.id, text });
      await call('import.icsApply', { tripId: trip.id, text, uids });
    })().finally(() => (running = false));
    while (running) {
      const at = performance.now();
      await call('trips.list', {});
      latencies.push(performance.now() - at);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await work;
    // A batch being written holds the thread for a moment; the slowest answer shows how long.
    return { importS: (performance.now() - started) / 1000, p95: percentile(latencies, 95), max: Math.max(...latencies), calls: latencies.length };
  } finally {
    await backend.close();
    await cleanup();
  }
}
