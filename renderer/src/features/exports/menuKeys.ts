// The keyboard of a menu (WAI-ARIA menu button pattern): which item a key moves to, wrapping at the ends.

export type MenuMove = { kind: 'focus'; index: number } | { kind: 'close' } | { kind: 'tab' } | { kind: 'none' };

/** What `key` does in a menu of `count` items whose item `current` has focus (-1 when none has). */
export function menuMove(key: string, current: number, count: number): MenuMove {
  if (key === 'Escape') return { kind: 'close' };
  if (key === 'Tab') return { kind: 'tab' };
  if (count === 0) return { kind: 'none' };
  switch (key) {
    case 'ArrowDown':
      return { kind: 'focus', index: current < 0 ? 0 : (current + 1) % count };
    case 'ArrowUp':
      return { kind: 'focus', index: current < 0 ? count - 1 : (current - 1 + count) % count };
    case 'Home':
    case 'PageUp':
      return { kind: 'focus', index: 0 };
    case 'End':
    case 'PageDown':
      return { kind: 'focus', index: count - 1 };
    default:
      return { kind: 'none' };
  }
}

/** Typing a letter moves to the next item whose label starts with it, as menus in desktop apps do. */
export function menuTypeAhead(labels: string[], current: number, char: string): number {
  const wanted = char.toLocaleLowerCase();
  for (let step = 1; step <= labels.length; step++) {
    const index = (current + step) % labels.length;
    if (labels[index]?.trim().toLocaleLowerCase().startsWith(wanted)) return index;
  }
  return -1;
}
