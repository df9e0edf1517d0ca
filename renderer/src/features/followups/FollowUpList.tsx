// The list view: the filters, then a table of follow-ups sorted by due date (undated last); a title opens the
// editor, and a trip name narrows the list to that trip.
import { useTranslation } from 'react-i18next';
import type { FollowUpRow } from '../../../../shared/contract';
import { DueDate, PriorityTag } from './followUpParts';
import { formatCount } from './followUpFormat';
import { sortFollowUpRows } from './followupRules';
import { hasFilters, listHref, type ListFilters } from './listQuery';

interface ListProps {
  rows: FollowUpRow[];
  filters: ListFilters;
  today: string;
  onEdit: (row: FollowUpRow) => void;
}

export function FollowUpList({ rows, filters, today, onEdit }: ListProps) {
  const { t, i18n } = useTranslation();
  const sorted = sortFollowUpRows(rows);
  if (sorted.length === 0) {
    return <p className="empty-state fu-empty">{hasFilters(filters) ? t('followups.list.empty') : t('followups.list.emptyAll')}</p>;
  }
  return (
    <>
      <p className="muted fu-list__count" aria-live="polite">
        {t('followups.list.count', { count: sorted.length, formatted: formatCount(i18n.language, sorted.length) })}
      </p>
      <table className="fu-table">
        <caption className="visually-hidden">{t('followups.list.caption')}</caption>
        <colgroup>
          <col />
          <col className="fu-table__col-due" />
          <col className="fu-table__col-owner" />
          <col className="fu-table__col-status" />
          <col className="fu-table__col-org" />
          <col className="fu-table__col-trip" />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">{t('followups.list.columns.title')}</th>
            <th scope="col">{t('followups.list.columns.due')}</th>
            <th scope="col">{t('followups.list.columns.owner')}</th>
            <th scope="col">{t('followups.list.columns.status')}</th>
            <th scope="col">{t('followups.list.columns.organisation')}</th>
            <th scope="col">{t('followups.list.columns.trip')}</th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((row) => {
            const f = row.followUp;
            return (
              <tr key={f.id}>
                <td>
                  <button type="button" className="fu-table__title" onClick={() => onEdit(row)} data-followup-id={f.id}>
                    {f.title}
                  </button>
                  <PriorityTag priority={f.priority} />
                </td>
                <td>
                  <DueDate followUp={f} today={today} />
                </td>
                <td className={row.ownerName ? '' : 'muted'}>{row.ownerName ?? t('followups.noOwner')}</td>
                <td>
                  <span className={`fu-status fu-status--${f.status}`}>{t(`followups.status.${f.status}`)}</span>
                </td>
                <td>{row.organisationName ?? ''}</td>
                <td>
                  <a href={listHref({ ...filters, tripId: f.tripId })} aria-label={t('followups.list.tripLink', { title: row.tripTitle })}>
                    {row.tripTitle}
                  </a>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </>
  );
}
