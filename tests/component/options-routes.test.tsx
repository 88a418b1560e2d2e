// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { formFromProposal } from '../../components/options/proposal-form';
import { parseRoute, routeHref } from '../../components/options/use-hash-route';

describe('hash routes', () => {
  it('opens a plan from the link notifications and the popup use', () => {
    expect(parseRoute('#plan/abc-123')).toEqual({ name: 'plan', id: 'abc-123' });
    expect(parseRoute('#plan/abc-123/edit')).toEqual({ name: 'edit', id: 'abc-123' });
    expect(parseRoute('#import-proposal')).toEqual({ name: 'import-proposal' });
    expect(parseRoute('#plan/%E0%A4%A')).toEqual({ name: 'plans' });
  });

  it('falls back to the plans list for anything unknown', () => {
    expect(parseRoute('')).toEqual({ name: 'plans' });
    expect(parseRoute('#nonsense')).toEqual({ name: 'plans' });
    expect(parseRoute('#plan/')).toEqual({ name: 'plans' });
  });

  it('round-trips ids that need escaping', () => {
    const route = { name: 'plan', id: 'a b/c' } as const;
    expect(parseRoute(routeHref(route))).toEqual(route);
  });
});

describe('a store import proposal as editor values', () => {
  it('anchors the first due date on period 1 even when the page starts later', () => {
    const values = formFromProposal(
      {
        sourceUrl: 'https://jr.mi.com/installment/bill',
        title: '小米分期 12 期',
        periods: 12,
        installments: [
          { period: 3, dueDate: '2027-03-31', amount: 107_200 },
          { period: 4, dueDate: '2027-04-30', amount: 107_200 },
        ],
      },
      '2027-03-01',
    );
    expect(values).toMatchObject({
      title: '小米分期 12 期',
      periods: '12',
      firstDueDate: '2027-01-31',
      lenderKind: 'xiaomi',
      method: 'interest-free',
    });
    // What the user pays in total, until they enter the real principal and fee.
    expect(values.principal).toBe('12864.00');
  });

  it('starts on the lender the proposal names, whatever its address says', () => {
    const values = formFromProposal(
      {
        sourceUrl: 'https://jr.mi.com/installment/bill',
        title: '花呗账单',
        lender: { kind: 'huabei' },
        installments: [{ dueDate: '2027-05-05', amount: 50_000 }],
      },
      '2027-03-01',
    );
    expect(values).toMatchObject({ lenderKind: 'huabei', title: '花呗账单' });
  });

  it('treats another site as another lender, without the Xiaomi repay page', () => {
    const values = formFromProposal(
      { sourceUrl: 'https://example.com/bill', title: 'Card', installments: [{ dueDate: '2027-05-05', amount: 50_000 }] },
      '2027-03-01',
    );
    expect(values).toMatchObject({ lenderKind: 'other', repayUrl: '', periods: '1', firstDueDate: '2027-05-05', principal: '500.00' });
  });
});

describe('a store import proposal with paid marks and month-end dates', () => {
  it('does not mark an unpaid, overdue row as paid', () => {
    const values = formFromProposal(
      {
        sourceUrl: 'https://jr.mi.com/installment/bill',
        title: '小米 15',
        periods: 12,
        installments: [
          { period: 1, dueDate: '2026-01-10', amount: 107_200, paid: true },
          { period: 2, dueDate: '2026-02-10', amount: 107_200, paid: true },
          { period: 3, dueDate: '2026-03-10', amount: 107_200, paid: false },
          { period: 4, dueDate: '2026-04-10', amount: 107_200, paid: false },
        ],
      },
      '2026-03-15',
    );
    expect(values.earlierPaid).toBe(false);
  });

  it('keeps a 31st anchor that the page shows clamped, and reads unnumbered rows as the last periods', () => {
    // 共12期, only the three left are listed, due on the 31st (clamped in February and April).
    const values = formFromProposal(
      {
        sourceUrl: 'https://jr.mi.com/installment/bill',
        title: '小米 15',
        periods: 12,
        installments: [
          { dueDate: '2027-02-28', amount: 107_200 },
          { dueDate: '2027-03-31', amount: 107_200 },
          { dueDate: '2027-04-30', amount: 107_200 },
        ],
      },
      '2027-02-01',
    );
    // Periods 10, 11, 12 → period 1 is nine months before February 2027: 31 May 2026.
    expect(values).toMatchObject({ periods: '12', firstDueDate: '2026-05-31', earlierPaid: true });
  });
});
