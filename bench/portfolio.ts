// The plans the benches store (through importBackup, bench/helpers.ts seedPlans) and what can be paid.
import { buildSchedule } from '../lib/core/schedule';
import type { Plan } from '../lib/core/schemas';
import { seedPlan, shanghaiDate } from '../tests/e2e/seed';

const LENDERS = ['xiaomi', 'huabei', 'baitiao', 'fenqile', 'card'] as const;
const METHODS = ['fee', 'annuity', 'equal-principal', 'interest-first', 'interest-free'] as const;

/**
 * `count` varied plans as a heavy real user would have them: 3–36 periods, started up to 20 months ago,
 * every past installment paid except on every 25th plan, which is a month behind.
 */
export function portfolio(count: number): Plan[] {
  const today = shanghaiDate(0);
  return Array.from({ length: count }, (_, i) => {
    const method = METHODS[i % METHODS.length] as (typeof METHODS)[number];
    const terms = {
      principal: 100_000 + i * 7_919,
      periods: [3, 6, 12, 24, 36][i % 5] as number,
      method,
      rate: method === 'fee' ? 0.006 : method === 'interest-free' ? 0 : 0.12,
      firstDueDate: shanghaiDate(-30 * (i % 20) + (i % 28)),
    };
    const past = buildSchedule(terms).filter((row) => row.dueDate < today);
    return seedPlan({
      ...terms,
      id: `bench-${i}`,
      title: `计划 ${i + 1}`,
      lender: { kind: LENDERS[i % LENDERS.length] ?? 'xiaomi', name: '' },
      autoRepay: i % 3 === 0,
      payments: past
        .slice(0, past.length - (i % 25 === 0 ? 1 : 0))
        .map((row) => ({ id: `p${i}-${row.period}`, period: row.period, amount: row.total, date: row.dueDate, note: '' })),
    });
  });
}

/** The first period of each plan with nothing paid towards it: what "mark paid" can record. */
export function openPeriods(plans: readonly Plan[]): Array<{ planId: string; period: number }> {
  return plans.flatMap((plan) => {
    const paid = new Set(plan.payments.map((payment) => payment.period));
    const period = Array.from({ length: plan.periods }, (_, i) => i + 1).find((p) => !paid.has(p) && !plan.skippedPeriods.includes(p));
    return period === undefined ? [] : [{ planId: plan.id, period }];
  });
}
