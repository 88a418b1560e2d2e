import { describe, expect, it } from 'vitest';
import { confirmDebit } from '../../../lib/core/commands';
import { contactOf, repayUrlOf } from '../../../lib/core/lenders';
import { planHasUnknownFields } from '../../../lib/storage/newer';
import { makePlan } from './plan-factory';

describe('repayUrlOf: each lender kind its own page, or none', () => {
  it('opens the plan’s own address first, then its lender’s repayment site', () => {
    expect(repayUrlOf({ repayUrl: 'https://bank.example/repay', lender: { kind: 'card', name: '' } })).toBe('https://bank.example/repay');
    expect(repayUrlOf({ repayUrl: '', lender: { kind: 'xiaomi', name: '' } })).toBe('https://jr.mi.com/');
    expect(repayUrlOf({ repayUrl: '', lender: { kind: 'baitiao', name: '' } })).toBe('https://baitiao.jd.com/');
    expect(repayUrlOf({ repayUrl: '', lender: { kind: 'fenqile', name: '' } })).toBe('https://www.fenqile.com/');
  });

  it('has no page for a bank card, 花呗 (repaid in the 支付宝 App) or another lender: never jr.mi.com', () => {
    for (const kind of ['card', 'huabei', 'other'] as const) expect(repayUrlOf({ repayUrl: '', lender: { kind, name: '' } })).toBeNull();
  });
});

describe('contactOf', () => {
  it('uses the plan’s own customer service, else its lender’s published site', () => {
    expect(contactOf(makePlan({ contact: { phone: '400-000-0000', url: '' } }))).toEqual({ phone: '400-000-0000', url: '' });
    expect(contactOf(makePlan())).toEqual({ phone: '', url: 'https://jr.mi.com/' });
    expect(contactOf(makePlan({ contact: { phone: '', url: '' }, lender: { kind: 'card', name: '' } }))).toEqual({ phone: '', url: '' });
  });

  it('keeps stored plans with a contact or failed debits readable by this version, and flags unknown contact fields', () => {
    expect(planHasUnknownFields({ ...makePlan(), contact: { phone: '95188', url: '' }, debitFailed: [2] })).toBe(false);
    expect(planHasUnknownFields({ ...makePlan(), contact: { phone: '', url: '', wechat: 'x' } })).toBe(true);
  });
});

describe('confirmDebit', () => {
  const ctx = { now: Date.UTC(2026, 5, 11, 2), today: '2026-06-11', newId: () => 'p1' };
  const plan = makePlan({ firstDueDate: '2026-06-10', autoRepay: true });

  it('yes: records what period 1 owed, dated its due date (the day of the debit)', () => {
    const change = confirmDebit(plan, 1, true, ctx);
    expect(change.ok && change.plan.payments).toEqual([{ id: 'p1', period: 1, amount: 107_200, date: '2026-06-10', note: '' }]);
  });

  it('no: marks the debit failed, once, and a later yes takes the mark away', () => {
    const failed = confirmDebit(plan, 1, false, ctx);
    if (!failed.ok) throw new Error('refused');
    expect(failed.plan.debitFailed).toEqual([1]);
    const twice = confirmDebit(failed.plan, 1, false, ctx);
    expect(twice.ok && twice.plan.debitFailed).toEqual([1]);
    const paid = confirmDebit(failed.plan, 1, true, ctx);
    expect(paid.ok && paid.plan.debitFailed).toEqual([]);
  });

  it('refuses a yes for a period already paid, and a period the plan does not have', () => {
    const paid = confirmDebit(plan, 1, true, ctx);
    if (!paid.ok) throw new Error('refused');
    expect(confirmDebit(paid.plan, 1, true, ctx)).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(confirmDebit(plan, 13, true, ctx)).toMatchObject({ ok: false });
  });
});
