// The trip list page: toolbar (new trip, sample trips), the list, or an empty state that helps the first step.
import { useTranslation } from 'react-i18next';
import { useCall } from '../../api/query';
import { useMenuCommand } from '../../app/menuCommands';
import { ErrorMessage } from '../../components/ErrorMessage';
import { PageHeading } from '../../components/PageHeading';
import { today } from '../../i18n/format';
import { useOfferSamples } from './SamplesOffer';
import { TripList } from './TripList';
import { listTrips } from './tripLogic';
import { useTripDialogs } from './useTripDialogs';
import './trips.css';

export function TripsPage() {
  const { t } = useTranslation();
  const trips = useCall('trips.list', {});
  const dialogs = useTripDialogs();
  const offerSamples = useOfferSamples();
  useMenuCommand('trips.new', dialogs.create);
  const listing = trips.data && listTrips(trips.data, today());
  const live = listing?.live;

  return (
    <div className="page">
      <div className="page__toolbar">
        <div>
          <PageHeading>{t('trips.title')}</PageHeading>
          {/* elementtiming: the moment this line (it comes with the list) is painted is the browser's own record of the
              first screen (Element Timing API), which the bench reads; it costs nothing when nobody looks. */}
          {live && live.length > 0 && (
            <p className="muted page__subtitle" {...{ elementtiming: 'first-screen' }}>
              {t('trips.count', { count: live.length })}
            </p>
          )}
        </div>
        <div className="page__actions">
          <button type="button" className="button" onClick={offerSamples}>
            {t('trips.loadSamples')}
          </button>
          <button type="button" className="button button--primary" onClick={dialogs.create}>
            <span aria-hidden="true">＋ </span>
            {t('trips.new')}
          </button>
        </div>
      </div>

      {trips.isError && <ErrorMessage error={trips.error} onRetry={() => void trips.refetch()} />}
      {!live && trips.isPending && <p className="muted">{t('app.loading')}</p>}
      {live && live.length === 0 && (
        <div className="empty-state">
          <h2>{t('trips.emptyTitle')}</h2>
          <p>{t('trips.emptyBody')}</p>
          <div className="empty-state__actions">
            <button type="button" className="button button--primary" onClick={dialogs.create}>
              {t('trips.new')}
            </button>
            <button type="button" className="button" onClick={offerSamples}>
              {t('trips.loadSamples')}
            </button>
          </div>
        </div>
      )}
      {listing && listing.live.length > 0 && <TripList listing={listing} onEdit={dialogs.edit} onDelete={dialogs.remove} />}
      {dialogs.dialogs}
    </div>
  );
}
