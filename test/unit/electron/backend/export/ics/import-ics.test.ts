// import.icsPreview / icsApply: an Outlook file (Windows zone names, CRLF, folded lines, Chinese), the zones a file
// may or may not name, duplicates by UID, one undoable step, and files that are not calendars.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TestBackend } from '../../backend-fixture';
import { openTestBackend } from '../../backend-fixture';
import { buildRiyadhTrip } from './riyadh-trip';

const outlook = readFileSync(path.resolve(import.meta.dirname, '../../../../../fixtures/outlook-riyadh.ics'), 'utf8');
const uidOf = (n: number) => `040000008200E00074C5B7101A82E0080000000010D3A7E5B392DC01000000000000000010000000A${n}`;

let t: TestBackend;
beforeEach(async () => {
  t = await openTestBackend();
});
afterEach(async () => {
  await t.close();
});

/** A small calendar around the given VEVENT lines. */
function calendar(...events: string[][]): string {
  return ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Test//EN', ...events.flatMap((e) => ['BEGIN:VEVENT', ...e, 'END:VEVENT']), 'END:VCALENDAR', ''].join('\r\n');
}

describe('import.icsPreview with an Outlook file', () => {
  it('reads the fixture as written: CRLF, folded lines, Windows zones, a Chinese title', () => {
    expect(outlook).toContain('\r\n ');
    expect(outlook).toContain('TZID:Arab Standard Time');
    expect(outlook.split('\n').every((line) => line === '' || line.endsWith('\r'))).toBe(true);
  });

  it('previews every entry with the right instants and IANA zones', async () => {
    const { trip } = await buildRiyadhTrip(t);
    const { events } = await t.call('import.icsPreview', { tripId: trip.id, text: outlook });
    const byUid = new Map(events.map((e) => [e.uid, e]));
    // 14:30–16:00 "Arab Standard Time" (UTC+3) in Riyadh.
    expect(byUid.get(uidOf(1))).toMatchObject({
      title: '與沙特投資部會面 Meeting with the Ministry of Investment of Saudi Arabia (MISA) on fintech and AI',
      start: '2026-03-10T11:30:00.000Z',
      end: '2026-03-10T13:00:00.000Z',
      timeZone: 'Asia/Riyadh',
    });
    expect(byUid.get(uidOf(1))).not.toHaveProperty('existingEventId');
    expect(byUid.get(uidOf(2))).toMatchObject({ start: '2026-03-10T16:30:00.000Z', timeZone: 'Asia/Riyadh' });
    // A flight that leaves in "Arab" and lands in "Arabian Standard Time" (UTC+4).
    expect(byUid.get(uidOf(3))).toMatchObject({ start: '2026-03-11T07:00:00.000Z', end: '2026-03-11T09:05:00.000Z', timeZone: 'Asia/Riyadh', endTimeZone: 'Asia/Dubai' });
    // UTC times are shown in the zone of the trip's leg that day, and the preview says so.
    expect(byUid.get(uidOf(4))).toMatchObject({ start: '2026-03-12T08:00:00.000Z', timeZone: 'Asia/Dubai', issues: [{ code: 'utc', level: 'note', zone: 'Asia/Dubai' }] });
    expect(byUid.get(uidOf(5))).toMatchObject({ start: '', problem: expect.stringContaining('All-day entries are not imported'), issues: [{ code: 'all-day', level: 'problem' }] });
    // "China Standard Time" is Hong Kong's clock too, and Hong Kong is the delegation's home.
    expect(byUid.get(uidOf(6))).toMatchObject({ start: '2026-03-09T00:00:00.000Z', timeZone: 'Asia/Hong_Kong' });
    expect(events.at(-1)?.uid).toBe(uidOf(5));
  });

  it('imports the ticked entries as one undoable step, then recognises them as updates', async () => {
    const { trip } = await buildRiyadhTrip(t);
    const uids = [1, 2, 3, 4, 5].map(uidOf);
    expect(await t.call('import.icsApply', { tripId: trip.id, text: outlook, uids })).toEqual({ created: 4, updated: 0, skipped: 1 });

    const detail = await t.call('trips.get', { id: trip.id });
    expect(detail.events).toHaveLength(8);
    const meeting = detail.events.find((e) => e.icsUid === uidOf(1))!;
    expect(meeting).toMatchObject({
      kind: 'meeting',
      start: '2026-03-10T11:30:00.000Z',
      timeZone: 'Asia/Riyadh',
      status: 'confirmed',
      venue: { en: 'Ministry of Investment, King Fahd Road, Riyadh', zh: '' },
    });
    expect(meeting.description).toContain('fintech, AI and green finance. Bring the InvestHK brochure (English and Arabic).');
    expect(detail.events.find((e) => e.icsUid === uidOf(2))?.status).toBe('tentative');
    expect(detail.events.find((e) => e.icsUid === uidOf(3))).toMatchObject({ endTimeZone: 'Asia/Dubai' });
    expect(detail.events.some((e) => e.icsUid === uidOf(6))).toBe(false);

    const again = await t.call('import.icsPreview', { tripId: trip.id, text: outlook });
    const imported = again.events.filter((e) => uids.slice(0, 4).includes(e.uid));
    expect(imported.every((e) => e.existingEventId)).toBe(true);
    expect(await t.call('import.icsApply', { tripId: trip.id, text: outlook, uids: uids.slice(0, 4) })).toEqual({ created: 0, updated: 4, skipped: 0 });
    expect((await t.call('trips.get', { id: trip.id })).events).toHaveLength(8);

    // The second import changed nothing, so it left no step: one undo takes the whole import away.
    expect((await t.call('history.undo', { tripId: trip.id })).step).toMatchObject({ action: 'event.import' });
    expect((await t.call('trips.get', { id: trip.id })).events).toHaveLength(4);
  });

  it('updates the times of an event that moved in the calendar, keeping the planner’s own details', async () => {
    const { trip } = await buildRiyadhTrip(t);
    await t.call('import.icsApply', { tripId: trip.id, text: outlook, uids: [uidOf(1)] });
    const id = (await t.call('trips.get', { id: trip.id })).events.find((e) => e.icsUid === uidOf(1))!.id;
    await t.call('events.update', { id, tripId: trip.id, patch: { venue: { en: 'MISA HQ', zh: '投資部總部' } } });
    const moved = outlook.replace('20260310T143000', '20260310T150000');
    expect(await t.call('import.icsApply', { tripId: trip.id, text: moved, uids: [uidOf(1)] })).toEqual({ created: 0, updated: 1, skipped: 0 });
    const event = (await t.call('trips.get', { id: trip.id })).events.find((e) => e.id === id)!;
    expect(event).toMatchObject({ start: '2026-03-10T12:00:00.000Z', venue: { en: 'MISA HQ', zh: '投資部總部' } });
    expect((await t.call('history.undo', { tripId: trip.id })).step).toMatchObject({ action: 'event.import' });
    expect((await t.call('trips.get', { id: trip.id })).events.find((e) => e.id === id)?.start).toBe('2026-03-10T11:30:00.000Z');
  });
});

