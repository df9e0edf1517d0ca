// What the logistics documents share (driver's sheet, host programme, rooming list, manifest; people's documents add
// theirs at the end): one read of a trip's logistics from the store, precedence order, names in the reader's script,
// dates spelled for the language, and printing a finished page through the host's PDF engine.
import type { ExportLanguage, Paper } from '../../../../shared/contract';
import type { Contact, Member, Names, Ride, Stay, Trip, TripEvent, Vehicle } from '../../../../shared/model';
import { localParts } from '../../../../shared/domain/time';
import type { MadeFile } from '../../files/held-files';
import { notFound } from '../../errors';
import { live, liveNamed } from '../../store/live';
import { byPrecedence, namesFor } from '../itinerary-data';
import { pdfFile, pdfFileName } from '../pdf';
import type { Table } from '../tables/table';
import { renderPdf } from '../reports/render-pdf';
import { runningTexts } from '../reports/html';
import type { DocumentSources } from '../sources';
import { localeOf, mapStrings, type TextPass } from '../simplified';

export { byPrecedence, namesFor };

/** A trip's live records the logistics documents read, with the people they name. */
export interface LogisticsSource {
  trip: Trip;
  events: TripEvent[];
  members: Member[];
  contacts: Contact[];
  stays: Stay[];
  vehicles: Vehicle[];
  rides: Ride[];
}

export async function loadLogistics({ store }: Pick<DocumentSources, 'store'>, tripId: string): Promise<LogisticsSource> {
  const trip = await store.get('trips', tripId);
  if (!trip || trip.deleted) throw notFound('trip', tripId);
  const [events, stays, vehicles, rides] = await Promise.all([
    store.ofTrip('events', tripId).then(live),
    store.ofTrip('stays', tripId).then(live),
    store.ofTrip('vehicles', tripId).then(live),
    store.ofTrip('rides', tripId).then(live),
  ]);
  // A ride in a deleted car is not shown: the car is what the member looks for at the kerb.
  const cars = new Set(vehicles.map((v) => v.id));
  const shownRides = rides.filter((r) => cars.has(r.vehicleId));
  // Only the people these records name are read from the directory (each from its own shard).
  const memberIds = [
    ...trip.memberIds,
    ...events.flatMap((e) => [...e.memberIds, ...(e.travel?.passengers ?? []).map((p) => p.memberId)]),
    ...stays.flatMap((s) => s.rooms.flatMap((r) => r.memberIds)),
    ...shownRides.flatMap((r) => r.memberIds),
  ];
  const [members, contacts] = await Promise.all([
    liveNamed(store, 'members', memberIds),
    liveNamed(store, 'contacts', [...events.flatMap((e) => e.contactIds), ...shownRides.flatMap((r) => (r.contactId ? [r.contactId] : []))]),
  ]);
  return {
    trip,
    events: events.sort((a, b) => a.start.localeCompare(b.start)),
    members: members.sort(byPrecedence),
    contacts,
    stays: stays.sort((a, b) => a.checkIn.localeCompare(b.checkIn)),
    vehicles,
    rides: shownRides.sort((a, b) => a.pickUpAt.localeCompare(b.pickUpAt)),
  };
}

/** Members by id, and a list of ids turned into members in order of precedence (unknown ids left out). */
export function memberLookup(members: readonly Member[]): { get(id: string): Member | undefined; inPrecedence(ids: readonly string[]): Member[] } {
  const byId = new Map(members.map((m) => [m.id, m]));
  return {
    get: (id) => byId.get(id),
    inPrecedence: (ids) => [...new Set(ids)].flatMap((id) => byId.get(id) ?? []).sort(byPrecedence),
  };
}

/** A ride's date: the calendar date of its pick-up where it happens (the team's agreement for every document). */
export function rideDate(ride: Pick<Ride, 'pickUpAt' | 'timeZone'>): string {
  return localParts(ride.pickUpAt, ride.timeZone).date;
}

/** The Chinese name for the language (简体 prefers the stored Simplified spelling), or the other one. */
export function chineseOf(names: Names, language: ExportLanguage): string {
  return language === 'zh-Hans' ? names.zhHans || names.zhHant : names.zhHant || names.zhHans;
}

/** "Wong Ka Yan 黃嘉欣": both scripts, the reader's first, once each. */
export function bothNames(names: Names, language: ExportLanguage): string {
  const { primary, secondary } = namesFor(names, language);
  return secondary && secondary !== primary ? `${primary} ${secondary}` : primary;
}

/** "Monday 19 May 2025" / "2025年5月19日星期一". */
export function longDate(date: string, language: ExportLanguage): string {
  return new Intl.DateTimeFormat(localeOf(language), { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
}

/** "18 May 2025 – 20 May 2025" in the reader's language. */
export function dateRange(start: string, end: string, language: ExportLanguage): string {
  const f = new Intl.DateTimeFormat(localeOf(language), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  return f.formatRange(new Date(`${start}T00:00:00Z`), new Date(`${end}T00:00:00Z`));
}

/** Fills {name} placeholders. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

/** A finished logistics page printed to PDF, with the running header (trip, document) and page numbers. */
export async function printLogistics(
  sources: DocumentSources,
  page: { html: string; tripTitle: string; documentName: string; pageOf: string; fileNamePrefix: string; paper: Paper; pass: TextPass },
): Promise<MadeFile> {
  const { pass } = page;
  const options = runningTexts(pass(page.tripTitle), pass(page.documentName), pass(page.pageOf), page.paper);
  const bytes = await renderPdf(sources, pass(page.html), options, page.documentName);
  return pdfFile(pdfFileName(pass(page.fileNamePrefix), pass(page.tripTitle)), bytes);
}

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A workbook's text through the language's pass (OpenCC for 简体), dates and numbers as they are. */
export function passTable(table: Table, pass: TextPass): Table {
  return { ...table, name: pass(table.name), fileStem: pass(table.fileStem), columns: table.columns.map((c) => ({ ...c, header: pass(c.header) })), rows: mapStrings(table.rows, pass) };
}

/** "Rooming list – HKSTP to Beijing.xlsx", through the same cleaning as the PDFs' names. */
export function tableFileName(stem: string, tripTitle: string, extension: 'xlsx' | 'csv'): string {
  return pdfFileName(stem, tripTitle).replace(/\.pdf$/, `.${extension}`);
}

/** Styles every logistics PDF shares, after the shared print stylesheet. */
export const logisticsCss = `
h1 { margin: 0 0 2mm; }
h2 { margin: 6mm 0 2mm; }
.subtitle { color: #3e4c59; margin: 0 0 4mm; }
.secondary { color: #52606d; }
.muted { color: #616e7c; }
table { width: 100%; border-collapse: collapse; }
th, td { text-align: left; vertical-align: top; padding: 1.2mm 1.5mm; border-bottom: 0.5pt solid #cbd2d9; }
th { font-weight: 600; color: #3e4c59; }
.page { break-before: page; }
.page:first-child { break-before: auto; }
.keep { break-inside: avoid; }
`;
