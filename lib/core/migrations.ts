import { DEFAULT_PENALTY_DAILY_RATE } from './schemas';

/**
 * Stored plans, version 1 → 2. Version 1 (the first release) kept the lender as a bare kind string
 * and had no skipped periods, snoozes or payoff-fee switch. Values that are not v1 plans are passed
 * through untouched, so validation sees the original and keeps it aside instead of losing it.
 */
export function migratePlansV1toV2(value: unknown): unknown {
  if (!Array.isArray(value)) return value;
  return value.map((plan: unknown) => {
    // A v1 plan is known by its string lender; anything else is not touched.
    if (typeof plan !== 'object' || plan === null || typeof (plan as { lender?: unknown }).lender !== 'string') return plan;
    const v1 = plan as Record<string, unknown>;
    const lender = { kind: v1.lender, name: typeof v1.lenderName === 'string' ? v1.lenderName : '' };
    const { lenderName: _dropped, ...rest } = v1;
    return {
      ...rest,
      lender,
      skippedPeriods: rest.skippedPeriods ?? [],
      snoozes: rest.snoozes ?? [],
      waivesFutureFeesOnPayoff: rest.waivesFutureFeesOnPayoff ?? false,
      penaltyDailyRate: rest.penaltyDailyRate ?? DEFAULT_PENALTY_DAILY_RATE,
      updatedAt: rest.updatedAt ?? rest.createdAt,
    };
  });
}

const USABLE_ID = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * Stored plans, version 2 → 3: one stored item per plan and an index of their ids, so a command writes
 * only the plan it changes. An entry without a usable id (or with a repeated one) is kept under a key
 * of its own and will be reported unreadable: nothing is dropped. Returns null for a value that is not
 * a list (left as it is, to be kept aside by validation).
 */
export function splitPlans(value: unknown): { index: string[]; items: Record<string, unknown> } | null {
  if (!Array.isArray(value)) return null;
  const index: string[] = [];
  const items: Record<string, unknown> = {};
  value.forEach((plan: unknown, position) => {
    const id = (plan as { id?: unknown } | null)?.id;
    const key = typeof id === 'string' && USABLE_ID.test(id) && !Object.hasOwn(items, id) ? id : `unreadable-${position}`;
    index.push(key);
    items[key] = plan;
  });
  return { index, items };
}
