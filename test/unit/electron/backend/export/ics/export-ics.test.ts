// export.ics read back with a real parser (ical.js): every instant and zone as stored, real VTIMEZONEs, one member's
// calendar, nothing restricted, a file name people can keep.
import ICAL from 'ical.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TestBackend } from '../../backend-fixture';
import { openTestBackend } from '../../backend-fixture';
import { icsFileName } from '../../../../../../electron/backend/export/ics/write-ics';
import { buildRiyadhTrip, restrictedText } from './riyadh-trip';

let t: TestBackend;
beforeEach(async () => {
  t = await openTestBackend();
});
afterEach(async () => {
  await t.close();
});

function parse(base64: string) {
  const text = Buffer.from(base64, 'base64').toString('utf8');
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  const events = calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    return {
      uid: event.uid,
      summary: event.summary,
      location: event.location,
      description: event.description,
      status: vevent.getFirstPropertyValue('status'),
      start: event.startDate.toJSDate().toISOString(),
      end: event.endDate.toJSDate().toISOString(),
      startZone: vevent.getFirstProperty('dtstart')?.getParameter('tzid'),
      endZone: vevent.getFirstProperty('dtend')?.getParameter('tzid'),
    };
  });
  const zones = calendar.getAllSubcomponents('vtimezone').map((z) => z.getFirstPropertyValue('tzid'));
  return { text, calendar, events, zones };
}

