import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildSchedule } from '../../../lib/core/schedule';
import { termsArb } from './arbitraries';

const RUNS = { numRuns: 300 };
const lastDayOf = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

// Each property collects the offending rows and expects none, so a failure shows them all at once.
describe('buildSchedule properties (every method, n ≤ P ≤ 10^10 fen, 1–360 periods)', () => {
  it('has one installment per period, numbered 1 to n', () => {
    fc.assert(
      fc.property(termsArb, (terms) => {
        expect(buildSchedule(terms).map((row) => row.period)).toEqual(Array.from({ length: terms.periods }, (_, index) => index + 1));
      }),
      RUNS,
    );
  });

  it('repays exactly the principal', () => {
    fc.assert(
      fc.property(termsArb, (terms) => {
        expect(buildSchedule(terms).reduce((sum, row) => sum + row.principal, 0)).toBe(terms.principal);
      }),
      RUNS,
    );
  });

  it('charges in all exactly the principal plus the interest, row by row and in sum', () => {
    fc.assert(
      fc.property(termsArb, (terms) => {
        const schedule = buildSchedule(terms);
        expect(schedule.filter((row) => row.total !== row.principal + row.interest)).toEqual([]);
        const interest = schedule.reduce((sum, row) => sum + row.interest, 0);
        expect(schedule.reduce((sum, row) => sum + row.total, 0)).toBe(terms.principal + interest);
      }),
      RUNS,
    );
  });

  it('lowers the balance by each principal, never raises it, and ends at 0', () => {
    fc.assert(
      fc.property(termsArb, (terms) => {
        const schedule = buildSchedule(terms);
        const wrong = schedule.filter((row, index) => {
          const before = index === 0 ? terms.principal : (schedule[index - 1]?.balanceAfter as number);
          return row.balanceAfter !== before - row.principal || row.balanceAfter > before;
        });
        expect(wrong).toEqual([]);
        expect(schedule.at(-1)?.balanceAfter).toBe(0);
      }),
      RUNS,
    );
  });

  it('puts every due date strictly after the one before, starting on the first due date', () => {
    fc.assert(
      fc.property(termsArb, (terms) => {
        const dates = buildSchedule(terms).map((row) => row.dueDate);
        expect(dates[0]).toBe(terms.firstDueDate);
        expect(dates.filter((date, index) => index > 0 && (dates[index - 1] as string) >= date)).toEqual([]);
      }),
      RUNS,
    );
  });

  it('keeps the anchor’s day of the month, or the month’s last day when the month is shorter', () => {
    fc.assert(
      fc.property(termsArb, (terms) => {
        const anchorDay = Number(terms.firstDueDate.slice(8));
        const drifted = buildSchedule(terms).filter(({ dueDate }) => {
          const [year, month, day] = dueDate.split('-').map(Number) as [number, number, number];
          return day !== Math.min(anchorDay, lastDayOf(year, month));
        });
        expect(drifted).toEqual([]);
      }),
      RUNS,
    );
  });

  it('never has a negative or fractional amount', () => {
    fc.assert(
      fc.property(termsArb, (terms) => {
        const bad = buildSchedule(terms).filter((row) =>
          [row.principal, row.interest, row.total, row.balanceAfter].some((amount) => !Number.isSafeInteger(amount) || amount < 0),
        );
        expect(bad).toEqual([]);
      }),
      RUNS,
    );
  });
});
