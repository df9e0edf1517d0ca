// The follow-up rules the screens need (statuses in board order, overdue, due this week, list order), taken from
// shared/domain/followups.ts so the renderer and the backend can never disagree about what is overdue.
export { compareFollowUps, followUpStatuses, isDueThisWeek, isOverdue, sortFollowUpRows } from '../../../../shared/domain/followups';
