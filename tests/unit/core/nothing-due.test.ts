import { describe, expect, it } from 'vitest';
import { addPlan } from '../../../lib/core/commands';
import { planFigures } from '../../../lib/core/figures';
import { planReminders } from '../../../lib/core/reminders';
import { buildSchedule } from '../../../lib/core/schedule';
import { DEFAULT_SETTINGS, type Plan } from '../../../lib/core/schemas';
import { planStatus } from '../../../lib/core/status';
import { openInstallments, paidProgress, summarizePlan } from '../../../lib/core/summary';
import { makePlan, payment } from './plan-factory';

// ¥1,000.00 over 360 periods at 24 % a year, annuity: r = 2 % a month, payment = round(100,000 × 0.02 × 1.02^360
// / (1.02^360 − 1)) = 2,002 fen (¥20.02). Each period's interest is round(balance × 2 %), principal 2,002 − interest:
// the rounded-up payment repays a little faster than the exact one, and period 350 (¥19.97) clears the balance.
// Periods 351–360 are ¥0.00: there is nothing to pay, and nothing was paid either.
const terms = { principal: 100_000, periods: 360, method: 'annuity' as const, rate: 0.24, firstDueDate: '2026-01-10' };
const plan = makePlan({ ...terms, id: 'tiny' });
const schedule = buildSchedule(terms);
const zeroPeriods = Array.from({ length: 10 }, (_, index) => 351 + index);

describe('periods of ¥0.00 at the end of a schedule', () => {
  it('the worked example: ¥20.02 a period, period 350 clears the balance, 351–360 are ¥0.00', () => {
    expect(schedule[0]).toMatchObject({ total: 2_002, interest: 2_000, principal: 2 });
    expect(schedule[349]).toMatchObject({ period: 350, total: 1_997, balanceAfter: 0 });
    expect(schedule.filter((row) => row.total === 0).map((row) => row.period)).toEqual(zeroPeriods);
  });

  it('shows them as nothing due, never as paid, on any day', () => {
    for (const today of ['2026-01-01', '2056-01-01']) {
      const statuses = planStatus(plan, today);
      expect(statuses.filter((status) => status.state === 'nothing-due').map((status) => status.period)).toEqual(zeroPeriods);
      expect(statuses.filter((status) => status.state === 'paid')).toEqual([]);
    }
  });

  it('counts none of them as paid: 0 of 350 before any payment, 350 of 350 once the rest is paid', () => {
    const before = summarizePlan(planStatus(plan, '2026-01-01'));
    expect(before).toMatchObject({ paidCount: 0, nothingDue: 10, periods: 360, remainingTotal: 349 * 2_002 + 1_997 });
    expect(paidProgress(before)).toEqual({ paid: 0, periods: 350, none: 10 });

    const paidUp: Plan = {
      ...plan,
      payments: schedule.filter((row) => row.total > 0).map((row) => payment(row.period, row.total, row.dueDate)),
    };
    const after = summarizePlan(planStatus(paidUp, '2056-01-01'));
    expect(paidProgress(after)).toEqual({ paid: 350, periods: 350, none: 10 });
    expect(after.next).toBeNull();
  });

  it('never lists them as due, and never reminds of them', () => {
    // 2055-03-07: three days before period 351, after period 350 is paid.
    const paidTo350: Plan = { ...plan, payments: schedule.slice(0, 350).map((row) => payment(row.period, row.total, row.dueDate)) };
    expect(openInstallments([paidTo350], '2055-03-07')).toEqual([]);
    const now = Date.UTC(2055, 2, 10, 1, 0, 0); // 09:00 in Shanghai on 10 Mar 2055, the due day of period 351
    expect(planReminders([paidTo350], DEFAULT_SETTINGS, [], now).due).toEqual([]);
    // …while an unpaid plan is listed only up to period 350.
    const open = openInstallments([plan], '2026-01-01').map((item) => item.status.period);
    expect(open).toHaveLength(350);
    expect(Math.max(...open)).toBe(350);
  });

  it('the plan figures agree (card and detail read them)', () => {
    expect(planFigures(plan, '2026-01-01')?.summary.nothingDue).toBe(10);
  });

  it('marking earlier periods paid records no payment of ¥0.00', () => {
    const draft = { ...plan, firstDueDate: '1996-01-10' as const };
    const { id: _id, payments: _p, skippedPeriods: _s, snoozes: _z, archived: _a, createdAt: _c, updatedAt: _u, ...fields } = draft;
    let n = 0;
    const added = addPlan({ ...fields, firstDueDate: '2000-01-10' }, 360, { now: 0, today: '2031-01-01', newId: () => `id${n++}` });
    expect(added.ok).toBe(true);
    if (!added.ok) return;
    expect(added.plan.payments).toHaveLength(350);
    expect(added.plan.payments.every((entry) => entry.amount > 0)).toBe(true);
  });
});
