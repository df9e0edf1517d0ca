// Names of the data folder's own files (trips/index-<year>.json) are not trip ids: every method that takes a trip
// answers such an id as it would any trip that does not exist (a 4xx), never with an internal error.
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { z } from 'zod';
import { contract } from '../../../../shared/contract';
import type { TestBackend } from './backend-fixture';
import { hangzhouTrip, openTestBackend } from './backend-fixture';

const reserved = 'index-2025';
const event = { title: 'Courtesy call', start: '2025-05-14T01:00:00.000Z', end: '2025-05-14T02:00:00.000Z', timeZone: 'Asia/Shanghai' };
const ics = 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:u1\r\nDTSTART:20250514T010000Z\r\nDTEND:20250514T020000Z\r\nSUMMARY:Call\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n';

/** A valid input for every method that names a trip; a method added to the contract without one fails the test. */
const inputs: Record<string, Record<string, unknown>> = {
  'trips.get': { id: reserved },
  'trips.update': { id: reserved, patch: { title: 'Renamed' } },
  'trips.delete': { id: reserved },
  'trips.restore': { id: reserved },
  'trips.duplicate': { id: reserved, startDate: '2025-09-01' },
  'events.create': { tripId: reserved, ...event },
  'events.update': { id: 'e1', tripId: reserved, patch: { title: 'Renamed' } },
  'events.delete': { id: 'e1', tripId: reserved },
  'events.duplicate': { id: 'e1', tripId: reserved },
  'notes.save': { tripId: reserved, eventId: 'e1', body: 'Notes' },
  'notes.delete': { id: 'n1', tripId: reserved },
  'followups.create': { tripId: reserved, title: 'Send the brochure' },
  'followups.update': { id: 'f1', tripId: reserved, patch: { title: 'Renamed' } },
  'followups.setStatus': { id: 'f1', tripId: reserved, status: 'done' },
  'followups.delete': { id: 'f1', tripId: reserved },
  'export.itineraryPdf': { tripId: reserved },
  'export.briefingPdf': { tripId: reserved },
  'export.reportPdf': { tripId: reserved },
  'export.reportDocx': { tripId: reserved },
  'export.reportMarkdown': { tripId: reserved },
  'export.pressRelease': { tripId: reserved, language: 'en' },
  'export.ics': { tripId: reserved },
  'stays.create': { tripId: reserved, hotel: { en: 'Hotel', zh: '' }, checkIn: '2025-05-14', checkOut: '2025-05-15' },
  'stays.update': { id: 's1', tripId: reserved, patch: { notes: 'Late check-out' } },
  'stays.delete': { id: 's1', tripId: reserved },
  'vehicles.create': { tripId: reserved, label: 'Car 1' },
  'vehicles.update': { id: 'v1', tripId: reserved, patch: { plate: '京A·12345' } },
  'vehicles.delete': { id: 'v1', tripId: reserved },
  'rides.create': { tripId: reserved, vehicleId: 'v1', pickUpAt: '2025-05-14T00:30:00.000Z', timeZone: 'Asia/Shanghai' },
  'rides.update': { id: 'r1', tripId: reserved, patch: { notes: 'Side gate' } },
  'rides.delete': { id: 'r1', tripId: reserved },
  'rides.assignDay': { tripId: reserved, date: '2025-05-14' },
  'rides.moveMember': { tripId: reserved, memberId: 'm1', fromRideId: 'r1', toVehicleId: 'v2' },
  'export.memberItineraryPdf': { tripId: reserved, memberId: 'm1' },
  'export.driverSheetPdf': { tripId: reserved, vehicleId: 'v1' },
  'export.principalSummaryPdf': { tripId: reserved },
  'export.hostProgrammePdf': { tripId: reserved },
  'export.roomingList': { tripId: reserved, format: 'pdf' },
  'export.manifest': { tripId: reserved, format: 'csv' },
  'export.tripPack': { tripId: reserved },
  'import.icsPreview': { tripId: reserved, text: ics },
  'import.icsApply': { tripId: reserved, text: ics, uids: ['u1'] },
};
/** Filters and scopes: a trip that does not exist simply matches nothing. */
const answeredEmpty: Record<string, { input: Record<string, unknown>; result: unknown }> = {
  'followups.list': { input: { tripId: reserved, today: '2025-05-14' }, result: [] },
  'stays.list': { input: { tripId: reserved }, result: [] },
  'vehicles.list': { input: { tripId: reserved }, result: [] },
  'rides.list': { input: { tripId: reserved }, result: [] },
  'history.undo': { input: { tripId: reserved }, result: { step: null } },
  'history.redo': { input: { tripId: reserved }, result: { step: null } },
};

let t: TestBackend;
beforeEach(async () => {
  t = await openTestBackend(Date.parse('2025-03-01T02:00:00Z'), { pdf: { render: async () => new Uint8Array([37, 80, 68, 70]) } });
  // A real trip of 2025, so trips/index-2025.json exists on disk: the file a trip called index-2025 would collide with.
  const trip = await t.call('trips.create', hangzhouTrip);
  await t.call('events.create', { tripId: trip.id, ...event });
});
afterEach(() => t.close());

it('names every contract method that takes a trip id', () => {
  const named = Object.entries(contract)
    .filter(([method, def]) => {
      const shape = (def.input as unknown as { shape?: Record<string, z.ZodType> }).shape ?? {};
      return 'tripId' in shape || (method.startsWith('trips.') && 'id' in shape);
    })
    .map(([method]) => method);
  expect(named.sort()).toEqual([...Object.keys(inputs), ...Object.keys(answeredEmpty)].sort());
});

it.each(Object.entries(inputs))('%s answers a reserved trip id with a 4xx error, changing nothing', async (method, input) => {
  const before = await t.call('trips.list', {});
  const error = await t.fail(method as never, input);
  expect(['not-found', 'invalid-input']).toContain(error.code);
  expect(error.message).not.toMatch(/internal|not a trip id/);
  expect(await t.call('trips.list', {})).toEqual(before);
  const [trip] = before;
  expect((await t.call('trips.get', { id: trip!.id })).events).toHaveLength(1);
});

it.each(Object.entries(answeredEmpty))('%s answers a reserved trip id with nothing found', async (method, { input, result }) => {
  expect(await t.call(method as never, input as never)).toEqual(result);
});
