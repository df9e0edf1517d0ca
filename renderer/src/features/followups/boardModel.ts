// The board's columns: rows grouped by status (in the order the backend sorted them), with moves that are still
// on their way to the backend already applied, so a dropped card lands at once and jumps back only on failure.
import type { FollowUpRow } from '../../../../shared/contract';
import type { FollowUpStatus } from '../../../../shared/model';
import { followUpStatuses } from './followupRules';

export type Columns = Record<FollowUpStatus, FollowUpRow[]>;

/** id → the status it is being moved to. */
export type PendingMoves = ReadonlyMap<string, FollowUpStatus>;

export function groupByStatus(rows: FollowUpRow[], pending: PendingMoves = new Map()): Columns {
  const columns = Object.fromEntries(followUpStatuses.map((s) => [s, [] as FollowUpRow[]])) as Columns;
  for (const row of rows) {
    const moved = pending.get(row.followUp.id);
    const shown = moved && moved !== row.followUp.status ? { ...row, followUp: { ...row.followUp, status: moved } } : row;
    columns[shown.followUp.status].push(shown);
  }
  return columns;
}

/** How many cards a column shows before "Show more": ten years of done follow-ups would drown the board. */
export const columnPageSize = 50;

/** The id carried by a drag, in a type of our own so text dragged in from elsewhere is not taken for a card. */
export const dragType = 'application/x-planner-followup';
