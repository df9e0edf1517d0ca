// Sets up i18next with English, Traditional and Simplified Chinese; the chosen language is remembered in localStorage.
// English is bundled; a Chinese reader's strings arrive as a chunk before the first render (languageChunks.ts).
import i18n, { type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { startingResources, switchLanguage } from './languageChunks';
import { isLanguage, languageFor, type Language } from './languages';

export { isChinese, languageFor, languages, type Language } from './languages';

const storageKey = 'planner.language';

function initialLanguage(): Language {
  const saved = localStorage.getItem(storageKey);
  if (isLanguage(saved)) return saved;
  return languageFor(navigator.language);
}

/**
 * Switches once the language's strings are loaded (the select shows the old one till then) and remembers the choice;
 * rejects, leaving everything as it was, if they cannot be loaded.
 */
export async function setLanguage(language: Language): Promise<void> {
  await switchLanguage(i18n, language);
  localStorage.setItem(storageKey, language);
}

export function currentLanguage(): Language {
  return isLanguage(i18n.language) ? i18n.language : 'en';
}

i18n.on('languageChanged', (language) => {
  // The lang attribute picks the right CJK glyphs and tells screen readers how to speak the page.
  document.documentElement.lang = language;
});

function init(language: Language, extra: Resource): void {
  // With resources given, i18next initialises synchronously: an English reader's first render is not held back.
  void i18n.use(initReactI18next).init({
    resources: { en: { translation: en }, ...extra },
    lng: language,
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
  });
}

const starting = initialLanguage();

/**
 * Settles once the reader's strings are in: at once for English, after its chunk for Chinese (fetched while the
 * main script's other work runs). main.tsx renders after it, so a Chinese reader never sees English first. Should the
 * chunk fail to load (a damaged install), the app starts in English rather than not at all.
 */
export const languageReady: Promise<void> | undefined =
  starting === 'en'
    ? (init('en', {}), undefined)
    : startingResources(starting).then(
        (extra) => init(starting, extra),
        () => init('en', {}),
      );

export default i18n;
