// The app speaks to its reader one way in Chinese: 你, as Hong Kong government sites and the rest of our strings do.
// Seven strings once said 您 (the sync review, the CSV import, the merge dialog) beside hundreds that said 你.
import { describe, expect, it } from 'vitest';
import { zhHans } from '../../../../../renderer/src/i18n/zh-Hans';
import { zhHant } from '../../../../../renderer/src/i18n/zh-Hant';

function strings(tree: object, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? strings(value as object, `${prefix}${key}.`) : [[`${prefix}${key}`, String(value)] as [string, string]],
  );
}

describe('the reader addressed in Chinese', () => {
  it('as 你 in every zh-Hant and zh-Hans string, never 您', () => {
    for (const [code, tree] of [['zh-Hant', zhHant], ['zh-Hans', zhHans]] as const) {
      const polite = strings(tree).filter(([, text]) => text.includes('您'));
      expect(polite.map(([path]) => `${code} ${path}`)).toEqual([]);
      // The check reads the strings it means to: the reader is addressed in them.
      expect(strings(tree).filter(([, text]) => text.includes('你')).length).toBeGreaterThan(10);
    }
  });
});
