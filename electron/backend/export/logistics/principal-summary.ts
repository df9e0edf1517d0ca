// The principal's day summary: one page per day (only `date` when given), compact enough to fold into a pocket — each
// event or ride on one table row (time, what, where with the Chinese address, the car), the objectives in a line, and
// the night's room at the foot. The principal is the delegation's first member in order of precedence.
import { byPrecedence, memberView, type MemberItem } from '../../../../shared/domain/logistics/member-view';
import { BackendError } from '../../errors';
import { fill } from '../itinerary-labels';
import { html, pageDocument, type Html } from '../pdf';
import { both, briefingBlock, eventTimes, longDate, nightLine, personName, rideDestination, rideTime, seatLine, travelEnd, type PeopleCtx } from './member-blocks';
import { peopleCss, peopleCtx, type PeopleDocument, type PeopleDocumentOptions } from './member-html';
import type { LogisticsSource } from './common';

const summaryCss = `${peopleCss}
.summary-day { break-after: page; page-break-after: always; }
.summary-day:last-child { break-after: auto; page-break-after: auto; }
.summary-day h1 { font-size: 16pt; margin-bottom: 2pt; }
.summary-day table { table-layout: fixed; }
.summary-day td { padding: 3pt 5pt; font-size: 9.5pt; }
.summary-day td.when { font-weight: 700; font-size: 10.5pt; white-space: nowrap; }
.summary-day .what b { font-size: 10.5pt; }
.summary-day .zh { font-weight: 700; color: #102a43; }
.summary-day .block { margin-top: 1pt; font-size: 8.5pt; }
.summary-day .seat { font-size: 9pt; margin: 0; }
/* A crowded day is set tighter so that it still fits its one page (no script runs in the PDF to measure it). */
.summary-day--dense td { padding: 1.5pt 4pt; font-size: 8.5pt; line-height: 1.3; }
.summary-day--dense td.when { font-size: 9pt; }
.summary-day--dense .what b { font-size: 9pt; }
.summary-day--dense .block { display: none; }
.summary-day--dense .night__address { font-size: 10pt; }
`;

/** More rows than this on a day and the page is set tighter (and the objectives left to the member's itinerary). */
const DENSE = 9;
/** Past this many rows even the tight setting may run over, so the day is scaled down to stay on its page. */
const ROOMY = 14;

function row(ctx: PeopleCtx, item: MemberItem): Html {
  if (item.kind === 'ride') {
    const to = rideDestination(item);
    const v = item.vehicle;
    const driver = v ? [v.driver.name.zh || v.driver.name.en, v.driver.phone].filter(Boolean).join(' ') : '';
    return html`<tr><td class="when">${rideTime(item)}</td><td class="what"><b>${v ? v.label : ctx.l.ride}</b>${v?.plate ? html` · ${v.plate}` : ''}${driver ? html`<br>${ctx.l.driver} ${driver}` : ''}</td>
<td class="where">${both(ctx, item.ride.from.name).primary} → ${both(ctx, to.name).primary}${to.address.zh ? html`<br><span class="zh" lang="zh">${to.address.zh}</span>` : ''}</td></tr>`;
  }
  const { event } = item;
  const t = eventTimes(event);
  const journey = event.kind === 'travel';
  const where = journey ? `${travelEnd(ctx, event.travel?.from)} → ${travelEnd(ctx, event.travel?.to)}` : both(ctx, event.venue).primary;
  return html`<tr><td class="when">${t.start}–${t.end}</td><td class="what"><b>${event.title}</b>${journey ? seatLine(ctx, item) : ''}${briefingBlock(ctx, event, ['objectives'])}</td>
<td class="where">${where}${!journey && event.address.zh ? html`<br><span class="zh" lang="zh">${event.address.zh}</span>` : ''}</td></tr>`;
}

export function principalSummaryHtml(source: LogisticsSource, options: PeopleDocumentOptions & { date?: string }): PeopleDocument {
  const ctx = peopleCtx(source, options);
  const { l } = ctx;
  const delegation = new Set(source.trip.memberIds);
  const principal = source.members.filter((m) => delegation.has(m.id)).sort(byPrecedence)[0];
  if (!principal) {
    throw new BackendError('invalid-input', `The trip “${source.trip.title}” has no delegation members, so there is no principal to summarise the days for. Add the delegation on the trip's page, then export again.`);
  }
  const view = memberView({ ...source, memberId: principal.id })!;
  const days = options.date ? view.days.filter((d) => d.date === options.date) : view.days;
  if (days.length === 0) {
    throw new BackendError('invalid-input', `${options.date} is not a day of the trip “${source.trip.title}” (${source.trip.startDate} to ${source.trip.endDate}). Nothing was made; choose a day of the trip.`);
  }
  const who = personName(ctx, principal.name);
  const body = html`${days.map((day) => html`<section class="summary-day${day.items.length > DENSE ? ' summary-day--dense' : ''}"${day.items.length > ROOMY ? html` style="zoom: ${Math.max(0.5, ROOMY / day.items.length).toFixed(2)}"` : ''}>
<p class="day__zones">${l.principalSummary} · ${fill(l.forMember, { name: who })}</p>
<h1>${longDate(options.language, day.date)}</h1>
${options.includeRestricted ? html`<p class="notice notice--restricted">${l.restrictedIncluded}</p>` : ''}
${day.items.length === 0 ? html`<p class="muted">${l.nothingPlanned}</p>` : html`<table><colgroup><col style="width: 27mm"><col><col style="width: 62mm"></colgroup><tbody>${day.items.map((i) => row(ctx, i))}</tbody></table>`}
${nightLine(ctx, day.night)}
</section>`)}`;
  return {
    html: pageDocument({ lang: options.language, title: `${l.principalSummary}: ${source.trip.title}`, css: summaryCss, body }),
    running: { title: source.trip.title, documentName: l.principalSummary, pageOf: l.pageOf },
    fileNamePrefix: l.principalSummary,
  };
}
