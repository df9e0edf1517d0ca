// The trips as a table: upcoming and current first (soonest first), then past trips (newest first).
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { Trip } from '../../../../shared/model';
import { hrefFor } from '../../app/router';
import { StatusBadge } from '../../components/StatusBadge';
import { today, useFormat } from '../../i18n/format';
import { DuplicateTripButton } from './DuplicateTripDialog';
import { splitTrips, tripCities } from './tripLogic';

interface TripListProps {
  trips: Trip[];
  onEdit: (trip: Trip) => void;
  onDelete: (trip: Trip) => void;
}

export function TripList({ trips, onEdit, onDelete }: TripListProps) {
  const { t } = useTranslation();
  const { upcoming, past } = splitTrips(trips, today());
  return (
    <>
      {upcoming.length > 0 && <TripTable heading={t('trips.upcoming')} trips={upcoming} onEdit={onEdit} onDelete={onDelete} />}
      {past.length > 0 && <TripTable heading={t('trips.past')} trips={past} onEdit={onEdit} onDelete={onDelete} />}
    </>
  );
}

function TripTable({ heading, trips, onEdit, onDelete }: TripListProps & { heading: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <section className="trip-section">
      <h2 className="trip-section__title">
        {heading} <span className="count">{trips.length}</span>
      </h2>
      <table className="trip-table">
        <colgroup>
          <col />
          <col className="trip-table__col-dates" />
          <col className="trip-table__col-cities" />
          <col className="trip-table__col-status" />
          <col className="trip-table__col-actions" />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">{t('trips.columns.trip')}</th>
            <th scope="col">{t('trips.columns.dates')}</th>
            <th scope="col">{t('trips.columns.cities')}</th>
            <th scope="col">{t('trips.columns.status')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('trips.columns.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {trips.map((trip) => {
            const cities = tripCities(trip);
            return (
              <tr key={trip.id}>
                <td className="trip-table__title">
                  <a href={hrefFor({ page: 'trip', id: trip.id, tab: 'overview' })}>{trip.title}</a>
                  <span className="muted">{trip.organisingBody || t('trips.noBody')}</span>
                </td>
                <td className="trip-table__dates">{format.range(trip.startDate, trip.endDate)}</td>
                <td className="trip-table__cities">
                  {cities.length > 0
                    ? cities.map((city, i) => (
                        // Each city (with its separator) stays on one line when the column is narrow.
                        <Fragment key={city}>
                          <span className="city">{i < cities.length - 1 ? `${city} ·` : city}</span>{' '}
                        </Fragment>
                      ))
                    : <span className="muted">{t('trips.noCities')}</span>}
                </td>
                <td>
                  <StatusBadge status={trip.status} />
                </td>
                <td className="trip-table__actions">
                  <button type="button" className="button button--small" aria-label={t('trips.editNamed', { title: trip.title })} onClick={() => onEdit(trip)}>
                    {t('common.edit')}
                  </button>
                  <DuplicateTripButton trip={trip} small />
                  <button type="button" className="button button--small button--quiet-danger" aria-label={t('trips.deleteNamed', { title: trip.title })} onClick={() => onDelete(trip)}>
                    {t('common.delete')}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
