import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMonthsClamped } from '../../../lib/core/dates';
import { keepsFutureFees, openParts, settleFuture } from '../../../lib/core/payoff';
import { payoffBasis } from '../../../lib/core/payoff-basis';
import { PAYOFF_STRATEGIES, planPayoff } from '../../../lib/core/planner';
import { buildSchedule } from '../../../lib/core/schedule';
import type { Plan } from '../../../lib/core/schemas';
import { planStatus } from '../../../lib/core/status';
import { termsUpTo } from './arbitraries';
import { makePlan, payment } from './plan-factory';

const paidThrough = (periods: number, amount: number) =>
  Array.from({ length: periods }, (_, index) => payment(index + 1, amount, '2026-01-01'));

// On 1 March 2026, periods 1–2 of each paid:
// A: 12,000.00 / 12 at a 0.6 % fee, no waiver: 10 × 1,072.00 on the 10th; paying off saves nothing (0 %).
// B: 12,000.00 / 12 at 12 % (annuity): 9 × 1,066.19 + 1,066.14 on the 15th; payoff today 10,199.14 (10.80 %).
const A = makePlan({ id: 'a', title: 'A', payments: paidThrough(2, 107_200) });
const B = makePlan({ id: 'b', title: 'B', method: 'annuity', rate: 0.12, firstDueDate: '2026-01-15', payments: paidThrough(2, 106_619) });
const TODAY = '2026-03-01';

describe('planPayoff: worked example', () => {
  it('pays as scheduled when nothing is added', () => {
    const result = planPayoff([A, B], TODAY, { extraPerMonth: 0, oneOff: 0, strategy: 'highest-cost' });
    expect(result.months.map((month) => month.paid)).toEqual(result.months.map((month) => month.asScheduled));
    // A's fees 72,000 + B's interest 1,066,185 − 1,009,816 = 56,369.
    expect(result.asScheduled).toEqual({ debtFreeMonth: '2026-12', paid: 1_072_000 + 1_066_185, charges: 128_369 });
    expect(result.planned).toEqual(result.asScheduled);
  });

  it('clears the costlier plan first with a one-off, then rolls its freed installments into the next', () => {
    const result = planPayoff([A, B], TODAY, { extraPerMonth: 0, oneOff: 1_019_914, strategy: 'highest-cost' });
    expect(result.order.map((entry) => entry.plan.id)).toEqual(['b', 'a']);
    // B cleared today for 1,019,914; its March installment (15 March) is freed: 106,619 set aside.
    expect(result.months[0]).toMatchObject({ month: '2026-03', paid: 107_200 + 1_019_914, setAside: 106_619 });
    // Set aside on the 1st of month k (April = 1): 106,619 × (k + 1); A's payoff: 107,200 × (10 − k).
    // August (k = 5): 639,714 ≥ 536,000, so A is cleared then, its fees kept (no waiver): it saves nothing.
    expect(result.order.map((entry) => entry.clearedIn)).toEqual(['2026-03', '2026-08']);
    expect(result.months[5]).toMatchObject({ month: '2026-08', paid: 536_000 });
    expect(result.planned.debtFreeMonth).toBe('2026-08');
    // Charges: B's March interest 10,098 + A's fees 72,000 = 82,098, i.e. B's 46,271 saved.
    expect(result.planned.charges).toBe(82_098);
    expect(result.asScheduled.charges - result.planned.charges).toBe(46_271);
  });

  it('clears the smaller balance first with the other strategy', () => {
    // A owes 1,000,000 principal, B 1,009,816. A's payoff today is 1,072,000 > 1,019,914: on 1 April it is
    // 964,800, cleared then; its April 107,200 is freed: 1,019,914 − 964,800 + 107,200 = 162,314 set aside.
    const result = planPayoff([A, B], TODAY, { extraPerMonth: 0, oneOff: 1_019_914, strategy: 'smallest-balance' });
    expect(result.order.map((entry) => entry.plan.id)).toEqual(['a', 'b']);
    expect(result.order[0]?.clearedIn).toBe('2026-04');
    expect(result.months[1]).toMatchObject({ month: '2026-04', paid: 106_619 + 964_800, setAside: 162_314 });
  });

  it('plans the same from a basis computed once as from the plans', () => {
    const basis = payoffBasis([A, B], TODAY);
    for (const strategy of PAYOFF_STRATEGIES) {
      const input = { extraPerMonth: 50_000, oneOff: 300_000, strategy };
      expect(planPayoff([A, B], TODAY, input, basis)).toEqual(planPayoff([A, B], TODAY, input));
    }
  });

  it('leaves out archived plans, plans already paid and impossible terms', () => {
    const done = makePlan({ id: 'done', payments: paidThrough(12, 107_200) });
    const archived = makePlan({ id: 'old', archived: true });
    const result = planPayoff([A, done, archived], TODAY, { extraPerMonth: 10_000, oneOff: 0, strategy: 'smallest-balance' });
    expect(result.order.map((entry) => entry.plan.id)).toEqual(['a']);
    expect(planPayoff([], TODAY, { extraPerMonth: 10_000, oneOff: 0, strategy: 'highest-cost' }).planned.debtFreeMonth).toBeNull();
  });
});

