import { describe, expect, it } from 'vitest';
import { agendaRow, groupAgenda } from '../../../lib/core/agenda';
import { buildAgendaSnapshot } from '../../../lib/core/agenda-snapshot';
import { openInstallments } from '../../../lib/core/summary';
import { makePlan } from './plan-factory';

const sectionOf = (today: string, firstDueDate: string, graceDays = 0) => {
  const agenda = groupAgenda(
    openInstallments([makePlan({ firstDueDate, graceDays, periods: 3, principal: 30_000 })], today).map(agendaRow),
    today,
  );
  return Object.entries(agenda).find(([, rows]) => rows[0]?.period === 1)?.[0];
};

describe('groupAgenda', () => {
  it('sorts by the lender’s date: late, today, the next 6 days, the rest of the month, later', () => {
    expect(sectionOf('2026-03-08', '2026-03-07')).toBe('overdue');
    expect(sectionOf('2026-03-08', '2026-03-07', 3)).toBe('overdue'); // in grace still counts as late
    expect(sectionOf('2026-03-08', '2026-03-08')).toBe('today');
    expect(sectionOf('2026-03-08', '2026-03-14')).toBe('week');
    expect(sectionOf('2026-03-08', '2026-03-15')).toBe('month');
    expect(sectionOf('2026-03-08', '2026-03-31')).toBe('month');
    expect(sectionOf('2026-03-08', '2026-04-01')).toBe('later');
  });

  it('keeps a week that crosses the month end in "this week"', () => {
    expect(sectionOf('2026-03-28', '2026-04-02')).toBe('week');
    expect(sectionOf('2026-03-28', '2026-04-04')).toBe('later');
  });
});

describe('buildAgendaSnapshot: what the background keeps for the popup', () => {
  it('lists late installments and those due by the end of this month, and sums the rest', () => {
    // 12 × 1,072.00 from 10 March; on 20 March: period 1 is 10 days late, period 2 (10 April) and on are later.
    const plan = makePlan({ firstDueDate: '2026-03-10' });
    const archived = makePlan({ id: 'old', archived: true });
    const snapshot = buildAgendaSnapshot([plan, archived], '2026-03-20');
    expect(snapshot.today).toBe('2026-03-20');
    expect(snapshot.activePlans).toBe(1);
    expect(snapshot.rows.map((row) => [row.period, row.state, row.remaining, row.penalty])).toEqual([[1, 'overdue', 107_200, 536]]);
    expect(snapshot.later).toEqual({ count: 11, total: 11 * 107_200 });
    expect(snapshot.summary).toMatchObject({ overdueTotal: 107_200, overdueCount: 1, maxDaysLate: 10, penaltyTotal: 536 });
    expect(snapshot.rows[0]).toMatchObject({ planId: 'plan-1', title: 'Xiaomi 15 Pro', lender: { kind: 'xiaomi', name: '' }, periods: 12 });
  });
});
