// The rooming list for a hotel's front desk and the team: per stay, every member's room in order of precedence, who
// shares it, the room type and the confirmation. One table (export/tables) written as XLSX, or printed as a PDF with
// a section per hotel, so both say the same thing.
import type { ExportLanguage, Paper } from '../../../../shared/contract';
import type { Member, Stay } from '../../../../shared/model';
import type { MadeFile } from '../../files/held-files';
import { html, pageDocument } from '../pdf';
import type { DocumentSources } from '../sources';
import { finishingPass, simplifiedLabels } from '../simplified';
import type { Row, Table } from '../tables/table';
import { toXlsx } from '../tables/xlsx';
import { XLSX_MIME, bothNames, chineseOf, dateRange, fill, loadLogistics, logisticsCss, memberLookup, passTable, printLogistics, tableFileName, type LogisticsSource } from './common';

const en = {
  documentName: 'Rooming list',
  sheetName: 'Rooming list',
  pageOf: 'Page {page} of {pages}',
  hotel: 'Hotel',
  hotelZh: 'Hotel (Chinese)',
  address: 'Address',
  phone: 'Phone',
  checkIn: 'Check-in',
  checkOut: 'Check-out',
  nights: '{count} nights',
  oneNight: '1 night',
  precedence: '#',
  member: 'Member',
  chineseName: 'Chinese name',
  title: 'Title',
  room: 'Room',
  roomType: 'Room type',
  sharing: 'Sharing with',
  confirmation: 'Confirmation',
  noRooms: 'No rooms are entered for this stay yet.',
  noStays: 'No stays are entered for this trip yet.',
  notInRoom: 'Not in a room here: {names}',
};
type RoomingLabels = typeof en;

const zhHant: RoomingLabels = {
  documentName: '住宿名單',
  sheetName: '住宿名單',
  pageOf: '第 {page} 頁，共 {pages} 頁',
  hotel: '酒店',
  hotelZh: '酒店（中文）',
  address: '地址',
  phone: '電話',
  checkIn: '入住',
  checkOut: '退房',
  nights: '{count} 晚',
  oneNight: '1 晚',
  precedence: '#',
  member: '團員',
  chineseName: '中文姓名',
  title: '職銜',
  room: '房號',
  roomType: '房型',
  sharing: '同房',
  confirmation: '確認編號',
  noRooms: '此住宿尚未填寫房間。',
  noStays: '本行程尚未填寫住宿。',
  notInRoom: '未分配房間：{names}',
};

function labels(language: ExportLanguage): RoomingLabels {
  return language === 'zh-Hant' ? zhHant : language === 'zh-Hans' ? simplifiedLabels(zhHant) : en;
}

interface RoomLine {
  member: Member;
  room: Stay['rooms'][number];
  sharing: Member[];
}

/** Each member's room in a stay, in order of precedence; a member listed in two rooms appears in each (a warning elsewhere). */
function roomLines(source: LogisticsSource, stay: Stay): RoomLine[] {
  const people = memberLookup(source.members);
  const lines = stay.rooms.flatMap((room) => {
    const inRoom = people.inPrecedence(room.memberIds);
    return inRoom.map((member) => ({ member, room, sharing: inRoom.filter((m) => m.id !== member.id) }));
  });
  return lines.sort((a, b) => a.member.rank - b.member.rank || a.member.name.en.localeCompare(b.member.name.en) || a.room.number.localeCompare(b.room.number));
}

/** The same rows for the workbook and the PDF (one per member and stay). */
export function roomingTable(source: LogisticsSource, language: ExportLanguage): Table {
  const l = labels(language);
  const rows: Row[] = source.stays.flatMap((stay) =>
    roomLines(source, stay).map(({ member, room, sharing }) => ({
      hotel: stay.hotel.en || stay.hotel.zh,
      hotelZh: stay.hotel.zh,
      checkIn: stay.checkIn,
      checkOut: stay.checkOut,
      rank: member.rank,
      member: member.name.en,
      chineseName: chineseOf(member.name, language),
      title: member.title,
      room: room.number,
      roomType: room.roomType,
      sharing: sharing.map((m) => bothNames(m.name, language)).join('; '),
      confirmation: room.confirmation,
    })),
  );
  return {
    name: l.sheetName,
    fileStem: l.documentName,
    columns: [
      { key: 'hotel', header: l.hotel, type: 'text' },
      { key: 'hotelZh', header: l.hotelZh, type: 'text' },
      { key: 'checkIn', header: l.checkIn, type: 'date' },
      { key: 'checkOut', header: l.checkOut, type: 'date' },
      { key: 'rank', header: l.precedence, type: 'number' },
      { key: 'member', header: l.member, type: 'text' },
      { key: 'chineseName', header: l.chineseName, type: 'text' },
      { key: 'title', header: l.title, type: 'text', maxWidth: 40 },
      { key: 'room', header: l.room, type: 'text' },
      { key: 'roomType', header: l.roomType, type: 'text' },
      { key: 'sharing', header: l.sharing, type: 'text', maxWidth: 40 },
      { key: 'confirmation', header: l.confirmation, type: 'text' },
    ],
    rows,
  };
}

