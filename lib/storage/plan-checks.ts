import { INTEREST_BASES, LENDER_KINDS, METHODS, PAYMENT_METHOD_KINDS } from '../core/kinds';
import {
  FIRST_DUE_RANGE,
  MAX_AMOUNT_FEN,
  MAX_ANNUAL_RATE,
  MAX_CARD_DAILY_RATE,
  MAX_NOTE_LENGTH,
  MAX_PENALTY_DAILY_RATE,
  MAX_PERIODS,
  MAX_PLANS,
} from '../core/limits';
import { ORDER_NO_PATTERN } from '../core/order-no';
import type { Plan } from '../core/schemas';
import { hasSoundTerms } from '../core/terms-rules';
import { bool, type Check, date, int, listOf, oneOf, optional, shape } from './checks';
import { metaKey, planKey, STORAGE_KEYS, storedVersion, VALUE_VERSIONS } from './keys';
import type { RawPlans } from './raw-plans';

// Hand-written checks of stored plans for the popup's computation from the plans (`plansIfPlain`,
// below): validating a thousand plans with zod held the popup's rows up by tens of ms. Each
// accepts a value only when SoundPlanSchema (or PlanIndexSchema) accepts it *unchanged*: a field the
// schema does not know (written by a newer version, which zod would strip) is refused too, and the
// caller then reads through the full reader, as before. A property test holds them to the schemas
// (tests/unit/storage/plan-checks.test.ts). Zod-free, as is all they import (limits, the terms' rules):
// the popup's computation from the plans loads zod only when they refuse.

const intIn =
  (min: number, max = Number.MAX_SAFE_INTEGER): Check =>
  (value) =>
    Number.isSafeInteger(value) && (value as number) >= min && (value as number) <= max;
const numberIn =
  (min: number, max: number, minExclusive = false): Check =>
  (value) =>
    typeof value === 'number' && Number.isFinite(value) && (minExclusive ? value > min : value >= min) && value <= max;
const textUpTo =
  (max: number, min = 0): Check =>
  (value) =>
    typeof value === 'string' && value.length >= min && value.length <= max;
const matches =
  (pattern: RegExp): Check =>
  (value) =>
    typeof value === 'string' && pattern.test(value);
/** Exactly these fields: each passes its check and there is no other (zod would strip it). */
const exactly = (fields: Record<string, Check>): Check => shape(fields, true);

const PLAN_ID = /^[A-Za-z0-9_-]{1,64}$/;
const planId = matches(PLAN_ID);
const httpsUrl = matches(/^https?:\/\/[^\s/]+\.[^\s]+$/i);
const url: Check = (value) => value === '' || httpsUrl(value);
const positiveFen = intIn(1, MAX_AMOUNT_FEN);

const payment = exactly({
  id: textUpTo(Number.POSITIVE_INFINITY, 1),
  period: intIn(1, MAX_PERIODS),
  amount: positiveFen,
  date,
  note: textUpTo(MAX_NOTE_LENGTH),
});

const card = exactly({
  statementDate: date,
  minimum: intIn(0, MAX_AMOUNT_FEN),
  dailyRate: numberIn(0, MAX_CARD_DAILY_RATE, true),
  basis: oneOf(INTEREST_BASES),
  repeat: bool,
  follows: optional(planId),
});

const plan = exactly({
  id: planId,
  lender: exactly({ kind: oneOf(LENDER_KINDS), name: textUpTo(40) }),
  title: textUpTo(80, 1),
  orderNo: optional(matches(ORDER_NO_PATTERN)),
  principal: positiveFen,
  periods: intIn(1, MAX_PERIODS),
  method: oneOf(METHODS),
  rate: numberIn(0, MAX_ANNUAL_RATE),
  firstDueDate: (value) => date(value) && (value as string) >= FIRST_DUE_RANGE.from && (value as string) <= FIRST_DUE_RANGE.to,
  remainderTo: oneOf(['first', 'last']),
  autoRepay: bool,
  paymentMethod: exactly({ kind: oneOf(PAYMENT_METHOD_KINDS), label: textUpTo(60) }),
  repayUrl: url,
  graceDays: intIn(0, 30),
  penaltyDailyRate: numberIn(0, MAX_PENALTY_DAILY_RATE),
  waivesFutureFeesOnPayoff: bool,
  payments: listOf(payment),
  skippedPeriods: listOf(intIn(1)),
  snoozes: listOf(exactly({ period: intIn(1), until: int })),
  archived: bool,
  contact: optional(exactly({ phone: matches(/^[0-9+\-() ]{0,24}$/), url })),
  debitFailed: optional(listOf(intIn(1))),
  card: optional(card),
  createdAt: int,
  updatedAt: int,
});

/** Whether SoundPlanSchema accepts `value` as it is (nothing stripped). */
export const isPlainSoundPlan = (value: unknown): value is Plan => plan(value) && hasSoundTerms(value as Plan);

/** Whether PlanIndexSchema accepts `value` (a list of distinct plan ids, at most MAX_PLANS). */
export const isPlanIndex = (value: unknown): value is string[] =>
  Array.isArray(value) && value.length <= MAX_PLANS && value.every(planId) && new Set(value).size === value.length;

/**
 * The plans in a raw read of the index and its items (./raw-plans.ts), when reading them needs nothing
 * more than hand-written checks (the checks above): the index at the current version and every plan one
 * SoundPlanSchema accepts unchanged, under its own id. Null otherwise (an older layout to migrate, anything
 * unreadable, fields a newer version added): ./reader.ts `readPlans` then decides. What it resolves with
 * is what `readPlans` would have, in the index's order. Each part of the items is checked as it arrives,
 * and `accepted` is given each plan that passed, at once (the popup builds its schedule while the next
 * part is on its way). It rejects when a part's read failed.
 */
export async function plansIfPlain({ index, parts }: RawPlans, accepted?: (plan: Plan) => void): Promise<Plan[] | null> {
  const key = STORAGE_KEYS.plans;
  const ids = index[key];
  if (ids === undefined || ids === null) return [];
  if (storedVersion(index[metaKey(key)]) !== VALUE_VERSIONS.plans || !isPlanIndex(ids)) return null;
  const positions = new Map(ids.map((id, position) => [planKey(id), position]));
  const found: Array<Plan | undefined> = [];
  let plain = true;
  const check = (items: Record<string, unknown>) => {
    for (const [itemKey, item] of Object.entries(items)) {
      const position = positions.get(itemKey);
      // Nothing more to look at once one plan is refused. A plan the index names but storage lacks (a deletion
      // that was interrupted) is in no part and shows nothing, as in `readPlans`; nor does a null one.
      if (!plain || position === undefined || item === undefined || item === null) continue;
      if (!isPlainSoundPlan(item) || item.id !== ids[position]) plain = false;
      else {
        found[position] = item;
        accepted?.(item);
      }
    }
  };
  await Promise.all(parts.map((part) => part.then(check)));
  return plain ? found.filter((plan) => plan !== undefined) : null;
}