/** A portfolio on one day: 1–4 plans, some periods paid, dated around `today`. */
const portfolio = fc
  .record({
    today: fc.constantFrom('2026-03-01', '2026-03-17', '2026-02-28', '2026-12-31'),
    plans: fc.array(
      fc.record({
        terms: termsUpTo(24),
        paid: fc.nat({ max: 30 }),
        waives: fc.boolean(),
        monthsBack: fc.integer({ min: -3, max: 20 }),
      }),
      { minLength: 1, maxLength: 4 },
    ),
    extra: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 500_000 }), fc.integer({ min: 0, max: 100_000_000 })),
    more: fc.integer({ min: 1, max: 5_000_000 }),
    oneOff: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 5_000_000 })),
    strategy: fc.constantFrom(...PAYOFF_STRATEGIES),
  })
  .map(({ today, plans, ...rest }) => ({
    today,
    ...rest,
    plans: plans.map(({ terms, paid, waives, monthsBack }, index): Plan => {
      const firstDueDate = addMonthsClamped(
        `${today.slice(0, 8)}${terms.firstDueDate.slice(8)}`.replace(/-(29|30|31)$/, '-28'),
        -monthsBack,
      );
      const schedule = buildSchedule({ ...terms, firstDueDate });
      const payments = schedule
        .slice(0, Math.min(paid, schedule.length))
        .filter((row) => row.total > 0)
        .map((row) => payment(row.period, row.total, firstDueDate));
      return makePlan({
        ...terms,
        id: `p${index}`,
        firstDueDate,
        remainderTo: terms.remainderTo ?? 'last',
        waivesFutureFeesOnPayoff: waives,
        payments,
      });
    }),
  }));

describe('planPayoff properties', () => {
  it('pays each plan exactly once: what falls due before its payoff, then the payoff, never past zero', () => {
    fc.assert(
      fc.property(portfolio, ({ plans, today, extra, oneOff, strategy }) => {
        const result = planPayoff(plans, today, { extraPerMonth: extra, oneOff, strategy });
        for (const [index, entry] of result.order.entries()) {
          const parts = openParts(planStatus(entry.plan, today));
          const m = result.months.findIndex((month) => month.month === entry.clearedIn);
          const perMonth = result.months.map((month) => month.cells[index]?.scheduled ?? 0);
          expect(perMonth.every((amount) => amount >= 0)).toBe(true);
          if (entry.clearedIn === null) {
            expect(entry.paid).toBe(entry.asScheduled);
          } else {
            const date = m === 0 ? today : `${entry.clearedIn}-01`;
            const before = parts.filter((part) => part.dueDate <= date).reduce((sum, part) => sum + part.remaining, 0);
            const payoff = settleFuture(parts, date, keepsFutureFees(entry.plan)).amount;
            expect(result.months[m]?.cells[index]?.payoff).toBe(payoff);
            expect(entry.paid).toBe(before + payoff);
            expect(perMonth.slice(m + 1).every((amount) => amount === 0)).toBe(true);
          }
          expect(entry.paid).toBeLessThanOrEqual(entry.asScheduled);
          expect(entry.paid).toBeGreaterThanOrEqual(entry.balance);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('adds up: every fen beyond the schedule is paid or set aside, and the totals are the plans’ sums', () => {
    fc.assert(
      fc.property(portfolio, ({ plans, today, extra, oneOff, strategy }) => {
        const result = planPayoff(plans, today, { extraPerMonth: extra, oneOff, strategy });
        let paid = 0;
        let scheduled = 0;
        result.months.forEach((month, m) => {
          expect(month.paid).toBe(month.cells.reduce((sum, cell) => sum + cell.scheduled + cell.payoff, 0));
          paid += month.paid;
          scheduled += month.asScheduled;
          expect(month.setAside).toBeGreaterThanOrEqual(0);
          expect(paid + month.setAside).toBe(scheduled + extra * (m + 1) + oneOff);
        });
        const balance = result.order.reduce((sum, entry) => sum + entry.balance, 0);
        expect(result.planned.paid).toBe(result.order.reduce((sum, entry) => sum + entry.paid, 0));
        expect(result.asScheduled.paid).toBe(result.order.reduce((sum, entry) => sum + entry.asScheduled, 0));
        expect(result.planned.charges).toBe(result.planned.paid - balance);
        expect(result.planned.charges).toBeLessThanOrEqual(result.asScheduled.charges);
        expect((result.planned.debtFreeMonth ?? '') <= (result.asScheduled.debtFreeMonth ?? '')).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it('never ends later with a larger extra', () => {
    fc.assert(
      fc.property(portfolio, ({ plans, today, extra, more, oneOff, strategy }) => {
        const less = planPayoff(plans, today, { extraPerMonth: extra, oneOff, strategy });
        const larger = planPayoff(plans, today, { extraPerMonth: extra + more, oneOff, strategy });
        expect((larger.planned.debtFreeMonth ?? '') <= (less.planned.debtFreeMonth ?? '')).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});
