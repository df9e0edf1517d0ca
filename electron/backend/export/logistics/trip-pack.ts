// The trip pack for a phone: one self-contained HTML file (styles inline, no script, nothing fetched) that a member
// opens from the phone's files app, offline. Day by day: their events, journeys with their seat, their car with plate
// and driver, the night's hotel; every Chinese address links to Amap, Apple Maps and Google Maps, every phone number
// is tap-to-call. For one member when asked; otherwise every delegation member's own view behind a chooser (links to
// #member-… shown by CSS :target, so it works where a files app runs no script).
import { byPrecedence, memberView, type MemberDay, type MemberItem, type MemberView } from '../../../../shared/domain/logistics/member-view';
import type { Bilingual, Contact } from '../../../../shared/model';
import { notFound } from '../../errors';
import { fill } from '../itinerary-labels';
import { html, trustedHtml, type Html } from '../pdf';
import { both, briefingBlock, contactOnSite, eventTimes, longDate, personName, rideDestination, rideTime, travelEnd, type PeopleCtx } from './member-blocks';
import { peopleCtx, type PeopleDocumentOptions } from './member-html';
import type { LogisticsSource } from './common';
import { mapLinks, telLink } from './trip-pack-links';

/** Links open outside the file; nothing is loaded by the page itself. */
const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

const css = `
:root { color-scheme: light; --ink: #102a43; --muted: #52606d; --line: #d9e2ec; --accent: #2f6fb3; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.45 -apple-system, "PingFang TC", "Noto Sans CJK TC", "Microsoft JhengHei", sans-serif; color: #1f2933; background: #f5f7fa; }
header.top { background: var(--ink); color: #fff; padding: 14px 16px; }
header.top h1 { font-size: 20px; margin: 0 0 2px; }
header.top p { margin: 0; opacity: 0.85; font-size: 14px; }
main { padding: 8px 12px 40px; max-width: 720px; margin: 0 auto; }
.member { display: none; }
.member:target, .member.only { display: block; }
.chooser:has(~ .member:target) { display: none; }
.chooser h2 { font-size: 18px; }
.chooser a { display: block; padding: 12px 14px; margin: 0 0 8px; background: #fff; border: 1px solid var(--line); border-radius: 10px; color: var(--ink); text-decoration: none; font-weight: 600; }
.member > h2 { margin: 4px 0; font-size: 22px; color: var(--ink); }
.member > h2 .muted { display: block; font-size: 15px; font-weight: 400; }
.back { display: inline-block; margin: 8px 0; color: var(--accent); }
nav.days { display: flex; gap: 6px; overflow-x: auto; padding: 6px 0; }
nav.days a { flex: none; padding: 6px 10px; border-radius: 16px; background: #fff; border: 1px solid var(--line); color: var(--ink); text-decoration: none; font-size: 14px; }
section.day { margin: 14px 0 0; }
section.day > h3 { position: sticky; top: 0; background: #f5f7fa; margin: 0; padding: 8px 0; font-size: 17px; color: var(--ink); border-bottom: 2px solid var(--ink); }
.item { background: #fff; border: 1px solid var(--line); border-radius: 10px; padding: 10px 12px; margin: 8px 0; }
.item .time { font-weight: 700; color: var(--ink); font-size: 18px; }
.item .kind { font-size: 12px; text-transform: uppercase; letter-spacing: 0.05em; color: var(--muted); font-weight: 700; margin-left: 6px; }
.item h4 { margin: 2px 0 4px; font-size: 17px; }
.item p { margin: 2px 0; }
.zh { font-size: 19px; font-weight: 700; color: var(--ink); line-height: 1.35; margin: 6px 0 2px; }
.maps { display: flex; flex-wrap: wrap; gap: 6px; margin: 6px 0 2px; }
.maps a, a.tel { display: inline-block; padding: 7px 11px; border-radius: 8px; background: #e8f0fb; color: #17457a; text-decoration: none; font-size: 14px; font-weight: 600; }
a.tel::before { content: "\\260E  "; }
.seat b, .plate { font-size: 17px; }
.night { border-style: dashed; background: #fbfcfe; }
.muted { color: var(--muted); }
.badge { font-size: 11px; border: 1px solid currentColor; border-radius: 4px; padding: 0 4px; color: #b42318; }
.notice { border-left: 4px solid #b42318; background: #fff; padding: 8px 10px; color: #7a271a; font-weight: 700; }
footer { color: var(--muted); font-size: 12px; text-align: center; padding: 16px; }
.md p { margin: 2px 0; }
`;

