// The post-trip report as plain rows of text, worded once in the chosen language; the PDF, Word and Markdown
// writers only lay these rows out, so the three formats always say the same thing.
import { compareFollowUps, hasOutcome } from '../../../../shared/domain/followups';
import type { Contact, Organisation } from '../../../../shared/model';
import type { ExportLanguage } from '../../../../shared/contract';
import type { Labels } from './labels';
import { citiesOf, contactsOf, counterpartsOf, formatCalendarDate, formatCount, formatDateRange, formatHkd, formatTimes, isMeetingLike, localDay, nameIn, type TripFacts } from './trip-facts';

export interface Table {
  headers: string[];
  /** Columns right-aligned (figures). */
  numeric?: number[];
  /** Short columns (dates, times) kept on one line so long titles get the width. */
  nowrap?: number[];
  rows: string[][];
}

export interface ReportContent {
  language: ExportLanguage;
  title: string;
  tripTitle: string;
  /** Label → value lines under the title. */
  summary: [string, string][];
  meetings: Table;
  whoWasMet: Table;
  outcomes: Table;
  /** "MoUs signed: 1 · Investment (HK$): HK$4,000,000 · Jobs: 10". */
  totals: [string, string][];
  followUps: Table;
  labels: Labels;
}

export function reportContent(facts: TripFacts, language: ExportLanguage, l: Labels): ReportContent {
  const { trip } = facts;
  const org = (id: string | undefined): Organisation | undefined => (id ? facts.organisations.get(id) : undefined);
  const orgName = (o: Organisation | undefined) => (o ? nameIn(language, o.name) : '');
  const personName = (c: Contact) => [nameIn(language, c.name), c.title].filter(Boolean).join(', ');
  const date = (d: string | undefined) => (d ? formatCalendarDate(language, d) : '—');

  const meetings = facts.events.filter(isMeetingLike);
  const met = new Map<string, { organisation?: Organisation; people: Map<string, Contact> }>();
  for (const event of meetings) {
    const orgs = counterpartsOf(facts, event);
    for (const o of orgs) if (!met.has(o.id)) met.set(o.id, { organisation: o, people: new Map() });
    for (const person of contactsOf(facts, event)) {
      // People sit under their organisation; someone without one gets a line of their own.
      const key = person.organisationId ?? `person:${person.id}`;
      const theirOrg = org(person.organisationId);
      if (!met.has(key)) met.set(key, { ...(theirOrg ? { organisation: theirOrg } : {}), people: new Map() });
      met.get(key)!.people.set(person.id, person);
    }
  }

  const withOutcome = facts.followUps.filter(hasOutcome).sort(compareFollowUps);
  const totals = { mous: 0, investment: 0, jobs: 0 };
  for (const f of withOutcome) {
    if (f.outcome.mou) totals.mous += 1;
    totals.investment += f.outcome.investmentHkd ?? 0;
    totals.jobs += f.outcome.jobs ?? 0;
  }

  return {
    language,
    title: l.postTripReport,
    tripTitle: trip.title,
    summary: [
      [l.dates, formatDateRange(language, trip.startDate, trip.endDate)],
      ...(citiesOf(trip).length ? [[l.cities, citiesOf(trip).join(', ')] as [string, string]] : []),
      ...(facts.members.length ? [[l.delegation, facts.members.map((m) => [nameIn(language, m.name), m.title].filter(Boolean).join(', ')).join('; ')] as [string, string]] : []),
      ...(trip.purpose.trim() ? [[l.purpose, trip.purpose.trim()] as [string, string]] : []),
    ],
    meetings: {
      headers: [l.date, l.time, l.meeting, l.counterpart],
      nowrap: [0, 1],
      rows: meetings.map((e) => [
        formatCalendarDate(language, localDay(e)),
        formatTimes(e),
        e.title,
        [...counterpartsOf(facts, e).map(orgName), ...contactsOf(facts, e).map((c) => nameIn(language, c.name))].join('; ') || '—',
      ]),
    },
    whoWasMet: {
      headers: [l.organisation, l.people],
      rows: [...met.values()]
        .sort((a, b) => orgName(a.organisation).localeCompare(orgName(b.organisation)))
        .map((m) => [orgName(m.organisation) || '—', [...m.people.values()].map(personName).join('; ') || '—']),
    },
    outcomes: {
      headers: [l.followUp, l.organisation, l.mou, l.investment, l.jobs],
      numeric: [3, 4],
      rows: withOutcome.map((f) => {
        const mou = f.outcome.mou;
        const mouText = mou ? [mou.title, mou.parties.length ? `${l.parties}: ${mou.parties.join(', ')}` : '', mou.date ? date(mou.date) : ''].filter(Boolean).join(' — ') : '—';
        return [
          f.title,
          orgName(org(f.organisationId)) || '—',
          mouText,
          f.outcome.investmentHkd ? formatHkd(f.outcome.investmentHkd) : '—',
          f.outcome.jobs ? formatCount(f.outcome.jobs) : '—',
        ];
      }),
    },
    totals: [
      [l.mous, formatCount(totals.mous)],
      [l.investment, formatHkd(totals.investment)],
      [l.jobs, formatCount(totals.jobs)],
    ],
    followUps: {
      headers: [l.followUp, l.owner, l.due, l.status],
      nowrap: [2],
      rows: [...facts.followUps].sort(compareFollowUps).map((f) => {
        const owner = f.ownerId ? facts.membersById.get(f.ownerId) : undefined;
        return [f.title, owner ? nameIn(language, owner.name) : '—', date(f.dueDate), l.statuses[f.status]];
      }),
    },
    labels: l,
  };
}
