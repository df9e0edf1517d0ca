// One trip's workspace: its header (title, edit, delete) and three sections as tabs: the overview (summary, legs,
// delegation, day by day), the itinerary calendar, and the clash warnings, each linking to the event editor.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { cityLanguage } from '../../../../shared/domain/cities';
import { zoneDisplayName } from '../../../../shared/domain/zones';
import { PlannerError, type TripDetail } from '../../../../shared/contract';
import type { Trip } from '../../../../shared/model';
import { useCall } from '../../api/query';
import { hrefFor, navigate, type TripTab } from '../../app/router';
import { ErrorMessage } from '../../components/ErrorMessage';
import { PageHeading } from '../../components/PageHeading';
import { StatusBadge } from '../../components/StatusBadge';
import { useFormat } from '../../i18n/format';
import { ClashList } from '../clashes/ClashList';
import { useClashes } from '../clashes/useClashes';
import { EventEditor } from '../events/EventEditor';
import { ItineraryCalendar } from '../itinerary/ItineraryCalendar';
import { TripTabs } from '../itinerary/TripTabs';
import { DuplicateTripButton } from './DuplicateTripDialog';
import { TripExportMenu } from '../exports/TripExportMenu';
import { IcsImportButton } from '../ics/IcsImportButton';
import { TripDays } from './TripDays';
import { TripOverview } from './TripOverview';
import { useTripDialogs } from './useTripDialogs';
import './trips.css';

export function TripPage({ id, tab, openEvent }: { id: string; tab: TripTab; openEvent?: { id: string; section?: 'notes' } }) {
  const { t } = useTranslation();
  const detail = useCall('trips.get', { id });
  const warnings = useClashes(detail.data);
  const dialogs = useTripDialogs({ afterDelete: () => navigate({ page: 'trips' }) });
  // The window's title names the open trip (Electron shows it in the title bar and the taskbar; a browser on its tab).
  const title = detail.data?.trip.title;
  useEffect(() => {
    if (!title) return;
    document.title = t('desktop.tripTitle', { trip: title });
    return () => {
      document.title = t('desktop.appName');
    };
  }, [title, t]);
  const back = (
    <a className="back-link" href={hrefFor({ page: 'trips' })}>
      <span aria-hidden="true">← </span>
      {t('common.back')}
    </a>
  );

  if (detail.error instanceof PlannerError && detail.error.code === 'not-found') {
    return (
      <div className="page">
        {back}
        <PageHeading>{t('detail.notFound')}</PageHeading>
      </div>
    );
  }
  if (!detail.data) {
    return (
      <div className="page">
        {back}
        {detail.isError ? <ErrorMessage error={detail.error} onRetry={() => void detail.refetch()} /> : <p className="muted">{t('app.loading')}</p>}
      </div>
    );
  }

  const { trip } = detail.data;
  return (
    <div className="page trip-page">
      {back}
      {/* Compact: title and status on one line, the actions beside the tabs, so the calendar starts high up. */}
      <div className="trip-head">
        <PageHeading>{trip.title}</PageHeading>
        <p className="trip-head__meta">
          <StatusBadge status={trip.status} />
          {trip.organisingBody && <span className="muted"> {trip.organisingBody}</span>}
        </p>
      </div>
      <div className="trip-bar">
        <TripTabs tripId={trip.id} current={tab} clashCount={warnings.count} />
        <div className="page__actions trip-bar__actions">
          <button type="button" className="button" onClick={() => dialogs.edit(trip)}>
            {t('common.edit')}
          </button>
          <DuplicateTripButton trip={trip} />
          <TripExportMenu detail={detail.data} />
          <IcsImportButton detail={detail.data} />
          <button type="button" className="button button--quiet-danger" onClick={() => dialogs.remove(trip)}>
            {t('common.delete')}
          </button>
        </div>
      </div>
      {tab === 'overview' && <OverviewTab detail={detail.data} />}
      {tab === 'itinerary' && <ItineraryCalendar key={openEvent?.id ?? ''} detail={detail.data} openEvent={openEvent} />}
      {tab === 'clashes' && <ClashesTab detail={detail.data} />}
      {dialogs.dialogs}
    </div>
  );
}

function TripSummary({ trip }: { trip: Trip }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  return (
    <section className="panel summary" aria-label={t('detail.purpose')}>
      <dl className="facts">
        <div>
          <dt>{t('detail.dates')}</dt>
          <dd>{format.range(trip.startDate, trip.endDate)}</dd>
        </div>
        <div>
          <dt>{t('detail.homeTimeZone')}</dt>
          <dd>{zoneDisplayName(trip.homeTimeZone, cityLanguage(i18n.language))}</dd>
        </div>
      </dl>
      <h2 className="summary__heading">{t('detail.purpose')}</h2>
      <p className="summary__purpose">{trip.purpose || <span className="muted">{t('detail.noPurpose')}</span>}</p>
    </section>
  );
}

/** The summary and the days; an event in the day list opens in the editor right here. */
function OverviewTab({ detail }: { detail: TripDetail }) {
  const [eventId, setEventId] = useState<string | null>(null);
  return (
    <div className="trip-overview-tab">
      <TripSummary trip={detail.trip} />
      <TripOverview detail={detail} />
      <TripDays trip={detail.trip} events={detail.events} onOpenEvent={setEventId} />
      {eventId && <EventEditor detail={detail} mode={{ kind: 'edit', eventId }} onClose={() => setEventId(null)} />}
    </div>
  );
}

/** The warnings list; a warning's link opens its event in the editor right here. */
function ClashesTab({ detail }: { detail: TripDetail }) {
  const [eventId, setEventId] = useState<string | null>(null);
  return (
    <>
      <ClashList detail={detail} onOpenEvent={setEventId} />
      {eventId && <EventEditor detail={detail} mode={{ kind: 'edit', eventId }} onClose={() => setEventId(null)} />}
    </>
  );
}
