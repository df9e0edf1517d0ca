// The UI languages and how a browser language tag maps to one; no i18next here, so it can be tested on its own.

export const languages = [
  { code: 'en', label: 'English' },
  { code: 'zh-Hant', label: '繁體中文' },
  { code: 'zh-Hans', label: '简体中文' },
] as const;
export type Language = (typeof languages)[number]['code'];

export function isLanguage(code: string | null | undefined): code is Language {
  return languages.some((language) => language.code === code);
}

/**
 * The UI language for a browser language tag: Chinese of the mainland and Singapore (or any tag naming the Hans
 * script) reads Simplified; Chinese of Taiwan, Hong Kong and Macao (or Hant) reads Traditional, as does a bare "zh"
 * (the app is made for Hong Kong staff); anything else reads English.
 */
export function languageFor(tag: string): Language {
  const parts = tag.toLowerCase().replace(/_/g, '-').split('-');
  if (parts[0] !== 'zh') return 'en';
  if (parts.includes('hans')) return 'zh-Hans';
  if (parts.includes('hant')) return 'zh-Hant';
  if (parts.includes('cn') || parts.includes('sg') || parts.includes('my')) return 'zh-Hans';
  return 'zh-Hant';
}

/** Whether a language is a Chinese one (both scripts), for what Chinese readers see alike (names, list commas). */
export function isChinese(language: string): boolean {
  return language === 'zh-Hant' || language === 'zh-Hans';
}
