// Words on the calendar: travel labels with each end on its own clock, history steps in words, and which key
// presses undo or redo (never inside a text field or a dialog).
import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { historyText, travelParts } from '../../../../../../renderer/src/features/itinerary/eventText';
import { calendarOwnsKeys, historyKey } from '../../../../../../renderer/src/features/itinerary/shortcuts';

const legs = [{ id: 'ruh', city: 'Riyadh', country: '', timeZone: 'Asia/Riyadh', startDate: '2027-03-08', endDate: '2027-03-10' }];

describe('travelParts', () => {
  it('gives departure and arrival each in its own zone, named by the leg’s city or the zone’s', () => {
    const flight = { start: '2027-03-08T00:05:00.000Z', end: '2027-03-08T09:40:00.000Z', timeZone: 'Asia/Hong_Kong', endTimeZone: 'Asia/Riyadh' };
    expect(travelParts({ legs }, flight)).toEqual({ from: 'Hong Kong', departs: '08:05', to: 'Riyadh', arrives: '12:40', plusDays: 0 });
  });

  it('counts the days to a later arrival on the arrival clock (a red-eye lands +1)', () => {
    const redEye = { start: '2027-03-12T20:30:00.000Z', end: '2027-03-13T03:10:00.000Z', timeZone: 'Asia/Riyadh', endTimeZone: 'Asia/Hong_Kong' };
    expect(travelParts({ legs }, redEye)).toMatchObject({ departs: '23:30', arrives: '11:10', plusDays: 1 });
  });
});

describe('historyText', () => {
  const t = ((key: string, options?: { subject?: string }) => `${key}|${options?.subject ?? ''}`) as unknown as TFunction;

  it('words each known action with its subject', () => {
    expect(historyText(t, { action: 'event.move', subject: 'Lunch with Tsinghua' })).toBe('itinerary.history.event.move|Lunch with Tsinghua');
    expect(historyText(t, { action: 'organisation.merge', subject: 'HKSTP' })).toBe('itinerary.history.organisation.merge|HKSTP');
  });

  it('falls back to a general phrase for an action it does not know', () => {
    expect(historyText(t, { action: 'note.save', subject: 'Notes' })).toBe('itinerary.history.unknown|Notes');
    expect(historyText(t, { action: 'event.teleport', subject: 'X' })).toBe('itinerary.history.unknown|X');
  });
});

describe('undo and redo keys', () => {
  const press = (key: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey', boolean>> = {}) => ({
    key, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods,
  });

  it('reads Ctrl/Cmd+Z as undo, Ctrl/Cmd+Shift+Z and Ctrl+Y as redo, anything else as nothing', () => {
    expect(historyKey(press('z', { ctrlKey: true }))).toBe('undo');
    expect(historyKey(press('z', { metaKey: true }))).toBe('undo');
    expect(historyKey(press('Z', { ctrlKey: true, shiftKey: true }))).toBe('redo');
    expect(historyKey(press('y', { ctrlKey: true }))).toBe('redo');
    expect(historyKey(press('z'))).toBeNull();
    expect(historyKey(press('z', { ctrlKey: true, altKey: true }))).toBeNull();
  });

  it('leaves the keys to text fields and dialogs', () => {
    const element = (tagName: string, inDialog = false, isContentEditable = false) => ({ tagName, isContentEditable, closest: () => (inDialog ? {} : null) });
    expect(calendarOwnsKeys(null, false)).toBe(true);
    expect(calendarOwnsKeys(element('DIV'), false)).toBe(true);
    expect(calendarOwnsKeys(element('BUTTON'), false)).toBe(true);
    expect(calendarOwnsKeys(element('INPUT'), false)).toBe(false);
    expect(calendarOwnsKeys(element('TEXTAREA'), false)).toBe(false);
    expect(calendarOwnsKeys(element('DIV', false, true), false)).toBe(false);
    expect(calendarOwnsKeys(element('BUTTON', true), false)).toBe(false);
    expect(calendarOwnsKeys(element('DIV'), true)).toBe(false);
  });
});
