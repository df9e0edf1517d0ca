// The frame around every page: header with the app's name and the language and theme switches, the navigation sidebar, the main area.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSelect } from './LanguageSelect';
import { ThemeSelect } from './ThemeSelect';
import { OverdueBadge } from '../features/followups/OverdueBadge';
import { SearchButton } from '../features/search/SearchButton';
import { ReviewBadge } from '../features/sync/ReviewBadge';
import { hrefFor, type Route } from './router';

export function Shell({ route, children, banner }: { route: Route; children: ReactNode; banner?: ReactNode }) {
  const { t } = useTranslation();
  const onTrips = route.page === 'trips' || route.page === 'trip';
  return (
    <div className="shell">
      <a className="skip-link" href="#main" onClick={(e) => { e.preventDefault(); document.getElementById('main')?.focus(); }}>
        {t('app.skipToContent')}
      </a>
      <header className="shell__header">
        <div className="brand">
          <span className="brand__mark" aria-hidden="true">DP</span>
          <span className="brand__text">
            <span className="brand__name">{t('app.name')}</span>
            <span className="brand__tagline">{t('app.tagline')}</span>
          </span>
        </div>
        <SearchButton />
        <div className="shell__prefs">
          <LanguageSelect />
          <ThemeSelect />
        </div>
      </header>
      <nav className="shell__nav" aria-label={t('app.nav')}>
        <ul>
          <li>
            <a href={hrefFor({ page: 'trips' })} aria-current={onTrips ? 'page' : undefined}>
              <span aria-hidden="true" className="nav-icon">✈</span>
              {t('app.trips')}
            </a>
          </li>
          <li>
            <a href={hrefFor({ page: 'followups', view: 'board' })} aria-current={route.page === 'followups' ? 'page' : undefined}>
              <span aria-hidden="true" className="nav-icon">☑</span>
              {t('app.followups')}
              <OverdueBadge />
            </a>
          </li>
          <li>
            <a href={hrefFor({ page: 'directory', section: 'organisations' })} aria-current={route.page === 'directory' || route.page === 'organisation' ? 'page' : undefined}>
              <span aria-hidden="true" className="nav-icon">☷</span>
              {t('app.directory')}
            </a>
          </li>
          <li>
            <a href={hrefFor({ page: 'dashboard' })} aria-current={route.page === 'dashboard' ? 'page' : undefined}>
              <span aria-hidden="true" className="nav-icon">▤</span>
              {t('app.dashboard')}
            </a>
          </li>
          <li>
            <a href={hrefFor({ page: 'data' })} aria-current={route.page === 'data' ? 'page' : undefined}>
              <span aria-hidden="true" className="nav-icon">⇅</span>
              {t('app.data')}
            </a>
          </li>
          <li>
            <a href={hrefFor({ page: 'sync' })} aria-current={route.page === 'sync' ? 'page' : undefined}>
              <span aria-hidden="true" className="nav-icon">⟳</span>
              {t('app.sync')}
              <ReviewBadge />
            </a>
          </li>
        </ul>
      </nav>
      <main id="main" className="shell__main" tabIndex={-1}>
        {banner}
        {children}
      </main>
    </div>
  );
}
