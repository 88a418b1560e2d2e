import { describe, expect, it } from 'vitest';
import { formFromProposal } from '../../../components/options/proposal-form';
import { inferProposalTerms, withPageFacts } from '../../../components/options/proposal-terms';
import { readForm } from '../../../components/options/read-plan-form';
import type { ImportProposal } from '../../../lib/core/import-proposal';
import { buildSchedule } from '../../../lib/core/schedule';

// Order 2 of tests/fixtures/store/two-orders.html: 5,999.00 over 6 at a 0.5 % fee, the odd fen first,
// periods 1 and 2 marked 已还. Period 1: 999.85 + 30.02 = 1,029.87; the others 999.83 + 29.99 = 1,029.82.
const dates = ['2026-10-10', '2026-11-10', '2026-12-10', '2027-01-10', '2027-02-10', '2027-03-10'];
const redmi: ImportProposal = {
  sourceUrl: 'https://jr.mi.com/installment/orders',
  title: 'Redmi K80 Pro 12GB+256GB',
  orderNo: '5201314000002',
  autoRepay: true,
  account: '招商银行 ****1234',
  periods: 6,
  installments: dates.map((dueDate, i) => ({
    period: i + 1,
    dueDate,
    amount: i === 0 ? 102_987 : 102_982,
    paid: i < 2,
    principal: i === 0 ? 99_985 : 99_983,
    charge: i === 0 ? 3_002 : 2_999,
  })),
};

describe('the confirmation of a page with principal and fee columns', () => {
  it('takes the terms that reproduce every row, the order, the account and the paid marks', () => {
    const inference = inferProposalTerms(redmi);
    expect(inference?.exact?.terms).toMatchObject({ method: 'fee', rate: 0.005, remainderTo: 'first' });
    const form = withPageFacts(formFromProposal(redmi, '2026-11-25'), redmi, inference?.exact ?? null);
    expect(form).toMatchObject({
      principal: '5999.00',
      periods: '6',
      method: 'fee',
      rate: '0.5',
      firstDueDate: '2026-10-10',
      remainderTo: 'first',
      autoRepay: true,
      paymentKind: 'bank-card',
      paymentLabel: '招商银行 ****1234',
      orderNo: '5201314000002',
      paidThroughPeriod: 2,
    });
    const read = readForm(form);
    if (!read.ok) throw new Error(JSON.stringify(read.errors));
    expect(read.draft.orderNo).toBe('5201314000002');
    // The plan's own schedule gives the page's rows to the fen.
    expect(buildSchedule(read.draft).map((row) => row.total)).toEqual(redmi.installments.map((row) => row.amount));
  });

  it('offers the nearest terms, with the rows they miss, when none reproduces the page', () => {
    const odd = {
      ...redmi,
      installments: redmi.installments.map((row) => (row.period === 4 ? { ...row, amount: 103_000, charge: 3_017 } : row)),
    };
    const inference = inferProposalTerms(odd);
    expect(inference?.exact).toBeNull();
    expect(inference?.fits[0]).toMatchObject({ terms: { method: 'fee', rate: 0.005 }, differing: [4] });
  });

  it('infers nothing from a page of amounts only', () => {
    const amounts = { ...redmi, installments: redmi.installments.map(({ principal, charge, ...row }) => row) };
    expect(inferProposalTerms(amounts)).toBeNull();
  });
});
