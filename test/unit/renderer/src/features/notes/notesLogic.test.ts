// Whose note is whose, templates per event kind, follow-up titles from selections, and when a local draft wins.
import { describe, expect, it } from 'vitest';
import type { Note } from '../../../../../../shared/model';
import { clearDraft, draftToRestore, readDraft, writeDraft } from '../../../../../../renderer/src/features/notes/noteSafetyCopy';
import { followUpTitle, splitNotes, templateBody, templateKind } from '../../../../../../renderer/src/features/notes/notesLogic';

const note = (id: string, authorId: string | undefined, updatedAt: string, extra: Partial<Note> = {}): Note => ({
  id, tripId: 't', eventId: 'e1', authorId, body: `body ${id}`, createdAt: updatedAt, updatedAt, deleted: false, ...extra,
});

describe('splitNotes', () => {
  it('picks my newest note and lists the others newest first, leaving out deleted, empty and other events', () => {
    const notes = [
      note('a', 'me', '2025-05-13T01:00:00.000Z'),
      note('b', 'bob', '2025-05-13T03:00:00.000Z'),
      note('c', 'me', '2025-05-13T02:00:00.000Z'),
      note('d', 'carol', '2025-05-13T04:00:00.000Z', { deleted: true }),
      note('e', 'carol', '2025-05-13T05:00:00.000Z', { eventId: 'e2' }),
      note('f', 'dan', '2025-05-13T06:00:00.000Z', { body: '  ' }),
    ];
    const { mine, others } = splitNotes(notes, 'e1', 'me');
    expect(mine?.id).toBe('c');
    expect(others.map((n) => n.id)).toEqual(['b', 'a']);
    expect(splitNotes(notes, 'e1', undefined).mine).toBeUndefined();
  });
});

describe('templates', () => {
  it('gives travel and hotel the general template and every other kind its own', () => {
    expect(templateKind('meeting')).toBe('meeting');
    expect(templateKind('site-visit')).toBe('site-visit');
    expect(templateKind('travel')).toBe('general');
    expect(templateKind('hotel')).toBe('general');
  });

  it('turns headings, one a line, into a markdown skeleton', () => {
    expect(templateBody('Objectives\nTalking points\n')).toBe('## Objectives\n\n\n## Talking points\n\n');
  });
});

describe('followUpTitle', () => {
  it('drops markdown markers and folds white space', () => {
    expect(followUpTitle('- **Send** the   MoU draft\n  by `Friday`')).toBe('Send the MoU draft by Friday');
    expect(followUpTitle('## Next steps')).toBe('Next steps');
    expect(followUpTitle('> 1. 安排參觀科學園')).toBe('安排參觀科學園');
  });

  it('cuts a long selection at a word, within the 500 characters a title takes', () => {
    const title = followUpTitle('word '.repeat(200));
    expect(title.length).toBeLessThanOrEqual(500);
    expect(title.endsWith('word…')).toBe(true);
  });
});

describe('note drafts', () => {
  const storage = () => {
    const map = new Map<string, string>();
    return { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v), removeItem: (k: string) => void map.delete(k), map };
  };

  it('are kept per event and author, and cleared', () => {
    const s = storage();
    writeDraft(s, { tripId: 't', eventId: 'e1', authorId: 'me', body: 'draft', changedAt: '2025-05-13T01:00:00.000Z' });
    expect(readDraft(s, 'e1', 'me')?.body).toBe('draft');
    expect(readDraft(s, 'e1', 'bob')).toBeUndefined();
    clearDraft(s, 'e1', 'me');
    expect(readDraft(s, 'e1', 'me')).toBeUndefined();
  });

  it('ignore a damaged entry, and report a full storage instead of throwing', () => {
    const s = storage();
    s.setItem('planner.noteDraft.e1.me', '{not json');
    expect(readDraft(s, 'e1', 'me')).toBeUndefined();
    const full = { ...s, setItem: () => { throw new Error('QuotaExceededError'); } };
    expect(writeDraft(full, { tripId: 't', eventId: 'e1', authorId: 'me', body: 'x', changedAt: '2025-05-13T01:00:00.000Z' })).toBe(false);
  });

  it('are restored only when they differ from the stored note and are newer', () => {
    const draft = { tripId: 't', eventId: 'e1', authorId: 'me', body: 'typed offline', changedAt: '2025-05-13T10:00:00.000Z' };
    expect(draftToRestore(draft, undefined)).toBe('typed offline');
    expect(draftToRestore({ ...draft, body: ' ' }, undefined)).toBeUndefined();
    expect(draftToRestore(draft, { body: 'typed offline', updatedAt: '2025-05-13T09:00:00.000Z' })).toBeUndefined();
    expect(draftToRestore(draft, { body: 'older', updatedAt: '2025-05-13T09:00:00.000Z' })).toBe('typed offline');
    // Our own last save landing a moment after the final keystroke still loses to the draft.
    expect(draftToRestore(draft, { body: 'typed offlin', updatedAt: '2025-05-13T10:00:03.000Z' })).toBe('typed offline');
    // A version stored well after the draft (merged from another laptop) wins.
    expect(draftToRestore(draft, { body: 'merged', updatedAt: '2025-05-14T10:00:00.000Z' })).toBeUndefined();
  });
});
