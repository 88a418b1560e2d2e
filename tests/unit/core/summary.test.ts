import { describe, expect, it } from 'vitest';
import { planStatus } from '../../../lib/core/status';
import { openInstallments, summarizePlan, summarizePortfolio } from '../../../lib/core/summary';
import { makePlan, payment } from './plan-factory';

describe('summarizePlan', () => {
  // 12 × 1,072.00 (100,000 principal + 7,200 fee), due on the 10th; periods 1 and 2 paid, 500.00 towards period 3.
  const plan = makePlan({
    payments: [payment(1, 107_200, '2026-01-09'), payment(2, 107_200, '2026-02-09'), payment(3, 50_000, '2026-03-01')],
  });

  it('counts 2 of 12 paid and what is left, the partial payment settling the fee first', () => {
    const summary = summarizePlan(planStatus(plan, '2026-03-05'));
    // Period 3: 107,200 − 50,000 = 57,200 left; the 7,200 fee is settled first, so all 57,200 left is principal.
    // Remaining principal: 57,200 + 9 × 100,000 = 957,200. Remaining total: 57,200 + 9 × 107,200 = 1,022,000.
    expect(summary).toMatchObject({ paidCount: 2, periods: 12, remainingPrincipal: 957_200, remainingTotal: 1_022_000, late: [] });
    expect(summary.next).toMatchObject({ period: 3, dueDate: '2026-03-10', state: 'partly-paid', remaining: 57_200 });
  });

  it('counts a partial payment smaller than the fee against the fee only', () => {
    // 50.00 towards period 1: 107,150 left, of which all 100,000 principal.
    const summary = summarizePlan(planStatus(makePlan({ payments: [payment(1, 5_000, '2026-01-05')] }), '2026-01-06'));
    expect(summary.remainingPrincipal).toBe(1_200_000);
    expect(summary.remainingTotal).toBe(1_286_400 - 5_000);
  });

  it('lists the late installments and points next at the earliest open one', () => {
    const summary = summarizePlan(planStatus(plan, '2026-03-15'));
    expect(summary.late.map((status) => status.period)).toEqual([3]);
    expect(summary.next?.period).toBe(3);
  });

  it('has nothing left and no next installment once every period is paid', () => {
    const payments = Array.from({ length: 12 }, (_, index) => payment(index + 1, 107_200, '2026-01-01'));
    const summary = summarizePlan(planStatus(makePlan({ payments }), '2026-06-01'));
    expect(summary).toMatchObject({ paidCount: 12, remainingPrincipal: 0, remainingTotal: 0, next: null, late: [] });
  });
});

describe('summarizePortfolio', () => {
  // Today is Tuesday 9 June 2026: "this week" runs to 15 June, the month to 30 June, 30 days to 8 July.
  const today = '2026-06-09';
  const paidThrough = (periods: number, amount: number) =>
    Array.from({ length: periods }, (_, index) => payment(index + 1, amount, '2026-01-01'));
  const plans = [
    // 1,072.00 due 10 June (period 6; 1–5 paid); the next, 10 July, is beyond 30 days.
    makePlan({ id: 'phone', title: 'Phone', payments: paidThrough(5, 107_200) }),
    // 1,000.00 due 30 June: this month, not this week.
    makePlan({ id: 'tv', title: 'TV', method: 'interest-free', rate: 0, principal: 300_000, periods: 3, firstDueDate: '2026-06-30' }),
    // 100.00 a month from 5 May: May paid, June's 4 days overdue, July's (5 July) within 30 days but not this month.
    makePlan({
      id: 'band',
      title: 'Band',
      method: 'interest-free',
      rate: 0,
      principal: 60_000,
      periods: 6,
      firstDueDate: '2026-05-05',
      payments: [payment(1, 10_000, '2026-05-05')],
    }),
    // Archived: never counted, though due tomorrow.
    makePlan({ id: 'old', title: 'Old', firstDueDate: '2026-06-10', archived: true }),
  ];

  it('totals what is due this week, this month, within 30 days and overdue', () => {
    const summary = summarizePortfolio(openInstallments(plans, today), today);
    expect(summary).toEqual({
      // What is late is owed now: it counts in every "due" figure as well as in the overdue one.
      dueWithin7Days: 107_200 + 10_000,
      dueThisMonth: 107_200 + 100_000 + 10_000,
      dueWithin30Days: 107_200 + 100_000 + 10_000 + 10_000,
      overdueTotal: 10_000,
      overdueCount: 1,
      maxDaysLate: 4,
      // 10,000 × 0.0005 × 4 days = 20 fen.
      penaltyTotal: 20,
    });
  });

  it('counts an installment due on the seventh day in this week and one due on the eighth not', () => {
    const onDay7 = makePlan({ id: 'a', firstDueDate: '2026-06-15', periods: 1, principal: 100_000 });
    const onDay8 = makePlan({ id: 'b', firstDueDate: '2026-06-16', periods: 1, principal: 200_000 });
    // Fee plans of one period at 0.6 %: 100,000 + 600 and 200,000 + 1,200.
    const summary = summarizePortfolio(openInstallments([onDay7, onDay8], today), today);
    expect(summary.dueWithin7Days).toBe(100_600);
    expect(summary.dueThisMonth).toBe(100_600 + 201_200);
  });

  it('counts an installment due on the thirtieth day within 30 days and one due on the thirty-first not', () => {
    const onDay30 = makePlan({ id: 'a', firstDueDate: '2026-07-08', periods: 1, principal: 100_000 });
    const onDay31 = makePlan({ id: 'b', firstDueDate: '2026-07-09', periods: 1, principal: 200_000 });
    const summary = summarizePortfolio(openInstallments([onDay30, onDay31], today), today);
    expect(summary.dueWithin30Days).toBe(100_600);
    expect(summary.dueThisMonth).toBe(0);
  });

  it('counts an installment due today in this week', () => {
    const dueToday = makePlan({ firstDueDate: today, periods: 1, principal: 100_000 });
    expect(summarizePortfolio(openInstallments([dueToday], today), today).dueWithin7Days).toBe(100_600);
  });

  it('is all zero with no plans', () => {
    expect(summarizePortfolio([], today)).toEqual({
      dueWithin7Days: 0,
      dueThisMonth: 0,
      dueWithin30Days: 0,
      overdueTotal: 0,
      overdueCount: 0,
      maxDaysLate: 0,
      penaltyTotal: 0,
    });
  });
});

describe('openInstallments', () => {
  it('lists open installments of active plans, earliest first', () => {
    const a = makePlan({ id: 'a', title: 'A', periods: 2, firstDueDate: '2026-01-20' });
    const b = makePlan({ id: 'b', title: 'B', periods: 2, firstDueDate: '2026-01-10', payments: [payment(1, 607_200, '2026-01-01')] });
    const archived = makePlan({ id: 'c', title: 'C', periods: 2, firstDueDate: '2026-01-05', archived: true });
    const items = openInstallments([a, b, archived], '2026-01-01');
    expect(items.map(({ plan, status }) => `${plan.id}:${status.period}:${status.dueDate}`)).toEqual([
      'a:1:2026-01-20',
      'b:2:2026-02-10',
      'a:2:2026-02-20',
    ]);
  });
});
