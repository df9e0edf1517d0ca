// The trips as a table: upcoming and current first (soonest first), then past trips (newest first).
// Ten years hold 500 trips: the first screenful of rows renders with the page, the rest in chunks right after
// (useProgressiveCount), so the list is on screen without waiting for a second of rows below the fold.
import { Fragment, memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Trip } from '../../../../shared/model';
import { hrefFor } from '../../app/router';
import { StatusBadge } from '../../components/StatusBadge';
import { useProgressiveCount } from '../../components/useProgressiveCount';
import { useFormat } from '../../i18n/format';
import { tripCities, type TripListing } from './tripLogic';
import { TripRowMenu } from './TripRowMenu';

interface RowActions {
  onEdit: (trip: Trip) => void;
  onDelete: (trip: Trip) => void;
}

/** The listing comes split and sorted (tripLogic.ts listTrips: once per answer, not again per chunk of rows). */
export function TripList({ listing, onEdit, onDelete }: RowActions & { listing: TripListing }) {
  const { t } = useTranslation();
  const { upcoming, past } = listing;
  const shown = useProgressiveCount(upcoming.length + past.length);
  const shownUpcoming = Math.min(upcoming.length, shown);
  return (
    <>
      {upcoming.length > 0 && <TripTable heading={t('trips.upcoming')} trips={upcoming} shown={shownUpcoming} onEdit={onEdit} onDelete={onDelete} />}
      {past.length > 0 && <TripTable heading={t('trips.past')} trips={past} shown={shown - shownUpcoming} onEdit={onEdit} onDelete={onDelete} />}
    </>
  );
}

function TripTable({ heading, trips, shown, onEdit, onDelete }: RowActions & { heading: string; trips: Trip[]; shown: number }) {
  const { t } = useTranslation();
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
          {trips.slice(0, shown).map((trip) => (
            <TripRow key={trip.id} trip={trip} onEdit={onEdit} onDelete={onDelete} />
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** One trip's row; memoised, so rendering the next chunk of rows leaves the rows already shown alone. */
const TripRow = memo(function TripRow({ trip, onEdit, onDelete }: { trip: Trip; onEdit: (trip: Trip) => void; onDelete: (trip: Trip) => void }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const cities = tripCities(trip, i18n.language);
  return (
    <tr>
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
        <TripRowMenu trip={trip} onEdit={onEdit} onDelete={onDelete} />
      </td>
    </tr>
  );
});
