// The editor's journey details (issue 14.1): mode, carrier, number, each end's terminal and every passenger's seat,
// class and booking reference, carried to the event and back; passengers follow the members ticked.
import { describe, expect, it } from 'vitest';
import { emptyBriefing, type TripEvent } from '../../../../../../shared/model';
import { fieldForPath, issuePath } from '../../../../../../renderer/src/components/forms/issuePaths';
import { draftFromEvent, draftToFields, EventForm, eventFieldMap, travelFields } from '../../../../../../renderer/src/features/events/eventForm';
import { passengerValues, withPassenger } from '../../../../../../renderer/src/features/events/travelForm';

const meta = { createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', deleted: false };
const flight: TripEvent = {
  id: 'cx906', ...meta, tripId: 'trip', kind: 'travel', title: 'To Shanghai', start: '2027-03-10T01:30:00.000Z', end: '2027-03-10T03:55:00.000Z',
  timeZone: 'Asia/Hong_Kong', endTimeZone: 'Asia/Shanghai', venue: { en: '', zh: '' }, address: { en: '', zh: '' }, memberIds: ['alice', 'bob'],
  contactIds: [], organisationIds: [], status: 'confirmed', description: '', briefing: emptyBriefing,
  travel: {
    mode: 'flight', carrier: 'CX', number: '906',
    from: { city: { en: 'Hong Kong', zh: '香港' }, place: { en: 'Hong Kong International Airport', zh: '香港國際機場' }, code: 'HKG', terminal: '1' },
    to: { city: { en: 'Shanghai', zh: '上海' }, place: { en: 'Pudong', zh: '浦東' }, code: 'PVG', terminal: 'T2' },
    passengers: [
      { memberId: 'alice', seat: '2A', cabin: 'Business', bookingRef: 'X7K2QP' },
      { memberId: 'bob', seat: '31C', cabin: 'Economy', bookingRef: 'X7K2QR' },
    ],
  },
};

describe('a journey’s details in the editor', () => {
  it('shows mode, carrier, number, terminals and seats in the form and saves them back unchanged', () => {
    const draft = draftFromEvent(flight);
    expect(draft).toMatchObject({ mode: 'flight', carrier: 'CX', number: '906', fromTerminal: '1', toTerminal: 'T2' });
    expect(passengerValues(draft, 'bob')).toEqual({ memberId: 'bob', seat: '31C', cabin: 'Economy', bookingRef: 'X7K2QR' });
    expect(EventForm.safeParse(draft).success).toBe(true);
    expect(draftToFields(draft).travel).toEqual(flight.travel);
  });

  it('keeps a passenger only while they are on the event and have something typed, in the members’ order', () => {
    const draft = draftFromEvent(flight);
    const typed = { ...draft, memberIds: ['carol', 'alice'], passengers: withPassenger(draft, { memberId: 'carol', seat: ' 1A ', cabin: '', bookingRef: '' }) };
    expect(travelFields(typed)?.passengers).toEqual([
      { memberId: 'carol', seat: '1A', cabin: '', bookingRef: '' },
      { memberId: 'alice', seat: '2A', cabin: 'Business', bookingRef: 'X7K2QP' },
    ]);
    // Ticked off and on again: what was typed for them is still there.
    const untick = { ...typed, memberIds: ['alice'] };
    expect(passengerValues(untick, 'carol').seat).toBe(' 1A ');
    const blank = { ...typed, passengers: withPassenger(typed, { memberId: 'carol', seat: '', cabin: '', bookingRef: '' }) };
    expect(travelFields(blank)?.passengers?.map((p) => p.memberId)).toEqual(['alice']);
  });

  it('stores a journey with only its carrier and number typed, and nothing for an event that is not a journey', () => {
    const none = { ...draftFromEvent({ ...flight, travel: undefined }), carrier: ' MU ', number: '5001' };
    expect(travelFields(none)).toEqual({ carrier: 'MU', number: '5001' });
    expect(travelFields({ ...none, kind: 'meeting' })).toBeUndefined();
  });

  it('shows the backend’s problems with these fields on them', () => {
    const field = (path: string): string => fieldForPath(issuePath(path), eventFieldMap) ?? 'form';
    expect(field('travel.number')).toBe('number');
    expect(field('patch.travel.to.terminal')).toBe('toTerminal');
    expect(field('travel.carrier')).toBe('carrier');
  });
});
