// Which key presses mean undo or redo, and when the calendar may take them: never from a text field or a dialog,
// where Ctrl+Z belongs to the text being typed.
export type HistoryKey = 'undo' | 'redo' | null;

export function historyKey(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>): HistoryKey {
  if (!(e.ctrlKey || e.metaKey) || e.altKey) return null;
  const key = e.key.toLowerCase();
  if (key === 'z') return e.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !e.shiftKey) return 'redo';
  return null;
}

interface ElementLike {
  tagName: string;
  isContentEditable?: boolean;
  closest(selector: string): unknown;
}

/** True when the key press is the calendar's to take: focus is not in a field, and no dialog is open. */
export function calendarOwnsKeys(target: ElementLike | null, dialogOpen: boolean): boolean {
  if (dialogOpen) return false;
  if (!target) return true;
  if (['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) || target.isContentEditable) return false;
  return !target.closest('dialog, [role="dialog"], [role="alertdialog"]');
}
