// The event form's logic: local date/time/zone ⇄ instants (across zones and a DST change), checks in words,
// the backend's issues on the right fields, and the members checklist order.
import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { emptyBriefing, type Member, type TripEvent } from '../../../../../../shared/model';
import { fieldForPath, issuePath, placeIssues } from '../../../../../../renderer/src/components/forms/issuePaths';
import { flattenErrors, schemaResolver } from '../../../../../../renderer/src/components/forms/schemaForm';
import { draftForCreate, draftFromEvent, draftToFields, EventForm, eventFieldMap, eventMessages, membersForChecklist, type EventValues } from '../../../../../../renderer/src/features/events/eventForm';

const t = ((key: string, values?: Record<string, unknown>) => (values ? `${key} ${JSON.stringify(values)}` : key)) as unknown as TFunction;
const fieldForIssue = (path: string): string => fieldForPath(issuePath(path), eventFieldMap) ?? 'form';
/** The form's own check, as the editor runs it on Save. */
async function validateEventDraft(draft: EventValues, tr: TFunction): Promise<Record<string, string>> {
  const { errors } = await schemaResolver<EventValues>(EventForm, eventMessages(tr))(draft, undefined, { fields: {}, shouldUseNativeValidation: false });
  return flattenErrors(errors);
}
const meta = { createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', deleted: false };

function event(extra: Partial<TripEvent> = {}): TripEvent {
  return {
    id: 'e1', ...meta, tripId: 't1', kind: 'meeting', title: 'Meet the bureau',
    start: '2027-03-10T01:30:00.000Z', end: '2027-03-10T03:00:00.000Z', timeZone: 'Asia/Shanghai',
    venue: { en: 'City Hall', zh: '市政府' }, address: { en: '1 Road, Hangzhou', zh: '杭州一路' },
    memberIds: ['m1'], contactIds: ['c1'], organisationIds: ['o1'], status: 'confirmed', description: 'Agenda', briefing: emptyBriefing,
    ...extra,
  };
}

describe('event draft ⇄ event', () => {
  it('shows instants as local date and time in the event’s zone, and converts them back unchanged', () => {
    const draft = draftFromEvent(event());
    expect(draft).toMatchObject({ startDate: '2027-03-10', startTime: '09:30', endDate: '2027-03-10', endTime: '11:00', timeZone: 'Asia/Shanghai', endTimeZone: '' });
    const fields = draftToFields(draft, event());
    expect(fields).toMatchObject({ start: '2027-03-10T01:30:00.000Z', end: '2027-03-10T03:00:00.000Z', timeZone: 'Asia/Shanghai', venue: { en: 'City Hall', zh: '市政府' } });
    expect(fields).not.toHaveProperty('endTimeZone');
  });

  it('reads a flight’s end in its arrival zone (Hong Kong 08:05 → Riyadh 12:40)', () => {
    const draft = { ...draftForCreate('2027-03-10T00:05:00.000Z', '2027-03-10T01:05:00.000Z', 'Asia/Hong_Kong'), kind: 'travel' as const, title: 'CX 345' };
    expect(draft.startTime).toBe('08:05');
    const fields = draftToFields({ ...draft, endTime: '12:40', endTimeZone: 'Asia/Riyadh' });
    expect(fields.start).toBe('2027-03-10T00:05:00.000Z');
    expect(fields.end).toBe('2027-03-10T09:40:00.000Z');
    expect(fields.endTimeZone).toBe('Asia/Riyadh');
    expect(draftFromEvent({ ...event(), ...fields } as TripEvent)).toMatchObject({ endTime: '12:40', endTimeZone: 'Asia/Riyadh' });
  });

  it('ignores an arrival zone once the event is no longer travel, and resets a stored one to the start zone', () => {
    const travel = event({ kind: 'travel', endTimeZone: 'Asia/Riyadh' });
    const draft = { ...draftFromEvent(travel), kind: 'meeting' as const };
    expect(draftToFields(draft, travel).endTimeZone).toBe('Asia/Shanghai');
  });

  it('keeps the wall time across the London clock change (26 Oct 2025)', () => {
    const draft = { ...draftForCreate('2025-10-24T08:00:00.000Z', '2025-10-24T09:00:00.000Z', 'Europe/London'), title: 'x' };
    expect(draft.startTime).toBe('09:00');
    const after = draftToFields({ ...draft, startDate: '2025-10-27', endDate: '2025-10-27' });
    expect(after.start).toBe('2025-10-27T09:00:00.000Z');
  });
});

describe('event checks', () => {
  const good = { ...draftFromEvent(event()) };
  it('accepts a complete draft', async () => {
    expect(await validateEventDraft(good, t)).toEqual({});
  });
  it('asks for a title and says when the end is before the start', async () => {
    const errors = await validateEventDraft({ ...good, title: '  ', endTime: '08:00' }, t);
    expect(errors.title).toBe('events.errors.title');
    expect(errors.endTime).toBe('events.errors.endBeforeStart');
  });
  it('names an unknown zone, a missing time and an impossible date', async () => {
    const errors = await validateEventDraft({ ...good, timeZone: 'Mars/Olympus', startTime: '', endDate: '2027-02-30' }, t);
    expect(errors.timeZone).toContain('Mars/Olympus');
    expect(errors.startTime).toBe('events.errors.startTime');
    expect(errors.endDate).toBe('events.errors.date');
  });
  it('compares start and end as instants, so a flight landing "earlier" on the clock is fine', async () => {
    const flight = { ...good, kind: 'travel' as const, startTime: '23:00', endTime: '22:30', endTimeZone: 'Asia/Riyadh' };
    expect(await validateEventDraft(flight, t)).toEqual({});
  });
  it('names a bad arrival zone only on a journey, where the field is shown', async () => {
    expect((await validateEventDraft({ ...good, kind: 'travel', endTimeZone: 'Mars/Base' }, t)).endTimeZone).toContain('Mars/Base');
    expect(await validateEventDraft({ ...good, endTimeZone: 'Mars/Base' }, t)).toEqual({});
  });
});

describe('backend issues on fields', () => {
  it('maps create and patch paths to the form’s fields', () => {
    expect(fieldForIssue('end')).toBe('endTime');
    expect(fieldForIssue('patch.venue.zh')).toBe('venueZh');
    expect(fieldForIssue('memberIds.2')).toBe('memberIds');
    expect(fieldForIssue('tripId')).toBe('form');
    const errors = placeIssues({ issues: [{ path: ['patch', 'title'], message: 'too long' }, { path: ['x'], message: 'odd' }] }, eventFieldMap);
    expect(errors).toEqual({ fields: { title: 'too long' }, form: ['odd'] });
  });
});

describe('members checklist', () => {
  const m = (id: string, rank: number, en: string, deleted = false): Member =>
    ({ id, ...meta, deleted, rank, name: { en, zhHant: '', zhHans: '' }, title: '', organisation: '' }) as Member;
  it('lists the trip’s delegation first, each group by rank then name, without deleted members', () => {
    const { delegation, others } = membersForChecklist([m('a', 5, 'Zed'), m('b', 1, 'Amy'), m('c', 5, 'Bob'), m('d', 2, 'Dan'), m('e', 1, 'Gone', true)], ['a', 'c']);
    expect(delegation.map((x) => x.id)).toEqual(['c', 'a']);
    expect(others.map((x) => x.id)).toEqual(['b', 'd']);
  });
});
