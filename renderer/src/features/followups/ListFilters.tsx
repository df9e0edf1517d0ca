// The list's filters, all combined: overdue, due this week, owner, organisation, trip and status. Each change is
// written to the address at once, so the filtered list can be bookmarked or linked to.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { FollowUpStatus } from '../../../../shared/model';
import { displayName } from '../../components/recordPicker';
import { followUpStatuses } from './followupRules';
import { hasFilters, noFilters, type ListFilters } from './listQuery';
import type { FollowUpDirectory } from './useFollowUpDirectory';

interface Props {
  filters: ListFilters;
  onChange: (filters: ListFilters) => void;
  directory: FollowUpDirectory;
}

export function ListFiltersBar({ filters, onChange, directory }: Props) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const set = (patch: Partial<ListFilters>): void => onChange({ ...filters, ...patch });
  const toggleStatus = (status: FollowUpStatus, on: boolean): void =>
    set({ status: on ? followUpStatuses.filter((s) => s === status || filters.status.includes(s)) : filters.status.filter((s) => s !== status) });
  // A filter's record may be missing from the directory (deleted since the link was made); it still shows.
  const option = (id: string | undefined, known: boolean) => (id && !known ? <option value={id}>{id}</option> : null);

  return (
    <fieldset className="fu-filters">
      <legend className="visually-hidden">{t('followups.filters.label')}</legend>
      <div className="fu-filters__row">
        <label className="fu-toggle">
          <input type="checkbox" checked={filters.overdue} onChange={(e) => set({ overdue: e.target.checked })} />
          {t('followups.filters.overdue')}
        </label>
        <label className="fu-toggle">
          <input type="checkbox" checked={filters.dueThisWeek} onChange={(e) => set({ dueThisWeek: e.target.checked })} />
          {t('followups.filters.dueThisWeek')}
        </label>
        <div className="fu-filter">
          <label htmlFor={`${id}-owner`}>{t('followups.filters.owner')}</label>
          <select id={`${id}-owner`} value={filters.ownerId ?? ''} onChange={(e) => set({ ownerId: e.target.value || undefined })}>
            <option value="">{t('followups.filters.any')}</option>
            {directory.members.map((m) => (
              <option key={m.id} value={m.id}>
                {displayName(m, i18n.language)}
              </option>
            ))}
            {option(filters.ownerId, directory.members.some((m) => m.id === filters.ownerId))}
          </select>
        </div>
        <div className="fu-filter">
          <label htmlFor={`${id}-organisation`}>{t('followups.filters.organisation')}</label>
          <select id={`${id}-organisation`} value={filters.organisationId ?? ''} onChange={(e) => set({ organisationId: e.target.value || undefined })}>
            <option value="">{t('followups.filters.any')}</option>
            {directory.organisations.map((o) => (
              <option key={o.id} value={o.id}>
                {displayName(o, i18n.language)}
              </option>
            ))}
            {option(filters.organisationId, directory.organisations.some((o) => o.id === filters.organisationId))}
          </select>
        </div>
        <div className="fu-filter fu-filter--wide">
          <label htmlFor={`${id}-trip`}>{t('followups.filters.trip')}</label>
          <select id={`${id}-trip`} value={filters.tripId ?? ''} onChange={(e) => set({ tripId: e.target.value || undefined })}>
            <option value="">{t('followups.filters.any')}</option>
            {directory.trips.map((trip) => (
              <option key={trip.id} value={trip.id}>
                {trip.title}
              </option>
            ))}
            {option(filters.tripId, directory.trips.some((trip) => trip.id === filters.tripId))}
          </select>
        </div>
      </div>
      <div className="fu-filters__row" role="group" aria-label={t('followups.filters.status')}>
        <span className="fu-filters__label" aria-hidden="true">
          {t('followups.filters.status')}
        </span>
        {followUpStatuses.map((status) => (
          <label key={status} className="fu-toggle fu-toggle--chip">
            <input type="checkbox" checked={filters.status.includes(status)} onChange={(e) => toggleStatus(status, e.target.checked)} />
            {t(`followups.status.${status}`)}
          </label>
        ))}
        {hasFilters(filters) && (
          <button type="button" className="button button--quiet button--small fu-filters__clear" onClick={() => onChange(noFilters)}>
            {t('followups.filters.clear')}
          </button>
        )}
      </div>
    </fieldset>
  );
}