function tel(ctx: PeopleCtx, phone: string, who = ''): Html {
  const href = telLink(phone);
  if (!href) return html``;
  return html`<a class="tel" href="${href}" aria-label="${[ctx.l.call, who, phone].filter(Boolean).join(' ')}">${who ? `${who} ` : ''}${phone}</a>`;
}

/** The Chinese address set large, and the three map links searching for it (Chinese first, else English). */
function address(ctx: PeopleCtx, text: Bilingual, label = ''): Html {
  const query = text.zh.trim() || text.en.trim();
  if (!query) return html``;
  const links = mapLinks(query);
  return html`${text.zh.trim() ? html`<p class="zh" lang="zh">${label}${text.zh}</p>` : ''}${text.en.trim() ? html`<p class="muted">${text.en}</p>` : ''}
<p class="maps" aria-label="${ctx.l.maps}"><a href="${links.amap}">${ctx.l.amap}</a><a href="${links.apple}">${ctx.l.appleMaps}</a><a href="${links.google}">${ctx.l.googleMaps}</a></p>`;
}

function item(ctx: PeopleCtx, entry: MemberItem): Html {
  const { l } = ctx;
  if (entry.kind === 'ride') {
    const to = rideDestination(entry);
    const v = entry.vehicle;
    const contact = contactOnSite(ctx, entry);
    return html`<div class="item ride"><span class="time">${rideTime(entry)}</span><span class="kind">${l.pickUp} · ${l.ride}</span>
<h4>${both(ctx, entry.ride.from.name).primary} → ${both(ctx, to.name).primary}</h4>
${v ? html`<p><b>${v.label}</b>${v.plate ? html` · ${l.plate} <b class="plate">${v.plate}</b>` : ''}</p>
<p>${l.driver}${l.colon}${[v.driver.name.zh, v.driver.name.en].filter(Boolean).join(' ')} ${tel(ctx, v.driver.phone)}</p>` : ''}
${address(ctx, entry.ride.from.address, `${l.pickUp}${l.colon}`)}
${address(ctx, to.address, `${l.to}${l.colon}`)}
<p class="muted">${l.inCar}${l.colon}${entry.passengers.map((m) => personName(ctx, m.name)).join(', ')}</p>
${contact ? html`<p>${l.contactOnSite}${l.colon}${personName(ctx, contact.name)} ${tel(ctx, contact.phone)}</p>` : ''}
</div>`;
  }
  const { event, passenger } = entry;
  const t = eventTimes(event);
  const travel = event.travel;
  const contacts = event.contactIds.map((id) => ctx.contact(id)).filter((c): c is Contact => c !== undefined && c.phone.trim() !== '');
  return html`<div class="item"><span class="time">${t.start}–${t.end}</span><span class="kind">${l.kinds[event.kind]}</span>${event.status === 'tentative' ? html` <span class="badge">${l.tentative}</span>` : ''}
<h4>${event.title}</h4>
${event.kind === 'travel' && travel ? html`<p>${[travel.carrier, travel.number].filter(Boolean).join(' ')} ${travelEnd(ctx, travel.from)} → ${travelEnd(ctx, travel.to)}</p>` : ''}
${passenger ? html`<p class="seat">${passenger.seat ? html`${l.seat} <b>${passenger.seat}</b> ` : ''}${passenger.cabin ? html`· ${passenger.cabin} ` : ''}${passenger.bookingRef ? html`· ${l.bookingRef} ${passenger.bookingRef}` : ''}</p>` : ''}
${both(ctx, event.venue).primary ? html`<p><b>${both(ctx, event.venue).primary}</b></p>` : ''}
${address(ctx, event.address)}
${contacts.map((c) => html`<p>${personName(ctx, c.name)}${c.title ? `, ${c.title}` : ''} ${tel(ctx, c.phone)}</p>`)}
${briefingBlock(ctx, event)}
</div>`;
}

