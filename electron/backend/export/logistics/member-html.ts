// A member's own itinerary as one printable HTML document: who it is for, their journeys with seats and their hotel
// nights at a glance, then day by day their events, rides (car, plate, driver) and the room they sleep in. Only what
// is theirs: another member's seat or room is never printed (their names appear only as fellow passengers).
import { memberView, type MemberDay, type MemberEvent, type MemberItem, type MemberRide } from '../../../../shared/domain/logistics/member-view';
import type { ExportLanguage } from '../../../../shared/contract';
import { itineraryCss } from '../itinerary-styles';
import { fill } from '../itinerary-labels';
import { html, pageDocument, type Html, type RunningTexts } from '../pdf';
import { notFound } from '../../errors';
import { both, briefingBlock, carLine, contactOnSite, eventTimes, longDate, nightLine, personName, rideDestination, rideTime, seatLine, travelEnd, type PeopleCtx } from './member-blocks';
import { peopleLabels } from './member-labels';
import type { LogisticsSource } from './common';

export const peopleCss = `${itineraryCss}
.seat { margin: 0 0 4pt; font-size: 10.5pt; }
.car { margin: 0 0 3pt; }
.plate { letter-spacing: 0.04em; }
.night { margin: 8pt 0 0; padding: 5pt 8pt; border: 0.6pt dashed #9fb3c8; border-radius: 4pt; break-inside: avoid; }
.night p { margin: 0; }
.night--none { color: #8a5a00; }
.night__address { font-size: 12pt; font-weight: 700; color: #102a43; }
.day { margin-top: 10pt; }
.summary td { font-size: 9pt; }
.summary th, .summary td.nowrap { white-space: nowrap; }
`;

export interface PeopleDocumentOptions {
  language: ExportLanguage;
  includeRestricted: boolean;
}

export function peopleCtx(source: LogisticsSource, options: PeopleDocumentOptions): PeopleCtx {
  const contacts = new Map(source.contacts.map((c) => [c.id, c]));
  return { ...options, l: peopleLabels(options.language), contact: (id) => contacts.get(id) };
}

function eventItem(ctx: PeopleCtx, item: MemberEvent): Html {
  const { event } = item;
  const times = eventTimes(event);
  const venue = both(ctx, event.venue);
  const address = event.address.zh || event.address.en;
  const journey = event.kind === 'travel';
  return html`<article class="event">
<div class="event__time">${times.start}<small>→ ${times.end}</small></div>
<div class="event__main"><div class="event__head">
<p class="event__kind">${ctx.l.kinds[event.kind]}${event.status === 'tentative' ? html` <span class="badge badge--tentative">${ctx.l.tentative}</span>` : ''}</p>
<h3>${event.title}</h3>
${journey && (event.travel?.from || event.travel?.to) ? html`<p class="travel"><b>${ctx.l.departs}</b> ${times.start} ${travelEnd(ctx, event.travel?.from)}<br><b>${ctx.l.arrives}</b> ${times.end} ${travelEnd(ctx, event.travel?.to)}</p>` : ''}
${journey ? seatLine(ctx, item) : ''}
${venue.primary || address ? html`<div class="venue">${venue.primary ? html`<p class="venue__en">${venue.primary}</p>` : ''}${address ? html`<p class="venue__zh venue__zh--address" lang="zh">${address}</p>` : ''}</div>` : ''}
</div>
${briefingBlock(ctx, event)}
</div></article>`;
}

