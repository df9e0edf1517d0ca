// The board puts each follow-up in its status column and keeps the backend's order.
import { describe, expect, it } from 'vitest';
import type { FollowUpRow } from '../../../../../../shared/contract';
import type { FollowUp, FollowUpStatus } from '../../../../../../shared/model';
import { groupByStatus } from '../../../../../../renderer/src/features/followups/boardModel';

function row(id: string, status: FollowUpStatus): FollowUpRow {
  const followUp: FollowUp = {
    id,
    tripId: 't1',
    title: `Follow-up ${id}`,
    status,
    priority: 'normal',
    outcome: {},
    details: '',
    createdAt: '2027-01-01T00:00:00.000Z',
    updatedAt: '2027-01-01T00:00:00.000Z',
    deleted: false,
  };
  return { followUp, tripTitle: 'Trip' };
}

describe('board columns', () => {
  it('has a column per status, left to right, in the backend order', () => {
    const columns = groupByStatus([row('a', 'open'), row('b', 'done'), row('c', 'open'), row('d', 'dropped')]);
    expect(Object.keys(columns)).toEqual(['open', 'in-progress', 'waiting', 'done', 'dropped']);
    expect(columns.open.map((r) => r.followUp.id)).toEqual(['a', 'c']);
    expect(columns['in-progress']).toEqual([]);
    expect(columns.done.map((r) => r.followUp.id)).toEqual(['b']);
  });
});
