import type { CardPlan } from '../../../lib/core/card-statement';
import { type Plan, PlanSchema } from '../../../lib/core/schemas';

/** 2026-01-01T00:00:00+08:00, used as the plan's bookkeeping timestamps. */
export const CREATED_AT = Date.UTC(2025, 11, 31, 16, 0, 0);

/**
 * A valid plan: 12,000.00 over 12 months at a 0.6 % monthly fee (1,072.00 a month), due on the 10th
 * from 10 Jan 2026, no grace, the default 0.05 %/day penalty. Overrides replace whole fields.
 */
export function makePlan(overrides: Partial<Plan> = {}): Plan {
  const plan: Plan = {
    id: 'plan-1',
    lender: { kind: 'xiaomi', name: '' },
    title: 'Xiaomi 15 Pro',
    principal: 1_200_000,
    periods: 12,
    method: 'fee',
    rate: 0.006,
    firstDueDate: '2026-01-10',
    remainderTo: 'last',
    autoRepay: false,
    paymentMethod: { kind: 'bank-card', label: '招行 ****1234' },
    repayUrl: '',
    graceDays: 0,
    penaltyDailyRate: 0.0005,
    waivesFutureFeesOnPayoff: false,
    payments: [],
    skippedPeriods: [],
    snoozes: [],
    archived: false,
    createdAt: CREATED_AT,
    updatedAt: CREATED_AT,
    ...overrides,
  };
  // A factory that produced invalid plans would make every test built on it meaningless.
  PlanSchema.parse(plan);
  return plan;
}

/** A payment of `amount` fen towards `period`, made on `date`. */
export function payment(period: number, amount: number, date: string): Plan['payments'][number] {
  return { id: `pay-${period}-${date}-${amount}`, period, amount, date, note: '' };
}

/**
 * A valid card statement: the 招商银行 card's ¥3,456.78 billed 5 December 2026, due 23 December, minimum
 * ¥345.68, 0.05 % a day on the whole statement, repeating monthly. Overrides replace whole fields.
 */
export function makeStatement(overrides: Partial<CardPlan> = {}): CardPlan {
  return makePlan({
    id: 'cmb-dec',
    lender: { kind: 'card', name: '招商银行' },
    title: '招行信用卡',
    principal: 345_678,
    periods: 1,
    method: 'interest-free',
    rate: 0,
    firstDueDate: '2026-12-23',
    card: STATEMENT_PART,
    ...overrides,
  }) as CardPlan;
}
/** The worked example's statement part. */
export const STATEMENT_PART = { statementDate: '2026-12-05', minimum: 34_568, dailyRate: 0.0005, basis: 'whole', repeat: true } as const;
