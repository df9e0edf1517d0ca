// The "Search…" button in the header, with the shortcut shown beside it so people learn Ctrl/Cmd+K.
import { useTranslation } from 'react-i18next';
import { openSearch } from './searchOpen';
import './search.css';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

export function SearchButton() {
  const { t } = useTranslation();
  const shortcut = isMac ? '⌘K' : 'Ctrl+K';
  return (
    <button type="button" className="search-button" onClick={openSearch} aria-keyshortcuts={isMac ? 'Meta+K' : 'Control+K'}>
      <span aria-hidden="true" className="search-button__icon">⌕</span>
      <span className="search-button__label">{t('search.button')}</span>
      <kbd className="search-button__kbd" aria-hidden="true">
        {shortcut}
      </kbd>
    </button>
  );
}
