import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysBetween } from '../../../lib/core/dates';
import { DAYS_PER_MONTH, payoffQuote, remainingCost, savingKind } from '../../../lib/core/payoff';
import { planAtInstant } from './arbitraries';
import { makePlan, payment } from './plan-factory';

const paidThrough = (periods: number, amount: number) =>
  Array.from({ length: periods }, (_, index) => payment(index + 1, amount, '2026-01-01'));

/** What dated payments are worth on `from` at monthly rate i (months of 365/12 days). */
const worthAt = (from: string, flows: Array<[string, number]>, i: number) =>
  flows.reduce((sum, [date, amount]) => sum + amount / (1 + i) ** (daysBetween(from, date) / DAYS_PER_MONTH), 0);

describe('remainingCost: the rate the remaining payments cost against paying off today', () => {
  it('is 0 % for a fee plan whose lender keeps the fees: paying off early saves nothing', () => {
    // Periods 1–2 paid; on 1 March paying off costs 10 × 107,200 = 1,072,000, exactly what the schedule costs.
    const cost = remainingCost(makePlan({ payments: paidThrough(2, 107_200) }), '2026-03-01');
    expect(cost).toEqual({ payoff: 1_072_000, onSchedule: 1_072_000, rate: { nominal: 0, effective: 0 } });
    expect(savingKind(makePlan())).toBe('fees-kept');
  });

  it('is above the headline 13.03 % for a fee plan whose lender waives future fees', () => {
    // Paying off on 1 March costs 1,007,200 (principal + period 3's fee); keeping it costs 10 × 107,200 on the
    // 10th of March…December (9, 40, 70, … 284 days away). The IRR of that: 1.3162 %/month, 15.79 % a year:
    // the current period's fee is owed either way, so the fees saved are those of a shorter loan.
    const plan = makePlan({ payments: paidThrough(2, 107_200), waivesFutureFeesOnPayoff: true });
    const cost = remainingCost(plan, '2026-03-01');
    expect(cost?.payoff).toBe(1_007_200);
    expect(cost?.onSchedule).toBe(1_072_000);
    expect(cost?.rate.nominal).toBeCloseTo(0.157939, 5);
    expect(cost?.rate.effective).toBeCloseTo(0.169889, 5);
    const flows = Array.from({ length: 10 }, (_, index): [string, number] => [`2026-${String(index + 3).padStart(2, '0')}-10`, 107_200]);
    expect(worthAt('2026-03-01', flows, (cost?.rate.nominal ?? 0) / 12)).toBeCloseTo(1_007_200, 3);
  });

  it('is below the contract rate for an annuity, whose payoff owes the current month’s interest in full', () => {
    // 12,000.00 / 12 at 12 %, periods 1–2 paid: 1,019,914 now against 9 × 106,619 + 106,614 on the 15th from March.
    const plan = makePlan({ method: 'annuity', rate: 0.12, firstDueDate: '2026-01-15', payments: paidThrough(2, 106_619) });
    const cost = remainingCost(plan, '2026-03-01');
    expect(cost?.payoff).toBe(payoffQuote(plan, '2026-03-01').amount);
    expect(cost?.rate.nominal).toBeCloseTo(0.108043, 5);
  });

  it('weighs only what is not yet due: an overdue installment is owed either way', () => {
    // Period 2 (15 Feb) unpaid on 1 March: still 1,019,914 against periods 3–12.
    const plan = makePlan({ method: 'annuity', rate: 0.12, firstDueDate: '2026-01-15', payments: paidThrough(1, 106_619) });
    expect(remainingCost(plan, '2026-03-01')?.payoff).toBe(1_019_914);
  });

  it('is null once nothing is left that is not already due', () => {
    expect(remainingCost(makePlan({ payments: paidThrough(12, 107_200) }), '2026-03-01')).toBeNull();
    expect(remainingCost(makePlan(), '2027-01-01')).toBeNull();
  });

  it('never makes keeping a plan look cheaper than nothing, nor a fee plan without the waiver cost anything', () => {
    fc.assert(
      fc.property(planAtInstant(), ({ plan, today }) => {
        const cost = remainingCost(plan, today);
        if (!cost) return;
        expect(cost.payoff).toBeLessThanOrEqual(cost.onSchedule);
        expect(cost.rate.nominal).toBeGreaterThanOrEqual(0);
        if (cost.payoff === cost.onSchedule) expect(cost.rate.nominal).toBe(0);
        else expect(cost.rate.nominal).toBeGreaterThan(0);
      }),
      { numRuns: 150 },
    );
  });
});
