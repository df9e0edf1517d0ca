// The follow-up rules the lists, the board and the navigation count share: overdue, due this week, list order, outcomes.
import { describe, expect, it } from 'vitest';
import { compareFollowUps, hasOutcome, isDueThisWeek, isOverdue, outcomeDate, sortFollowUpRows } from '../../../../shared/domain/followups';
import type { FollowUp } from '../../../../shared/model';

const today = '2026-03-10';

describe('isOverdue', () => {
  it('is overdue only when due before today and not done or dropped', () => {
    expect(isOverdue({ dueDate: '2026-03-09', status: 'open' }, today)).toBe(true);
    expect(isOverdue({ dueDate: '2026-03-09', status: 'in-progress' }, today)).toBe(true);
    expect(isOverdue({ dueDate: '2026-03-09', status: 'waiting' }, today)).toBe(true);
    expect(isOverdue({ dueDate: '2026-03-09', status: 'done' }, today)).toBe(false);
    expect(isOverdue({ dueDate: '2026-03-09', status: 'dropped' }, today)).toBe(false);
  });

  it('is not overdue on the day it is due, nor without a due date', () => {
    expect(isOverdue({ dueDate: today, status: 'open' }, today)).toBe(false);
    expect(isOverdue({ status: 'open' }, today)).toBe(false);
  });

  it('compares dates across a year end', () => {
    expect(isOverdue({ dueDate: '2025-12-31', status: 'open' }, '2026-01-01')).toBe(true);
  });
});

describe('isDueThisWeek', () => {
  it('takes today to six days after it, inclusive', () => {
    expect(isDueThisWeek({ dueDate: today }, today)).toBe(true);
    expect(isDueThisWeek({ dueDate: '2026-03-16' }, today)).toBe(true);
    expect(isDueThisWeek({ dueDate: '2026-03-17' }, today)).toBe(false);
    expect(isDueThisWeek({ dueDate: '2026-03-09' }, today)).toBe(false);
    expect(isDueThisWeek({}, today)).toBe(false);
  });

  it('crosses a month end', () => {
    expect(isDueThisWeek({ dueDate: '2026-03-02' }, '2026-02-24')).toBe(true);
    expect(isDueThisWeek({ dueDate: '2026-03-03' }, '2026-02-24')).toBe(false);
  });
});

describe('list order', () => {
  const f = (id: string, dueDate: string | undefined, priority: FollowUp['priority'], title = id) => ({ id, title, priority, ...(dueDate && { dueDate }) });

  it('sorts soonest due first, no due date last, then high priority first, then title', () => {
    const items = [
      f('none-high', undefined, 'high'),
      f('late-low', '2026-04-01', 'low'),
      f('soon-normal', '2026-03-01', 'normal'),
      f('soon-high', '2026-03-01', 'high'),
      f('soon-low-b', '2026-03-01', 'low', 'b'),
      f('soon-low-a', '2026-03-01', 'low', 'a'),
    ];
    expect(items.sort(compareFollowUps).map((x) => x.id)).toEqual(['soon-high', 'soon-normal', 'soon-low-a', 'soon-low-b', 'late-low', 'none-high']);
  });

  it('sorts rows by their follow-up without changing the input', () => {
    const rows = [{ followUp: f('b', undefined, 'normal') }, { followUp: f('a', '2026-01-01', 'low') }];
    expect(sortFollowUpRows(rows).map((r) => r.followUp.id)).toEqual(['a', 'b']);
    expect(rows[0]!.followUp.id).toBe('b');
  });
});

describe('outcomes', () => {
  it('counts an MoU, investment or jobs as an outcome, and nothing else', () => {
    expect(hasOutcome({ outcome: {} })).toBe(false);
    expect(hasOutcome({ outcome: { investmentHkd: 0, jobs: 0 } })).toBe(false);
    expect(hasOutcome({ outcome: { mou: { title: 'MoU', parties: [] } } })).toBe(true);
    expect(hasOutcome({ outcome: { investmentHkd: 5 } })).toBe(true);
    expect(hasOutcome({ outcome: { jobs: 3 } })).toBe(true);
  });

  it("dates an outcome by the MoU's date, else the due date, else the last change", () => {
    const updatedAt = '2026-02-03T04:05:06.000Z';
    expect(outcomeDate({ outcome: { mou: { title: 'x', parties: [], date: '2025-11-11' } }, dueDate: '2026-01-01', updatedAt })).toBe('2025-11-11');
    expect(outcomeDate({ outcome: { mou: { title: 'x', parties: [] } }, dueDate: '2026-01-01', updatedAt })).toBe('2026-01-01');
    expect(outcomeDate({ outcome: { jobs: 1 }, updatedAt })).toBe('2026-02-03');
  });
});
