import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { payoffQuote } from '../../../lib/core/payoff';
import { planStatus } from '../../../lib/core/status';
import { summarizePlan } from '../../../lib/core/summary';
import { planAtInstant } from './arbitraries';
import { makePlan, payment } from './plan-factory';

const paidThrough = (periods: number, amount: number) =>
  Array.from({ length: periods }, (_, index) => payment(index + 1, amount, '2026-01-01'));

describe('payoffQuote: fee plans', () => {
  // 12 × 1,072.00 (100,000 principal + 7,200 fee), due on the 10th; periods 1–2 paid; on 1 March period 3 is current.
  const today = '2026-03-01';

  it('owes all remaining principal and every remaining fee, saving nothing', () => {
    // 10 periods left: 10 × 100,000 = 1,000,000 principal + 10 × 7,200 = 72,000 fees = 1,072,000.
    expect(payoffQuote(makePlan({ payments: paidThrough(2, 107_200) }), today)).toEqual({
      amount: 1_072_000,
      principal: 1_000_000,
      charges: 72_000,
      penalty: 0,
      onSchedule: 1_072_000,
      saving: 0,
    });
  });

  it('owes only the current period’s fee when the lender waives future fees', () => {
    // 1,000,000 principal + period 3's 7,200 fee = 1,007,200; periods 4–12's fees saved: 9 × 7,200 = 64,800.
    const plan = makePlan({ payments: paidThrough(2, 107_200), waivesFutureFeesOnPayoff: true });
    expect(payoffQuote(plan, today)).toEqual({
      amount: 1_007_200,
      principal: 1_000_000,
      charges: 7_200,
      penalty: 0,
      onSchedule: 1_072_000,
      saving: 64_800,
    });
  });

  it('owes a past-due unpaid installment in full, fee included', () => {
    // 15 March: period 3 (10 March) unpaid → 107,200 in full; current period 4's fee 7,200; periods 5–12 principal only.
    // 10 × 100,000 + 7,200 + 7,200 = 1,014,400; saving 8 × 7,200 = 57,600.
    // Plus the late charge so far: 107,200 × 0.05 %/day × 5 days = 268 → amount 1,014,668.
    const plan = makePlan({ payments: paidThrough(2, 107_200), waivesFutureFeesOnPayoff: true });
    expect(payoffQuote(plan, '2026-03-15')).toEqual({
      amount: 1_014_668,
      principal: 1_000_000,
      charges: 14_400,
      penalty: 268,
      onSchedule: 1_072_000,
      saving: 57_600,
    });
  });

  it('owes the installment due today in full and counts the next one as current', () => {
    const plan = makePlan({ payments: paidThrough(2, 107_200), waivesFutureFeesOnPayoff: true });
    expect(payoffQuote(plan, '2026-03-10')).toMatchObject({ amount: 1_014_400, charges: 14_400 });
  });

  it('settles a part payment against the fee first', () => {
    // Period 3 has 50,000 paid: 57,200 left, all principal. Principal 57,200 + 9 × 100,000 = 957,200; period 3's fee
    // is already settled, so with the waiver nothing more is charged: amount 957,200; on schedule 57,200 + 9 × 107,200.
    const plan = makePlan({ payments: [...paidThrough(2, 107_200), payment(3, 50_000, '2026-02-20')], waivesFutureFeesOnPayoff: true });
    expect(payoffQuote(plan, today)).toEqual({
      amount: 957_200,
      principal: 957_200,
      charges: 0,
      penalty: 0,
      onSchedule: 1_022_000,
      saving: 1_022_000 - 957_200,
    });
  });

  it('owes nothing once every period is paid', () => {
    expect(payoffQuote(makePlan({ payments: paidThrough(12, 107_200) }), today)).toEqual({
      amount: 0,
      principal: 0,
      charges: 0,
      penalty: 0,
      onSchedule: 0,
      saving: 0,
    });
  });
});

