// The pieces the member's itinerary and the principal's summary print: a journey with the reader's own seat, a ride
// with its car, plate and driver, the night's room, and an event's briefing (restricted fields only when chosen).
import type { ExportLanguage } from '../../../../shared/contract';
import type { MemberEvent, MemberNight, MemberRide } from '../../../../shared/domain/logistics/member-view';
import { renderMarkdown } from '../../../../shared/domain/markdown';
import { localParts } from '../../../../shared/domain/time';
import type { Briefing, Bilingual, Contact, Names, TripEvent } from '../../../../shared/model';
import { namesFor } from '../itinerary-data';
import { html, trustedHtml, type Html } from '../pdf';
import { localeOf } from '../simplified';
import type { PeopleLabels } from './member-labels';

export interface PeopleCtx {
  language: ExportLanguage;
  includeRestricted: boolean;
  l: PeopleLabels;
  contact(id: string): Contact | undefined;
}

const briefFields = ['objectives', 'talkingPoints', 'background', 'previousInteractions'] as const satisfies readonly (keyof Briefing)[];

/** "Monday 19 May 2025" / "2025年5月19日星期一". */
export function longDate(language: ExportLanguage, date: string): string {
  return new Intl.DateTimeFormat(localeOf(language), { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
}

export function personName(ctx: PeopleCtx, names: Names): string {
  return namesFor(names, ctx.language).primary;
}

/** A bilingual text in the reader's language first, the other after it when it differs. */
export function both(ctx: PeopleCtx, text: Bilingual): { primary: string; secondary: string } {
  const [first, second] = ctx.language === 'en' ? [text.en, text.zh] : [text.zh, text.en];
  const primary = first.trim() || second.trim();
  const secondary = primary === second.trim() ? '' : second.trim();
  return { primary, secondary };
}

/** "CX 906" with the seat, class and booking of the reader; empty pieces left out. */
export function seatLine(ctx: PeopleCtx, item: MemberEvent): Html {
  const travel = item.event.travel;
  const flight = [travel?.carrier, travel?.number].filter(Boolean).join(' ');
  const p = item.passenger;
  const parts = [
    flight ? html`<b>${flight}</b>` : '',
    p?.seat ? html`${ctx.l.seat} <b>${p.seat}</b>` : '',
    p?.cabin ? html`${ctx.l.cabin} ${p.cabin}` : '',
    p?.bookingRef ? html`${ctx.l.bookingRef} ${p.bookingRef}` : '',
  ].filter((x) => x !== '');
  return parts.length === 0 ? html`` : html`<p class="seat">${parts.map((x, i) => html`${i > 0 ? ' · ' : ''}${x}`)}</p>`;
}

/** "Hong Kong International Airport T1 (HKG)" for a journey's end. */
export function travelEnd(ctx: PeopleCtx, end: NonNullable<NonNullable<TripEvent['travel']>['from']> | undefined): string {
  if (!end) return '';
  const place = both(ctx, end.place).primary || both(ctx, end.city).primary;
  return [place, end.terminal ? `${end.terminal}` : '', end.code ? `(${end.code})` : ''].filter(Boolean).join(' ');
}

export function briefingBlock(ctx: PeopleCtx, event: TripEvent, only?: readonly (typeof briefFields)[number][]): Html {
  const fields = (only ?? briefFields)
    .map((key) => ({ key, field: event.briefing[key] }))
    .filter(({ field }) => field.text.trim() !== '' && (ctx.includeRestricted || !field.restricted));
  if (fields.length === 0) return html``;
  return html`<div class="block">${fields.map(({ key, field }) => html`<div class="block"><b>${ctx.l[key]}</b>${field.restricted ? html` <span class="badge badge--restricted">${ctx.l.restricted}</span>` : ''}<div class="md">${trustedHtml(renderMarkdown(field.text))}</div></div>`)}</div>`;
}

/** The car: label, plate, driver with name in both scripts and phone. */
export function carLine(ctx: PeopleCtx, ride: MemberRide): Html {
  const v = ride.vehicle;
  if (!v) return html``;
  const driver = [v.driver.name.en, v.driver.name.zh].filter(Boolean).join(' ');
  return html`<p class="car"><b>${v.label}</b>${v.plate ? html` · ${ctx.l.plate} <b class="plate">${v.plate}</b>` : ''}${driver ? html` · ${ctx.l.driver} ${driver}` : ''}${v.driver.phone ? html` · ${v.driver.phone}` : ''}</p>`;
}

/** Where a ride goes: its `to` when named, else the event's venue. */
export function rideDestination(ride: MemberRide): { name: Bilingual; address: Bilingual } {
  const to = ride.ride.to;
  if (to.name.en || to.name.zh || to.address.en || to.address.zh || !ride.event) return to;
  return { name: ride.event.venue.en || ride.event.venue.zh ? ride.event.venue : { en: ride.event.title, zh: '' }, address: ride.event.address };
}

export function contactOnSite(ctx: PeopleCtx, ride: MemberRide): Contact | undefined {
  return ride.ride.contactId ? ctx.contact(ride.ride.contactId) : undefined;
}

export function rideTime(ride: MemberRide): string {
  return localParts(ride.ride.pickUpAt, ride.ride.timeZone).time;
}

export function eventTimes(event: TripEvent): { start: string; end: string } {
  return { start: localParts(event.start, event.timeZone).time, end: localParts(event.end, event.endTimeZone ?? event.timeZone).time };
}

/** "Hotel tonight: Grand Hyatt · Room 1808 · Sharing with Mr Lee · Confirmation ABC" */
export function nightLine(ctx: PeopleCtx, night: MemberNight | undefined): Html {
  if (!night) return html`<p class="night night--none">${ctx.l.night}${ctx.l.colon}${ctx.l.noStay}</p>`;
  const hotel = both(ctx, night.stay.hotel);
  const address = night.stay.address.zh || night.stay.address.en;
  return html`<div class="night"><p><b>${ctx.l.night}${ctx.l.colon}</b>${hotel.primary}${hotel.secondary ? html` <span class="secondary">${hotel.secondary}</span>` : ''}${night.room.number ? html` · ${ctx.l.room} <b>${night.room.number}</b>` : ''}${night.room.roomType ? html` (${night.room.roomType})` : ''}${night.sharing.length > 0 ? html` · ${ctx.l.sharing} ${night.sharing.map((m) => personName(ctx, m.name)).join(', ')}` : ''}${night.room.confirmation ? html` · ${ctx.l.confirmation} ${night.room.confirmation}` : ''}${night.stay.phone ? html` · ${night.stay.phone}` : ''}</p>
${address ? html`<p class="night__address" lang="zh">${address}</p>` : ''}</div>`;
}

