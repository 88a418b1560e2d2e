import fc from 'fast-check';
import { METHODS, type RepaymentMethod, type Terms } from '../../../lib/core/schemas';

const pad = (value: number) => String(value).padStart(2, '0');
const lastDayOf = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** A real calendar date from 2000 to 2099, with the awkward due days 29, 30 and 31 drawn often. */
export const isoDateArb = fc
  .record({
    year: fc.integer({ min: 2000, max: 2099 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.oneof(fc.integer({ min: 1, max: 28 }), fc.constantFrom(29, 30, 31)),
  })
  .map(({ year, month, day }) => `${year}-${pad(month)}-${pad(Math.min(day, lastDayOf(year, month)))}`);

/** Rates as lenders quote them (basis points) and as arbitrary doubles, within `max`. */
const rateArb = (max: number) =>
  fc.oneof(
    fc.integer({ min: 0, max: Math.round(max * 10_000) }).map((bp) => bp / 10_000),
    fc.double({ min: 0, max, noNaN: true }),
  );

/** The largest rate each method accepts: 5 % a period for fees, 100 % a year for interest, none interest-free. */
export const MAX_RATE: Record<RepaymentMethod, number> = {
  fee: 0.05,
  annuity: 1,
  'equal-principal': 1,
  'interest-first': 1,
  'interest-free': 0,
};

/** Valid terms of any method: n ≤ P ≤ 10^10 fen, 1–360 periods. */
export const termsArb: fc.Arbitrary<Terms> = fc
  .record({ method: fc.constantFrom(...METHODS), periods: fc.integer({ min: 1, max: 360 }) })
  .chain(({ method, periods }) =>
    fc.record({
      method: fc.constant(method),
      periods: fc.constant(periods),
      principal: fc.oneof(fc.integer({ min: periods, max: 10_000_000_000 }), fc.integer({ min: periods, max: periods * 3 })),
      rate: rateArb(MAX_RATE[method]),
      firstDueDate: isoDateArb,
      remainderTo: fc.constantFrom('first', 'last', undefined),
    }),
  )
  .map(({ remainderTo, ...terms }) => (remainderTo === undefined ? terms : { ...terms, remainderTo }));
