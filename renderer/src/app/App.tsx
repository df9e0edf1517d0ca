// The app once a client exists: reads app.info (notices, first-run sample offer), then shows the routed page.
// Only the trip list (the first screen) is in the main bundle; every other page is its own chunk, fetched when first
// visited, so the first screen downloads and parses a fraction of the app (docs/decisions/013-cold-paths.md).
import { lazy, Suspense, useEffect, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
// From client.ts, not contract.ts: the contract's schemas (zod) stay out of the first screen's script.
import { PlannerError } from '../../../shared/client';
import { ToastProvider } from '../components/Toasts';
import { useCall } from '../api/query';
import { SearchPalette } from '../features/search/SearchPalette';
import { SamplesOfferProvider } from '../features/trips/SamplesOffer';
import { TripsPage } from '../features/trips/TripsPage';
import { AccessScreen } from './AccessScreen';
import { DesktopMenu } from './DesktopMenu';
import { Notices } from './Notices';
import { useRoute } from './router';
import { Shell } from './Shell';
import { ShortcutSheet } from './ShortcutSheet';

/** A page loaded on first visit; `pick` names its export (the pages are named exports, lazy() wants a default). */
function page<M, P>(load: () => Promise<M>, pick: (module: M) => ComponentType<P>) {
  return lazy(async () => ({ default: pick(await load()) }));
}

const TripPage = page(() => import('../features/trips/TripPage'), (m) => m.TripPage);
const DirectoryPage = page(() => import('../features/directory/DirectoryPage'), (m) => m.DirectoryPage);
const OrganisationPage = page(() => import('../features/outcomes/OrganisationPage'), (m) => m.OrganisationPage);
const FollowUpsPage = page(() => import('../features/followups/FollowUpsPage'), (m) => m.FollowUpsPage);
const DashboardPage = page(() => import('../features/outcomes/DashboardPage'), (m) => m.DashboardPage);
const DataPage = page(() => import('../features/data/DataPage'), (m) => m.DataPage);
const SyncPage = page(() => import('../features/sync/SyncPage'), (m) => m.SyncPage);

/** What a page shows while its code arrives (a moment, the first time it is opened). */
function PageLoading() {
  const { t } = useTranslation();
  return (
    <p className="muted page-loading" role="status">
      {t('app.loading')}
    </p>
  );
}

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
          <Suspense fallback={<PageLoading />}>
            {route.page === 'trip' && <TripPage key={route.id} id={route.id} tab={route.tab} openEvent={route.eventId ? { id: route.eventId, section: route.section } : undefined} />}
            {route.page === 'directory' && <DirectoryPage section={route.section} id={route.id} />}
            {route.page === 'organisation' && <OrganisationPage key={route.id} id={route.id} />}
            {route.page === 'followups' && <FollowUpsPage view={route.view} />}
            {route.page === 'dashboard' && <DashboardPage />}
            {route.page === 'data' && <DataPage />}
            {route.page === 'sync' && <SyncPage />}
            {route.page === 'trips' && <TripsPage />}
          </Suspense>
          <SearchPalette />
          <DesktopMenu />
          <ShortcutSheet />
          {info.data && <p className="app-version muted">{t('app.version', { version: info.data.version })}</p>}
        </Shell>
      </SamplesOfferProvider>
    </ToastProvider>
  );
}
