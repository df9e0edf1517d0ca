// The light/dark switch beside the language switch: System, Light or Dark (app/theme.ts keeps the choice).
import { useTranslation } from 'react-i18next';
import { setThemeChoice, themeChoices, useThemeChoice, type ThemeChoice } from './theme';

export function ThemeSelect() {
  const { t } = useTranslation();
  const choice = useThemeChoice();
  return (
    <label className="language-select theme-select">
      <span className="visually-hidden">{t('theme.label')}</span>
      <span aria-hidden="true" className="language-select__icon">
        ◐
      </span>
      <select value={choice} onChange={(event) => setThemeChoice(event.target.value as ThemeChoice)}>
        {themeChoices.map((value) => (
          <option key={value} value={value}>
            {t(`theme.${value}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
