// The board: a column per status with its count; drop a card on a column to change its status. Long columns
// (years of done follow-ups) show the first cards with "Show more", so the board stays quick.
import { useId, useMemo, useState, type DragEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FollowUpRow } from '../../../../shared/contract';
import type { FollowUpStatus } from '../../../../shared/model';
import { columnPageSize, dragType, groupByStatus } from './boardModel';
import { FollowUpCard } from './FollowUpCard';
import { followUpStatuses } from './followupRules';
import { formatCount } from './followUpFormat';

interface BoardProps {
  rows: FollowUpRow[];
  today: string;
  onMove: (row: FollowUpRow, status: FollowUpStatus) => void;
  onEdit: (row: FollowUpRow) => void;
}

export function FollowUpBoard({ rows, today, onMove, onEdit }: BoardProps) {
  const { t } = useTranslation();
  const hintId = useId();
  const columns = useMemo(() => groupByStatus(rows), [rows]);
  const [dragging, setDragging] = useState<string | null>(null);
  const [over, setOver] = useState<FollowUpStatus | null>(null);

  const drop = (status: FollowUpStatus, event: DragEvent<HTMLElement>): void => {
    event.preventDefault();
    setOver(null);
    setDragging(null);
    const id = event.dataTransfer.getData(dragType);
    const row = followUpStatuses.flatMap((s) => columns[s]).find((r) => r.followUp.id === id);
    if (row) onMove(row, status);
  };

  return (
    <div className="fu-board-wrap">
      <p id={hintId} className="muted fu-board__hint">
        {t('followups.board.dragHint')}
      </p>
      <div className={`fu-board ${dragging ? 'is-dragging' : ''}`} role="group" aria-label={t('followups.board.label')} aria-describedby={hintId}>
        {followUpStatuses.map((status) => (
          <Column
            key={status}
            status={status}
            rows={columns[status]}
            isOver={over === status}
            onDragOver={(event) => {
              // Only our own cards may be dropped; text or files dragged in from elsewhere are refused.
              if (!event.dataTransfer.types.includes(dragType)) return;
              event.preventDefault();
              event.dataTransfer.dropEffect = 'move';
              if (over !== status) setOver(status);
            }}
            onDragLeave={(event) => {
              if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setOver((s) => (s === status ? null : s));
            }}
            onDrop={(event) => drop(status, event)}
          >
            {(row) => <FollowUpCard key={row.followUp.id} row={row} today={today} onEdit={onEdit} onMove={onMove} onDragChange={setDragging} />}
          </Column>
        ))}
      </div>
    </div>
  );
}

interface ColumnProps {
  status: FollowUpStatus;
  rows: FollowUpRow[];
  isOver: boolean;
  onDragOver: (event: DragEvent<HTMLElement>) => void;
  onDragLeave: (event: DragEvent<HTMLElement>) => void;
  onDrop: (event: DragEvent<HTMLElement>) => void;
  children: (row: FollowUpRow) => ReactNode;
}

function Column({ status, rows, isOver, onDragOver, onDragLeave, onDrop, children }: ColumnProps) {
  const { t, i18n } = useTranslation();
  const [shown, setShown] = useState(columnPageSize);
  const headingId = useId();
  const name = t(`followups.status.${status}`);
  const hidden = rows.length - shown;
  return (
    <section
      className={`fu-column fu-column--${status} ${isOver ? 'is-over' : ''}`}
      aria-labelledby={headingId}
      data-status={status}
      onDragOver={onDragOver}
      onDragLeave={onDragLeave}
      onDrop={onDrop}
    >
      <h2 id={headingId} className="fu-column__title">
        <span className="visually-hidden">{t('followups.board.column', { status: name, count: rows.length })}</span>
        <span aria-hidden="true">{name}</span>
        <span aria-hidden="true" className="fu-column__count">
          {formatCount(i18n.language, rows.length)}
        </span>
      </h2>
      {rows.length === 0 ? (
        <p className="fu-column__empty muted">{isOver ? t('followups.board.dropHere', { status: name }) : t('followups.board.empty')}</p>
      ) : (
        <ul className="fu-column__cards">{rows.slice(0, shown).map(children)}</ul>
      )}
      {hidden > 0 && (
        <button type="button" className="button button--quiet button--small fu-column__more" onClick={() => setShown((n) => n + columnPageSize)}>
          {t('followups.board.showMore', { count: Math.min(hidden, columnPageSize) })}
        </button>
      )}
    </section>
  );
}
