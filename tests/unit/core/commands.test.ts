import { describe, expect, it } from 'vitest';
import { addPlan, type CommandContext, invalid, recordPayment, skipPeriod, snooze } from '../../../lib/core/commands';
import type { PlanDraft } from '../../../lib/core/schemas';
import { PaymentSchema } from '../../../lib/core/schemas';
import { CREATED_AT, makePlan } from './plan-factory';

const ctx: CommandContext = { now: CREATED_AT, today: '2026-01-05', newId: () => 'id-1' };
const { id: _id, payments: _p, skippedPeriods: _s, snoozes: _z, archived: _a, createdAt: _c, updatedAt: _u, ...draft } = makePlan();
const validDraft: PlanDraft = draft;

describe('command errors name the field and the reason', () => {
  it('turns each zod issue into its path and i18n key', () => {
    const parsed = PaymentSchema.safeParse({ id: 'p', period: 1, amount: 0, date: '2026-02-30', note: '' });
    if (parsed.success) throw new Error('expected a zod error');
    expect(invalid(parsed.error)).toEqual({
      ok: false,
      error: {
        code: 'invalid',
        message: 'err.invalid',
        details: [
          { path: 'amount', key: 'err.moneyPositive' },
          { path: 'date', key: 'err.date' },
        ],
      },
    });
  });

  it('refuses a plan of 0.05 over 12 periods at its principal, adding nothing', () => {
    const result = addPlan({ ...validDraft, principal: 5 }, 0, ctx);
    expect(result).toEqual({
      ok: false,
      error: { code: 'invalid', message: 'err.invalid', details: [{ path: 'principal', key: 'err.principalBelowPeriods' }] },
    });
  });

  it('refuses period 13 of a 12-period plan at the period', () => {
    const expected = {
      ok: false,
      error: { code: 'invalid', message: 'err.invalid', details: [{ path: 'period', key: 'err.noSuchPeriod' }] },
    };
    const plan = makePlan();
    expect(recordPayment(plan, { period: 13, date: '2026-01-05' }, ctx)).toEqual(expected);
    expect(skipPeriod(plan, 13, true, ctx)).toEqual(expected);
    expect(snooze(plan, 13, CREATED_AT + 1, ctx)).toEqual(expected);
  });
});

describe('periods paid before the plan was entered', () => {
  it('are dated on their due dates, or today for those not yet due: never in the future', () => {
    // Today 2026-02-12; due on the 10th from 2026-01-10: periods 1–3 marked paid (a store page's 已还 on a future row).
    const result = addPlan(validDraft, 3, { ...ctx, today: '2026-02-12' });
    if (!result.ok) throw new Error('expected a plan');
    expect(result.plan.payments.map((p) => [p.period, p.amount, p.date])).toEqual([
      [1, 107_200, '2026-01-10'],
      [2, 107_200, '2026-02-10'],
      [3, 107_200, '2026-02-12'],
    ]);
    // Due today: its due date (also today).
    const dueToday = addPlan(validDraft, 1, { ...ctx, today: '2026-01-10' });
    expect(dueToday.ok && dueToday.plan.payments.map((p) => p.date)).toEqual(['2026-01-10']);
    // Every payment passes the rule a recorded one must: not after today.
    const all = addPlan(validDraft, 12, ctx);
    expect(all.ok && all.plan.payments.every((p) => p.date <= ctx.today)).toBe(true);
    expect(all.ok && all.plan.payments).toHaveLength(12);
  });
});

describe('bounds: a typo or a hostile value is refused, naming the field', () => {
  const plan = makePlan(); // 1,072.00 a month from 2026-01-10
  const refused = (path: string, key: string) => ({
    ok: false,
    error: { code: 'invalid', message: 'err.invalid', details: [{ path, key }] },
  });

  it('refuses a first due date outside 2000–2099 (9999-12-31 once gave 10000-01-01 and 11 overdue)', () => {
    expect(addPlan({ ...validDraft, firstDueDate: '9999-12-31' }, 0, ctx)).toEqual(refused('firstDueDate', 'err.firstDueOutOfRange'));
    expect(addPlan({ ...validDraft, firstDueDate: '1999-12-31' }, 0, ctx)).toEqual(refused('firstDueDate', 'err.firstDueOutOfRange'));
    expect(addPlan({ ...validDraft, firstDueDate: '2099-12-31' }, 0, ctx).ok).toBe(true);
  });

  it('refuses a payment dated after today or long before the plan began', () => {
    expect(recordPayment(plan, { period: 1, date: '2026-01-06' }, ctx)).toEqual(refused('date', 'err.paymentInFuture'));
    // Three months before the first due date (2025-10-10) is the earliest a payment can be.
    expect(recordPayment(plan, { period: 1, date: '2025-10-09' }, ctx)).toEqual(refused('date', 'err.paymentBeforePlan'));
    expect(recordPayment(plan, { period: 1, date: '2025-10-10' }, ctx).ok).toBe(true);
  });

  it('refuses ¥99,999 against the ¥1,072.00 a period owes, unless marked as an overpayment', () => {
    const input = { period: 1, amount: 9_999_900, date: '2026-01-05' };
    expect(recordPayment(plan, input, ctx)).toEqual(refused('amount', 'err.overpayment'));
    const paid = recordPayment(plan, { ...input, overpay: true }, ctx);
    expect(paid.ok && paid.plan.payments.map((payment) => payment.amount)).toEqual([9_999_900]);
    expect(recordPayment(plan, { period: 1, amount: 107_200, date: '2026-01-05' }, ctx).ok).toBe(true);
  });

  it('puts a reminder off for 30 days at most (a snooze to 2^53 was once accepted)', () => {
    const day = 24 * 60 * 60 * 1000;
    expect(snooze(plan, 1, 2 ** 53, ctx)).toEqual(refused('until', 'err.snoozeTooLong'));
    expect(snooze(plan, 1, CREATED_AT + 30 * day + 1, ctx)).toEqual(refused('until', 'err.snoozeTooLong'));
    expect(snooze(plan, 1, CREATED_AT + 30 * day, ctx).ok).toBe(true);
  });
});
