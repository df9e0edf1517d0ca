// The travel manifest: each member's journeys in and out (and between cities) with mode, carrier and number, the two
// ends with their codes and terminals, local times, seat, class and booking reference — one row per member and
// journey, members in order of precedence, and a row for a member with no journey at all so the gap shows.
import type { ExportLanguage } from '../../../../shared/contract';
import type { Member, Passenger, TravelEnd, TravelMode, Trip, TripEvent } from '../../../../shared/model';
import { localParts } from '../../../../shared/domain/time';
import type { MadeFile } from '../../files/held-files';
import type { DocumentSources } from '../sources';
import { finishingPass, simplifiedLabels } from '../simplified';
import { toCsv } from '../tables/csv';
import type { Row, Table } from '../tables/table';
import { toXlsx } from '../tables/xlsx';
import { XLSX_MIME, chineseOf, loadLogistics, memberLookup, passTable, tableFileName, type LogisticsSource } from './common';

const en = {
  documentName: 'Travel manifest',
  sheetName: 'Manifest',
  precedence: '#',
  member: 'Member',
  chineseName: 'Chinese name',
  direction: 'Journey',
  arrival: 'Arrival',
  departure: 'Departure',
  onward: 'Onward',
  noTravel: 'No travel entered',
  date: 'Date',
  mode: 'Mode',
  flight: 'Carrier and number',
  from: 'From',
  fromCode: 'From code',
  fromTerminal: 'From terminal',
  departs: 'Departs',
  to: 'To',
  toCode: 'To code',
  toTerminal: 'To terminal',
  arrivalDate: 'Arrival date',
  arrives: 'Arrives',
  seat: 'Seat',
  cabin: 'Class',
  bookingRef: 'Booking ref',
  modes: { flight: 'Flight', train: 'Train', car: 'Car', ferry: 'Ferry' } satisfies Record<TravelMode, string>,
};
type ManifestLabels = typeof en;

const zhHant: ManifestLabels = {
  documentName: '行程交通名單',
  sheetName: '交通名單',
  precedence: '#',
  member: '團員',
  chineseName: '中文姓名',
  direction: '行程',
  arrival: '抵達',
  departure: '離開',
  onward: '轉程',
  noTravel: '未填寫交通',
  date: '日期',
  mode: '交通工具',
  flight: '航空公司及班次',
  from: '出發地',
  fromCode: '出發地代碼',
  fromTerminal: '出發航站樓',
  departs: '出發時間',
  to: '目的地',
  toCode: '目的地代碼',
  toTerminal: '抵達航站樓',
  arrivalDate: '抵達日期',
  arrives: '抵達時間',
  seat: '座位',
  cabin: '艙等',
  bookingRef: '訂位編號',
  modes: { flight: '航班', train: '火車', car: '汽車', ferry: '渡輪' },
};

function labels(language: ExportLanguage): ManifestLabels {
  return language === 'zh-Hant' ? zhHant : language === 'zh-Hans' ? simplifiedLabels(zhHant) : en;
}

const isJourney = (e: TripEvent) => e.status !== 'cancelled' && (e.kind === 'travel' || e.travel !== undefined);

/**
 * Who travels on a journey: its passengers and its members; a journey naming nobody is the whole delegation's, as the
 * itinerary shows it ("Whole delegation").
 */
export function travellersOf(event: TripEvent, trip: Pick<Trip, 'memberIds'>): string[] {
  const named = [...(event.travel?.passengers ?? []).map((p) => p.memberId), ...event.memberIds];
  return named.length ? [...new Set(named)] : trip.memberIds;
}

/** A member's journeys in time order, each named arrival (the first), departure (the last) or onward. */
export function journeysOf(member: Member, source: Pick<LogisticsSource, 'trip' | 'events'>): { event: TripEvent; direction: 'arrival' | 'departure' | 'onward' }[] {
  const mine = source.events.filter((e) => isJourney(e) && travellersOf(e, source.trip).includes(member.id)).sort((a, b) => a.start.localeCompare(b.start));
  return mine.map((event, i) => {
    if (mine.length === 1) {
      // A single journey is the arrival unless it starts in the second half of the trip.
      const date = localParts(event.start, event.timeZone).date;
      const { startDate, endDate } = source.trip;
      const middle = new Date((Date.parse(startDate) + Date.parse(endDate)) / 2).toISOString().slice(0, 10);
      return { event, direction: date > middle ? 'departure' : 'arrival' };
    }
    return { event, direction: i === 0 ? 'arrival' : i === mine.length - 1 ? 'departure' : 'onward' };
  });
}

