// What a press on a row's plain Actions button (TripRowMenu) asks of the menu it creates: React Aria's menu-button
// keys and pointers, so a menu opened from the plain button is focused as React Aria would have focused it.

/** Where the opened menu puts focus: its first item, its last, or (null) the menu itself, as after a mouse press. */
export type OpenWith = 'first' | 'last' | null;

/**
 * Enter, Space and ArrowDown open on the first item, ArrowUp on the last (React Aria's useMenuTrigger); other keys,
 * and these with a modifier, are left to the page. A mouse press opens with the menu itself focused; a press with no
 * pointer (a screen reader's click) on the first item; both are read from the pointer events in TripRowMenu.
 */
export function openWithForKey(event: { key: string; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean }): OpenWith | undefined {
  if (event.ctrlKey || event.metaKey || event.shiftKey) return undefined;
  if (event.key === 'Enter' || event.key === ' ' || event.key === 'ArrowDown') return 'first';
  if (event.key === 'ArrowUp') return 'last';
  return undefined;
}
