// Shown in browser mode when the page was opened without the token-carrying address.
import { useTranslation } from 'react-i18next';
import { LanguageSelect } from './LanguageSelect';

export function AccessScreen({ expired = false }: { expired?: boolean }) {
  const { t } = useTranslation();
  const [before, command, after] = t('access.body').split('`');
  return (
    <main className="access">
      <div className="access__card">
        <h1>{t('access.title')}</h1>
        {expired && <p>{t('access.expired')}</p>}
        <p className="access__lead">
          {before}
          <code>{command}</code>
          {after}
        </p>
        <p className="muted">{t('access.hint')}</p>
        <LanguageSelect />
      </div>
    </main>
  );
}
