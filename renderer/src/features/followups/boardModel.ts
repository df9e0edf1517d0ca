// The board's columns: rows grouped by status (in the order the backend sorted them). A move on its way to the
// backend is already in the rows (useStatusMove writes it into the cached lists), so a dropped card lands at once.
import type { FollowUpRow } from '../../../../shared/contract';
import type { FollowUpStatus } from '../../../../shared/model';
import { followUpStatuses } from './followupRules';

export type Columns = Record<FollowUpStatus, FollowUpRow[]>;

export function groupByStatus(rows: FollowUpRow[]): Columns {
  const columns = Object.fromEntries(followUpStatuses.map((s) => [s, [] as FollowUpRow[]])) as Columns;
  for (const row of rows) columns[row.followUp.status].push(row);
  return columns;
}

/** How many cards a column shows before "Show more": ten years of done follow-ups would drown the board. */
export const columnPageSize = 50;

/** The id carried by a drag, in a type of our own so text dragged in from elsewhere is not taken for a card. */
export const dragType = 'application/x-planner-followup';
