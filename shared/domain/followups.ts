// The rules every follow-up list, board and count shares, in the backend and the renderer alike: what is overdue,
// what is due this week, and the order follow-ups are shown in. Dates are plain calendar dates (YYYY-MM-DD), so
// comparing them as strings is comparing them as days; `today` is always the user's local date, passed in.
import type { FollowUp, FollowUpStatus } from '../model';
import { addCalendarDays } from './time';

/** The board's columns, left to right. */
export const followUpStatuses: readonly FollowUpStatus[] = ['open', 'in-progress', 'waiting', 'done', 'dropped'];

type Dated = Pick<FollowUp, 'dueDate' | 'status'>;

/** Done and dropped follow-ups need nothing more from anyone, so they are never overdue. */
export function isClosed(status: FollowUpStatus): boolean {
  return status === 'done' || status === 'dropped';
}

/** Due before today and still open, in progress or waiting. Due today is not overdue yet. */
export function isOverdue(f: Dated, today: string): boolean {
  return f.dueDate !== undefined && f.dueDate < today && !isClosed(f.status);
}

/** Due from today to six days after it (seven days in all), whatever the status: combine with a status filter. */
export function isDueThisWeek(f: Pick<FollowUp, 'dueDate'>, today: string): boolean {
  return f.dueDate !== undefined && f.dueDate >= today && f.dueDate <= addCalendarDays(today, 6);
}

const priorityRank: Record<FollowUp['priority'], number> = { high: 0, normal: 1, low: 2 };

type Sortable = Pick<FollowUp, 'id' | 'title' | 'dueDate' | 'priority'>;

/**
 * The list order: soonest due first (no due date last), then high priority before normal before low, then by
 * title, then id so that the order is the same on every run.
 */
export function compareFollowUps(a: Sortable, b: Sortable): number {
  if (a.dueDate !== b.dueDate) {
    if (a.dueDate === undefined) return 1;
    if (b.dueDate === undefined) return -1;
    return a.dueDate < b.dueDate ? -1 : 1;
  }
  return priorityRank[a.priority] - priorityRank[b.priority] || a.title.localeCompare(b.title) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Sorts rows that carry a follow-up (such as the contract's FollowUpRow) in the list order, without changing `rows`. */
export function sortFollowUpRows<R extends { followUp: Sortable }>(rows: readonly R[]): R[] {
  return [...rows].sort((a, b) => compareFollowUps(a.followUp, b.followUp));
}

/** Whether a follow-up has recorded anything that counts as an outcome: an MoU, investment or jobs. */
export function hasOutcome(f: Pick<FollowUp, 'outcome'>): boolean {
  const { mou, investmentHkd, jobs } = f.outcome;
  return mou !== undefined || (investmentHkd ?? 0) > 0 || (jobs ?? 0) > 0;
}

/** The day an outcome is dated by: the MoU's date, else the follow-up's due date, else the day it was last changed. */
export function outcomeDate(f: Pick<FollowUp, 'outcome' | 'dueDate' | 'updatedAt'>): string {
  return f.outcome.mou?.date ?? f.dueDate ?? f.updatedAt.slice(0, 10);
}
