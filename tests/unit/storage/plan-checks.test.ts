import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_PLANS } from '../../../lib/core/limits';
import type { Plan } from '../../../lib/core/schemas';
import { SoundPlanSchema } from '../../../lib/core/terms';
import { isPlainSoundPlan, isPlanIndex } from '../../../lib/storage/plan-checks';
import { PLAN_INDEX_SPEC } from '../../../lib/storage/values';
import { makePlan } from '../core/plan-factory';

// The popup computes from the plans with hand-written checks instead of zod: a check may only pass a
// value SoundPlanSchema accepts and returns unchanged (else the popup would show what the reader
// refuses, or what it would have stripped), and must pass every such value (else the fast path is lost).

/** What the hand-written check must say: zod accepts the value and gives it back as it is. */
const zodAsIs = (value: unknown) => {
  const parsed = SoundPlanSchema.safeParse(value);
  return parsed.success && isDeepStrictEqual(parsed.data, value);
};

const PLANS: Plan[] = [
  makePlan(),
  makePlan({
    id: 'full_one-2',
    lender: { kind: 'other', name: '招商银行信用卡' },
    orderNo: 'ORDER-1234',
    method: 'annuity',
    rate: 0.12,
    remainderTo: 'first',
    autoRepay: true,
    repayUrl: 'https://example.com/pay',
    graceDays: 3,
    payments: [{ id: 'pay-1', period: 1, amount: 100_000, date: '2026-01-10', note: '按时' }],
    skippedPeriods: [2],
    snoozes: [{ period: 3, until: 1_770_000_000_000 }],
    contact: { phone: '+86 (10) 9551-1', url: 'http://service.example.com' },
    debitFailed: [1],
  }),
  makePlan({
    id: 'card',
    lender: { kind: 'card', name: '' },
    principal: 500_000,
    periods: 1,
    method: 'interest-free',
    rate: 0,
    firstDueDate: '2026-02-05',
    card: { statementDate: '2026-01-15', minimum: 50_000, dailyRate: 0.0005, basis: 'whole', repeat: true, follows: 'card-0' },
  }),
];

type Path = ReadonlyArray<string | number>;

/** Every place in `value` (each field, each item, and the value itself). */
function placesIn(value: unknown, at: Path = []): Path[] {
  if (value === null || typeof value !== 'object') return [at];
  return [at, ...Object.entries(value).flatMap(([key, child]) => placesIn(child, [...at, Array.isArray(value) ? Number(key) : key]))];
}

/** A copy of `value` with the place at `path` changed by `change`. */
function changeAt(value: unknown, path: Path, change: (old: unknown) => unknown): unknown {
  if (path.length === 0) return change(value);
  const [head, ...rest] = path as [string | number, ...Path];
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<string | number, unknown>;
  copy[head] = changeAt(copy[head], rest, change);
  return copy;
}

/** Each plan with each of its places: every field is as likely to be picked as any other. */
const PLACES = PLANS.flatMap((plan) => placesIn(plan).map((path) => ({ plan, path })));
const OBJECTS = PLACES.filter(({ plan, path }) => {
  const at = path.reduce<unknown>((value, key) => (value as Record<string | number, unknown>)[key], plan);
  return typeof at === 'object' && at !== null && !Array.isArray(at);
});

/** Values at and past every limit a plan's fields have, and of every other type. */
const EDGES: unknown[] = [
  -1,
  0,
  1,
  1.5,
  -0,
  2 ** 53,
  99_999_999_999,
  100_000_000_000,
  0.01,
  0.0100001,
  0.05,
  0.06,
  1,
  1.01,
  360,
  361,
  30,
  31,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  '',
  ' ',
  'x'.repeat(40),
  'x'.repeat(41),
  'x'.repeat(60),
  'x'.repeat(61),
  'x'.repeat(80),
  'x'.repeat(81),
  'x'.repeat(200),
  'x'.repeat(201),
  'a'.repeat(64),
  'a'.repeat(65),
  'bad id',
  'abc',
  'ABCD',
  '2026-02-30',
  '2026-02-28',
  '1999-12-31',
  '2100-01-01',
  '2026-01-09',
  '2026-02-15',
  'ftp://x.y',
  'https://a.b',
  'https://a',
  '010-12345678',
  '1'.repeat(25),
  'unknown-kind',
  'other',
  'wechat',
  'annuity',
  'interest-free',
  'first',
  'unpaid',
  null,
  undefined,
  [],
  [0],
  [1],
  {},
];

