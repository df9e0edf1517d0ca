// The itinerary as one printable HTML document: a cover (trip, dates, purpose, the delegation in order of
// precedence, legs), then a page per day in each event's local time, then a contacts sheet. Every piece of user text
// goes through `html` (escaped); notes and briefings are markdown rendered by the shared, safe renderer.
import type { Briefing, Contact, Member, Names, TripEvent } from '../../../shared/model';
import { renderMarkdown } from '../../../shared/domain/markdown';
import { addCalendarDays, localParts } from '../../../shared/domain/time';
import { buildItinerary, byPrecedence, namesFor, zoneOffset, type Itinerary, type ItineraryDay, type ItineraryOptions, type ItinerarySource, type ZonePlace } from './itinerary-data';
import { fill, itineraryLabels, type ItineraryLabels } from './itinerary-labels';
import { itineraryCss } from './itinerary-styles';
import { isChinese, localeOf } from './simplified';
import { html, multiline, pageDocument, trustedHtml, type Html, type RunningTexts } from './pdf';

interface Ctx {
  it: Itinerary;
  options: ItineraryOptions;
  l: ItineraryLabels;
  locale: string;
}

const briefFields = ['objectives', 'talkingPoints', 'background', 'previousInteractions'] as const satisfies readonly (keyof Briefing)[];