describe('export.ics', () => {
  it('writes every event with its own zone, exact instants and one VTIMEZONE per zone', async () => {
    const { trip, flight, riyadh, dubai, cancelled } = await buildRiyadhTrip(t);
    const file = await t.call('export.ics', { tripId: trip.id });
    expect(file).toMatchObject({ fileName: 'InvestHK- Riyadh - Dubai mission.ics', mime: 'text/calendar' });
    const { text, events, zones } = parse(t.base64Of(file));

    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(events).toEqual([
      expect.objectContaining({ uid: `${flight.id}@delegation-planner`, start: flight.start, end: flight.end, startZone: 'Asia/Hong_Kong', endZone: 'Asia/Riyadh', status: 'CONFIRMED' }),
      expect.objectContaining({ uid: `${riyadh.id}@delegation-planner`, start: riyadh.start, end: riyadh.end, startZone: 'Asia/Riyadh', endZone: 'Asia/Riyadh', status: 'CONFIRMED' }),
      expect.objectContaining({ uid: `${dubai.id}@delegation-planner`, start: dubai.start, end: dubai.end, startZone: 'Asia/Dubai', endZone: 'Asia/Dubai', status: 'TENTATIVE' }),
      expect.objectContaining({ uid: `${cancelled.id}@delegation-planner`, start: cancelled.start, end: cancelled.end, startZone: 'Asia/Dubai', status: 'CANCELLED' }),
    ]);
    expect([...zones].sort()).toEqual(['Asia/Dubai', 'Asia/Hong_Kong', 'Asia/Riyadh']);
    // The wall clocks a reader sees: 09:30 in Hong Kong, landing 14:00 in Riyadh.
    expect(text).toContain('DTSTART;TZID=Asia/Hong_Kong:20260309T093000');
    expect(text).toContain('DTEND;TZID=Asia/Riyadh:20260309T140000');
    expect(text).toContain('DTSTART;TZID=Asia/Riyadh:20260310T090000');

    const meeting = events[1]!;
    expect(meeting.summary).toBe('Meeting with the Ministry of Investment');
    expect(meeting.location).toBe('Ministry of Investment, King Fahd Road, Riyadh / 沙特投資部，利雅得法赫德國王路');
    expect(meeting.description).toContain('Kind: Meeting');
    expect(meeting.description).toContain('Ministry of Investment (沙特投資部)');
    expect(meeting.description).toContain('Khalid Al-Faisal, Deputy Minister');
    expect(meeting.description).toContain('Hong Kong as the gateway to mainland China.');
    expect(text).not.toContain('Aramco');
    expect(text).not.toContain(restrictedText.slice(0, 20));
    expect(text).not.toContain('Public background');
  });

  it('exports only the events one member attends, named after them', async () => {
    const { trip, aide, dubai, cancelled, flight } = await buildRiyadhTrip(t);
    const file = await t.call('export.ics', { tripId: trip.id, memberId: aide.id });
    expect(file.fileName).toBe('InvestHK- Riyadh - Dubai mission - Ben Chan.ics');
    const { events, zones } = parse(t.base64Of(file));
    expect(events.map((e) => e.uid)).toEqual([flight, dubai, cancelled].map((e) => `${e.id}@delegation-planner`));
    expect([...zones].sort()).toEqual(['Asia/Dubai', 'Asia/Hong_Kong', 'Asia/Riyadh']);
    expect((await t.fail('export.ics', { tripId: trip.id, memberId: 'nobody' })).code).toBe('not-found');
  });

  it('keeps an imported UID on the way out, so a round trip updates rather than duplicates', async () => {
    const { trip, dubai } = await buildRiyadhTrip(t);
    await t.call('events.update', { id: dubai.id, tripId: trip.id, patch: { icsUid: 'outlook-123@example.com' } });
    const { events } = parse(t.base64Of(await t.call('export.ics', { tripId: trip.id })));
    expect(events.map((e) => e.uid)).toContain('outlook-123@example.com');
  });

  it('re-imports its own export as updates of the same events', async () => {
    const { trip } = await buildRiyadhTrip(t);
    const text = t.bytesOf(await t.call('export.ics', { tripId: trip.id })).toString('utf8');
    const preview = await t.call('import.icsPreview', { tripId: trip.id, text });
    expect(preview.events).toHaveLength(4);
    expect(preview.events.every((e) => e.existingEventId && !e.problem)).toBe(true);
    const flight = preview.events[0]!;
    expect(flight).toMatchObject({ timeZone: 'Asia/Hong_Kong', endTimeZone: 'Asia/Riyadh' });
    expect(await t.call('import.icsApply', { tripId: trip.id, text, uids: preview.events.map((e) => e.uid) })).toEqual({ created: 0, updated: 4, skipped: 0 });
    expect((await t.call('trips.get', { id: trip.id })).events).toHaveLength(4);
  });

  it('names each LOCATION from the trip, not the zone: the OASES train runs Hangzhou East → Shanghai Hongqiao (issue 9)', async () => {
    const { loaded } = await t.call('samples.load', {});
    const oases = loaded.find((x) => x.sampleKey === 'oases-hangzhou-shanghai-2025')!;
    const { events } = parse(t.base64Of(await t.call('export.ics', { tripId: oases.id })));
    const at = (title: string) => events.find((e) => e.summary.includes(title))!;
    expect(at('High-speed train').location).toBe('Hangzhou East Railway Station → Shanghai Hongqiao Railway Station / 杭州东站 → 上海虹桥站');
    expect(at('High-speed train').description).toContain('Departs from: Hangzhou East Railway Station, Hangzhou East Railway Station, Shangcheng District, Hangzhou');
    expect(at('Flight Shanghai → Hong Kong').location).toBe('Shanghai Hongqiao International Airport → Hong Kong International Airport / 上海虹桥国际机场 → 香港國際機場');
    // No venue typed: the city it happens in, Hangzhou in the morning of 15 May and Shanghai in the afternoon.
    expect(at('Visit to an AI enterprise').location).toBe('Hangzhou');
    expect(at('life and health technology').location).toBe('Shanghai');
  });

  it('makes safe file names', () => {
    expect(icsFileName('Trip: A/B "C" <D>?')).toBe('Trip- A-B -C- -D.ics');
    expect(icsFileName('香港代表團 利雅得')).toBe('香港代表團 利雅得.ics');
    expect(icsFileName('...')).toBe('trip.ics');
  });
});
