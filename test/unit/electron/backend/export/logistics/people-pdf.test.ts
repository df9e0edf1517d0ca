// The member's itinerary and the principal's day summary printed by the real browser-mode PdfRenderer and read back
// with pdftotext: a member's own seat, room, car and driver and nobody else's; restricted briefing text only when
// asked; the three languages; the summary one page per day. First pages go to /tmp/people-shots as PNGs for a person.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportFile } from '../../../../../../shared/contract';
import { createBrowserPdfRenderer } from '../../../../../../electron/web/pdf';
import { addPeopleLogistics, PEOPLE, type PeopleTrip } from '../../../../../fixtures/people-logistics';
import { openTestBackend, type TestBackend } from '../../backend-fixture';
import { flat, pdfPages, pdfPngs, pdfText } from '../pdf/pdf-text';

const shots = '/tmp/people-shots';
let t: TestBackend;
let trip: PeopleTrip;

async function exportPdf(method: 'export.memberItineraryPdf' | 'export.principalSummaryPdf', name: string, input: Record<string, unknown>): Promise<{ file: string; text: string }> {
  const made = (await t.call(method, { tripId: trip.tripId, ...input } as never)) as ExportFile;
  expect(made.mime).toBe('application/pdf');
  const file = path.join(t.dir, name);
  await writeFile(file, t.bytesOf(made));
  return { file, text: flat(await pdfText(file, { layout: false })) };
}

beforeAll(async () => {
  t = await openTestBackend(undefined, { pdf: createBrowserPdfRenderer() });
  trip = await addPeopleLogistics((method, input) => t.call(method as never, input as never));
}, 60_000);

afterAll(() => t?.close());

describe("a member's itinerary PDF", () => {
  it("holds Fanny's seat, booking, room, car and driver, and none of Albert's seat or room", async () => {
    const { file, text } = await exportPdf('export.memberItineraryPdf', 'fanny.pdf', { memberId: trip.fanny });
    await pdfPngs(file, path.join(shots, 'member-itinerary-en'), 1, 2, 70);
    for (const mine of [PEOPLE.fannySeat, PEOPLE.fannyBooking, PEOPLE.fannyRoom, PEOPLE.plate, PEOPLE.driverZh, PEOPLE.fannyOnly, PEOPLE.pickUpAddress, 'Derek Chim', 'CX 390']) {
      expect(text, mine).toContain(mine);
    }
    for (const theirs of [PEOPLE.albertBooking, PEOPLE.albertRoom, 'SL-ALB', `Seat ${PEOPLE.albertSeat}`]) expect(text, theirs).not.toContain(theirs);
    expect(text).toContain('Personal itinerary');
    expect(text).toContain('For Fanny Wong');
  });

  it("holds Albert's and not Fanny's, and leaves out the event he does not attend", async () => {
    const { text } = await exportPdf('export.memberItineraryPdf', 'albert.pdf', { memberId: trip.albert });
    for (const mine of [PEOPLE.albertSeat, PEOPLE.albertBooking, PEOPLE.albertRoom, PEOPLE.plate]) expect(text, mine).toContain(mine);
    for (const theirs of [PEOPLE.fannySeat, PEOPLE.fannyBooking, PEOPLE.fannyRoom, 'SL-FAN', PEOPLE.fannyOnly]) expect(text, theirs).not.toContain(theirs);
  });

  it('prints restricted briefing text only when asked, and marks the copy', async () => {
    const plain = await exportPdf('export.memberItineraryPdf', 'plain.pdf', { memberId: trip.albert });
    expect(plain.text).toContain(PEOPLE.open);
    expect(plain.text).not.toContain(PEOPLE.restricted);
    const full = await exportPdf('export.memberItineraryPdf', 'full.pdf', { memberId: trip.albert, includeRestricted: true });
    expect(full.text).toContain(PEOPLE.restricted);
    expect(full.text).toContain('includes restricted briefing fields');
  });

  it('is worded in 繁體 and 简体', async () => {
    const hant = await exportPdf('export.memberItineraryPdf', 'hant.pdf', { memberId: trip.fanny, language: 'zh-Hant' });
    await pdfPngs(hant.file, path.join(shots, 'member-itinerary-zh-Hant'), 1, 1, 70);
    expect(hant.text).toContain('個人行程表');
    expect(hant.text).toContain(`座位 ${PEOPLE.fannySeat}`);
    expect(hant.text).toContain('當晚住宿');
    const hans = await exportPdf('export.memberItineraryPdf', 'hans.pdf', { memberId: trip.fanny, language: 'zh-Hans' });
    expect(hans.text).toContain('个人行程表');
    expect(hans.text).toContain('当晚住宿');
    expect(hans.text).toContain('张伟');
    expect(hans.text).not.toContain('個人行程表');
  }, 30_000);

  it('names a member the trip does not know as not found', async () => {
    const error = await t.fail('export.memberItineraryPdf', { tripId: trip.tripId, memberId: 'no-such-member' });
    expect(error.code).toBe('not-found');
  });
});