function rideItem(ctx: PeopleCtx, item: MemberRide): Html {
  const to = rideDestination(item);
  const from = both(ctx, item.ride.from.name);
  const contact = contactOnSite(ctx, item);
  return html`<article class="event">
<div class="event__time">${rideTime(item)}<small>${ctx.l.pickUp}</small></div>
<div class="event__main"><div class="event__head">
<p class="event__kind">${ctx.l.ride}</p>
<h3>${from.primary ? html`${from.primary} → ` : ''}${both(ctx, to.name).primary}</h3>
${carLine(ctx, item)}
${item.ride.from.address.zh ? html`<p class="venue__zh venue__zh--address" lang="zh">${ctx.l.pickUp}${ctx.l.colon}${item.ride.from.address.zh}</p>` : ''}
${to.address.zh || to.address.en ? html`<p class="venue__zh venue__zh--address" lang="zh">${ctx.l.to}${ctx.l.colon}${to.address.zh || to.address.en}</p>` : ''}
<p class="people"><b>${ctx.l.inCar}${ctx.l.colon}</b>${item.passengers.map((m) => personName(ctx, m.name)).join(', ')}</p>
${contact ? html`<p class="people"><b>${ctx.l.contactOnSite}${ctx.l.colon}</b>${personName(ctx, contact.name)}${contact.phone ? html` · ${contact.phone}` : ''}</p>` : ''}
</div></div></article>`;
}

export function itemBlock(ctx: PeopleCtx, item: MemberItem): Html {
  return item.kind === 'ride' ? rideItem(ctx, item) : eventItem(ctx, item);
}

function dayBlock(ctx: PeopleCtx, day: MemberDay): Html {
  return html`<section class="day">
<header class="day__head"><h2>${longDate(ctx.language, day.date)}</h2></header>
${day.items.length === 0 ? html`<p class="muted">${ctx.l.nothingPlanned}</p>` : day.items.map((i) => itemBlock(ctx, i))}
${nightLine(ctx, day.night)}
</section>`;
}

function journeysTable(ctx: PeopleCtx, journeys: MemberEvent[]): Html {
  if (journeys.length === 0) return html``;
  return html`<div class="keep"><h2>${ctx.l.journeys}</h2><table class="summary"><thead><tr><th>${ctx.l.dates}</th><th></th><th>${ctx.l.departs}</th><th>${ctx.l.arrives}</th><th>${ctx.l.seat}</th><th>${ctx.l.cabin}</th><th>${ctx.l.bookingRef}</th></tr></thead><tbody>
${journeys.map((j) => {
  const t = eventTimes(j.event);
  const number = [j.event.travel?.carrier, j.event.travel?.number].filter(Boolean).join(' ') || j.event.title;
  return html`<tr><td class="nowrap">${j.date}</td><td>${number}</td><td>${t.start} ${travelEnd(ctx, j.event.travel?.from)}</td><td>${t.end} ${travelEnd(ctx, j.event.travel?.to)}</td><td><b>${j.passenger?.seat ?? ''}</b></td><td>${j.passenger?.cabin ?? ''}</td><td>${j.passenger?.bookingRef ?? ''}</td></tr>`;
})}
</tbody></table></div>`;
}

export interface PeopleDocument {
  html: string;
  running: RunningTexts;
  fileNamePrefix: string;
}

/** The member's itinerary; a member the trip's records do not hold is "not found", as for any export. */
export function memberItineraryHtml(source: LogisticsSource, memberId: string, options: PeopleDocumentOptions): PeopleDocument {
  const ctx = peopleCtx(source, options);
  const view = memberView({ ...source, memberId });
  if (!view) throw notFound('member', memberId);
  const { l } = ctx;
  const who = personName(ctx, view.member.name);
  const cover = html`<section class="cover">
<p class="cover__eyebrow">${l.memberItinerary}</p>
<h1>${source.trip.title}</h1>
<p class="day__zones">${fill(l.forMember, { name: who })}${view.member.title ? html` · ${view.member.title}` : ''}</p>
${options.includeRestricted ? html`<p class="notice notice--restricted">${l.restrictedIncluded}</p>` : ''}
${journeysTable(ctx, view.journeys)}
</section>`;
  const body = html`${cover}${view.days.map((d) => dayBlock(ctx, d))}`;
  const title = `${source.trip.title} – ${who}`;
  return {
    html: pageDocument({ lang: options.language, title: `${l.memberItinerary}: ${title}`, css: peopleCss, body }),
    running: { title, documentName: l.memberItinerary, pageOf: l.pageOf },
    fileNamePrefix: l.memberItinerary,
  };
}
