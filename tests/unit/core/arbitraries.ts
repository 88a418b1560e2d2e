import fc from 'fast-check';
import { addDays, lenderInstant } from '../../../lib/core/dates';
import { buildSchedule } from '../../../lib/core/schedule';
import { METHODS, type RepaymentMethod, type Terms } from '../../../lib/core/schemas';
import { makePlan, payment } from './plan-factory';

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

/** Valid terms of any method: n ≤ P ≤ 10^10 fen, 1–`maxPeriods` periods. */
export const termsUpTo = (maxPeriods: number): fc.Arbitrary<Terms> =>
  fc
    .record({ method: fc.constantFrom(...METHODS), periods: fc.integer({ min: 1, max: maxPeriods }) })
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

/** Valid terms of any method: n ≤ P ≤ 10^10 fen, 1–360 periods. */
export const termsArb = termsUpTo(360);

/**
 * A valid plan of up to `maxPeriods` periods, paid in full up to some period and partly in the next, with a
 * random payoff switch and grace, and an instant from 40 days before the first due date to 400 after.
 */
export const planAtInstant = (maxPeriods = 360) =>
  termsUpTo(maxPeriods)
    .chain((terms) =>
      fc.record({
        terms: fc.constant(terms),
        paidPeriods: fc.integer({ min: 0, max: terms.periods }),
        partialShare: fc.double({ min: 0, max: 1, noNaN: true }),
        waivesFutureFeesOnPayoff: fc.boolean(),
        graceDays: fc.integer({ min: 0, max: 30 }),
        daysFromFirstDue: fc.integer({ min: -40, max: 400 }),
        minuteOfDay: fc.integer({ min: 0, max: 24 * 60 - 1 }),
      }),
    )
    .map(({ terms, paidPeriods, partialShare, waivesFutureFeesOnPayoff, graceDays, daysFromFirstDue, minuteOfDay }) => {
      const schedule = buildSchedule(terms);
      const payments = schedule
        .slice(0, paidPeriods)
        .filter((row) => row.total > 0)
        .map((row) => payment(row.period, row.total, terms.firstDueDate));
      const partial = schedule[paidPeriods] && Math.floor(schedule[paidPeriods].total * partialShare);
      if (partial) payments.push(payment(paidPeriods + 1, partial, terms.firstDueDate));
      const plan = makePlan({ ...terms, remainderTo: terms.remainderTo ?? 'last', payments, waivesFutureFeesOnPayoff, graceDays });
      const today = addDays(terms.firstDueDate, daysFromFirstDue);
      return { plan, today, now: lenderInstant(today, 0) + minuteOfDay * 60_000 };
    });
