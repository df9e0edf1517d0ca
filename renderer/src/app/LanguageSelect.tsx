// The language switch; its label is bilingual so it can be found whichever language is showing. A Chinese language's
// strings are fetched on first choice (i18n/languageChunks.ts): the page switches once they are in, never half-way.
import { useTranslation } from 'react-i18next';
import { useToast } from '../components/Toasts';
import { currentLanguage, languages, setLanguage, type Language } from '../i18n';

export function LanguageSelect() {
  const { t } = useTranslation();
  const toast = useToast();
  const choose = (code: Language): void => {
    const label = languages.find((language) => language.code === code)?.label ?? code;
    setLanguage(code).catch(() => toast(t('layout.languageFailed', { language: label })));
  };
  return (
    <label className="language-select">
      <span className="visually-hidden">{t('app.language')}</span>
      <span aria-hidden="true" className="language-select__icon">
        文A
      </span>
      <select value={currentLanguage()} onChange={(event) => choose(event.target.value as Language)}>
        {languages.map((language) => (
          <option key={language.code} value={language.code} lang={language.code}>
            {language.label}
          </option>
        ))}
      </select>
    </label>
  );
}
