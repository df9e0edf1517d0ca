// Sets up i18next with English, Traditional and Simplified Chinese; the chosen language is remembered in localStorage.
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { zhHans } from './zh-Hans';
import { zhHant } from './zh-Hant';
import { isLanguage, languageFor, type Language } from './languages';

export { isChinese, languageFor, languages, type Language } from './languages';

const storageKey = 'planner.language';

function initialLanguage(): Language {
  const saved = localStorage.getItem(storageKey);
  if (isLanguage(saved)) return saved;
  return languageFor(navigator.language);
}

export function setLanguage(language: Language): void {
  localStorage.setItem(storageKey, language);
  void i18n.changeLanguage(language);
}

export function currentLanguage(): Language {
  return isLanguage(i18n.language) ? i18n.language : 'en';
}

i18n.on('languageChanged', (language) => {
  // The lang attribute picks the right CJK glyphs and tells screen readers how to speak the page.
  document.documentElement.lang = language;
});

void i18n.use(initReactI18next).init({
  resources: { en: { translation: en }, 'zh-Hant': { translation: zhHant }, 'zh-Hans': { translation: zhHans } },
  lng: initialLanguage(),
  fallbackLng: 'en',
  interpolation: { escapeValue: false },
});

export default i18n;
