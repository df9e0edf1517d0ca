// The outcomes dashboard on a hand-built history: two trips in different years, two sectors, a deleted trip and a
// deleted organisation that must not count. Every figure is worked out by hand in the comments.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TestBackend } from '../backend-fixture';
import { openTestBackend } from '../backend-fixture';

let t: TestBackend;
beforeEach(async () => {
  t = await openTestBackend();
});
afterEach(async () => {
  await t.close();
});

const M = 1_000_000;

async function world() {
  const org = (en: string, sector: string, stage: 'prospect' | 'negotiating' | 'committed' | 'landed') => t.call('organisations.create', { name: { en }, sector, stage });
  const fin1 = await org('Fin One', 'Fintech', 'landed');
  const fin2 = await org('Fin Two', 'Fintech', 'negotiating');
  const bio1 = await org('Bio One', 'Biotech', 'landed');
  const bio2 = await org('Bio Two', 'Biotech', 'committed');
  await org('Bio Landed Alone', 'Biotech', 'landed'); // landed, but named by no trip
  const gone = await org('Gone Fintech', 'Fintech', 'landed');
  await t.call('organisations.delete', { id: gone.id });

  const a = await t.call('trips.create', { title: 'Shenzhen 2024', startDate: '2024-06-03', endDate: '2024-06-05' });
  const b = await t.call('trips.create', { title: 'Hangzhou 2025', startDate: '2025-05-13', endDate: '2025-05-16' });
  const c = await t.call('trips.create', { title: 'Cancelled 2025', startDate: '2025-09-01', endDate: '2025-09-02' });
  const meet = (tripId: string, organisationIds: string[]) =>
    t.call('events.create', { tripId, title: 'Meeting', start: '2024-06-03T02:00:00.000Z', end: '2024-06-03T03:00:00.000Z', timeZone: 'Asia/Shanghai', organisationIds });
  await meet(a.id, [fin1.id]);
  await meet(b.id, [bio1.id, fin1.id]);
  const fu = (tripId: string, organisationId: string | undefined, outcome: Record<string, unknown>, status: 'open' | 'dropped' = 'open') =>
    t.call('followups.create', { tripId, title: 'f', outcome, status, ...(organisationId && { organisationId }) });
  await fu(a.id, fin1.id, { mou: { title: 'MoU', parties: [], date: '2024-06-04' }, investmentHkd: 100 * M, jobs: 20 });
  await fu(a.id, fin2.id, { investmentHkd: 50 * M });
  await fu(a.id, undefined, { jobs: 5 }, 'dropped');
  await fu(b.id, bio1.id, { mou: { title: 'MoU', parties: [] }, investmentHkd: 200 * M, jobs: 30 });
  await fu(b.id, bio2.id, { mou: { title: 'MoU', parties: [] } });
  await fu(b.id, fin1.id, {});
  await fu(c.id, bio2.id, { investmentHkd: 999 * M, mou: { title: 'x', parties: [] } });
  await t.call('trips.delete', { id: c.id });
  return { a, b, c, bio2 };
}

describe('outcomes.dashboard', () => {
  it('totals outcomes overall, per trip, per year, by sector and by stage', async () => {
    const { a, b } = await world();
    const d = await t.call('outcomes.dashboard', {});
    // Six live follow-ups; MoUs on three; 100+50+200 M; 20+5+30 jobs; Fin One, Bio One and Bio Landed Alone landed.
    expect(d.overall).toEqual({ followUps: 6, mous: 3, investmentHkd: 350 * M, jobs: 55, companiesLanded: 3 });
    expect(d.byTrip).toEqual([
      // Hangzhou names Bio One and Fin One (landed) and Bio Two (committed).
      { tripId: b.id, title: 'Hangzhou 2025', startDate: '2025-05-13', totals: { followUps: 3, mous: 2, investmentHkd: 200 * M, jobs: 30, companiesLanded: 2 } },
      // Shenzhen names Fin One (landed) and Fin Two (negotiating).
      { tripId: a.id, title: 'Shenzhen 2024', startDate: '2024-06-03', totals: { followUps: 3, mous: 1, investmentHkd: 150 * M, jobs: 25, companiesLanded: 1 } },
    ]);
    expect(d.byYear).toEqual([
      { year: '2025', totals: { followUps: 3, mous: 2, investmentHkd: 200 * M, jobs: 30, companiesLanded: 2 } },
      { year: '2024', totals: { followUps: 3, mous: 1, investmentHkd: 150 * M, jobs: 25, companiesLanded: 1 } },
    ]);
    expect(d.bySector).toEqual([
      { sector: 'Biotech', totals: { followUps: 2, mous: 2, investmentHkd: 200 * M, jobs: 30, companiesLanded: 2 } },
      { sector: 'Fintech', totals: { followUps: 3, mous: 1, investmentHkd: 150 * M, jobs: 20, companiesLanded: 1 } },
      { sector: '', totals: { followUps: 1, mous: 0, investmentHkd: 0, jobs: 5, companiesLanded: 0 } },
    ]);
    expect(d.byStage).toEqual([
      { stage: 'prospect', count: 0 },
      { stage: 'engaged', count: 0 },
      { stage: 'negotiating', count: 1 },
      { stage: 'committed', count: 1 },
      { stage: 'landed', count: 3 },
    ]);
  });

  it('follows changes: a new outcome, a company landing, a restored trip', async () => {
    const { b, c, bio2 } = await world();
    const [first] = (await t.call('followups.list', { today: '2026-01-01', tripId: b.id })).filter((r) => r.organisationName === 'Bio Two');
    await t.call('followups.update', { id: first!.followUp.id, tripId: b.id, patch: { outcome: { jobs: 7 } } });
    await t.call('organisations.update', { id: bio2.id, patch: { stage: 'landed' } });
    let d = await t.call('outcomes.dashboard', {});
    expect(d.overall).toEqual({ followUps: 6, mous: 2, investmentHkd: 350 * M, jobs: 62, companiesLanded: 4 });
    expect(d.byTrip[0]!.totals.companiesLanded).toBe(3);

    await t.call('trips.restore', { id: c.id });
    d = await t.call('outcomes.dashboard', {});
    expect(d.overall).toEqual({ followUps: 7, mous: 3, investmentHkd: 1349 * M, jobs: 62, companiesLanded: 4 });
    // 2025 now has Hangzhou and the restored trip; Bio Two is named by both but counted once.
    expect(d.byYear[0]).toEqual({ year: '2025', totals: { followUps: 4, mous: 2, investmentHkd: 1199 * M, jobs: 37, companiesLanded: 3 } });
  });

  it('is all zeros on an empty data folder, with every stage listed', async () => {
    const d = await t.call('outcomes.dashboard', {});
    expect(d).toEqual({
      overall: { followUps: 0, mous: 0, investmentHkd: 0, jobs: 0, companiesLanded: 0 },
      byTrip: [],
      byYear: [],
      bySector: [],
      byStage: ['prospect', 'engaged', 'negotiating', 'committed', 'landed'].map((stage) => ({ stage, count: 0 })),
    });
  });
});
