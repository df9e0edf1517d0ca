// The Export menu's keyboard: arrows wrap, Home/End jump, Escape and Tab leave, letters jump to a matching item.
import { describe, expect, it } from 'vitest';
import { menuMove, menuTypeAhead } from '../../../../../../renderer/src/features/exports/menuKeys';

describe('menuMove', () => {
  it('moves down and up, wrapping at the ends', () => {
    expect(menuMove('ArrowDown', 0, 3)).toEqual({ kind: 'focus', index: 1 });
    expect(menuMove('ArrowDown', 2, 3)).toEqual({ kind: 'focus', index: 0 });
    expect(menuMove('ArrowUp', 0, 3)).toEqual({ kind: 'focus', index: 2 });
    expect(menuMove('ArrowUp', -1, 3)).toEqual({ kind: 'focus', index: 2 });
    expect(menuMove('ArrowDown', -1, 3)).toEqual({ kind: 'focus', index: 0 });
  });

  it('jumps with Home and End, and leaves with Escape and Tab', () => {
    expect(menuMove('Home', 2, 3)).toEqual({ kind: 'focus', index: 0 });
    expect(menuMove('End', 0, 3)).toEqual({ kind: 'focus', index: 2 });
    expect(menuMove('Escape', 1, 3)).toEqual({ kind: 'close' });
    expect(menuMove('Tab', 1, 3)).toEqual({ kind: 'tab' });
    expect(menuMove('x', 1, 3)).toEqual({ kind: 'none' });
    expect(menuMove('ArrowDown', -1, 0)).toEqual({ kind: 'none' });
  });
});

describe('menuTypeAhead', () => {
  const labels = ['Itinerary PDF…', 'Briefing pack PDF…', 'Post-trip report…', 'Press release draft…', 'Calendar (.ics)…'];
  it('finds the next item starting with the letter, after the current one, wrapping', () => {
    expect(menuTypeAhead(labels, 0, 'p')).toBe(2);
    expect(menuTypeAhead(labels, 2, 'P')).toBe(3);
    expect(menuTypeAhead(labels, 3, 'p')).toBe(2);
    expect(menuTypeAhead(labels, 4, 'i')).toBe(0);
    expect(menuTypeAhead(labels, 0, 'z')).toBe(-1);
  });
});
