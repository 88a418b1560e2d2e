import { describe, expect, it } from 'vitest';
import { addMonthsClamped } from '../../../lib/core/dates';
import { comparePage } from '../../../lib/store-site/compare';
import { periodRuns } from '../../../lib/store-site/panel-sections';
import type { PageOrder, PageReading } from '../../../lib/store-site/read-page';
import type { PlanRow } from '../../../lib/store-site/read-plan';
import { snapshotEntry } from './page';

// A stored 小米分期 plan as the snapshot gives it: its open installments, each with the plan's terms.
const stored = (planId: string, over: { principal: number; periods: number; firstDueDate: string; amount: number; orderNo?: string }) =>
  Array.from({ length: over.periods }, (_, i) =>
    snapshotEntry({
      planId,
      title: planId,
      period: i + 1,
      periods: over.periods,
      dueDate: addMonthsClamped(over.firstDueDate, i),
      amount: over.amount,
      remaining: over.amount,
      principal: over.principal,
      firstDueDate: over.firstDueDate,
      ...(over.orderNo ? { orderNo: over.orderNo } : {}),
    }),
  );

/** 12,000.00 over 12 at 0.6 %: 1,000.00 + 72.00 = 1,072.00 a month from 2027-01-10. */
const twelveRows = (amount = 107_200): PlanRow[] =>
  Array.from({ length: 12 }, (_, i) => ({
    period: i + 1,
    dueDate: `2027-${String(i + 1).padStart(2, '0')}-10`,
    amount,
    paid: false,
    principal: 100_000,
    charge: amount - 100_000,
  }));
const pageOf = (...orders: PageOrder[]): PageReading => ({ overdue: false, zeroLimit: false, plan: orders[0]?.rows ?? [], orders });

// 5,999.00 over 6, due on the 10th too: the order the user had stored.
const phone = stored('phone', { principal: 599_900, periods: 6, firstDueDate: '2027-01-10', amount: 102_982 });

describe('matching each order on the page', () => {
  it('gives a second order due the same day its own import, with no false mismatch', () => {
    const result = comparePage(pageOf({ periods: 12, rows: twelveRows() }), phone, 'xiaomi');
    expect(result.orders).toEqual([{ mismatches: [] }]);
    expect(result).toMatchObject({ untracked: true, mismatches: [] });
  });

  it('matches by principal, periods and first due date together', () => {
    const tv = stored('tv', { principal: 1_200_000, periods: 12, firstDueDate: '2027-01-10', amount: 107_200 });
    const result = comparePage(pageOf({ periods: 12, rows: twelveRows() }), [...phone, ...tv], 'xiaomi');
    expect(result.orders).toEqual([{ plan: { planId: 'tv', title: 'tv' }, mismatches: [] }]);
    expect(result.untracked).toBe(false);
  });

  it('matches by order number first, and names the rows that differ', () => {
    // Stored at 0.5 % (1,060.00 a month); the page of order 5201314000001 shows 1,072.00.
    const tv = stored('tv', { principal: 1_200_000, periods: 12, firstDueDate: '2027-01-10', amount: 106_000, orderNo: '5201314000001' });
    const rows = twelveRows().map((row) =>
      row.period === 3 ? { ...row, amount: 110_000, charge: 10_000 } : { ...row, amount: 106_000, charge: 6_000 },
    );
    const [match] = comparePage(pageOf({ orderNo: '5201314000001', periods: 12, rows }), tv, 'xiaomi').orders ?? [];
    expect(match?.plan).toEqual({ planId: 'tv', title: 'tv' });
    expect(match?.mismatches).toEqual([{ field: 'amount', period: 3, dueDate: '2027-03-10', page: 110_000, stored: 106_000 }]);
  });

  it('never takes a plan with another order number for this order', () => {
    const other = stored('other', {
      principal: 1_200_000,
      periods: 12,
      firstDueDate: '2027-01-10',
      amount: 107_200,
      orderNo: '5201314000009',
    });
    const result = comparePage(pageOf({ orderNo: '5201314000001', periods: 12, rows: twelveRows() }), other, 'xiaomi');
    expect(result.orders).toEqual([{ mismatches: [] }]);
  });

  it('matches two orders to two plans, each plan at most once', () => {
    const a = stored('a', { principal: 1_200_000, periods: 12, firstDueDate: '2027-01-10', amount: 107_200, orderNo: 'A-000001' });
    const b = stored('b', { principal: 1_200_000, periods: 12, firstDueDate: '2027-01-10', amount: 107_200 });
    const result = comparePage(
      pageOf({ orderNo: 'A-000001', periods: 12, rows: twelveRows() }, { periods: 12, rows: twelveRows() }),
      [...a, ...b],
      'xiaomi',
    );
    expect(result.orders?.map((m) => m.plan?.planId)).toEqual(['a', 'b']);
  });

  it('without numbers or terms, matches only when every unpaid row is the plan’s', () => {
    const rows = [{ dueDate: '2027-01-10', amount: 102_982, paid: false }];
    expect(comparePage(pageOf({ rows }), phone, 'xiaomi').orders?.[0]?.plan?.planId).toBe('phone');
    const other = [{ dueDate: '2027-01-10', amount: 107_200, paid: false }];
    expect(comparePage(pageOf({ rows: other }), phone, 'xiaomi').orders).toEqual([{ mismatches: [] }]);
  });
});

it('names differing periods as runs', () => {
  expect(periodRuns([12, 1, 2, 3, 5, 7, 8])).toEqual(['1–3', '5', '7–8', '12']);
  expect(periodRuns([4])).toEqual(['4']);
});