function endText(end: TravelEnd | undefined, language: ExportLanguage): string {
  if (!end) return '';
  const pick = (b: { en: string; zh: string }) => (language === 'en' ? b.en || b.zh : b.zh || b.en).trim();
  const city = pick(end.city);
  const place = pick(end.place);
  return place && city && !place.includes(city) ? `${place}, ${city}` : place || city;
}

export function manifestTable(source: LogisticsSource, language: ExportLanguage): Table {
  const l = labels(language);
  const people = memberLookup(source.members);
  const rows: Row[] = people.inPrecedence(source.trip.memberIds).flatMap((member): Row[] => {
    const who = { rank: member.rank, member: member.name.en, chineseName: chineseOf(member.name, language) };
    const journeys = journeysOf(member, source);
    if (!journeys.length) return [{ ...who, direction: l.noTravel }];
    return journeys.map(({ event, direction }) => {
      const travel = event.travel;
      const seat: Partial<Passenger> = travel?.passengers?.find((p) => p.memberId === member.id) ?? {};
      const departs = localParts(event.start, event.timeZone);
      const arrives = localParts(event.end, event.endTimeZone ?? event.timeZone);
      return {
        ...who,
        direction: l[direction],
        date: departs.date,
        mode: travel?.mode ? l.modes[travel.mode] : '',
        flight: [travel?.carrier, travel?.number].filter(Boolean).join(' '),
        from: endText(travel?.from, language),
        fromCode: travel?.from?.code ?? '',
        fromTerminal: travel?.from?.terminal ?? '',
        departs: departs.time,
        to: endText(travel?.to, language),
        toCode: travel?.to?.code ?? '',
        toTerminal: travel?.to?.terminal ?? '',
        arrivalDate: arrives.date,
        arrives: arrives.time,
        seat: seat.seat ?? '',
        cabin: seat.cabin ?? '',
        bookingRef: seat.bookingRef ?? '',
      };
    });
  });
  const text = (key: string, header: string, maxWidth?: number) => ({ key, header, type: 'text' as const, ...(maxWidth ? { maxWidth } : {}) });
  return {
    name: l.sheetName,
    fileStem: l.documentName,
    columns: [
      { key: 'rank', header: l.precedence, type: 'number' },
      text('member', l.member),
      text('chineseName', l.chineseName),
      text('direction', l.direction),
      { key: 'date', header: l.date, type: 'date' },
      text('mode', l.mode),
      text('flight', l.flight),
      text('from', l.from, 40),
      text('fromCode', l.fromCode),
      text('fromTerminal', l.fromTerminal),
      text('departs', l.departs),
      text('to', l.to, 40),
      text('toCode', l.toCode),
      text('toTerminal', l.toTerminal),
      { key: 'arrivalDate', header: l.arrivalDate, type: 'date' },
      text('arrives', l.arrives),
      text('seat', l.seat),
      text('cabin', l.cabin),
      text('bookingRef', l.bookingRef),
    ],
    rows,
  };
}

export async function exportManifest(sources: DocumentSources, input: { tripId: string; language: ExportLanguage; format: 'csv' | 'xlsx' }, now: Date): Promise<MadeFile> {
  const pass = await finishingPass(input.language);
  const source = await loadLogistics(sources, input.tripId);
  const table = passTable(manifestTable(source, input.language), pass);
  const fileName = tableFileName(table.fileStem, source.trip.title, input.format);
  if (input.format === 'csv') return { fileName, mime: 'text/csv;charset=utf-8', bytes: toCsv(table) };
  return { fileName, mime: XLSX_MIME, bytes: await toXlsx(table, now) };
}
