// The trip workspace's sections as links (each has its own address, so Back and bookmarks work): Overview,
// Itinerary, Clashes with the number of warnings.
import { useTranslation } from 'react-i18next';
import { hrefFor, type TripTab } from '../../app/router';
import './itinerary.css';

const tabs: TripTab[] = ['overview', 'itinerary', 'clashes', 'travel', 'logistics'];

export function TripTabs({ tripId, current, clashCount }: { tripId: string; current: TripTab; clashCount: number }) {
  const { t } = useTranslation();
  return (
    <nav className="trip-tabs" aria-label={t('itinerary.tabs.label')}>
      <ul>
        {tabs.map((tab) => (
          <li key={tab}>
            <a className="trip-tabs__tab" href={hrefFor({ page: 'trip', id: tripId, tab })} aria-current={tab === current ? 'page' : undefined}>
              {t(`itinerary.tabs.${tab}`)}
              {tab === 'clashes' && clashCount > 0 && (
                <span className="trip-tabs__badge">
                  <span aria-hidden="true">{clashCount}</span>
                  <span className="visually-hidden">({t('itinerary.tabs.clashCount', { count: clashCount })})</span>
                </span>
              )}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
