// The app once a client exists: reads app.info (notices, first-run sample offer), then shows the routed page.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { PlannerError } from '../../../shared/contract';
import { ToastProvider } from '../components/Toasts';
import { useCall } from '../api/query';
import { DataPage } from '../features/data/DataPage';
import { DirectoryPage } from '../features/directory/DirectoryPage';
import { FollowUpsPage } from '../features/followups/FollowUpsPage';
import { DashboardPage } from '../features/outcomes/DashboardPage';
import { OrganisationPage } from '../features/outcomes/OrganisationPage';
import { SearchPalette } from '../features/search/SearchPalette';
import { SyncPage } from '../features/sync/SyncPage';
import { SamplesOfferProvider } from '../features/trips/SamplesOffer';
import { TripPage } from '../features/trips/TripPage';
import { TripsPage } from '../features/trips/TripsPage';
import { AccessScreen } from './AccessScreen';
import { DesktopMenu } from './DesktopMenu';
import { Notices } from './Notices';
import { useRoute } from './router';
import { Shell } from './Shell';

export function App({ forgetAccess }: { forgetAccess: () => void }) {
  const { t } = useTranslation();
  const route = useRoute();
  const info = useCall('app.info', {});
  const refused = info.error instanceof PlannerError && info.error.code === 'forbidden';

  useEffect(() => {
    if (refused) forgetAccess();
  }, [refused, forgetAccess]);

  if (refused) return <AccessScreen expired />;

  return (
    <ToastProvider>
      <SamplesOfferProvider offerAtStart={info.data?.offerSamples ?? false}>
        <Shell route={route} banner={info.data && <Notices initial={info.data.notices} />}>
          {route.page === 'trip' && <TripPage key={route.id} id={route.id} tab={route.tab} openEvent={route.eventId ? { id: route.eventId, section: route.section } : undefined} />}
          {route.page === 'directory' && <DirectoryPage section={route.section} id={route.id} />}
          {route.page === 'organisation' && <OrganisationPage key={route.id} id={route.id} />}
          {route.page === 'followups' && <FollowUpsPage view={route.view} />}
          {route.page === 'dashboard' && <DashboardPage />}
          {route.page === 'data' && <DataPage />}
          {route.page === 'sync' && <SyncPage />}
          {route.page === 'trips' && <TripsPage />}
          <SearchPalette />
          <DesktopMenu />
          {info.data && <p className="app-version muted">{t('app.version', { version: info.data.version })}</p>}
        </Shell>
      </SamplesOfferProvider>
    </ToastProvider>
  );
}