describe('zones a file may or may not name', () => {
  it('reads IANA TZIDs without a VTIMEZONE, floating times, unknown zone names and more', async () => {
    const { trip } = await buildRiyadhTrip(t);
    const text = calendar(
      ['UID:iana', 'SUMMARY:IANA zone', 'DTSTART;TZID=Asia/Dubai:20260312T100000', 'DTEND;TZID=Asia/Dubai:20260312T110000'],
      ['UID:floating', 'SUMMARY:Floating', 'DTSTART:20260310T100000', 'DURATION:PT45M'],
      ['UID:unknown', 'SUMMARY:Unknown zone', 'DTSTART;TZID=Mars Standard Time:20260312T100000', 'DTEND;TZID=Mars Standard Time:20260312T110000'],
      ['UID:windows', 'SUMMARY:Windows, no VTIMEZONE', 'DTSTART;TZID=GMT Standard Time:20260701T090000', 'DTEND;TZID=GMT Standard Time:20260701T100000'],
      ['UID:repeat', 'SUMMARY:Weekly', 'DTSTART;TZID=Asia/Dubai:20260312T100000', 'RRULE:FREQ=WEEKLY;COUNT=3'],
      ['UID:backwards', 'SUMMARY:Backwards', 'DTSTART:20260312T100000Z', 'DTEND:20260312T090000Z'],
      ['UID:iana', 'SUMMARY:Same UID again', 'DTSTART:20260312T100000Z'],
      ['SUMMARY:No UID', 'DTSTART:20260311T060000Z', 'DTEND:20260311T070000Z'],
    );
    const { events } = await t.call('import.icsPreview', { tripId: trip.id, text });
    const find = (title: string) => events.find((e) => e.title === title)!;
    expect(find('IANA zone')).toMatchObject({ start: '2026-03-12T06:00:00.000Z', timeZone: 'Asia/Dubai' });
    expect(find('IANA zone')).not.toHaveProperty('issues');
    expect(find('Floating')).toMatchObject({ start: '2026-03-10T07:00:00.000Z', end: '2026-03-10T07:45:00.000Z', timeZone: 'Asia/Riyadh', issues: [{ code: 'floating', zone: 'Asia/Riyadh' }] });
    expect(find('Unknown zone')).toMatchObject({ start: '2026-03-12T06:00:00.000Z', timeZone: 'Asia/Dubai', issues: [{ code: 'zone-unknown', value: 'Mars Standard Time', zone: 'Asia/Dubai' }] });
    // London in July is on summer time (UTC+1); outside the trip's dates, which the preview notes.
    expect(find('Windows, no VTIMEZONE')).toMatchObject({ start: '2026-07-01T08:00:00.000Z', timeZone: 'Europe/London', issues: [{ code: 'outside-trip' }] });
    expect(find('Weekly').problem).toMatch(/Repeating entries/);
    expect(find('Backwards').problem).toMatch(/ends before it starts/);
    expect(find('Same UID again').problem).toMatch(/same UID/);
    expect(find('No UID')).toMatchObject({ uid: expect.stringMatching(/@import$/), timeZone: 'Asia/Dubai' });
    expect(find('No UID').problem).toBeUndefined();

    const again = await t.call('import.icsPreview', { tripId: trip.id, text });
    expect(again.events.find((e) => e.title === 'No UID')?.uid).toBe(find('No UID').uid);
  });
});

