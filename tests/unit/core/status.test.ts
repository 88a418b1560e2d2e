import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isLate } from '../../../lib/core/installment-state';
import { scheduleOf } from '../../../lib/core/installments';
import { openStatusOfSchedule, statusOfSchedule } from '../../../lib/core/schedule-status';
import { type InstallmentStatus, isOpen, planStatus } from '../../../lib/core/status';
import { planAtInstant } from './arbitraries';
import { makePlan, payment } from './plan-factory';

// The factory's plan: 12 × 1,072.00 (100,000 principal + 7,200 fee fen), due on the 10th from 10 Jan 2026.
const statusOf = (statuses: InstallmentStatus[], period: number) =>
  statuses.find((status) => status.period === period) as InstallmentStatus;

describe('planStatus', () => {
  it('shows every installment as upcoming before anything is due', () => {
    const statuses = planStatus(makePlan(), '2026-01-05');
    expect(statuses.map((status) => status.state)).toEqual(Array(12).fill('upcoming'));
    expect(statusOf(statuses, 1)).toMatchObject({ paid: 0, remaining: 107_200, daysLate: 0, penalty: 0 });
  });

  it('marks an installment paid in full as paid, even after its due date', () => {
    const plan = makePlan({ payments: [payment(1, 107_200, '2026-01-08')] });
    expect(statusOf(planStatus(plan, '2026-01-20'), 1)).toMatchObject({ state: 'paid', paid: 107_200, remaining: 0, penalty: 0 });
  });

  it('adds up several payments towards one period', () => {
    const plan = makePlan({ payments: [payment(1, 50_000, '2026-01-03'), payment(1, 57_200, '2026-01-09')] });
    expect(statusOf(planStatus(plan, '2026-01-20'), 1)).toMatchObject({ state: 'paid', paid: 107_200, remaining: 0 });
  });

  it('never owes a negative amount after an overpayment', () => {
    const plan = makePlan({ payments: [payment(1, 120_000, '2026-01-08')] });
    expect(statusOf(planStatus(plan, '2026-01-08'), 1)).toMatchObject({ state: 'paid', remaining: 0 });
  });

  it('marks a part-paid installment before its due date as partly paid with what is left', () => {
    const plan = makePlan({ payments: [payment(1, 50_000, '2026-01-03')] });
    expect(statusOf(planStatus(plan, '2026-01-05'), 1)).toMatchObject({ state: 'partly-paid', paid: 50_000, remaining: 57_200 });
  });

  it('marks an unpaid installment due today', () => {
    const statuses = planStatus(makePlan(), '2026-01-10');
    expect(statusOf(statuses, 1)).toMatchObject({ state: 'due-today', remaining: 107_200, daysLate: 0, penalty: 0 });
    expect(statusOf(statuses, 2).state).toBe('upcoming');
  });

  it('counts days late without a penalty while the grace period lasts', () => {
    const plan = makePlan({ graceDays: 3 });
    expect(statusOf(planStatus(plan, '2026-01-12'), 1)).toMatchObject({ state: 'in-grace', daysLate: 2, penalty: 0 });
    expect(statusOf(planStatus(plan, '2026-01-13'), 1)).toMatchObject({ state: 'in-grace', daysLate: 3, penalty: 0 });
  });

  it('is overdue the day after the due date without grace, with the penalty estimate', () => {
    // 107,200 unpaid × 0.0005 a day × 1 day = 53.6 → 54 fen.
    expect(statusOf(planStatus(makePlan(), '2026-01-11'), 1)).toMatchObject({ state: 'overdue', daysLate: 1, penalty: 54 });
    // 10 days: 107,200 × 0.0005 × 10 = 536 fen.
    expect(statusOf(planStatus(makePlan(), '2026-01-20'), 1)).toMatchObject({ state: 'overdue', daysLate: 10, penalty: 536 });
  });

  it('counts the grace days in the penalty once grace has run out', () => {
    // Grace 3, 4 days late: 107,200 × 0.0005 × 4 = 214.4 → 214 fen.
    expect(statusOf(planStatus(makePlan({ graceDays: 3 }), '2026-01-14'), 1)).toMatchObject({
      state: 'overdue',
      daysLate: 4,
      penalty: 214,
    });
  });

  it('charges the penalty on the unpaid part only, rounding half-up', () => {
    // Paid 50,100 of 107,200: 57,100 unpaid × 0.0005 × 10 days = 285.5 → 286 fen.
    const plan = makePlan({ payments: [payment(1, 50_100, '2026-01-05')] });
    expect(statusOf(planStatus(plan, '2026-01-20'), 1)).toMatchObject({ state: 'overdue', paid: 50_100, remaining: 57_100, penalty: 286 });
  });

  it('uses the plan’s own daily penalty rate', () => {
    // 107,200 × 0.001 × 3 days = 321.6 → 322 fen.
    expect(statusOf(planStatus(makePlan({ penaltyDailyRate: 0.001 }), '2026-01-13'), 1).penalty).toBe(322);
  });

  it('counts days late across a month end', () => {
    // Period 1 due 10 Jan; on 2 Feb it is 21 + 2 = 23 days late: 107,200 × 0.0005 × 23 = 1,232.8 → 1,233 fen.
    expect(statusOf(planStatus(makePlan(), '2026-02-02'), 1)).toMatchObject({ daysLate: 23, penalty: 1_233 });
  });

  it('marks a skipped period skipped with nothing owed, however late', () => {
    const statuses = planStatus(makePlan({ skippedPeriods: [2] }), '2026-03-01');
    expect(statusOf(statuses, 2)).toMatchObject({ state: 'skipped', remaining: 0, daysLate: 0, penalty: 0 });
    expect(statusOf(statuses, 1).state).toBe('overdue');
  });

  it('keeps a paid period paid when it is also skipped', () => {
    const plan = makePlan({ skippedPeriods: [1], payments: [payment(1, 107_200, '2026-01-09')] });
    expect(statusOf(planStatus(plan, '2026-01-20'), 1).state).toBe('paid');
  });

  it('says which installments are open and which are late', () => {
    const statuses = planStatus(makePlan({ graceDays: 3, payments: [payment(1, 107_200, '2026-01-09')] }), '2026-02-12');
    expect(isOpen(statusOf(statuses, 1))).toBe(false);
    expect(isOpen(statusOf(statuses, 2))).toBe(true);
    expect(isLate(statusOf(statuses, 2))).toBe(true); // in grace
    expect(isLate(statusOf(statuses, 3))).toBe(false);
  });
});

describe('openStatusOfSchedule', () => {
  it('is statusOfSchedule of the open installments only, with skipped and auto-repaid plans too', () => {
    const someOf = (periods: number) =>
      fc.subarray(
        Array.from({ length: periods }, (_, i) => i + 1),
        { maxLength: Math.min(3, periods) },
      );
    const plans = planAtInstant(48).chain(({ plan, today }) =>
      fc.record({
        plan: fc.constant(plan),
        today: fc.constant(today),
        skipped: someOf(plan.periods),
        failed: someOf(plan.periods),
        autoRepay: fc.boolean(),
      }),
    );
    fc.assert(
      fc.property(plans, ({ plan, today, skipped, failed, autoRepay }) => {
        const varied = { ...plan, skippedPeriods: skipped, debitFailed: failed, autoRepay };
        const schedule = scheduleOf(varied);
        const open = openStatusOfSchedule(varied, today, schedule);
        expect(open).toStrictEqual(statusOfSchedule(varied, today, schedule).filter(isOpen));
        expect(open.every((status) => status.state !== 'skipped' && status.state !== 'paid')).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
