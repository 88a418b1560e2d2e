import fc from 'fast-check';
import { ImportProposalSchema } from '../../../lib/core/import-proposal';
import { buildProposal } from '../../../lib/store-site/proposal';
import type { PageReading } from '../../../lib/store-site/read-page';

const base: PageReading = { overdue: false, zeroLimit: false, plan: [] };

it('proposes the plan rows in date order, with the page’s period numbers and paid marks', () => {
  const proposal = buildProposal(
    {
      ...base,
      periods: 3,
      plan: [
        { period: 2, dueDate: '2027-02-10', amount: 107200, paid: false },
        { period: 1, dueDate: '2027-01-10', amount: 107200, paid: true },
        { period: 3, dueDate: '2027-03-10', amount: 107201, paid: false },
      ],
    },
    'https://jr.mi.com/bill',
    '小米分期 3 期',
  );
  expect(proposal).toEqual({
    sourceUrl: 'https://jr.mi.com/bill',
    title: '小米分期 3 期',
    periods: 3,
    installments: [
      { period: 1, dueDate: '2027-01-10', amount: 107200, paid: true },
      { period: 2, dueDate: '2027-02-10', amount: 107200, paid: false },
      { period: 3, dueDate: '2027-03-10', amount: 107201, paid: false },
    ],
  });
});

it('proposes the single current installment when there is no plan table', () => {
  expect(buildProposal({ ...base, dueAmount: 89900, dueDate: '2027-01-15' }, 'https://www.mi.com/x', '小米分期')?.installments).toEqual([
    { dueDate: '2027-01-15', amount: 89900 },
  ]);
});

it('drops period numbers that repeat, and proposes nothing when nothing is sound', () => {
  const rows = [
    { period: 1, dueDate: '2027-01-10', amount: 100, paid: false },
    { period: 1, dueDate: '2027-02-10', amount: 100, paid: false },
  ];
  expect(buildProposal({ ...base, plan: rows }, 'u', 't')?.installments).toEqual([
    { dueDate: '2027-01-10', amount: 100, paid: false },
    { dueDate: '2027-02-10', amount: 100, paid: false },
  ]);
  expect(buildProposal({ ...base, dueAmount: 89900 }, 'u', 't')).toBeNull();
  expect(buildProposal({ ...base, plan: [{ dueDate: '2027-02-30', amount: 100, paid: false }] }, 'u', 't')).toBeNull();
});

it('only ever builds proposals the background’s schema accepts', () => {
  const row = fc.record({
    period: fc.option(fc.integer({ min: -2, max: 400 }), { nil: undefined }),
    dueDate: fc.oneof(
      fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
      fc.string(),
    ),
    amount: fc.oneof(fc.integer({ min: -5, max: 200_000_000_000 }), fc.double()),
    paid: fc.boolean(),
  });
  const reading = fc.record({
    overdue: fc.boolean(),
    zeroLimit: fc.boolean(),
    plan: fc.array(row, { maxLength: 400 }),
    periods: fc.option(fc.integer({ min: -1, max: 500 }), { nil: undefined }),
    dueAmount: fc.option(fc.integer({ min: 0, max: 1e12 }), { nil: undefined }),
    dueDate: fc.option(fc.constantFrom('2027-01-10', '2027-13-01'), { nil: undefined }),
  });
  fc.assert(
    fc.property(reading, fc.string({ maxLength: 3000 }), fc.string({ maxLength: 200 }), (r, url, title) => {
      const proposal = buildProposal(r as PageReading, url, title);
      return proposal === null || ImportProposalSchema.safeParse(proposal).success;
    }),
    { numRuns: 300 },
  );
});
