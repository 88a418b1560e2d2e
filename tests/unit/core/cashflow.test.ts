import { describe, expect, it } from 'vitest';
import { cashflow } from '../../../lib/core/cashflow';
import { makePlan as factory } from './plan-factory';

const makePlan = (id: string, overrides: Parameters<typeof factory>[0] = {}) => factory({ id, title: `Phone ${id}`, ...overrides });

describe('cashflow', () => {
  it('lists the next 12 months from the current one', () => {
    const flow = cashflow([], '2026-11-25');
    expect(flow.months).toEqual([
      '2026-11',
      '2026-12',
      '2027-01',
      '2027-02',
      '2027-03',
      '2027-04',
      '2027-05',
      '2027-06',
      '2027-07',
      '2027-08',
      '2027-09',
      '2027-10',
    ]);
    expect(flow.max).toBe(0);
  });

  it('stacks each plan’s open installments in the month they fall due', () => {
    const phone = makePlan('phone', { firstDueDate: '2026-12-10', periods: 3 });
    const laptop = makePlan('laptop', { firstDueDate: '2027-01-05', periods: 2, principal: 600_000, method: 'interest-free', rate: 0 });
    const flow = cashflow([phone, laptop], '2026-11-25');
    expect(flow.series.map((s) => [s.plan.id, s.amounts.slice(0, 4)])).toEqual([
      ['phone', [0, 407_200, 407_200, 407_200]],
      ['laptop', [0, 0, 300_000, 300_000]],
    ]);
    expect(flow.totals.slice(0, 4)).toEqual([0, 407_200, 707_200, 707_200]);
    expect(flow.max).toBe(707_200);
  });

  it('counts what is still owed, not what was already paid', () => {
    const plan = makePlan('a', {
      firstDueDate: '2026-12-10',
      periods: 1,
      payments: [{ id: 'p', period: 1, amount: 200_000, date: '2026-11-20', note: '' }],
    });
    expect(cashflow([plan], '2026-11-25').totals[1]).toBe(1_200_000 + 7_200 - 200_000);
  });

  it('puts installments already late into the current month', () => {
    const plan = makePlan('a', { firstDueDate: '2026-10-10', periods: 1 });
    expect(cashflow([plan], '2026-11-25').totals[0]).toBe(1_207_200);
  });

  it('leaves out archived and fully paid plans and months beyond the window', () => {
    const archived = makePlan('old', { archived: true, firstDueDate: '2026-12-10' });
    const late = makePlan('far', { firstDueDate: '2028-01-10', periods: 1 });
    expect(cashflow([archived, late], '2026-11-25').series).toEqual([]);
  });
});
