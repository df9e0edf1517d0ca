// The import preview's decisions: what starts ticked, what each row says, and how local times with zones read.
import { describe, expect, it } from 'vitest';
import type { IcsPreviewEvent } from '../../../../../../shared/contract';
import { chosenUids, initialSelection, localWhen, notesOf, problemOf, rowState } from '../../../../../../renderer/src/features/ics/icsLogic';

const base = { title: 'Meeting', start: '2026-03-10T11:30:00.000Z', end: '2026-03-10T13:00:00.000Z', timeZone: 'Asia/Riyadh' };
const fresh: IcsPreviewEvent = { ...base, uid: 'a' };
const update: IcsPreviewEvent = { ...base, uid: 'b', existingEventId: 'evt1', issues: [{ code: 'utc', level: 'note', zone: 'Asia/Riyadh' }] };
const allDay: IcsPreviewEvent = { ...base, uid: 'c', start: '', end: '', timeZone: '', problem: 'All-day…', issues: [{ code: 'all-day', level: 'problem' }] };

describe('ics import preview logic', () => {
  it('ticks every importable entry and none with a problem', () => {
    expect([...initialSelection([fresh, update, allDay])]).toEqual(['a', 'b']);
    expect([rowState(fresh), rowState(update), rowState(allDay)]).toEqual(['new', 'update', 'problem']);
  });

  it('sends only ticked, importable UIDs in preview order', () => {
    expect(chosenUids([fresh, update, allDay], new Set(['c', 'b']))).toEqual(['b']);
    expect(chosenUids([fresh, update, allDay], new Set(['b', 'a']))).toEqual(['a', 'b']);
  });

  it('separates the problem from the notes', () => {
    expect(problemOf(allDay)?.code).toBe('all-day');
    expect(problemOf(update)).toBeUndefined();
    expect(notesOf(update).map((n) => n.code)).toEqual(['utc']);
  });

  it('writes the wall clock where it happens, with the zone', () => {
    expect(localWhen('en', fresh.start, 'Asia/Riyadh')).toBe('10 Mar 2026 14:30 (Asia/Riyadh, GMT+3)');
    expect(localWhen('zh-Hant', fresh.start, 'Asia/Dubai')).toMatch(/^2026年3月10日 15:30 \(Asia\/Dubai, .*\+4\)$/);
    expect(localWhen('en', '', '')).toBe('—');
  });
});