describe('files that cannot be imported', () => {
  it('refuses a file that is not a calendar, clearly, and changes nothing', async () => {
    const { trip } = await buildRiyadhTrip(t);
    const before = await t.call('trips.get', { id: trip.id });
    for (const text of ['Name,Email\nAlice,alice@example.com', 'BEGIN:VCALENDAR\r\nthis line has no colon\r\nEND:VCALENDAR', '']) {
      const error = await t.fail('import.icsPreview', { tripId: trip.id, text });
      expect(error.code).toBe('invalid-input');
      expect(error.message).toMatch(/^The file is not a calendar file \(iCalendar\): .+\. Nothing was imported\.$/);
      expect((await t.fail('import.icsApply', { tripId: trip.id, text, uids: [] })).code).toBe('invalid-input');
    }
    expect(await t.call('trips.get', { id: trip.id })).toEqual(before);
  });

  it('refuses UIDs that are not in the file, importing nothing', async () => {
    const { trip } = await buildRiyadhTrip(t);
    const error = await t.fail('import.icsApply', { tripId: trip.id, text: outlook, uids: [uidOf(1), 'made-up'] });
    expect(error).toMatchObject({ code: 'invalid-input', message: expect.stringContaining('made-up') });
    expect((await t.call('trips.get', { id: trip.id })).events).toHaveLength(4);
  });

  it('skips and counts an entry that would not make a valid event', async () => {
    const { trip } = await buildRiyadhTrip(t);
    const text = calendar(['UID:ok', 'SUMMARY:Fine', 'DTSTART:20260312T100000Z', 'DTEND:20260312T110000Z'], ['UID:odd', 'SUMMARY:Year 10000', 'DTSTART:99991231T230000Z', 'DURATION:P2D']);
    expect(await t.call('import.icsApply', { tripId: trip.id, text, uids: ['ok', 'odd'] })).toEqual({ created: 1, updated: 0, skipped: 1 });
    expect((await t.fail('import.icsPreview', { tripId: 'no-such-trip', text })).code).toBe('not-found');
  });
});
