import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { loadNoteDoc, mergeNoteUpdates, noteUpdateFromEdit, NOTE_TEXT, seedNote, smallestEdit, StaleNoteEditError } from '../../../../../shared/domain/sync/notes';
import { fromBase64 } from '../../../../../shared/domain/sync/bytes';

describe('note bodies as Yjs text', () => {
  it('finds the smallest edit by common prefix and suffix', () => {
    expect(smallestEdit('hello world', 'hello brave world')).toEqual({ at: 6, remove: 0, insert: 'brave ' });
    expect(smallestEdit('abcdef', 'abef')).toEqual({ at: 2, remove: 2, insert: '' });
    expect(smallestEdit('same', 'same')).toEqual({ at: 4, remove: 0, insert: '' });
    expect(smallestEdit('', 'new')).toEqual({ at: 0, remove: 0, insert: 'new' });
    // 😀 and 😃 share their high surrogate; the edit must not split the pair.
    expect(smallestEdit('a😀b', 'a😃b')).toEqual({ at: 1, remove: 2, insert: '😃' });
  });

  it('sends only the changed characters, never the whole text', () => {
    const long = 'x'.repeat(5000);
    const { doc, update: seed } = seedNote(long);
    const update = noteUpdateFromEdit(doc, long, `${long}!`)!;
    expect(fromBase64(update).length).toBeLessThan(100);
    expect(mergeNoteUpdates([seed, update])).toBe(`${long}!`);
    expect(noteUpdateFromEdit(doc, `${long}!`, `${long}!`)).toBeUndefined();
  });

  it('keeps both devices’ concurrent edits to one note, in any order', () => {
    const { update: seed } = seedNote('Meeting with the mayor.');
    const onA = loadNoteDoc([seed]);
    const onB = loadNoteDoc([seed]);
    const a = noteUpdateFromEdit(onA, 'Meeting with the mayor.', 'Meeting with the mayor. Budget agreed.')!;
    const b = noteUpdateFromEdit(onB, 'Meeting with the mayor.', 'Morning meeting with the mayor.')!;
    const merged = mergeNoteUpdates([seed, a, b]);
    expect(merged).toBe('Morning meeting with the mayor. Budget agreed.');
    expect(mergeNoteUpdates([b, a, seed, a])).toBe(merged);
  });

  it('keeps both insertions when two devices type at the same place', () => {
    const { update: seed } = seedNote('Notes:');
    const onA = loadNoteDoc([seed]);
    const onB = loadNoteDoc([seed]);
    const a = noteUpdateFromEdit(onA, 'Notes:', 'Notes: port visit')!;
    const b = noteUpdateFromEdit(onB, 'Notes:', 'Notes: trade fair')!;
    const merged = mergeNoteUpdates([seed, b, a]);
    expect(merged).toContain(' port visit');
    expect(merged).toContain(' trade fair');
  });

  it('refuses an edit made against text the doc no longer has', () => {
    const { doc } = seedNote('one');
    expect(() => noteUpdateFromEdit(doc, 'stale', 'two')).toThrow(StaleNoteEditError);
    expect(doc.getText(NOTE_TEXT).toString()).toBe('one');
  });

  it('duplicates the text when a second device seeds the same note, which is why only the creator seeds', () => {
    const first = seedNote('Agenda').update;
    const second = seedNote('Agenda').update;
    expect(mergeNoteUpdates([first, second])).toBe('AgendaAgenda');
    const doc = new Y.Doc();
    expect(doc.getText(NOTE_TEXT).toString()).toBe('');
  });
});
