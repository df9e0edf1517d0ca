// One trip: its summary, legs, the days with their events, and the delegation.
import { useTranslation } from 'react-i18next';
import { PlannerError } from '../../../../shared/contract';
import type { Trip } from '../../../../shared/model';
import { useData } from '../../api/useData';
import { hrefFor, navigate, type TripTab } from '../../app/router';
import { ErrorMessage } from '../../components/ErrorMessage';
import { PageHeading } from '../../components/PageHeading';
import { StatusBadge } from '../../components/StatusBadge';
import { useFormat } from '../../i18n/format';
import { TripDays } from './TripDays';
import { TripMembers } from './TripMembers';
import { useTripDialogs } from './useTripDialogs';
import './trips.css';

export function TripPage({ id }: { id: string; tab: TripTab }) {
  const { t } = useTranslation();
  const detail = useData(`trips.get:${id}`, (client) => client.call('trips.get', { id }));
  const dialogs = useTripDialogs({ afterDelete: () => navigate({ page: 'trips' }) });
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
        {detail.error !== undefined ? <ErrorMessage error={detail.error} onRetry={detail.reload} /> : <p className="muted">{t('app.loading')}</p>}
      </div>
    );
  }

  const { trip, events, members } = detail.data;
  return (
    <div className="page trip-page">
      {back}
      <div className="page__toolbar">
        <div>
          <PageHeading>{trip.title}</PageHeading>
          <p className="page__subtitle">
            <StatusBadge status={trip.status} />
            {trip.organisingBody && <span className="muted"> {trip.organisingBody}</span>}
          </p>
        </div>
        <div className="page__actions">
          <button type="button" className="button" onClick={() => dialogs.edit(trip)}>
            {t('common.edit')}
          </button>
          <button type="button" className="button button--quiet-danger" onClick={() => dialogs.remove(trip)}>
            {t('common.delete')}
          </button>
        </div>
      </div>
      <div className="trip-page__grid">
        <TripSummary trip={trip} />
        <TripDays trip={trip} events={events} />
        <aside className="trip-page__side">
          <TripLegs trip={trip} />
          <TripMembers trip={trip} members={members} />
        </aside>
      </div>
      {dialogs.dialogs}
    </div>
  );
}

function TripSummary({ trip }: { trip: Trip }) {
  const { t } = useTranslation();
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
          <dd>{trip.homeTimeZone}</dd>
        </div>
      </dl>
      <h2 className="summary__heading">{t('detail.purpose')}</h2>
      <p className="summary__purpose">{trip.purpose || <span className="muted">{t('detail.noPurpose')}</span>}</p>
    </section>
  );
}

function TripLegs({ trip }: { trip: Trip }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <section className="panel" aria-labelledby="legs-heading">
      <h2 id="legs-heading">{t('detail.legs')}</h2>
      {trip.legs.length === 0 ? (
        <p className="muted">{t('form.noLegs')}</p>
      ) : (
        <ol className="leg-summary">
          {trip.legs.map((leg) => (
            <li key={leg.id}>
              <p className="leg-summary__city">
                {leg.city}
                {leg.country && <span className="muted">, {leg.country}</span>}
              </p>
              <p className="leg-summary__meta">
                {format.range(leg.startDate, leg.endDate)}
                <span className="leg-summary__zone">{leg.timeZone}</span>
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