function nightsOf(stay: Stay): number {
  return Math.round((Date.parse(`${stay.checkOut}T00:00:00Z`) - Date.parse(`${stay.checkIn}T00:00:00Z`)) / 86_400_000);
}

export function roomingHtml(source: LogisticsSource, language: ExportLanguage): string {
  const l = labels(language);
  const people = memberLookup(source.members);
  const sections = source.stays.map((stay) => {
    const lines = roomLines(source, stay);
    const housed = new Set(lines.map((x) => x.member.id));
    const missing = people.inPrecedence(source.trip.memberIds).filter((m) => !housed.has(m.id));
    const nights = nightsOf(stay);
    return html`<section class="stay keep">
<h2>${stay.hotel.en}${stay.hotel.zh ? html` <span class="secondary">${stay.hotel.zh}</span>` : ''}</h2>
<p class="subtitle">${dateRange(stay.checkIn, stay.checkOut, language)} · ${nights === 1 ? l.oneNight : fill(l.nights, { count: nights })}${stay.address.zh || stay.address.en ? html` · ${[stay.address.zh, stay.address.en].filter(Boolean).join(' / ')}` : ''}${stay.phone ? html` · ☎ ${stay.phone}` : ''}</p>
${lines.length
  ? html`<table><thead><tr><th>${l.precedence}</th><th class="member">${l.member}</th><th>${l.room}</th><th>${l.roomType}</th><th>${l.sharing}</th><th>${l.confirmation}</th></tr></thead><tbody>
${lines.map((x) => html`<tr><td>${x.member.rank}</td><td>${bothNames(x.member.name, language)}${x.member.title ? html`<br><span class="muted">${x.member.title}</span>` : ''}</td><td class="room">${x.room.number}</td><td>${x.room.roomType}</td><td>${x.sharing.map((m, i) => html`${i ? '; ' : ''}<span class="name">${bothNames(m.name, language)}</span>`)}</td><td>${x.room.confirmation}</td></tr>`)}
</tbody></table>`
  : html`<p class="muted">${l.noRooms}</p>`}
${lines.length && missing.length ? html`<p class="muted">${fill(l.notInRoom, { names: missing.map((m) => bothNames(m.name, language)).join('; ') })}</p>` : ''}
</section>`;
  });
  return pageDocument({
    lang: language,
    title: l.documentName,
    css: `${logisticsCss} td.room { font-weight: 700; white-space: nowrap; } th.member { width: 55mm; } span.name { white-space: nowrap; }`,
    body: html`<h1>${l.documentName}</h1><p class="subtitle">${source.trip.title}</p>${sections.length ? sections : html`<p class="muted">${l.noStays}</p>`}`,
  });
}

export async function exportRoomingList(sources: DocumentSources, input: { tripId: string; language: ExportLanguage; format: 'pdf' | 'xlsx'; paper: Paper }, now: Date): Promise<MadeFile> {
  const pass = await finishingPass(input.language);
  const source = await loadLogistics(sources, input.tripId);
  const l = labels(input.language);
  if (input.format === 'pdf') {
    return printLogistics(sources, { html: roomingHtml(source, input.language), tripTitle: source.trip.title, documentName: l.documentName, pageOf: l.pageOf, fileNamePrefix: l.documentName, paper: input.paper, pass });
  }
  const table = passTable(roomingTable(source, input.language), pass);
  return { fileName: tableFileName(table.fileStem, source.trip.title, 'xlsx'), mime: XLSX_MIME, bytes: await toXlsx(table, now) };
}
