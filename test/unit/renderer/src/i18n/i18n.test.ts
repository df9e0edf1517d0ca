// English and Traditional Chinese must offer exactly the same strings: a key missing in one language would show
// the raw key (or silently fall back to English) to the people reading the other.
import { describe, expect, it } from 'vitest';
import { en } from '../../../../../renderer/src/i18n/en';
import { zhHant } from '../../../../../renderer/src/i18n/zh-Hant';

function keys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? keys(value as object, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1] ?? '').sort();
}

function leaf(tree: object, path: string): string {
  return path.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], tree) as string;
}

describe('renderer i18n resources', () => {
  it('en and zh-Hant have exactly the same keys', () => {
    expect(keys(zhHant).sort()).toEqual(keys(en).sort());
  });

  it('every string is non-empty and uses the same {{placeholders}} in both languages', () => {
    for (const path of keys(en)) {
      const english = leaf(en, path);
      const chinese = leaf(zhHant, path);
      expect(english.trim(), `en ${path}`).not.toBe('');
      expect(chinese.trim(), `zh-Hant ${path}`).not.toBe('');
      expect(placeholders(chinese), `placeholders of ${path}`).toEqual(placeholders(english));
    }
  });
});
