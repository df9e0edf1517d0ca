// The outcomes feature's rules without React: the pipeline's order, HK$ and counts for the chosen language, newest
// first ordering, long lists capped, bar lengths, and a note's body as a short plain-text excerpt.
import type { Dashboard, OrganisationPage, OutcomeTotals } from '../../../../shared/contract';
import type { PipelineStage } from '../../../../shared/model';
import { localeFor } from '../../i18n/format';

export const stages: PipelineStage[] = ['prospect', 'engaged', 'negotiating', 'committed', 'landed'];

/** How many rows a section shows before "Show all": enough to read, few enough to render at once. */
export const sectionCap = 50;

export function formatCount(language: string, value: number): string {
  return new Intl.NumberFormat(localeFor(language)).format(value);
}

/** "HK$42,000,000,000": whole dollars with thousands separators. */
export function formatHkd(language: string, value: number): string {
  return new Intl.NumberFormat(localeFor(language), { style: 'currency', currency: 'HKD', maximumFractionDigits: 0 }).format(value);
}

/** "HK$42bn": the way a headline puts it. */
export function formatHkdShort(language: string, value: number): string {
  return new Intl.NumberFormat(localeFor(language), { style: 'currency', currency: 'HKD', notation: 'compact', maximumSignificantDigits: 3 }).format(value);
}

/** The first `cap` items unless all are asked for, and how many are left out. */
export function capped<T>(items: readonly T[], showAll: boolean, cap = sectionCap): { shown: readonly T[]; hidden: number } {
  if (showAll || items.length <= cap) return { shown: items, hidden: 0 };
  return { shown: items.slice(0, cap), hidden: items.length - cap };
}

/** Newest first by a key (ISO dates and instants sort as text); items without a key go last. */
export function newestFirst<T>(items: readonly T[], key: (item: T) => string | undefined): T[] {
  return [...items].sort((a, b) => (key(b) ?? '').localeCompare(key(a) ?? ''));
}

/** The page's lists in the order the page shows them, newest first. */
export function orderPage(page: OrganisationPage): OrganisationPage {
  return {
    ...page,
    meetings: newestFirst(page.meetings, (m) => m.event.start),
    notes: newestFirst(page.notes, (n) => n.note.updatedAt),
    followUps: newestFirst(page.followUps, (f) => f.followUp.dueDate ?? f.followUp.createdAt),
    outcomes: newestFirst(page.outcomes, (o) => o.date),
  };
}

/** A bar's length in percent of the largest value; a value above zero always shows a sliver. */
export function barPercent(value: number, max: number): number {
  if (max <= 0 || value <= 0) return 0;
  return Math.max(1, Math.round((value / max) * 100));
}

export function hasOutcomes(totals: OutcomeTotals): boolean {
  return totals.mous + totals.investmentHkd + totals.jobs + totals.companiesLanded + totals.followUps > 0;
}

/** Rows of the dashboard in the order people read them: trips and years newest first, sectors A–Z with "Unspecified" last. */
export function orderDashboard(dashboard: Dashboard): Dashboard {
  return {
    ...dashboard,
    byTrip: newestFirst(dashboard.byTrip, (r) => r.startDate),
    byYear: newestFirst(dashboard.byYear, (r) => r.year),
    bySector: [...dashboard.bySector].sort((a, b) => (a.sector === '' ? 1 : b.sector === '' ? -1 : a.sector.localeCompare(b.sector))),
    byStage: stages.map((stage) => ({ stage, count: dashboard.byStage.find((s) => s.stage === stage)?.count ?? 0 })),
  };
}

/**
 * A note's body as one short line of plain text: markdown's marks (headings, bullets, emphasis, links) dropped, so
 * the excerpt reads as prose and nothing in it is ever treated as markup.
 */
export function noteExcerpt(body: string, max = 240): string {
  const text = body
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s{0,3}(#{1,6}\s+|[-*+]\s+|\d+[.)]\s+|>\s?)/gm, '')
    .replace(/(\*\*|__|`)/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}
