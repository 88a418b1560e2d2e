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