/** A calendar date, spelled out for the language ("Monday 19 May 2025", "2025年5月19日星期一"). */
function longDate(ctx: Ctx, date: string): string {
  return new Intl.DateTimeFormat(ctx.locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
}

const utc = (date: string) => new Date(`${date}T00:00:00Z`);

/** "18–20 May 2025" / "2025年5月18日至20日" (ICU's Hong Kong Chinese ranges fall back to "18/5/2025 至 20/5/2025"). */
function dateRange(ctx: Ctx, start: string, end: string): string {
  const parts: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' };
  const f = new Intl.DateTimeFormat(ctx.locale, parts);
  if (start === end) return f.format(utc(start));
  if (!isChinese(ctx.options.language) || end < start) return f.formatRange(utc(start), utc(end));
  const sameYear = start.slice(0, 4) === end.slice(0, 4);
  const endParts: Intl.DateTimeFormatOptions = start.slice(0, 7) === end.slice(0, 7) ? { day: 'numeric' } : sameYear ? { month: 'long', day: 'numeric' } : parts;
  return `${f.format(utc(start))}至${new Intl.DateTimeFormat(ctx.locale, { ...endParts, timeZone: 'UTC' }).format(utc(end))}`;
}

function name(ctx: Ctx, names: Names): Html {
  const { primary, secondary } = namesFor(names, ctx.options.language);
  return html`${primary}${secondary && secondary !== primary ? html` <span class="secondary">${secondary}</span>` : ''}`;
}

function peopleTable(ctx: Ctx, members: Member[]): Html {
  const { l } = ctx;
  return html`<table><thead><tr><th style="width: 8mm">${l.precedence}</th><th>${l.name}</th><th>${l.title}</th><th>${l.organisation}</th></tr></thead><tbody>
${members.map((m, i) => html`<tr><td>${i + 1}</td><td>${name(ctx, m.name)}</td><td>${m.title}</td><td>${m.organisation}</td></tr>`)}
</tbody></table>`;
}

function cover(ctx: Ctx): Html {
  const { it, l } = ctx;
  const { trip } = it;
  const cancelled = it.cancelledCount === 1 ? l.cancelledLeftOutOne : fill(l.cancelledLeftOut, { count: it.cancelledCount });
  return html`<section class="cover">
<p class="cover__eyebrow">${l.documentName}</p>
<h1>${trip.title}</h1>
${ctx.options.includeRestricted ? html`<p class="notice notice--restricted">${l.restrictedIncluded}</p>` : ''}
<dl class="facts">
<dt>${l.dates}</dt><dd>${dateRange(ctx, trip.startDate, trip.endDate)}</dd>
${trip.organisingBody ? html`<dt>${l.organisingBody}</dt><dd>${trip.organisingBody}</dd>` : ''}
${trip.purpose.trim() ? html`<dt>${l.purpose}</dt><dd>${multiline(trip.purpose)}</dd>` : ''}
</dl>
${it.delegation.length > 0 ? html`<div class="keep"><h2>${l.delegation}</h2>${peopleTable(ctx, it.delegation)}</div>` : ''}
${trip.legs.length > 0 ? html`<div class="keep"><h2>${l.legs}</h2><table><thead><tr><th>${l.city}</th><th>${l.dates}</th><th>${l.zone}</th></tr></thead><tbody>
${trip.legs.map((leg) => html`<tr><td>${leg.city}${leg.country ? html`, ${leg.country}` : ''}</td><td>${dateRange(ctx, leg.startDate, leg.endDate)}</td><td>${leg.timeZone} (${zoneOffset(leg.timeZone, leg.startDate)})</td></tr>`)}
</tbody></table></div>` : ''}
${it.cancelledCount > 0 ? html`<p class="notice">${cancelled}</p>` : ''}
</section>`;
}

/** "+1" when a time falls on a later local date than the day it is listed under. */
function laterDay(ctx: Ctx, date: string, day: string): string {
  if (date <= day) return '';
  let days = 0;
  for (let d = day; d < date && days < 30; d = addCalendarDays(d, 1)) days++;
  return ` ${fill(ctx.l.nextDay, { days })}`;
}

function timeColumn(ctx: Ctx, day: ItineraryDay, event: TripEvent): Html {
  const start = localParts(event.start, event.timeZone);
  const endZone = event.endTimeZone ?? event.timeZone;
  const end = localParts(event.end, endZone);
  if (event.kind === 'travel' || endZone !== event.timeZone) {
    // Each end's place is in the Departs / Arrives lines beside it.
    return html`<div class="event__time">${start.time}<small>→ ${end.time}${laterDay(ctx, end.date, day.date)}</small></div>`;
  }
  const place = day.zones.length > 1 ? html`<small>${ctx.it.placesOf(event).at.place}</small>` : '';
  return html`<div class="event__time">${start.time}–${end.time}${laterDay(ctx, end.date, day.date)}${place}</div>`;
}

function travelLines(ctx: Ctx, day: ItineraryDay, event: TripEvent): Html {
  const endZone = event.endTimeZone ?? event.timeZone;
  const start = localParts(event.start, event.timeZone);
  const end = localParts(event.end, endZone);
  // "Hangzhou (GMT+8) · Hangzhou East Railway Station": the city a driver heads for, then the station.
  const where = (p: ZonePlace) => `${p.place} (${p.offset})${p.site ? ` · ${p.site}` : ''}`;
  const { at, arrives } = ctx.it.placesOf(event);
  return html`<p class="travel"><b>${ctx.l.departs}</b> ${start.time} ${where(at)}<br>
<b>${ctx.l.arrives}</b> ${end.time}${laterDay(ctx, end.date, day.date)} ${where(arrives)}</p>`;
}

/** Venue and address in English and Chinese: the Chinese large, for a driver to read at arm's length. */
function venueCard(event: TripEvent): Html {
  const { venue, address } = event;
  if (!venue.en && !venue.zh && !address.en && !address.zh) return html``;
  return html`<div class="venue">
${venue.en ? html`<p class="venue__en">${venue.en}</p>` : ''}
${address.en ? html`<p class="venue__address">${address.en}</p>` : ''}
${venue.zh ? html`<p class="venue__zh" lang="zh">${venue.zh}</p>` : ''}
${address.zh ? html`<p class="venue__zh venue__zh--address" lang="zh">${address.zh}</p>` : ''}
</div>`;
}

function contactLine(ctx: Ctx, contact: Contact): Html {
  const org = contact.organisationId ? ctx.it.organisation(contact.organisationId) : undefined;
  return html`<li>${name(ctx, contact.name)}${contact.title ? html`, ${contact.title}` : ''}${org ? html` <span class="secondary">(${namesFor(org.name, ctx.options.language).primary})</span>` : ''}</li>`;
}

function counterparts(ctx: Ctx, event: TripEvent): Html {
  const orgs = event.organisationIds.map((id) => ctx.it.organisation(id)).filter((o) => o !== undefined);
  const people = event.contactIds.map((id) => ctx.it.contact(id)).filter((c) => c !== undefined);
  if (orgs.length === 0 && people.length === 0) return html``;
  return html`<div class="people"><b>${ctx.l.counterparts}${ctx.l.colon}</b>${orgs.map((o, i) => html`${i > 0 ? '; ' : ''}${name(ctx, o.name)}`)}
${people.length > 0 ? html`<ul>${people.map((c) => contactLine(ctx, c))}</ul>` : ''}</div>`;
}

function attending(ctx: Ctx, event: TripEvent): Html {
  const ids = new Set(event.memberIds);
  if (ids.size === 0) return html``;
  const delegation = ctx.it.delegation.map((m) => m.id);
  const whole = delegation.length > 0 && delegation.length === ids.size && delegation.every((id) => ids.has(id));
  const people = [...ids].map((id) => ctx.it.member(id)).filter((m): m is Member => m !== undefined).sort(byPrecedence);
  const text = whole ? ctx.l.wholeDelegation : people.map((m) => namesFor(m.name, ctx.options.language).primary).join(', ');
  return html`<p class="people"><b>${ctx.l.attending}${ctx.l.colon}</b>${text}</p>`;
}

/** The event's briefing: restricted fields only when the exporter asked for them, and then marked. */
function briefing(ctx: Ctx, event: TripEvent): Html {
  const fields = briefFields
    .map((key) => ({ key, field: event.briefing[key] }))
    .filter(({ field }) => field.text.trim() !== '' && (ctx.options.includeRestricted || !field.restricted));
  if (fields.length === 0) return html``;
  return html`<div class="block"><h4>${ctx.l.briefing}</h4>
${fields.map(({ key, field }) => html`<div class="block"><b>${ctx.l[key]}</b>${field.restricted ? html` <span class="badge badge--restricted">${ctx.l.restricted}</span>` : ''}<div class="md">${trustedHtml(renderMarkdown(field.text))}</div></div>`)}
</div>`;
}

function notes(ctx: Ctx, event: TripEvent): Html {
  if (!ctx.options.includeNotes) return html``;
  const list = ctx.it.notesOf(event.id);
  if (list.length === 0) return html``;
  return html`<div class="block"><h4>${ctx.l.notes}</h4>
${list.map((note) => {
  const author = note.authorId ? ctx.it.member(note.authorId) : undefined;
  return html`<div class="note">${author ? html`<p class="note__by">${fill(ctx.l.noteBy, { name: namesFor(author.name, ctx.options.language).primary })}</p>` : ''}<div class="md">${trustedHtml(renderMarkdown(note.body))}</div></div>`;
})}</div>`;
}

function eventBlock(ctx: Ctx, day: ItineraryDay, event: TripEvent): Html {
  const tentative = event.status === 'tentative' ? html` <span class="badge badge--tentative">${ctx.l.tentative}</span>` : '';
  const extras = [briefing(ctx, event), notes(ctx, event)].filter((h) => h.value !== '');
  // A block with notes or a briefing may be taller than what is left of a page: it may then continue on the next
  // page, but its head (time, title, venue) still stays together. Short blocks never split.
  return html`<article class="event${extras.length > 0 ? ' event--flows' : ''}">
${timeColumn(ctx, day, event)}
<div class="event__main">
<div class="event__head">
<p class="event__kind">${ctx.l.kinds[event.kind]}${tentative}</p>
<h3>${event.title}</h3>
${event.kind === 'travel' || (event.endTimeZone && event.endTimeZone !== event.timeZone) ? travelLines(ctx, day, event) : ''}
${venueCard(event)}
</div>
${event.description.trim() ? html`<p>${multiline(event.description)}</p>` : ''}
${counterparts(ctx, event)}
${attending(ctx, event)}
${extras}
</div>
</article>`;
}

function dayPage(ctx: Ctx, day: ItineraryDay): Html {
  const places = day.zones.map((z) => `${z.place} (${z.offset})`).join(ctx.l.and);
  return html`<section class="day page-break">
<header class="day__head"><h2>${longDate(ctx, day.date)}</h2><p class="day__zones">${fill(ctx.l.timesIn, { places })}</p></header>
${day.events.length === 0 ? html`<p class="muted">${ctx.l.nothingPlanned}</p>` : day.events.map((e) => eventBlock(ctx, day, e))}
</section>`;
}

function contactsSheet(ctx: Ctx): Html {
  const { l, it } = ctx;
  const orgOf = (c: Contact) => (c.organisationId ? it.organisation(c.organisationId) : undefined);
  return html`<section class="sheet page-break">
<h2>${l.contactsSheet}</h2>
<h3>${l.counterpartContacts}</h3>
${it.contacts.length === 0 ? html`<p class="muted">${l.noContacts}</p>` : html`<table class="contacts"><thead><tr><th style="width: 21%">${l.name}</th><th style="width: 22%">${l.title}</th><th style="width: 27%">${l.organisation}</th><th style="width: 12%">${l.phone}</th><th>${l.email}</th></tr></thead><tbody>
${it.contacts.map((c) => {
  const org = orgOf(c);
  return html`<tr><td>${name(ctx, c.name)}</td><td>${c.title}</td><td>${org ? name(ctx, org.name) : ''}</td><td style="white-space: nowrap">${c.phone}</td><td>${c.email}</td></tr>`;
})}
</tbody></table>`}
${it.delegation.length > 0 ? html`<div class="keep"><h3>${l.delegation}</h3>${peopleTable(ctx, it.delegation)}</div>` : ''}
</section>`;
}

export interface ItineraryDocument {
  html: string;
  running: RunningTexts;
  fileNamePrefix: string;
}

/** The whole itinerary document, and the texts of its running header and footer. */
export function itineraryHtml(source: ItinerarySource, options: ItineraryOptions): ItineraryDocument {
  const l = itineraryLabels(options.language);
  const ctx: Ctx = { it: buildItinerary({ ...source, language: options.language }), options, l, locale: localeOf(options.language) };
  const body = html`${cover(ctx)}${ctx.it.days.map((d) => dayPage(ctx, d))}${contactsSheet(ctx)}`;
  const title = source.trip.title;
  return {
    html: pageDocument({ lang: options.language, title: `${l.documentName}: ${title}`, css: itineraryCss, body }),
    running: { title, documentName: l.documentName, pageOf: l.pageOf },
    fileNamePrefix: l.fileNamePrefix,
  };
}
