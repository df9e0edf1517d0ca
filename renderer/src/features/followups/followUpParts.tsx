// Small pieces shared by the board and the list: the due date (with "Overdue" in words), the priority tag,
// and the status list that moves a follow-up without a mouse.
import { useTranslation } from 'react-i18next';
import type { FollowUp, FollowUpStatus } from '../../../../shared/model';
import { useFormat } from '../../i18n/format';
import { isOverdue } from './followupRules';

export function DueDate({ followUp, today }: { followUp: Pick<FollowUp, 'dueDate' | 'status'>; today: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (!followUp.dueDate) return <span className="fu-due muted">{t('followups.noDue')}</span>;
  const date = format.date(followUp.dueDate);
  if (!isOverdue(followUp, today)) return <span className="fu-due">{t('followups.due', { date })}</span>;
  return (
    <span className="fu-due fu-due--overdue">
      <span aria-hidden="true">⚠ </span>
      <strong>{t('followups.overdue')}</strong> · {date}
    </span>
  );
}

export function PriorityTag({ priority }: { priority: FollowUp['priority'] }) {
  const { t } = useTranslation();
  // Normal is the usual case; tagging it would only add noise.
  if (priority === 'normal') return null;
  return <span className={`fu-priority fu-priority--${priority}`}>{t('followups.priorityLabel', { priority: t(`followups.priority.${priority}`) })}</span>;
}

interface StatusSelectProps {
  label: string;
  value: FollowUpStatus;
  onChange: (status: FollowUpStatus) => void;
  statuses: readonly FollowUpStatus[];
  className?: string;
}

export function StatusSelect({ label, value, onChange, statuses, className }: StatusSelectProps) {
  const { t } = useTranslation();
  return (
    <select className={`fu-status-select ${className ?? ''}`} aria-label={label} value={value} onChange={(e) => onChange(e.target.value as FollowUpStatus)}>
      {statuses.map((s) => (
        <option key={s} value={s}>
          {t(`followups.status.${s}`)}
        </option>
      ))}
    </select>
  );
}
