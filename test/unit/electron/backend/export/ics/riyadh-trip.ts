// A Hong Kong → Riyadh → Dubai trip built through the API, shared by the ICS tests: a flight that lands in another
// zone, meetings in both cities, one member on each meeting, restricted briefing text that must never leave.
import type { TestBackend } from '../../backend-fixture';

export const restrictedText = 'RESTRICTED: the Minister may raise the Aramco listing';

export async function buildRiyadhTrip(t: TestBackend) {
  const head = await t.call('members.create', { name: { en: 'Alice Wong', zhHant: '黃愛麗', zhHans: '' }, rank: 1 });
  const aide = await t.call('members.create', { name: { en: 'Ben Chan', zhHant: '陳斌', zhHans: '' }, rank: 2 });
  const misa = await t.call('organisations.create', { name: { en: 'Ministry of Investment', zhHant: '沙特投資部', zhHans: '' }, kind: 'government' });
  const minister = await t.call('contacts.create', { name: { en: 'Khalid Al-Faisal', zhHant: '', zhHans: '' }, title: 'Deputy Minister', organisationId: misa.id });
  const trip = await t.call('trips.create', {
    title: 'InvestHK: Riyadh / Dubai mission',
    startDate: '2026-03-09',
    endDate: '2026-03-13',
    homeTimeZone: 'Asia/Hong_Kong',
    memberIds: [head.id, aide.id],
    legs: [
      { city: 'Riyadh', country: 'Saudi Arabia', timeZone: 'Asia/Riyadh', startDate: '2026-03-09', endDate: '2026-03-11' },
      { city: 'Dubai', country: 'United Arab Emirates', timeZone: 'Asia/Dubai', startDate: '2026-03-11', endDate: '2026-03-13' },
    ],
  });
  const flight = await t.call('events.create', {
    tripId: trip.id,
    kind: 'travel',
    title: 'CX 645 Hong Kong → Riyadh',
    // 09:30 in Hong Kong, lands 14:00 in Riyadh.
    start: '2026-03-09T01:30:00.000Z',
    end: '2026-03-09T11:00:00.000Z',
    timeZone: 'Asia/Hong_Kong',
    endTimeZone: 'Asia/Riyadh',
    status: 'confirmed',
    memberIds: [head.id, aide.id],
  });
  const riyadh = await t.call('events.create', {
    tripId: trip.id,
    kind: 'meeting',
    title: 'Meeting with the Ministry of Investment',
    start: '2026-03-10T06:00:00.000Z',
    end: '2026-03-10T07:30:00.000Z',
    timeZone: 'Asia/Riyadh',
    venue: { en: 'Ministry of Investment', zh: '沙特投資部' },
    address: { en: 'King Fahd Road, Riyadh', zh: '利雅得法赫德國王路' },
    organisationIds: [misa.id],
    contactIds: [minister.id],
    memberIds: [head.id],
    status: 'confirmed',
    description: 'Hong Kong as the gateway to mainland China.',
    briefing: {
      background: { text: 'Public background', restricted: false },
      objectives: { text: restrictedText, restricted: true },
      talkingPoints: { text: '', restricted: false },
      previousInteractions: { text: '', restricted: false },
    },
  });
  const dubai = await t.call('events.create', {
    tripId: trip.id,
    kind: 'meeting',
    title: 'Dubai International Financial Centre',
    start: '2026-03-12T05:00:00.000Z',
    end: '2026-03-12T06:00:00.000Z',
    timeZone: 'Asia/Dubai',
    memberIds: [aide.id],
  });
  const cancelled = await t.call('events.create', {
    tripId: trip.id,
    kind: 'meal',
    title: 'Cancelled lunch',
    start: '2026-03-12T09:00:00.000Z',
    end: '2026-03-12T10:00:00.000Z',
    timeZone: 'Asia/Dubai',
    status: 'cancelled',
    memberIds: [aide.id],
  });
  return { trip, head, aide, flight, riyadh, dubai, cancelled };
}
