import { describe, expect, it } from 'vitest';
import { applyChanges, capStamp, emptyState, recordValues } from '../../../../../shared/domain/sync/merge';
import { HlcClock, parseHlc } from '../../../../../shared/domain/hlc';
import { loadNoteDoc, noteUpdateFromEdit, seedNote } from '../../../../../shared/domain/sync/notes';
import { change, stamp } from './helpers';

const DAY = 24 * 60 * 60 * 1000;
const values = (state: ReturnType<typeof emptyState>, key = 'events/e1') => recordValues(state.records[key]!);

describe('merging changes', () => {
  it('keeps, per field, the value with the highest stamp, whatever the order', () => {
    const a = change('devA', 100, 'e1', { title: 'Visit', place: 'Hall' });
    const b = change('devB', 200, 'e1', { title: 'Port visit' });
    const forward = applyChanges(emptyState(), [a, b]).state;
    const backward = applyChanges(emptyState(), [b, a]).state;
    expect(values(forward)).toEqual({ id: 'e1', tripId: 't1', title: 'Port visit', place: 'Hall' });
    expect(backward).toEqual(forward);
  });

  it('is idempotent: a change applied twice changes nothing more', () => {
    const a = change('devA', 100, 'e1', { title: 'Visit' });
    const once = applyChanges(emptyState(), [a]);
    const twice = applyChanges(once.state, [a, a]);
    expect(twice.state).toEqual(once.state);
    expect(twice.effects).toEqual([]);
    expect(twice.review).toEqual([]);
  });

  it('keeps deletes as tombstones, and a newer restore brings the record back', () => {
    const created = change('devA', 100, 'e1', { title: 'Visit', deleted: false });
    const deleted = change('devB', 200, 'e1', { deleted: true });
    const restored = change('devA', 300, 'e1', { deleted: false });
    const gone = applyChanges(emptyState(), [created, deleted]).state;
    expect(values(gone)).toMatchObject({ title: 'Visit', deleted: true });
    expect(values(applyChanges(gone, [restored]).state)).toMatchObject({ title: 'Visit', deleted: false });
    expect(values(applyChanges(emptyState(), [restored, deleted, created]).state).deleted).toBe(false);
  });

  it('treats null as a cleared field', () => {
    const set = change('devA', 100, 'e1', { title: 'Visit', place: 'Hall' });
    const cleared = change('devA', 200, 'e1', { place: null });
    const state = applyChanges(emptyState(), [set, cleared]).state;
    expect(values(state)).toEqual({ id: 'e1', tripId: 't1', title: 'Visit' });
  });

  it('lists a concurrent overwrite for review, with both values, whichever arrives first', () => {
    const a = change('devA', 100, 'e1', { title: 'Visit to the port' });
    const b = change('devB', 200, 'e1', { title: 'Port visit' });
    const expected = [
      {
        collection: 'events', id: 'e1', tripId: 't1', field: 'title',
        kept: { value: 'Port visit', device: 'devB', stamp: b.hlc },
        other: { value: 'Visit to the port', device: 'devA', stamp: a.hlc },
      },
    ];
    expect(applyChanges(applyChanges(emptyState(), [a]).state, [b]).review).toEqual(expected);
    expect(applyChanges(applyChanges(emptyState(), [b]).state, [a]).review).toEqual(expected);
  });

  it('does not list an edit made after seeing the value it replaces', () => {
    const a = change('devA', 100, 'e1', { title: 'Visit' });
    const b = change('devB', 200, 'e1', { title: 'Port visit' });
    const onA = applyChanges(emptyState(), [a]).state;
    expect(applyChanges(onA, [b], { seen: { devA: a.hlc } }).review).toEqual([]);
    // Same for a device that receives both, in either order.
    const onC = applyChanges(applyChanges(emptyState(), [b], { seen: { devA: a.hlc } }).state, [a]);
    expect(onC.review).toEqual([]);
    expect(values(onC.state).title).toBe('Port visit');
  });

  it('does not list two devices setting the same value, nor one device overwriting itself', () => {
    const a = change('devA', 100, 'e1', { title: 'Visit' });
    const b = change('devB', 200, 'e1', { title: 'Visit' });
    const a2 = change('devA', 300, 'e1', { title: 'Visit 2' });
    expect(applyChanges(emptyState(), [a, b]).review).toEqual([]);
    expect(applyChanges(emptyState(), [a, a2]).review).toEqual([]);
  });

  it('accepts a far-future stamp but caps what our clock observes, and reports it', () => {
    const now = 1_000 * DAY;
    const ahead = change('devB', now + 3 * DAY, 'e1', { title: 'From the future' });
    const result = applyChanges(emptyState(), [ahead], { now });
    expect(values(result.state).title).toBe('From the future');
    expect(result.future).toEqual([{ device: 'devB', stamp: ahead.hlc, aheadMs: 3 * DAY }]);
    expect(parseHlc(result.observe!).ms).toBe(now + DAY);
    const clock = new HlcClock('devA', () => now);
    clock.observe(result.observe!);
    expect(parseHlc(clock.tick()).ms).toBeLessThanOrEqual(now + DAY);
    expect(capStamp(stamp(now + 1000, 'devB'), now)).toBe(stamp(now + 1000, 'devB'));
    expect(applyChanges(emptyState(), [change('devB', now + DAY - 1, 'e1', {})], { now }).future).toEqual([]);
  });

  it('reports what changed for the store, and nothing when a change lost', () => {
    const newer = change('devB', 200, 'e1', { title: 'Port visit', place: 'Pier' });
    const older = change('devA', 100, 'e1', { title: 'Visit' });
    const first = applyChanges(emptyState(), [newer]);
    expect(first.effects).toEqual([{ collection: 'events', id: 'e1', tripId: 't1', fields: { title: 'Port visit', place: 'Pier' } }]);
    expect(applyChanges(first.state, [older]).effects).toEqual([]);
  });

  it('merges note bodies as text, keeping every author', () => {
    const { update: seed } = seedNote('Agenda');
    const onB = loadNoteDoc([seed]);
    const edit = noteUpdateFromEdit(onB, 'Agenda', 'Agenda: ports')!;
    const create = change('devA', 100, 'n1', { title: 'Mayor', body: { yjs: seed } }, { collection: 'notes' });
    const append = change('devB', 200, 'n1', { body: { yjs: edit } }, { collection: 'notes' });
    const result = applyChanges(emptyState(), [append, create]);
    const note = result.state.records['notes/n1']!;
    expect(recordValues(note)).toMatchObject({ title: 'Mayor', body: 'Agenda: ports' });
    expect(note.fields.body).toMatchObject({ kind: 'text', authors: ['devA', 'devB'] });
    expect(result.effects[0]!.fields.body).toBe('Agenda: ports');
    expect(applyChanges(emptyState(), [create, append, create]).state).toEqual(result.state);
  });

  it('credits both authors when two devices make a byte-identical text update, in either order', () => {
    const { update: seed } = seedNote('ab');
    // Each device loads the note afresh (its own Yjs client) and deletes the same character.
    const cut = () => noteUpdateFromEdit(loadNoteDoc([seed]), 'ab', 'b')!;
    const create = change('devA', 100, 'n1', { body: { yjs: seed } }, { collection: 'notes' });
    const byB = change('devB', 200, 'n1', { body: { yjs: cut() } }, { collection: 'notes' });
    const byC = change('devC', 300, 'n1', { body: { yjs: cut() } }, { collection: 'notes' });
    expect(byB.fields.body).toEqual(byC.fields.body);
    const one = applyChanges(emptyState(), [create, byB, byC]).state;
    expect(applyChanges(emptyState(), [byC, create, byB]).state).toEqual(one);
    expect(one.records['notes/n1']!.fields.body).toMatchObject({ authors: ['devA', 'devB', 'devC'], stamp: byC.hlc });
  });
});