describe("the principal's day summary PDF", () => {
  it('gives each day of the trip one page, for the principal, with the car and his room', async () => {
    const { file, text } = await exportPdf('export.principalSummaryPdf', 'summary.pdf', {});
    await pdfPngs(file, path.join(shots, 'principal-summary-en'), 1, 3, 70);
    expect(await pdfPages(file)).toBe(3);
    expect(text).toContain('For Albert Wong');
    const day2 = flat(await pdfText(file, { page: 2, layout: false }));
    expect(day2).toContain('19 May 2025');
    expect(day2).toContain(PEOPLE.plate);
    expect(day2).toContain('Meeting with Peking University');
    expect(day2).toContain(PEOPLE.albertRoom);
    expect(text).toContain(PEOPLE.albertSeat);
    expect(text).not.toContain(PEOPLE.fannyOnly);
    expect(text).not.toContain(PEOPLE.fannyRoom);
    expect(text).not.toContain(PEOPLE.restricted);
  });

  it('prints one day when asked, in Chinese', async () => {
    const { file, text } = await exportPdf('export.principalSummaryPdf', 'summary-day.pdf', { date: '2025-05-19', language: 'zh-Hans' });
    expect(await pdfPages(file)).toBe(1);
    expect(text).toContain('每日行程摘要');
    expect(text).toContain('2025年5月19日');
  });

  it('refuses a date outside the trip, saying which days it has', async () => {
    const error = await t.fail('export.principalSummaryPdf', { tripId: trip.tripId, date: '2025-06-01' });
    expect(error.code).toBe('invalid-input');
    expect(error.message).toContain('2025-05-18 to 2025-05-20');
  });
});

describe("a crowded day in the principal's summary", () => {
  it('still fits its one page', async () => {
    // Sixteen more half-hour slots on the last day, each with a venue and a long Chinese address.
    for (let i = 0; i < 16; i++) {
      const start = Date.parse('2025-05-20T00:00:00.000Z') + i * 30 * 60_000;
      await t.call('events.create', {
        tripId: trip.tripId,
        title: `Courtesy call number ${i + 1} with a partner organisation of the science park`,
        start: new Date(start).toISOString(),
        end: new Date(start + 25 * 60_000).toISOString(),
        timeZone: 'Asia/Shanghai',
        memberIds: [trip.albert],
        venue: { en: 'Zhongguancun Science Park exhibition centre', zh: '中關村展示中心' },
        address: { en: '', zh: '北京市海淀区中关村大街甲59号文化大厦一层' },
      });
    }
    const { file, text } = await exportPdf('export.principalSummaryPdf', 'summary-crowded.pdf', {});
    await pdfPngs(file, path.join(shots, 'principal-summary-crowded'), 3, 3, 70);
    expect(text).toContain('Courtesy call number 16');
    expect(await pdfPages(file)).toBe(3);
  });
});
