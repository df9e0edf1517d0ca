// The driver's sheet and the hosts' programme printed by the real browser-mode PdfRenderer (Chromium) and read back
// with pdftotext: the sheet holds the plate, the driver's Chinese name, every pick-up time and Chinese address, the
// passengers in precedence order and the contact on site, and none of the trip's meeting content; the hosts' programme
// is 简体 unless asked otherwise and leaves internal events and briefings out. First pages go to /tmp/shots-lists.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportFile, ExportLanguage } from '../../../../../../shared/contract';
import { localParts } from '../../../../../../shared/domain/time';
import { createBrowserPdfRenderer } from '../../../../../../electron/web/pdf';
import { openTestBackend, type TestBackend } from '../../backend-fixture';
import { flat, pdfPages, pdfPngs, pdfText } from '../pdf/pdf-text';
import { ADDRESS_ZH, DESCRIPTION, FROM_ZH, OPEN_BRIEF, RESTRICTED, RIDE_NOTE, SECRET_NOTE, listsWorld, type ListsWorld } from './lists-world';

const shots = '/tmp/shots-lists';
let t: TestBackend;
let w: ListsWorld;

async function save(file: ExportFile, name: string): Promise<string> {
  expect(file.mime).toBe('application/pdf');
  const bytes = t.bytesOf(file);
  expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
  const out = path.join(t.dir, name);
  await writeFile(out, bytes);
  await pdfPngs(out, path.join(shots, name.replace(/\.pdf$/, '')), 1, 1, 70);
  return out;
}

beforeAll(async () => {
  t = await openTestBackend(undefined, { pdf: createBrowserPdfRenderer() });
  w = await listsWorld(t);
}, 60_000);

afterAll(() => t?.close());

describe("driver's sheet", () => {
  const sheet = (language: ExportLanguage, date?: string) => t.call('export.driverSheetPdf', { tripId: w.tripId, vehicleId: w.car.id, language, ...(date ? { date } : {}) });

  it('holds the plate, the driver, each pick-up time and Chinese address, passengers in precedence, the contact — and no meeting content', async () => {
    const file = await save(await sheet('en', '2025-05-19'), 'driver-sheet-en.pdf');
    const text = flat(await pdfText(file));
    expect(text).toContain('京A·88888');
    expect(text).toContain('張偉');
    expect(text).toContain('Zhang Wei');
    expect(text).toContain('+86 138 0000 1111');
    const ofDay = w.rides.filter((r) => localParts(r.pickUpAt, r.timeZone).date === '2025-05-19');
    expect(ofDay).toHaveLength(2);
    for (const ride of ofDay) expect(text).toContain(localParts(ride.pickUpAt, ride.timeZone).time);
    expect(text).toContain(FROM_ZH);
    expect(text).toContain(ADDRESS_ZH); // the destination event's address
    expect(text).toContain('北京市海淀区清华园1号');
    // Passengers by rank although added Derek, Albert, Fanny; their Chinese names beside the English.
    const order = ['黃克強', '黃慧芬', '詹德禮'].map((n) => text.indexOf(n));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(text).toContain('Eunice Chan');
    expect(text).toContain('+852 9123 4567');
    // The other day's ride is not on this day's sheet.
    expect(text).not.toContain('北京市顺义区首都机场');
    // No meeting content of any kind: this trip's notes, briefings, descriptions, event titles, the ride's note.
    for (const secret of [SECRET_NOTE, RESTRICTED, OPEN_BRIEF, DESCRIPTION, RIDE_NOTE, 'Meeting with Peking University']) expect(text).not.toContain(secret);
    for (const e of w.detail.events) {
      if (e.description.trim()) expect(text).not.toContain(flat(e.description).slice(0, 40));
      for (const field of Object.values(e.briefing)) if (field.text.trim()) expect(text).not.toContain(flat(field.text).slice(0, 40));
    }
    for (const n of w.detail.notes) if (n.body.trim()) expect(text).not.toContain(flat(n.body).slice(0, 40));
  }, 60_000);

  it('without a date gives a page per day the car drives, each with its rides', async () => {
    const file = await save(await sheet('en'), 'driver-sheet-every-day.pdf');
    expect(await pdfPages(file)).toBe(2);
    const second = flat(await pdfText(file, { page: 2 }));
    expect(second).toContain('20 May 2025');
    expect(second).toContain('17:30');
    expect(second).toContain('北京市顺义区首都机场');
    expect(second).not.toContain('08:40');
  }, 60_000);

  it('is worded in 繁體 and 简体, the addresses in the reader’s script', async () => {
    const hant = flat(await pdfText(await save(await sheet('zh-Hant', '2025-05-19'), 'driver-sheet-zh-Hant.pdf')));
    expect(hant).toContain('司機');
    expect(hant).toContain('接載地點');
    expect(hant).toContain('京A·88888');
    expect(hant).toContain(FROM_ZH);
    const hans = flat(await pdfText(await save(await sheet('zh-Hans', '2025-05-19'), 'driver-sheet-zh-Hans.pdf')));
    expect(hans).toContain('司机');
    expect(hans).toContain('接载地点');
    expect(hans).toContain('张伟');
    expect(hans).toContain('黄克强');
    expect(hans).not.toContain('司機');
  }, 60_000);

  it('names a vehicle that is not on the trip', async () => {
    const error = await t.fail('export.driverSheetPdf', { tripId: w.tripId, vehicleId: 'no-such-car' });
    expect(error.code).toBe('not-found');
    expect(error.message).toContain('vehicle');
  });
});

describe("hosts' programme", () => {
  it('is 简体 by default: the delegation by precedence, the programme without internal events or briefings, the journeys and the cars', async () => {
    const file = await save(await t.call('export.hostProgrammePdf', { tripId: w.tripId }), 'host-programme-zh-Hans.pdf');
    const text = flat(await pdfText(file));
    expect(text).toContain('代表团名单');
    expect(text).not.toContain('代表團名單');
    const order = ['黄克强', '黄慧芬', '詹德礼'].map((n) => text.indexOf(n));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(text).toContain('Chief Executive Officer');
    expect(text).toContain('Meeting with Peking University');
    expect(text).not.toContain('Seminar run-through'); // internal
    for (const secret of [SECRET_NOTE, RESTRICTED, OPEN_BRIEF, DESCRIPTION]) expect(text).not.toContain(secret);
    expect(text).toContain('CX 312');
    expect(text).toContain('HKG');
    expect(text).toContain('京A·88888');
    expect(text).toContain('张伟');
  }, 60_000);

  it('can be had in English and 繁體', async () => {
    const en = flat(await pdfText(await save(await t.call('export.hostProgrammePdf', { tripId: w.tripId, language: 'en' }), 'host-programme-en.pdf')));
    expect(en).toContain('Programme for the hosts');
    expect(en).toContain('Albert Wong');
    expect(en).toContain('Arrivals and departures');
    const hant = flat(await pdfText(await save(await t.call('export.hostProgrammePdf', { tripId: w.tripId, language: 'zh-Hant' }), 'host-programme-zh-Hant.pdf')));
    expect(hant).toContain('代表團名單');
    expect(hant).toContain('黃克強');
  }, 60_000);
});