describe('payoffQuote: interest methods', () => {
  it('owes an annuity’s remaining principal plus the current period’s interest', () => {
    // 12,000.00 / 12 at 12 % from 15 Jan (1,066.19 a month), periods 1–2 paid; on 1 March period 3 is current.
    // Balance after period 2: 1,009,816; period 3's interest round(1,009,816 × 0.01) = 10,098 → 1,019,914.
    // On schedule: 9 × 106,619 + 106,614 = 1,066,185; saving = interest of periods 4–12:
    // 9,133 + 8,158 + 7,173 + 6,179 + 5,175 + 4,160 + 3,136 + 2,101 + 1,056 = 46,271.
    const plan = makePlan({ method: 'annuity', rate: 0.12, firstDueDate: '2026-01-15', payments: paidThrough(2, 106_619) });
    expect(payoffQuote(plan, '2026-03-01')).toEqual({
      amount: 1_019_914,
      principal: 1_009_816,
      charges: 10_098,
      penalty: 0,
      onSchedule: 1_066_185,
      saving: 46_271,
    });
  });

  it('owes an overdue annuity installment in full on top', () => {
    // Only period 1 paid; period 2 (15 Feb, 106,619) is past due on 1 March and owed in full,
    // then principal 1,009,816 of periods 3–12 and period 3's 10,098 interest: 1,126,533,
    // plus 14 days' late charge on period 2: 106,619 × 0.05 % × 14 = 746.33 → 746; 1,127,279 in all.
    const plan = makePlan({ method: 'annuity', rate: 0.12, firstDueDate: '2026-01-15', payments: paidThrough(1, 106_619) });
    expect(payoffQuote(plan, '2026-03-01')).toMatchObject({ amount: 1_127_279, principal: 1_105_381, charges: 21_152, penalty: 746 });
  });

  it('owes an equal-principal plan’s remaining principal plus the current period’s interest', () => {
    // 12,000.00 / 12 at 12 %: periods 1–2 paid; 1,000,000 principal left + period 3's 10,000 interest.
    // On schedule: 1,000,000 + (10,000 + 9,000 + … + 1,000 = 55,000) = 1,055,000; saving 45,000.
    const plan = makePlan({
      method: 'equal-principal',
      rate: 0.12,
      firstDueDate: '2026-01-15',
      payments: [payment(1, 112_000, '2026-01-15'), payment(2, 111_000, '2026-02-15')],
    });
    expect(payoffQuote(plan, '2026-03-01')).toEqual({
      amount: 1_010_000,
      principal: 1_000_000,
      charges: 10_000,
      penalty: 0,
      onSchedule: 1_055_000,
      saving: 45_000,
    });
  });

  it('owes an interest-first plan’s whole principal plus the current period’s interest', () => {
    // 10,000.00 over 3 at 12 %: 10,000 interest a month, period 1 paid; 1,000,000 + 10,000 now vs 1,020,000 on schedule.
    const plan = makePlan({
      method: 'interest-first',
      rate: 0.12,
      principal: 1_000_000,
      periods: 3,
      firstDueDate: '2026-01-15',
      payments: [payment(1, 10_000, '2026-01-15')],
    });
    expect(payoffQuote(plan, '2026-01-20')).toEqual({
      amount: 1_010_000,
      principal: 1_000_000,
      charges: 10_000,
      penalty: 0,
      onSchedule: 1_020_000,
      saving: 10_000,
    });
  });

  it('owes an interest-free plan’s remaining principal and nothing more', () => {
    // 10,000.00 over 3, period 1 (333,333) paid: 333,333 + 333,334 = 666,667 left.
    const plan = makePlan({
      method: 'interest-free',
      rate: 0,
      principal: 1_000_000,
      periods: 3,
      payments: [payment(1, 333_333, '2026-01-10')],
    });
    expect(payoffQuote(plan, '2026-01-20')).toEqual({
      amount: 666_667,
      principal: 666_667,
      charges: 0,
      penalty: 0,
      onSchedule: 666_667,
      saving: 0,
    });
  });
});

describe('payoffQuote properties (every method, any state of repayment, any day)', () => {
  it('owes exactly the remaining principal of the plan summary and never more than paying on schedule', () => {
    fc.assert(
      fc.property(planAtInstant(), ({ plan, today }) => {
        const summary = summarizePlan(planStatus(plan, today));
        const quote = payoffQuote(plan, today);
        expect(quote.principal).toBe(summary.remainingPrincipal);
        expect(quote.onSchedule).toBe(summary.remainingTotal);
        expect(quote.amount).toBe(quote.principal + quote.charges + quote.penalty);
        expect(quote.saving).toBe(quote.onSchedule + quote.penalty - quote.amount);
        expect(quote.saving).toBeGreaterThanOrEqual(0);
        if (plan.method === 'fee' && !plan.waivesFutureFeesOnPayoff) expect(quote.saving).toBe(0);
      }),
      { numRuns: 150 },
    );
  });
});
