// The briefing pack as one HTML document: a contents page listing every meeting in order, then one brief per
// meeting on its own page. Restricted briefing fields are left out unless the exporter asked for them.
import type { BriefField, Organisation } from '../../../../shared/model';
import type { MeetingBrief } from './briefing-data';
import { esc, markdown, pageFrame } from './html';
import type { ExportLanguage } from '../../../../shared/contract';
import type { Labels } from './labels';
import { isChinese } from '../simplified';
import { citiesOf, formatCalendarDate, formatDateRange, formatDay, formatTimes, localDay, nameIn, type TripFacts } from './trip-facts';

export interface BriefingOptions {
  language: ExportLanguage;
  paper: 'A4' | 'Letter';
  includeRestricted: boolean;
}

interface Ctx extends BriefingOptions {
  l: Labels;
}

/** A briefing field as HTML, or '' when it is empty or restricted and not asked for. */
function field(c: Ctx, f: BriefField, heading?: string): string {
  if (!f.text.trim() || (f.restricted && !c.includeRestricted)) return '';
  const tag = f.restricted ? ` <span class="badge badge--restricted">${esc(c.l.restricted)}</span>` : '';
  return `${heading ? `<h4>${esc(heading)}${tag}</h4>` : tag ? `<p>${tag}</p>` : ''}${markdown(f.text)}`;
}

function orgLine(c: Ctx, o: Organisation): string {
  const bits = [c.l.orgKinds[o.kind], o.sector, o.city, `${c.l.stage}: ${c.l.stages[o.stage]}`].filter(Boolean);
  const other = isChinese(c.language) ? o.name.en : o.name.zhHant;
  return `<h4>${esc(nameIn(c.language, o.name))}${other && other !== nameIn(c.language, o.name) ? ` <span class="muted">${esc(other)}</span>` : ''}</h4><p class="muted">${esc(bits.join(' · '))}</p>`;
}

/** A heading and its body, or nothing at all when the body is empty (no page of "Nothing recorded." headings). */
function section(title: string, body: string): string {
  return body ? `<h3>${esc(title)}</h3>${body}` : '';
}

function when(c: Ctx, b: MeetingBrief): string {
  return `${formatDay(c.language, localDay(b.event))} · ${formatTimes(b.event)} (${b.event.timeZone})`;
}

function brief(c: Ctx, b: MeetingBrief, n: number, total: number): string {
  const { l } = c;
  const e = b.event;
  const where = [e.venue.en, e.venue.zh, e.address.en, e.address.zh].filter((s) => s.trim());
  const meta = [
    [l.when, esc(when(c, b))],
    [l.kind, esc(l.kinds[e.kind])],
    ...(where.length ? [[l.where, where.map(esc).join('<br>')]] : []),
    [l.delegation, b.members.length ? b.members.map((m) => esc([nameIn(c.language, m.name), m.title].filter(Boolean).join(', '))).join('<br>') : esc(l.none)],
    [l.counterparts, b.counterparts.length ? b.counterparts.map((o) => esc(nameIn(c.language, o.name))).join('<br>') : esc(l.none)],
  ];
  const people = b.people.length
    ? `<h4>${esc(l.people)}</h4><ul class="plain">${b.people
        .map((p) => {
          const org = p.organisationId ? b.counterparts.find((o) => o.id === p.organisationId) : undefined;
          const title = [p.title, org ? nameIn(c.language, org.name) : ''].filter(Boolean).join(', ');
          const other = isChinese(c.language) ? p.name.en : p.name.zhHant;
          return `<li><strong>${esc(nameIn(c.language, p.name))}</strong>${other && other !== nameIn(c.language, p.name) ? ` (${esc(other)})` : ''}${title ? ` — ${esc(title)}` : ''}</li>`;
        })
        .join('')}</ul>`
    : '';
  const background =
    field(c, e.briefing.background) +
    b.counterparts.map((o) => orgLine(c, o) + field(c, o.briefing.background)).join('') +
    people;
  const previous =
    field(c, e.briefing.previousInteractions) +
    b.counterparts.map((o) => field(c, o.briefing.previousInteractions, nameIn(c.language, o.name))).join('') +
    (b.earlier.length
      ? `<h4>${esc(l.earlierMeetings)}</h4><ul class="plain">${b.earlier
          .map((m) => `<li>${esc(formatCalendarDate(c.language, localDay(m.event)))} — ${esc(m.event.title)} <span class="muted">(${esc(nameIn(c.language, m.organisation.name))}; ${esc(l.trip)}: ${esc(m.tripTitle)})</span></li>`)
          .join('')}</ul>`
      : '');
  const followUps = b.openFollowUps.length
    ? `<table><thead><tr><th>${esc(l.followUp)}</th><th>${esc(l.organisation)}</th><th>${esc(l.owner)}</th><th>${esc(l.due)}</th><th>${esc(l.status)}</th></tr></thead><tbody>${b.openFollowUps
        .map(
          (f) =>
            `<tr><td>${esc(f.followUp.title)}<br><span class="muted">${esc(f.tripTitle)}</span></td><td>${esc(nameIn(c.language, f.organisation.name))}</td><td>${esc(f.owner ? nameIn(c.language, f.owner.name) : '—')}</td><td>${esc(f.followUp.dueDate ? formatCalendarDate(c.language, f.followUp.dueDate) : '—')}</td><td>${esc(l.statuses[f.followUp.status])}</td></tr>`,
        )
        .join('')}</tbody></table>`
    : '';
  const sections =
    section(l.objectives, field(c, e.briefing.objectives)) +
    section(l.talkingPoints, field(c, e.briefing.talkingPoints)) +
    section(l.background, background) +
    section(l.previousInteractions, previous) +
    section(l.openFollowUps, followUps);
  return (
    `<section class="brief page-break" aria-label="${esc(e.title)}">` +
    `<p class="muted">${esc(l.briefOf.replace('{n}', String(n)).replace('{total}', String(total)))}</p><h2>${esc(e.title)}</h2>` +
    `<dl class="meta">${meta.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${v}</dd>`).join('')}</dl>` +
    (sections || `<p class="muted">${esc(l.nothingRecorded)}</p>`) +
    `</section>`
  );
}

export function briefingHtml(facts: TripFacts, briefs: MeetingBrief[], options: BriefingOptions, labels: Labels): string {
  const c: Ctx = { ...options, l: labels };
  const { trip } = facts;
  const cities = citiesOf(trip).join(' · ');
  const contents = briefs.length
    ? `<ol class="contents">${briefs
        .map((b) => `<li><strong>${esc(b.event.title)}</strong><br><span class="when">${esc(when(c, b))}</span></li>`)
        .join('')}</ol>`
    : `<p>${esc(labels.noMeetings)}</p>`;
  const cover =
    `<h1>${esc(labels.briefingPack)}</h1>` +
    `<p class="subtitle"><strong>${esc(trip.title)}</strong><br>${esc(formatDateRange(c.language, trip.startDate, trip.endDate))}${cities ? ` · ${esc(cities)}` : ''}</p>` +
    (c.includeRestricted ? `<p class="banner">${esc(labels.restrictedIncluded)}</p>` : '') +
    `<h2>${esc(labels.contents)}</h2>${contents}`;
  return pageFrame(c.language, `${labels.briefingPack} — ${trip.title}`, cover + briefs.map((b, i) => brief(c, b, i + 1, briefs.length)).join(''));
}
