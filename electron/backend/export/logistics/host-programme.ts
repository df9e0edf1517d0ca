// The programme for the hosts (简体 unless asked otherwise): the delegation in order of precedence with Chinese names
// and titles, the programme day by day without internal events, cancelled ones or anything of our own preparation
// (descriptions, briefings and notes stay out, restricted or not), the arrivals and departures, and the cars with
// their plates and drivers — what a host office needs to receive the delegation.
import type { ExportLanguage, Paper } from '../../../../shared/contract';
import type { EventKind, TripEvent } from '../../../../shared/model';
import { localParts } from '../../../../shared/domain/time';
import type { MadeFile } from '../../files/held-files';
import { html, pageDocument, type Html } from '../pdf';
import type { DocumentSources } from '../sources';
import { finishingPass, simplifiedLabels } from '../simplified';
import { chineseOf, dateRange, loadLogistics, logisticsCss, longDate, memberLookup, printLogistics, type LogisticsSource } from './common';
import { travellersOf } from './manifest';

const en = {
  documentName: 'Programme for the hosts',
  pageOf: 'Page {page} of {pages}',
  delegation: 'Delegation',
  precedence: '#',
  name: 'Name',
  chineseName: 'Chinese name',
  title: 'Title',
  organisation: 'Organisation',
  programme: 'Programme',
  time: 'Time',
  event: 'Event',
  venue: 'Venue and address',
  attending: 'Attending',
  wholeDelegation: 'Whole delegation',
  journeys: 'Arrivals and departures',
  journey: 'Journey',
  from: 'From',
  to: 'To',
  travellers: 'Travellers',
  cars: 'Cars',
  car: 'Car',
  plate: 'Plate',
  seats: 'Seats',
  driver: 'Driver',
  phone: 'Phone',
  nothing: 'None entered yet.',
  kinds: { meeting: 'Meeting', seminar: 'Seminar', signing: 'Signing', 'site-visit': 'Site visit', travel: 'Travel', hotel: 'Hotel', meal: 'Meal', press: 'Press', internal: 'Internal' } satisfies Record<EventKind, string>,
};
type HostLabels = typeof en;

const zhHant: HostLabels = {
  documentName: '接待方日程',
  pageOf: '第 {page} 頁，共 {pages} 頁',
  delegation: '代表團名單',
  precedence: '#',
  name: '姓名',
  chineseName: '中文姓名',
  title: '職銜',
  organisation: '機構',
  programme: '日程',
  time: '時間',
  event: '活動',
  venue: '地點及地址',
  attending: '出席',
  wholeDelegation: '全體團員',
  journeys: '抵離安排',
  journey: '班次',
  from: '出發',
  to: '抵達',
  travellers: '乘客',
  cars: '車輛安排',
  car: '車輛',
  plate: '車牌',
  seats: '座位',
  driver: '司機',
  phone: '電話',
  nothing: '尚未填寫。',
  kinds: { meeting: '會議', seminar: '研討會', signing: '簽署儀式', 'site-visit': '實地考察', travel: '交通', hotel: '酒店', meal: '餐敘', press: '傳媒活動', internal: '內部會議' },
};

function labels(language: ExportLanguage): HostLabels {
  return language === 'zh-Hant' ? zhHant : language === 'zh-Hans' ? simplifiedLabels(zhHant) : en;
}

const forHosts = (e: TripEvent) => e.kind !== 'internal' && e.status !== 'cancelled';
const pick = (b: { en: string; zh: string }, language: ExportLanguage) => (language === 'en' ? b.en || b.zh : b.zh || b.en).trim();

function delegation(source: LogisticsSource, language: ExportLanguage, l: HostLabels): Html {
  const members = memberLookup(source.members).inPrecedence(source.trip.memberIds);
  return html`<h2>${l.delegation}</h2>${members.length
    ? html`<table><thead><tr><th>${l.precedence}</th><th>${l.chineseName}</th><th>${l.name}</th><th>${l.title}</th><th>${l.organisation}</th></tr></thead><tbody>
${members.map((m, i) => html`<tr><td>${i + 1}</td><td class="zh">${chineseOf(m.name, language)}</td><td>${m.name.en}</td><td>${m.title}</td><td>${m.organisation}</td></tr>`)}</tbody></table>`
    : html`<p class="muted">${l.nothing}</p>`}`;
}

function attending(source: LogisticsSource, language: ExportLanguage, l: HostLabels, event: TripEvent): string {
  const people = memberLookup(source.members).inPrecedence(event.memberIds);
  const everyone = !event.memberIds.length || people.length === source.trip.memberIds.length;
  return everyone ? l.wholeDelegation : people.map((m) => chineseOf(m.name, language) || m.name.en).join('、');
}

