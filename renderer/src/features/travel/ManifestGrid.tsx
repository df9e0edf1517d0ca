// The manifest grid: two rows per member (arrival, departure), one cell per detail, typed like a spreadsheet. Tab
// and Shift+Tab go through the cells, Enter and Shift+Enter to the same cell of the next or previous row, Escape puts
// a cell back as stored. A row is stored when focus leaves one of its cells; a member typed onto a flight someone
// else already takes that day joins that journey.
import { useMemo, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TripDetail } from '../../../../shared/contract';
import type { TripEvent } from '../../../../shared/model';
import { ErrorMessage } from '../../components/ErrorMessage';
import { nameIn } from '../../i18n/names';
import { cellKeys, flightInFull, invalidCells, manifestRows, type CellKey, type ManifestRow } from './manifestModel';
import { rowKey, type useManifestEdits } from './useManifestEdits';


type Edits = ReturnType<typeof useManifestEdits>;

export function ManifestGrid({
  detail,
  edits,
  onOpen,
  onCopy,
}: {
  detail: TripDetail;
  edits: Edits;
  onOpen: (eventId: string) => void;
  onCopy: (row: ManifestRow & { journey: TripEvent }) => void;
}) {
  const { t, i18n } = useTranslation();
  const rows = useMemo(() => manifestRows(detail.trip, detail.members, detail.events), [detail.trip, detail.members, detail.events]);
  const failed = edits.failure ? rows.find((r) => rowKey(r) === edits.failure?.row) : undefined;

  // Enter moves down a column as a spreadsheet does; the row left behind is stored by the cell's blur.
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>, row: ManifestRow, index: number, key: CellKey) => {
    if (event.key === 'Escape') {
      edits.revert(row, key);
      event.stopPropagation();
      return;
    }
    if (event.key !== 'Enter') return;
    event.preventDefault();
    const next = event.currentTarget.closest('table')?.querySelector<HTMLInputElement>(`input[data-row="${index + (event.shiftKey ? -1 : 1)}"][data-cell="${key}"]`);
    if (next) next.focus();
    else event.currentTarget.blur();
  };

  if (detail.members.length === 0) return <p className="muted">{t('travel.grid.noMembers')}</p>;
  return (
    <div className="manifest">
      {failed && edits.failure && (
        <div className="manifest__failure" role="alert">
          <p>{t('travel.grid.failed', { name: nameIn(failed.member.name, i18n.language), segment: t(`travel.segmentName.${failed.segment}`) })}</p>
          <ErrorMessage error={edits.failure.error} />
        </div>
      )}
      <div className="manifest__scroll">
        <table className="manifest__table">
          <caption className="visually-hidden">{t('travel.grid.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('travel.grid.member')}</th>
              <th scope="col">{t('travel.grid.segment')}</th>
              {cellKeys.map((key) => (
                <th key={key} scope="col">
                  {t(`travel.cells.${key}`)}
                </th>
              ))}
              <th scope="col">
                <span className="visually-hidden">{t('travel.grid.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => {
              const name = nameIn(row.member.name, i18n.language);
              const segment = t(`travel.segment.${row.segment}`);
              const segmentName = t(`travel.segmentName.${row.segment}`);
              const cells = edits.cells(row);
              const typed = edits.isTyped(row);
              const isNew = !row.journey;
              // Malformed values are marked at once; cells a new journey still lacks are only listed as a hint.
              const missing = typed ? invalidCells(cells, isNew) : [];
              const wrong = typed ? invalidCells(cells, false) : [];
              const journey = row.journey;
              return (
                <tr key={rowKey(row)} className={`manifest__row manifest__row--${row.segment}`}>
                  {row.segment === 'arrival' && (
                    <th scope="rowgroup" rowSpan={2} className="manifest__member">
                      {name}
                      {row.member.title && <span className="muted manifest__title">{row.member.title}</span>}
                    </th>
                  )}
                  <td className="manifest__segment">
                    {/* The journey's name opens it in the editor, for what the grid does not show (terminals, names). */}
                    {journey ? (
                      <button type="button" className="manifest__open" onClick={() => onOpen(journey.id)} aria-label={t('travel.grid.openLabel', { name, segment: segmentName })}>
                        {segment}
                      </button>
                    ) : (
                      segment
                    )}
                  </td>
                  {cellKeys.map((key) => {
                    // The flight is shown as its code and number; the airline's full name is kept in the tooltip and
                    // the cell's name, so a screen reader hears all of it.
                    const full = key === 'flight' ? flightInFull(journey?.travel, cells.flight) : undefined;
                    const label = t('travel.grid.cellLabel', { name, segment, field: t(`travel.cells.${key}`) });
                    return (
                      <td key={key}>
                        <input
                          type="text"
                          className="manifest__cell"
                          size={1}
                          value={cells[key]}
                          title={full}
                          aria-label={full ? t('travel.grid.cellLabelFull', { label, full }) : label}
                          aria-invalid={wrong.includes(key) || undefined}
                          data-row={index}
                          data-cell={key}
                          onChange={(e) => edits.type(row, key, e.target.value)}
                          onKeyDown={(e) => onKeyDown(e, row, index, key)}
                          onBlur={() => edits.commit(row)}
                        />
                      </td>
                    );
                  })}
                  <td className="manifest__actions">
                    {edits.saving === rowKey(row) ? (
                      <span className="muted">{t('travel.grid.saving')}</span>
                    ) : typed && isNew && missing.length > 0 ? (
                      <span className="muted manifest__needs">{t('travel.grid.needs', { fields: missing.map((k) => t(`travel.cells.${k}`)).join(t('travel.grid.separator')) })}</span>
                    ) : journey ? (
                      <button
                        type="button"
                        className="button button--small manifest__copy"
                        onClick={() => onCopy({ ...row, journey })}
                        aria-label={t('travel.copy.open', { name, segment: segmentName })}
                        title={t('travel.copy.open', { name, segment: segmentName })}
                      >
                        {/* A narrow window shows only the icon, so the grid fits beside the sidebar. */}
                        <span className="manifest__copy-text">{t('travel.copy.button')}</span>
                        <span className="manifest__copy-icon" aria-hidden="true">
                          ⇊
                        </span>
                      </button>
                    ) : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