describe('the hand-written plan check', () => {
  it('passes the plans as stored, each as zod gives it back', () => {
    for (const plan of PLANS) {
      expect(zodAsIs(plan)).toBe(true);
      expect(isPlainSoundPlan(plan)).toBe(true);
    }
  });

  it('agrees with SoundPlanSchema (accepted unchanged) on every plan with one place set to each edge value', () => {
    for (const { plan, path } of PLACES) {
      for (const edge of EDGES) {
        const value = changeAt(plan, path, () => edge);
        if (isPlainSoundPlan(value) !== zodAsIs(value)) expect({ path, edge, check: isPlainSoundPlan(value) }).toBe('as zod');
      }
    }
  });

  it('agrees with SoundPlanSchema (accepted unchanged) on any plan with one place set to anything', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PLACES), fc.anything(), ({ plan, path }, replacement) => {
        const value = changeAt(plan, path, () => replacement);
        expect(isPlainSoundPlan(value)).toBe(zodAsIs(value));
      }),
      { numRuns: 6000 },
    );
  });

  it('refuses a field it does not know anywhere in a plan, as zod would strip it', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...OBJECTS),
        fc.string({ minLength: 1, maxLength: 8 }),
        fc.oneof(fc.anything(), fc.constantFrom(...EDGES)),
        ({ plan, path }, key, added) => {
          const value = changeAt(plan, path, (object) => ({ ...(object as object), [key]: added }));
          expect(isPlainSoundPlan(value)).toBe(zodAsIs(value));
        },
      ),
      { numRuns: 3000 },
    );
    expect(isPlainSoundPlan({ ...PLANS[0], reminderTone: 'bell' })).toBe(false);
    expect(SoundPlanSchema.safeParse({ ...PLANS[0], reminderTone: 'bell' }).success).toBe(true);
  });

  it('refuses terms no schedule can be built from, as SoundPlanSchema does', () => {
    const impossible = { ...makePlan(), method: 'interest-free', rate: 0.1 };
    expect(SoundPlanSchema.safeParse(impossible).success).toBe(false);
    expect(isPlainSoundPlan(impossible)).toBe(false);
    expect(isPlainSoundPlan({ ...makePlan(), principal: 5, periods: 12 })).toBe(false);
  });

  it('agrees with zod on anything at all', () => {
    fc.assert(fc.property(fc.anything(), (value) => isPlainSoundPlan(value) === zodAsIs(value)));
  });
});

describe('the hand-written plan index check', () => {
  const zodIndex = (value: unknown) => PLAN_INDEX_SPEC.schema.safeParse(value).success;

  it('agrees with PlanIndexSchema on lists of ids, duplicates and junk', () => {
    const id = fc.oneof(fc.constantFrom('a', 'b', 'plan-1', 'x_y', '', 'bad id', 'a'.repeat(64), 'a'.repeat(65)), fc.anything());
    fc.assert(
      fc.property(fc.array(id, { maxLength: 6 }), (value) => {
        expect(isPlanIndex(value)).toBe(zodIndex(value));
      }),
      { numRuns: 3000 },
    );
    fc.assert(fc.property(fc.anything(), (value) => isPlanIndex(value) === zodIndex(value)));
  });

  it('holds the index to MAX_PLANS', () => {
    const ids = (n: number) => Array.from({ length: n }, (_, i) => `p${i}`);
    expect(isPlanIndex(ids(MAX_PLANS))).toBe(true);
    expect(zodIndex(ids(MAX_PLANS + 1))).toBe(false);
    expect(isPlanIndex(ids(MAX_PLANS + 1))).toBe(false);
  });
});
