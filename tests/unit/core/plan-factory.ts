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
