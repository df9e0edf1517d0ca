// The driver's sheet: one vehicle's day (or every day), for a local driver who reads Chinese. Pick-up times, places
// and Chinese addresses are set large; passengers in order of precedence with their Chinese names; the person to call
// on arrival; the plate and the driver's own names. Deliberately no meeting content: an event is shown only by its
// venue and address — never its title, description, briefing or notes — and a ride's notes stay out too, since a
// driver's sheet is left on a dashboard.
import type { ExportLanguage, Paper } from '../../../../shared/contract';
import type { Bilingual, Contact, Ride, TripEvent, Vehicle } from '../../../../shared/model';
import { localParts } from '../../../../shared/domain/time';
import type { MadeFile } from '../../files/held-files';
import { notFound } from '../../errors';
import { html, pageDocument, type Html } from '../pdf';
import type { DocumentSources } from '../sources';
import { finishingPass } from '../simplified';
import { bothNames, chineseOf, fill, loadLogistics, logisticsCss, longDate, memberLookup, printLogistics, rideDate, type LogisticsSource } from './common';
import { driverSheetLabels, type DriverSheetLabels } from './driver-sheet-labels';

export interface DriverSheetOptions {
  vehicleId: string;
  date?: string;
  language: ExportLanguage;
}

/** One stop as the driver needs it: a name, and the address in Chinese first (the one to read out or type in). */
interface Stop {
  name: Bilingual;
  address: Bilingual;
}

const hasText = (b: Bilingual) => Boolean(b.en.trim() || b.zh.trim());

/** Where a ride goes: its own `to` when named, otherwise its event's venue and address (never the event's title). */
function destination(ride: Ride, events: Map<string, TripEvent>): Stop {
  if (hasText(ride.to.name) || hasText(ride.to.address)) return ride.to;
  const event = ride.eventId ? events.get(ride.eventId) : undefined;
  return { name: event?.venue ?? { en: '', zh: '' }, address: event?.address ?? { en: '', zh: '' } };
}

function stopBlock(l: DriverSheetLabels, heading: string, stop: Stop): Html {
  const name = [stop.name.zh, stop.name.en].filter((s) => s.trim()).join(' · ');
  // The Chinese address is the big line; the English one, when different, sits small under it for the passengers.
  const big = stop.address.zh.trim() || stop.address.en.trim();
  const small = stop.address.zh.trim() && stop.address.en.trim() ? stop.address.en : '';
  return html`<div class="stop"><div class="stop__label">${heading}</div>
<div class="stop__name">${name || l.notGiven}</div>
${big ? html`<div class="stop__address" lang="zh">${big}</div>` : ''}
${small ? html`<div class="stop__address-en">${small}</div>` : ''}</div>`;
}

function rideBlock(source: LogisticsSource, language: ExportLanguage, l: DriverSheetLabels, ride: Ride, events: Map<string, TripEvent>, contacts: Map<string, Contact>): Html {
  const people = memberLookup(source.members).inPrecedence(ride.memberIds);
  const contact = ride.contactId ? contacts.get(ride.contactId) : undefined;
  return html`<section class="ride keep">
<div class="ride__time">${localParts(ride.pickUpAt, ride.timeZone).time}</div>
<div class="ride__body">
${stopBlock(l, l.pickUp, ride.from)}
${stopBlock(l, l.dropOff, destination(ride, events))}
<div class="ride__people"><span class="stop__label">${fill(l.passengers, { count: people.length })}</span>
<ol>${people.map((m) => html`<li><span class="zh">${chineseOf(m.name, language) || m.name.en}</span>${chineseOf(m.name, language) ? html` <span class="secondary">${m.name.en}</span>` : ''}${m.title ? html` <span class="muted">· ${m.title}</span>` : ''}</li>`)}</ol></div>
${contact ? html`<div class="ride__contact"><span class="stop__label">${l.contactOnSite}</span> <strong>${bothNames(contact.name, language)}</strong>${contact.phone ? html` <span class="phone">☎ ${contact.phone}</span>` : ''}</div>` : ''}
</div></section>`;
}

