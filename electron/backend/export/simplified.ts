// 简体 documents: each one is written as its 繁體 twin (names taken from the stored Simplified spelling) and then
// passed once through OpenCC's Hong Kong → mainland converter. OpenCC's tables are ~200 kB, so they are loaded only
// when a Simplified document is asked for (a dynamic import, which esbuild keeps as its own chunk in browser mode).
// Our own wording (labels) also gets the mainland words the UI's 简体 gets (shared/domain/mainland-words.ts, decision
// 017: 列印 → 打印, 電郵 → 电子邮件); a user's text gets characters only, since a word there may mean something else.
import type { ExportLanguage } from '../../../shared/contract';
import { mainlandWords } from '../../../shared/domain/mainland-words';

export type TextPass = (text: string) => string;

let converters: { text: TextPass; wording: TextPass } | undefined;
let loading: Promise<TextPass> | undefined;

/** Loads OpenCC once; later calls get the same converter (characters only, for whole documents). */
export function loadSimplifier(): Promise<TextPass> {
  loading ??= import('opencc-js/t2cn').then(({ ConverterFactory, Locale }) => {
    const hk = Locale.from['hk']!;
    const cn = Locale.to['cn']!;
    converters = { text: ConverterFactory(hk, cn), wording: ConverterFactory(hk, cn, [[mainlandWords]]) };
    return converters.text;
  });
  return loading;
}

function loaded(): NonNullable<typeof converters> {
  if (!converters) throw new Error('OpenCC is not loaded yet: await loadSimplifier() before building a Simplified document.');
  return converters;
}

/** Traditional characters to Simplified; the converter must have been loaded (see `finishingPass`). */
export function toSimplified(text: string): string {
  return loaded().text(text);
}

/**
 * What a document's finished text goes through for its language: nothing for English and 繁體, OpenCC for 简体.
 * Awaiting it first is what makes `toSimplified` and `simplifiedLabels` usable while the document is built.
 */
export async function finishingPass(language: ExportLanguage): Promise<TextPass> {
  if (language !== 'zh-Hans') return (text) => text;
  return loadSimplifier();
}

/** Every string in a plain object or array (a document's content rows) through `pass`; other values kept. */
export function mapStrings<T>(value: T, pass: TextPass): T {
  if (typeof value === 'string') return pass(value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => mapStrings(v, pass)) as T;
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapStrings(v, pass)])) as T;
  }
  return value;
}

const labelCache = new WeakMap<object, unknown>();

/** A 繁體 label set in 简体 with mainland words (列印 → 打印); made once per set. */
export function simplifiedLabels<T extends object>(traditional: T): T {
  const known = labelCache.get(traditional) as T | undefined;
  if (known) return known;
  const made = mapStrings(traditional, loaded().wording);
  labelCache.set(traditional, made);
  return made;
}

/** Whether a language is written in Chinese characters (the 繁體 wording serves both). */
export const isChinese = (language: ExportLanguage): boolean => language !== 'en';

/** The locale dates are spelled in. */
export function localeOf(language: ExportLanguage): string {
  return language === 'zh-Hant' ? 'zh-Hant-HK' : language === 'zh-Hans' ? 'zh-Hans-CN' : 'en-GB';
}

/** A person's or organisation's Chinese name for the language: 简体 takes the stored Simplified name first. */
export function chineseName(names: { zhHant: string; zhHans?: string }, language: ExportLanguage): string {
  return language === 'zh-Hans' ? names.zhHans?.trim() || names.zhHant : names.zhHant;
}
