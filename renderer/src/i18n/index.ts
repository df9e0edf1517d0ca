// Sets up i18next with English and Traditional Chinese; the chosen language is remembered in localStorage.
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { zhHant } from './zh-Hant';

export const languages = [
  { code: 'en', label: 'English' },
  { code: 'zh-Hant', label: '繁體中文' },
] as const;
export type Language = (typeof languages)[number]['code'];

const storageKey = 'planner.language';

function initialLanguage(): Language {
  const saved = localStorage.getItem(storageKey);
  if (saved === 'en' || saved === 'zh-Hant') return saved;
  return navigator.language.toLowerCase().startsWith('zh') ? 'zh-Hant' : 'en';
}

export function setLanguage(language: Language): void {
  localStorage.setItem(storageKey, language);
  void i18n.changeLanguage(language);
}

export function currentLanguage(): Language {
  return i18n.language === 'zh-Hant' ? 'zh-Hant' : 'en';
}

i18n.on('languageChanged', (language) => {
  // The lang attribute picks the right CJK glyphs and tells screen readers how to speak the page.
  document.documentElement.lang = language;
});

void i18n.use(initReactI18next).init({
  resources: { en: { translation: en }, 'zh-Hant': { translation: zhHant } },
  lng: initialLanguage(),
  fallbackLng: 'en',
  interpolation: { escapeValue: false },
});

export default i18n;