function vehicleHeader(language: ExportLanguage, l: DriverSheetLabels, vehicle: Vehicle, date: string): Html {
  const driver = vehicle.driver;
  return html`<header class="car keep">
<div class="car__date">${longDate(date, language)}</div>
<div class="car__row"><div class="car__label">${vehicle.label}</div><div class="car__plate" aria-label="${l.plate}">${vehicle.plate || l.noPlate}</div></div>
<div class="car__driver"><span class="stop__label">${l.driver}</span> <span class="car__driver-zh">${driver.name.zh}</span> ${driver.name.en}${driver.phone ? html` <span class="phone">☎ ${driver.phone}</span>` : ''}</div>
</header>`;
}

/** The sheet as HTML; `date` picks one day, otherwise a page per day the vehicle has rides. */
export function driverSheetHtml(source: LogisticsSource, options: DriverSheetOptions): { html: string; documentName: string; pageOf: string; fileNamePrefix: string } {
  const l = driverSheetLabels(options.language);
  const vehicle = source.vehicles.find((v) => v.id === options.vehicleId);
  if (!vehicle) throw notFound('vehicle', options.vehicleId);
  const rides = source.rides.filter((r) => r.vehicleId === vehicle.id && (!options.date || rideDate(r) === options.date));
  const days = options.date ? [options.date] : [...new Set(rides.map(rideDate))];
  const events = new Map(source.events.map((e) => [e.id, e]));
  const contacts = new Map(source.contacts.map((c) => [c.id, c]));
  const pages = days.map((date) => {
    const ofDay = rides.filter((r) => rideDate(r) === date);
    return html`<section class="page">${vehicleHeader(options.language, l, vehicle, date)}
${ofDay.length ? ofDay.map((r) => rideBlock(source, options.language, l, r, events, contacts)) : html`<p class="muted">${l.noRidesThatDay}</p>`}</section>`;
  });
  const body = pages.length ? pages : [html`<section class="page">${html`<h1>${vehicle.label}</h1><p class="muted">${l.noRides}</p>`}</section>`];
  const title = `${l.documentName}: ${vehicle.label}`;
  return {
    html: pageDocument({ lang: options.language, title, css: logisticsCss + driverCss, body: html`${body}` }),
    documentName: `${l.documentName} · ${vehicle.label}`,
    pageOf: l.pageOf,
    fileNamePrefix: `${l.documentName} – ${vehicle.label}${options.date ? ` ${options.date}` : ''}`,
  };
}

export async function exportDriverSheetPdf(sources: DocumentSources, input: DriverSheetOptions & { tripId: string; paper: Paper }): Promise<MadeFile> {
  const pass = await finishingPass(input.language);
  const source = await loadLogistics(sources, input.tripId);
  const page = driverSheetHtml(source, input);
  return printLogistics(sources, { ...page, tripTitle: source.trip.title, paper: input.paper, pass });
}

// Sizes for reading at arm's length in a car: the time and the Chinese address are the largest things on the page.
const driverCss = `
.car { border: 1.5pt solid #102a43; border-radius: 2mm; padding: 3mm 4mm; margin-bottom: 5mm; }
.car__date { font-size: 13pt; font-weight: 600; }
.car__row { display: flex; align-items: baseline; justify-content: space-between; gap: 6mm; margin: 1mm 0; }
.car__label { font-size: 16pt; font-weight: 700; }
.car__plate { font-size: 22pt; font-weight: 800; letter-spacing: 1pt; border: 1pt solid #102a43; padding: 0 3mm; }
.car__driver { font-size: 13pt; }
.car__driver-zh { font-size: 16pt; font-weight: 700; }
.ride { display: grid; grid-template-columns: 30mm 1fr; gap: 4mm; border-top: 1pt solid #9aa5b1; padding: 4mm 0; }
.ride__time { font-size: 26pt; font-weight: 800; line-height: 1; }
.stop { margin-bottom: 3mm; }
.stop__label { font-size: 9pt; text-transform: uppercase; letter-spacing: 0.5pt; color: #52606d; }
.stop__name { font-size: 13pt; font-weight: 600; }
.stop__address { font-size: 18pt; font-weight: 700; line-height: 1.3; }
.stop__address-en { font-size: 10pt; color: #3e4c59; }
.ride__people ol { margin: 1mm 0 2mm; padding-left: 6mm; font-size: 12pt; }
.ride__people .zh { font-size: 14pt; font-weight: 600; }
.ride__contact { font-size: 12pt; }
.phone { white-space: nowrap; font-weight: 600; }
`;