function programme(source: LogisticsSource, language: ExportLanguage, l: HostLabels): Html {
  const events = source.events.filter((e) => forHosts(e) && e.kind !== 'travel' && !e.travel);
  const days = [...new Set(events.map((e) => localParts(e.start, e.timeZone).date))].sort();
  return html`<h2>${l.programme}</h2>${days.length ? days.map((date) => {
    const ofDay = events.filter((e) => localParts(e.start, e.timeZone).date === date);
    return html`<h3>${longDate(date, language)}</h3><table><thead><tr><th class="time">${l.time}</th><th>${l.event}</th><th class="venue">${l.venue}</th><th class="who">${l.attending}</th></tr></thead><tbody>
${ofDay.map((e) => html`<tr class="keep"><td class="time">${localParts(e.start, e.timeZone).time}–${localParts(e.end, e.endTimeZone ?? e.timeZone).time}</td><td><strong>${e.title}</strong><br><span class="muted">${l.kinds[e.kind]}</span></td><td>${pick(e.venue, language)}${e.address.zh || e.address.en ? html`<br><span class="addr">${e.address.zh || e.address.en}</span>` : ''}</td><td>${attending(source, language, l, e)}</td></tr>`)}</tbody></table>`;
  }) : html`<p class="muted">${l.nothing}</p>`}`;
}

function journeys(source: LogisticsSource, language: ExportLanguage, l: HostLabels): Html {
  const trips = source.events.filter((e) => forHosts(e) && (e.kind === 'travel' || e.travel));
  const people = memberLookup(source.members);
  const end = (e: TripEvent, which: 'from' | 'to') => {
    const place = e.travel?.[which];
    if (!place) return '';
    return [pick(place.place, language) || pick(place.city, language), place.code, place.terminal ? `T${place.terminal.replace(/^T/i, '')}` : ''].filter(Boolean).join(' ');
  };
  return html`<h2>${l.journeys}</h2>${trips.length
    ? html`<table><thead><tr><th>${l.journey}</th><th>${l.from}</th><th>${l.to}</th><th>${l.travellers}</th></tr></thead><tbody>
${trips.map((e) => {
  const departs = localParts(e.start, e.timeZone);
  const arrives = localParts(e.end, e.endTimeZone ?? e.timeZone);
  const who = people.inPrecedence(travellersOf(e, source.trip));
  return html`<tr class="keep"><td><strong>${[e.travel?.carrier, e.travel?.number].filter(Boolean).join(' ') || e.title}</strong></td><td>${departs.date} ${departs.time}<br>${end(e, 'from')}</td><td>${arrives.date} ${arrives.time}<br>${end(e, 'to')}</td><td>${who.map((m) => chineseOf(m.name, language) || m.name.en).join('、')}</td></tr>`;
})}</tbody></table>`
    : html`<p class="muted">${l.nothing}</p>`}`;
}

function cars(source: LogisticsSource, language: ExportLanguage, l: HostLabels): Html {
  return html`<h2>${l.cars}</h2>${source.vehicles.length
    ? html`<table class="keep"><thead><tr><th>${l.car}</th><th>${l.plate}</th><th>${l.seats}</th><th>${l.driver}</th><th>${l.phone}</th></tr></thead><tbody>
${source.vehicles.map((v) => html`<tr><td>${v.label}</td><td class="plate">${v.plate}</td><td>${v.seats}</td><td>${v.driver.name.zh || v.driver.name.en}${v.driver.name.zh && v.driver.name.en ? html` <span class="secondary">${v.driver.name.en}</span>` : ''}</td><td>${v.driver.phone}</td></tr>`)}</tbody></table>`
    : html`<p class="muted">${l.nothing}</p>`}`;
}

export function hostProgrammeHtml(source: LogisticsSource, language: ExportLanguage): string {
  const l = labels(language);
  const { trip } = source;
  const body = html`<h1>${trip.title}</h1><p class="subtitle">${l.documentName} · ${dateRange(trip.startDate, trip.endDate, language)}${trip.organisingBody ? html` · ${trip.organisingBody}` : ''}</p>
${delegation(source, language, l)}${programme(source, language, l)}${journeys(source, language, l)}${cars(source, language, l)}`;
  return pageDocument({ lang: language, title: `${l.documentName}: ${trip.title}`, css: `${logisticsCss} td.time, th.time { white-space: nowrap; width: 24mm; } th.venue { width: 60mm; } th.who { width: 38mm; } h3 { break-after: avoid; } td.zh { font-weight: 600; } td.plate { font-weight: 700; white-space: nowrap; } .addr { color: #3e4c59; }`, body });
}

export async function exportHostProgrammePdf(sources: DocumentSources, input: { tripId: string; language: ExportLanguage; paper: Paper }): Promise<MadeFile> {
  const pass = await finishingPass(input.language);
  const source = await loadLogistics(sources, input.tripId);
  const l = labels(input.language);
  return printLogistics(sources, { html: hostProgrammeHtml(source, input.language), tripTitle: source.trip.title, documentName: l.documentName, pageOf: l.pageOf, fileNamePrefix: l.documentName, paper: input.paper, pass });
}
