// Organisation page benchmark: organisations.page through backend.dispatch for a counterpart with 200 meetings spread
// over 100 trips, on top of the 10-year history. Cold = the first call after opening (it builds the activity index,
// reading every trip file once); warm = later calls, and calls right after an edit to one of its meetings.
// Target: warm p95 ≤ 200 ms. The renderer's share of opening the page is measured separately.
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createBackend, type Backend } from '../../electron/backend';
import { openStore } from '../../electron/backend/store';
import type { Mutation } from '../../electron/backend/store/types';
import type { OrganisationPage } from '../../shared/contract';
import { generateHistory } from './history';
import { collectGarbage, percentile, report } from './report';
import type { BenchModule } from './module';

const ORG = 'org-bench';
const TRIPS_WITH_ORG = 100;
const MEETINGS_PER_TRIP = 2;
const WARM_RUNS = 50;
const EDIT_RUNS = 20;
const clock = { now: () => Date.now() };

/** The history, with the benchmark's organisation met twice (with a note each) and followed up on in every 5th trip. */
function dataset(): { directory: Mutation[][]; trips: Mutation[][] } {
  const history = generateHistory();
  const directory = [...history.directory, [{ collection: 'organisations', id: ORG, fields: { name: { en: 'Benchmark Holdings', zhHant: '基準控股', zhHans: '' }, sector: 'Fintech', stage: 'negotiating' } } as Mutation]];
  const step = history.trips.length / TRIPS_WITH_ORG;
  const trips = history.trips.map((batch, t) => {
    if (t % step !== 0) return batch.mutations;
    const extra: Mutation[] = [];
    const trip = batch.mutations[0]!.fields as { startDate: string; legs: { timeZone: string }[] };
    for (let m = 0; m < MEETINGS_PER_TRIP; m++) {
      const id = `${batch.tripId}-bench${m}`;
      const start = new Date(Date.parse(`${trip.startDate}T02:00:00Z`) + m * 3 * 3_600_000).toISOString();
      const end = new Date(Date.parse(start) + 3_600_000).toISOString();
      const tripId = batch.tripId;
      extra.push({ collection: 'events', id, tripId, fields: { tripId, title: `Benchmark Holdings round ${m + 1}`, start, end, timeZone: trip.legs[0]!.timeZone, organisationIds: [ORG], status: 'confirmed', description: 'Courtesy call and site visit.'.repeat(8) } });
      extra.push({ collection: 'notes', id: `${id}-note`, tripId, fields: { tripId, eventId: id, authorId: 'mem-0001', body: 'They asked about the talent scheme and office space in the Science Park. '.repeat(25) } });
    }
    extra.push({ collection: 'followups', id: `${batch.tripId}-benchfu`, tripId: batch.tripId, fields: { tripId: batch.tripId, title: 'Send the landing package', organisationId: ORG, ownerId: 'mem-0002', eventId: `${batch.tripId}-bench0`, outcome: t % 3 === 0 ? { investmentHkd: 10 * 1e6, jobs: 5 } : {} } });
    return [...batch.mutations, ...extra];
  });
  return { directory, trips };
}

async function seed(dataDir: string): Promise<void> {
  const { directory, trips } = dataset();
  const store = await openStore({ dataDir, clock });
  const started = performance.now();
  for (const batch of directory) await store.apply(batch);
  for (let i = 0; i < trips.length; i += 10) await Promise.all(trips.slice(i, i + 10).map((m) => store.apply(m)));
  await store.close();
  report('seed 10-year history plus 200 meetings with one organisation', (performance.now() - started) / 1000, 's');
}

async function page(backend: Backend): Promise<{ ms: number; result: OrganisationPage }> {
  const started = performance.now();
  const reply = await backend.dispatch('organisations.page', { id: ORG });
  const ms = performance.now() - started;
  if (!reply.ok) throw new Error(`organisations.page failed: ${reply.error.message}`);
  return { ms, result: reply.result as OrganisationPage };
}

async function median(backend: Backend, method: string, input: unknown): Promise<number> {
  const runs: number[] = [];
  for (let i = 0; i < 11; i++) {
    const started = performance.now();
    const reply = await backend.dispatch(method, input);
    runs.push(performance.now() - started);
    if (!reply.ok) throw new Error(`${method} failed: ${reply.error.message}`);
  }
  return percentile(runs, 50);
}

export const orgPageBench: BenchModule = {
  name: 'organisation page',
  async run() {
    const root = await fs.mkdtemp(path.join(os.tmpdir(), 'planner-orgpage-'));
    try {
      await seed(root);
      collectGarbage();
      const backend = await createBackend({ dataDir: root, clock });
      try {
        const cold = await page(backend);
        if (cold.result.meetings.length !== TRIPS_WITH_ORG * MEETINGS_PER_TRIP) throw new Error(`expected 200 meetings, got ${cold.result.meetings.length}`);
        report('organisation page with 200 meetings (backend, cold: first call builds the index)', cold.ms, 'ms');
        report('organisation page payload', JSON.stringify(cold.result).length / 1e3, 'KB');

        const warm: number[] = [];
        for (let i = 0; i < WARM_RUNS; i++) warm.push((await page(backend)).ms);
        report('organisation page with 200 meetings (backend, warm p50)', percentile(warm, 50), 'ms');
        report('organisation page with 200 meetings (backend, warm p95)', percentile(warm, 95), 'ms');

        // Right after someone edits one of its meetings, the page re-reads only that trip.
        const meeting = cold.result.meetings[0]!.event;
        const afterEdit: number[] = [];
        for (let i = 0; i < EDIT_RUNS; i++) {
          const reply = await backend.dispatch('events.update', { id: meeting.id, tripId: meeting.tripId, patch: { title: `Benchmark Holdings, edit ${i}` } });
          if (!reply.ok) throw new Error(`events.update failed: ${reply.error.message}`);
          afterEdit.push((await page(backend)).ms);
        }
        report('organisation page with 200 meetings (backend, right after an edit, p95)', percentile(afterEdit, 95), 'ms');

        // The other views on the same index, for scale: the navigation's overdue count and the dashboard.
        report('followups.overdueCount over 10,100 follow-ups (backend, warm median)', await median(backend, 'followups.overdueCount', { today: '2025-06-01' }), 'ms');
        report('outcomes.dashboard over the 10-year history (backend, warm median)', await median(backend, 'outcomes.dashboard', {}), 'ms');
      } finally {
        await backend.close();
      }
    } finally {
      await fs.rm(root, { recursive: true, force: true });
    }
  },
};
