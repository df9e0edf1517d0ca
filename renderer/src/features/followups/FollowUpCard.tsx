// One follow-up on the board: title (opens the editor), owner, due date (overdue said in words, not colour alone),
// priority, organisation and trip; draggable to another column, with a status list as the keyboard alternative.
import type { DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FollowUpRow } from '../../../../shared/contract';
import type { FollowUpStatus } from '../../../../shared/model';
import { dragType } from './boardModel';
import { DueDate, PriorityTag, StatusSelect } from './followUpParts';
import { followUpStatuses } from './followupRules';
import { listHref } from './listQuery';

interface CardProps {
  row: FollowUpRow;
  today: string;
  onEdit: (row: FollowUpRow) => void;
  onMove: (row: FollowUpRow, status: FollowUpStatus) => void;
  onDragChange: (id: string | null) => void;
}

export function FollowUpCard({ row, today, onEdit, onMove, onDragChange }: CardProps) {
  const { t } = useTranslation();
  const f = row.followUp;

  const start = (event: DragEvent<HTMLLIElement>): void => {
    event.dataTransfer.setData(dragType, f.id);
    // Some browsers start a drag only when plain text is set too.
    event.dataTransfer.setData('text/plain', f.title);
    event.dataTransfer.effectAllowed = 'move';
    onDragChange(f.id);
  };

  return (
    <li className={`fu-card fu-card--${f.priority}`} draggable onDragStart={start} onDragEnd={() => onDragChange(null)} data-followup-id={f.id}>
      <div className="fu-card__head">
        <button type="button" className="fu-card__title" onClick={() => onEdit(row)} aria-label={t('followups.board.edit', { title: f.title })} title={f.title}>
          {f.title}
        </button>
        <PriorityTag priority={f.priority} />
      </div>
      {/* The due date may wrap (overdue is never cut off); the other lines end in an ellipsis, full text on hover. */}
      <p className="fu-card__line fu-card__due">
        <DueDate followUp={f} today={today} />
      </p>
      <p className={`fu-card__line fu-card__clip${row.ownerName ? '' : ' muted'}`} title={row.ownerName}>
        {row.ownerName ?? t('followups.noOwner')}
      </p>
      {row.organisationName && (
        <p className="fu-card__line fu-card__clip fu-card__org" title={row.organisationName}>
          {row.organisationName}
        </p>
      )}
      <p className="fu-card__line fu-card__clip fu-card__trip" title={row.tripTitle}>
        <a href={listHref({ tripId: f.tripId })} aria-label={t('followups.list.tripLink', { title: row.tripTitle })}>
          {row.tripTitle}
        </a>
      </p>
      <StatusSelect
        className="fu-card__status"
        label={t('followups.board.moveTo', { title: f.title })}
        value={f.status}
        onChange={(status) => onMove(row, status)}
        statuses={followUpStatuses}
      />
    </li>
  );
}
