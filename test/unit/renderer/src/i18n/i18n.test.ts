// English, Traditional and Simplified Chinese must offer exactly the same strings: a key missing in one language
// would show the raw key (or silently fall back to English) to the people reading the other.
import { describe, expect, it } from 'vitest';
import { en } from '../../../../../renderer/src/i18n/en';
import { isChinese, languageFor, languages } from '../../../../../renderer/src/i18n/languages';
import { zhHans } from '../../../../../renderer/src/i18n/zh-Hans';
import { zhHant } from '../../../../../renderer/src/i18n/zh-Hant';
import { traditionalOnly } from '../../../../support/traditional-only';

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
  it('en, zh-Hant and zh-Hans have exactly the same keys', () => {
    expect(keys(zhHant).sort()).toEqual(keys(en).sort());
    expect(keys(zhHans).sort()).toEqual(keys(en).sort());
  });

  it('every string is non-empty and uses the same {{placeholders}} in every language', () => {
    for (const path of keys(en)) {
      const english = leaf(en, path);
      expect(english.trim(), `en ${path}`).not.toBe('');
      for (const [code, tree] of [['zh-Hant', zhHant], ['zh-Hans', zhHans]] as const) {
        const chinese = leaf(tree, path);
        expect(chinese.trim(), `${code} ${path}`).not.toBe('');
        expect(placeholders(chinese), `placeholders of ${code} ${path}`).toEqual(placeholders(english));
      }
    }
  });

  it('no zh-Hans string holds a Traditional-only character', () => {
    const found = keys(en).flatMap((path) => traditionalOnly(leaf(zhHans, path)).map((c) => `${path}: ${c.char}→${c.simplified} in “${c.context}”`));
    expect(found).toEqual([]);
    // The same check does see Traditional text: the zh-Hant strings are full of it.
    expect(keys(en).some((path) => traditionalOnly(leaf(zhHant, path)).length > 0)).toBe(true);
  });

  it('zh-Hans speaks mainland words, not Hong Kong ones OpenCC leaves alone', () => {
    const all = keys(en).map((path) => leaf(zhHans, path)).join('\n');
    for (const hongKong of ['档案', '资料夹', '储存', '汇出', '汇入', '搜寻', '列印', '设定', '预设', '讯息', '网路', '软体', '「', '」']) {
      expect(all, hongKong).not.toContain(hongKong);
    }
    expect(leaf(zhHans, 'common.undo')).toBe('撤销');
    expect(leaf(zhHans, 'common.save')).toBe('保存');
    expect(leaf(zhHans, 'app.data')).toBe('数据与备份');
  });

  it('the home time zone is one term in each Chinese: the trip form, the trip page, the calendar and sync agree', () => {
    for (const [tree, term] of [[zhHant, '本地時區'], [zhHans, '本地时区']] as const) {
      expect(leaf(tree, 'form.homeTimeZone')).toBe(term);
      expect(leaf(tree, 'detail.homeTimeZone')).toBe(term);
      expect(leaf(tree, 'sync.fields.homeTimeZone')).toBe(term);
      expect(leaf(tree, 'itinerary.zones.home')).toContain(term);
      expect(leaf(tree, 'itinerary.zones.noteHome')).toContain(term);
    }
    expect(JSON.stringify(zhHant)).not.toMatch(/出發地時區[^；]/); // kept only for a journey's departure zone
  });
});

describe('the UI language from the browser', () => {
  it('reads Simplified for the mainland and Singapore, Traditional for Taiwan, Hong Kong and Macao', () => {
    for (const tag of ['zh-CN', 'zh-SG', 'zh-Hans', 'zh-Hans-CN', 'zh-Hans-HK', 'zh_CN']) expect(languageFor(tag), tag).toBe('zh-Hans');
    for (const tag of ['zh-TW', 'zh-HK', 'zh-MO', 'zh-Hant', 'zh-Hant-CN', 'zh']) expect(languageFor(tag), tag).toBe('zh-Hant');
    for (const tag of ['en-US', 'en-GB', 'fr-FR', 'ja-JP']) expect(languageFor(tag), tag).toBe('en');
  });

  it('offers all three languages, each under its own name', () => {
    expect(languages.map((l) => [l.code, l.label])).toEqual([
      ['en', 'English'],
      ['zh-Hant', '繁體中文'],
      ['zh-Hans', '简体中文'],
    ]);
    expect(languages.filter((l) => isChinese(l.code)).map((l) => l.code)).toEqual(['zh-Hant', 'zh-Hans']);
  });
});
