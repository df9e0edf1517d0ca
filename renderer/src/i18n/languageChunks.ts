// Each Chinese UI's strings are a chunk of their own, fetched only for a reader of that language: English (the
// fallback every missing key falls to) stays in the first screen's script, and the other two languages' ~90 kB of
// strings no longer cost every reader's first screen (docs/decisions/023-first-screen-2.md). No i18next import here
// beyond its type, so the sequencing can be tested on an instance of its own.
import type { i18n as I18n, Resource } from 'i18next';
import type { Resources } from './en';
import type { Language } from './languages';

export type StringsLoader = () => Promise<Resources>;

/** The dynamic imports that make zh-Hant and zh-Hans chunks of their own (English is bundled). */
export const chineseStrings: Record<Exclude<Language, 'en'>, StringsLoader> = {
  'zh-Hant': () => import('./zh-Hant').then((m) => m.zhHant),
  'zh-Hans': () => import('./zh-Hans').then((m) => m.zhHans),
};

/** The resources i18next starts with: English, plus the reader's language once its chunk is here. */
export async function startingResources(language: Language, loaders = chineseStrings): Promise<Resource> {
  const resources: Resource = {};
  if (language !== 'en') resources[language] = { translation: await loaders[language]() };
  return resources;
}

/**
 * Switches the UI language only once its strings are in: until then the page stays wholly in the language it was in
 * (no key shown raw, no English flash). A language already loaded switches at once.
 */
export async function switchLanguage(i18n: I18n, language: Language, loaders = chineseStrings): Promise<void> {
  if (language !== 'en' && !i18n.hasResourceBundle(language, 'translation')) {
    i18n.addResourceBundle(language, 'translation', await loaders[language]());
  }
  await i18n.changeLanguage(language);
}
