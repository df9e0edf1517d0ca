// The language switch; its label is bilingual so it can be found whichever language is showing.
import { useTranslation } from 'react-i18next';
import { currentLanguage, languages, setLanguage, type Language } from '../i18n';

export function LanguageSelect() {
  const { t } = useTranslation();
  return (
    <label className="language-select">
      <span className="visually-hidden">{t('app.language')}</span>
      <span aria-hidden="true" className="language-select__icon">
        文A
      </span>
      <select value={currentLanguage()} onChange={(event) => setLanguage(event.target.value as Language)}>
        {languages.map((language) => (
          <option key={language.code} value={language.code} lang={language.code}>
            {language.label}
          </option>
        ))}
      </select>
    </label>
  );
}
