// The outcomes dashboard: the figures investment-promotion offices publish, overall, per trip, per year and by sector.
//
// Definitions (the renderer and the report rely on them):
// - Only live follow-ups of live trips count; a deleted trip takes its follow-ups out of every figure.
// - followUps: how many such follow-ups there are, whatever their status.
// - mous: follow-ups whose outcome records an MoU; investmentHkd and jobs: the sums of their outcomes. Outcomes count
//   whatever the follow-up's status — the outcome says what was achieved, the status how the chase stands.
// - companiesLanded: live organisations at the stage "landed". Overall and by sector: every such organisation
//   (by its own sector). Per trip: those the trip's live events or follow-ups name. Per year: those named by any
//   trip starting that year, each counted once.
// - A trip's year is the year it starts. A follow-up's sector is its organisation's; without a (live) organisation
//   it is '' — the renderer words '' as "Unspecified".
// - byStage: live organisations at each stage, every stage listed in pipeline order (zeros included).
// Order: trips and years newest first; sectors alphabetically, '' last.
import type { Dashboard, OutcomeTotals } from '../../../shared/contract';
import { PipelineStage } from '../../../shared/model';
import type { ActivityIndex } from './index';
import { addFollowUp, emptyTotals, type Lookup } from './lookup';

function bucket<K>(map: Map<K, OutcomeTotals>, key: K): OutcomeTotals {
  let totals = map.get(key);
  if (!totals) map.set(key, (totals = emptyTotals()));
  return totals;
}

export function dashboard(index: ActivityIndex, lookup: Lookup): Dashboard {
  const landed = new Set<string>();
  const byStage = new Map<PipelineStage, number>(PipelineStage.options.map((s) => [s, 0]));
  const sectors = new Map<string, OutcomeTotals>();
  for (const org of lookup.organisations.values()) {
    byStage.set(org.stage, (byStage.get(org.stage) ?? 0) + 1);
    if (org.stage !== 'landed') continue;
    landed.add(org.id);
    bucket(sectors, org.sector).companiesLanded += 1;
  }

  const overall = emptyTotals();
  overall.companiesLanded = landed.size;
  const years = new Map<string, OutcomeTotals>();
  const landedByYear = new Map<string, Set<string>>();
  const byTrip: Dashboard['byTrip'] = [];

  for (const trip of lookup.trips.values()) {
    const year = trip.startDate.slice(0, 4);
    const tripTotals = emptyTotals();
    const yearTotals = bucket(years, year);
    const activity = index.trip(trip.id);
    for (const f of activity?.followUps ?? []) {
      addFollowUp(tripTotals, f);
      addFollowUp(yearTotals, f);
      addFollowUp(overall, f);
      const org = f.organisationId ? lookup.organisations.get(f.organisationId) : undefined;
      addFollowUp(bucket(sectors, org?.sector ?? ''), f);
    }
    let yearLanded = landedByYear.get(year);
    if (!yearLanded) landedByYear.set(year, (yearLanded = new Set()));
    for (const orgId of activity?.organisationIds ?? []) {
      if (!landed.has(orgId)) continue;
      tripTotals.companiesLanded += 1;
      yearLanded.add(orgId);
    }
    byTrip.push({ tripId: trip.id, title: trip.title, startDate: trip.startDate, totals: tripTotals });
  }
  for (const [year, ids] of landedByYear) bucket(years, year).companiesLanded = ids.size;

  byTrip.sort((a, b) => (a.startDate !== b.startDate ? (a.startDate < b.startDate ? 1 : -1) : a.title.localeCompare(b.title)));
  return {
    overall,
    byTrip,
    byYear: [...years].sort(([a], [b]) => (a < b ? 1 : -1)).map(([year, totals]) => ({ year, totals })),
    bySector: [...sectors]
      .sort(([a], [b]) => (a === '' ? 1 : b === '' ? -1 : a.localeCompare(b)))
      .map(([sector, totals]) => ({ sector, totals })),
    byStage: PipelineStage.options.map((stage) => ({ stage, count: byStage.get(stage) ?? 0 })),
  };
}