describe('merge options for the engine', () => {
  it('without effects, and in place, reaches the same state and review as the pure default', () => {
    const a = change('devA', 100, 'e1', { title: 'Visit', place: 'Hall' });
    const b = change('devB', 200, 'e1', { title: 'Port visit' });
    const c = change('devC', 150, 'e2', { title: 'Lunch' });
    const pure = applyChanges(applyChanges(emptyState(), [a]).state, [b, c]);

    const owned = emptyState();
    applyChanges(owned, [a], { inPlace: true, effects: false });
    const lean = applyChanges(owned, [b, c], { inPlace: true, effects: false });
    expect(lean.effects).toEqual([]);
    expect(lean.state).toBe(owned);
    expect(owned).toEqual(pure.state);
    expect(lean.review).toEqual(pure.review);
    expect(pure.effects.length).toBeGreaterThan(0);
  });

  it('leaves the given state untouched unless asked to work in place', () => {
    const start = applyChanges(emptyState(), [change('devA', 100, 'e1', { title: 'Visit' })]).state;
    const snapshot = JSON.parse(JSON.stringify(start)) as typeof start;
    applyChanges(start, [change('devB', 200, 'e1', { title: 'Port visit' })], { effects: false });
    expect(start).toEqual(snapshot);
  });
});
