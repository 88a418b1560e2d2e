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
  it('sorts by the lender’s date: late, today, the next 6 days, the next 30 days, later', () => {
    expect(sectionOf('2026-03-08', '2026-03-07')).toBe('overdue');
    expect(sectionOf('2026-03-08', '2026-03-07', 3)).toBe('overdue'); // in grace still counts as late
    expect(sectionOf('2026-03-08', '2026-03-08')).toBe('today');
    expect(sectionOf('2026-03-08', '2026-03-14')).toBe('week');
    expect(sectionOf('2026-03-08', '2026-03-15')).toBe('days30');
    // 8 March + 29 days = 6 April, the last of the 30 days the header sums.
    expect(sectionOf('2026-03-08', '2026-04-06')).toBe('days30');
    expect(sectionOf('2026-03-08', '2026-04-07')).toBe('later');
  });

  it('keeps a week that crosses the month end in "this week", and the next month’s first days listed', () => {
    expect(sectionOf('2026-03-28', '2026-04-02')).toBe('week');
    expect(sectionOf('2026-03-28', '2026-04-04')).toBe('days30');
  });

  it('asks about an auto-repay installment the day after its due date instead of calling it late', () => {
    const rows = (today: string, debitFailed?: number[]) =>
      groupAgenda(
        openInstallments([makePlan({ firstDueDate: '2026-03-07', autoRepay: true, ...(debitFailed ? { debitFailed } : {}) })], today).map(
          agendaRow,
        ),
        today,
      );
    expect(rows('2026-03-07').today.map((row) => row.state)).toEqual(['due-today']);
    expect(rows('2026-03-08').confirm.map((row) => [row.period, row.state, row.penalty])).toEqual([[1, 'unconfirmed', 0]]);
    expect(rows('2026-03-08').overdue).toEqual([]);
    // Once the user says the debit failed, it is late as any other, and the row says so.
    expect(rows('2026-03-08', [1]).overdue.map((row) => [row.period, row.state, row.debitFailed])).toEqual([[1, 'overdue', true]]);
  });
});

describe('buildAgendaSnapshot: what the background keeps for the popup', () => {
  it('lists late installments and those due within 30 days, and sums the rest', () => {
    // 12 × 1,072.00 from 10 March; on 20 March: period 1 is 10 days late, period 2 (10 April) is within 30 days
    // (20 March + 29 = 18 April) though next month, period 3 (10 May) and on are later.
    const plan = makePlan({ firstDueDate: '2026-03-10' });
    const archived = makePlan({ id: 'old', archived: true });
    const snapshot = buildAgendaSnapshot([plan, archived], '2026-03-20');
    expect(snapshot.today).toBe('2026-03-20');
    expect(snapshot.activePlans).toBe(1);
    expect(snapshot.rows.map((row) => [row.period, row.state, row.remaining, row.penalty])).toEqual([
      [1, 'overdue', 107_200, 536],
      [2, 'upcoming', 107_200, 0],
    ]);
    expect(snapshot.later).toEqual({ count: 10, total: 10 * 107_200 });
    expect(snapshot.summary).toMatchObject({ overdueTotal: 107_200, overdueCount: 1, maxDaysLate: 10, penaltyTotal: 536 });
    expect(snapshot.rows[0]).toMatchObject({ planId: 'plan-1', title: 'Xiaomi 15 Pro', lender: { kind: 'xiaomi', name: '' }, periods: 12 });
  });
});

describe('the popup never shows money due without its rows', () => {
  it('lists what is due on 5, 9 and 10 December on 25 November, folding only what lies beyond 30 days', () => {
    // The reported case: with ¥1,877.23 due in the next 30 days every row sat folded under "later".
    const plans = [
      makePlan({ id: 'mi', firstDueDate: '2026-12-05' }),
      makePlan({ id: 'hb', lender: { kind: 'huabei', name: '' }, firstDueDate: '2026-12-09', periods: 3, principal: 30_000 }),
      makePlan({ id: 'card', lender: { kind: 'card', name: '' }, firstDueDate: '2026-12-10', periods: 6, principal: 60_000 }),
    ];
    const snapshot = buildAgendaSnapshot(plans, '2026-11-25');
    const agenda = groupAgenda(snapshot.rows, '2026-11-25');
    expect(agenda.days30.map((row) => [row.planId, row.dueDate])).toEqual([
      ['mi', '2026-12-05'],
      ['hb', '2026-12-09'],
      ['card', '2026-12-10'],
    ]);
    const listed = snapshot.rows.reduce((sum, row) => sum + row.remaining, 0);
    expect(listed).toBe(snapshot.summary.dueWithin30Days);
    expect(snapshot.rows.every((row) => row.dueDate <= '2026-12-24')).toBe(true);
    expect(snapshot.later.count).toBe(11 + 2 + 5);
  });
});
