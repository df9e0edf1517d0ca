// A row's plain Actions button opens React Aria's menu on first press (decision 023): the keys it answers to, and where
// each puts focus, are React Aria's own menu-button keys, so a menu opened from the plain button behaves as before.
import { describe, expect, it } from 'vitest';
import { openWithForKey } from '../../../../../../renderer/src/features/trips/rowMenuKeys';

const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; shiftKey: boolean }> = {}) => ({ key: k, ctrlKey: false, metaKey: false, shiftKey: false, ...mods });

describe('the plain Actions button', () => {
  it('opens on Enter, Space and ArrowDown with the first item focused, on ArrowUp with the last', () => {
    expect(openWithForKey(key('Enter'))).toBe('first');
    expect(openWithForKey(key(' '))).toBe('first');
    expect(openWithForKey(key('ArrowDown'))).toBe('first');
    expect(openWithForKey(key('ArrowUp'))).toBe('last');
  });

  it('leaves other keys alone: Tab moves on, shortcuts stay the app’s', () => {
    for (const k of ['Tab', 'Escape', 'a', 'ArrowLeft', '?']) expect(openWithForKey(key(k)), k).toBeUndefined();
    expect(openWithForKey(key('Enter', { ctrlKey: true }))).toBeUndefined();
    expect(openWithForKey(key('ArrowDown', { shiftKey: true }))).toBeUndefined();
    expect(openWithForKey(key(' ', { metaKey: true }))).toBeUndefined();
  });
});