function night(ctx: PeopleCtx, day: MemberDay): Html {
  const { l } = ctx;
  if (!day.night) return html`<div class="item night"><p class="muted">${l.night}${l.colon}${l.noStay}</p></div>`;
  const { stay, room, sharing } = day.night;
  return html`<div class="item night"><span class="kind">${l.night}</span>
<h4>${both(ctx, stay.hotel).primary}${both(ctx, stay.hotel).secondary ? html` <span class="muted">${both(ctx, stay.hotel).secondary}</span>` : ''}</h4>
<p>${room.number ? html`${l.room} <b>${room.number}</b> ` : ''}${room.roomType ? `· ${room.roomType} ` : ''}${sharing.length > 0 ? `· ${l.sharing} ${sharing.map((m) => personName(ctx, m.name)).join(', ')} ` : ''}${room.confirmation ? `· ${l.confirmation} ${room.confirmation}` : ''}</p>
${address(ctx, stay.address)}
${tel(ctx, stay.phone, both(ctx, stay.hotel).primary)}
</div>`;
}

function memberSection(ctx: PeopleCtx, view: MemberView, only: boolean): Html {
  const anchor = (date: string) => `day-${view.member.id}-${date}`;
  const who = personName(ctx, view.member.name);
  return html`<article class="member${only ? ' only' : ''}" id="member-${view.member.id}" aria-label="${who}">
${only ? '' : html`<a class="back" href="#">← ${ctx.l.everyone}</a>`}
<h2>${who}${view.member.title ? html` <span class="muted">${view.member.title}</span>` : ''}</h2>
<nav class="days" aria-label="${ctx.l.days}">${view.days.map((d) => html`<a href="#${anchor(d.date)}">${d.date.slice(5)}</a>`)}</nav>
${view.days.map((day) => html`<section class="day" id="${anchor(day.date)}"><h3>${longDate(ctx.language, day.date)}</h3>
${day.items.length === 0 ? html`<p class="muted">${ctx.l.nothingPlanned}</p>` : day.items.map((i) => item(ctx, i))}
${night(ctx, day)}</section>`)}
</article>`;
}

/** The pack as one HTML file; `madeOn` is the date printed at its foot ("Made 2025-05-12"). */
export function tripPackHtml(source: LogisticsSource, options: PeopleDocumentOptions & { memberId?: string; madeOn: string }): { html: string; title: string } {
  const ctx = peopleCtx(source, options);
  const { l } = ctx;
  const delegation = new Set(source.trip.memberIds);
  const views: MemberView[] = [];
  if (options.memberId) {
    const view = memberView({ ...source, memberId: options.memberId });
    if (!view) throw notFound('member', options.memberId);
    views.push(view);
  } else {
    for (const m of source.members.filter((x) => delegation.has(x.id)).sort(byPrecedence)) views.push(memberView({ ...source, memberId: m.id })!);
  }
  const only = views.length === 1 && options.memberId !== undefined;
  const title = only ? `${source.trip.title} – ${personName(ctx, views[0]!.member.name)}` : source.trip.title;
  const chooser = only
    ? html``
    : html`<nav class="chooser" aria-label="${l.chooseMember}"><h2>${l.chooseMember}</h2>
${views.length === 0 ? html`<p class="muted">${l.notInDelegation}</p>` : views.map((v) => html`<a href="#member-${v.member.id}">${personName(ctx, v.member.name)}${v.member.title ? html` <span class="muted">· ${v.member.title}</span>` : ''}</a>`)}</nav>`;
  const page = html`<!doctype html>
<html lang="${options.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${trustedHtml(CSP)}">
<title>${l.tripPack}: ${title}</title>
<style>${trustedHtml(css)}</style>
</head>
<body>
<header class="top"><h1>${source.trip.title}</h1><p>${l.tripPack}${only ? html` · ${fill(l.forMember, { name: personName(ctx, views[0]!.member.name) })}` : ''}</p></header>
<main>
${options.includeRestricted ? html`<p class="notice">${l.restrictedIncluded}</p>` : ''}
${chooser}
${views.map((v) => memberSection(ctx, v, only))}
</main>
<footer>${fill(l.offline, { date: options.madeOn })}</footer>
</body>
</html>`;
  return { html: page.value, title };
}
