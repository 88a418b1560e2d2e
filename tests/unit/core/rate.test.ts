import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { annualizedRate, monthlyIrr } from '../../../lib/core/rate';
import { buildSchedule } from '../../../lib/core/schedule';
import { termsArb } from './arbitraries';

/** A fraction as a percentage to 2 decimals, the way it is disclosed: 0.130342 → "13.03". */
const percent = (fraction: number) => (fraction * 100).toFixed(2);

const presentValue = (payments: number[], i: number) => payments.reduce((sum, payment, index) => sum + payment / (1 + i) ** (index + 1), 0);

describe('annualizedRate', () => {
  it('prices 12,000.00 over 12 months at a 0.6 % fee (1,072.00 a month) at 13.03 % nominal, 13.84 % effective', () => {
    // The fee looks like 0.6 × 12 = 7.2 % a year, but it is charged on the whole original principal
    // while the balance falls: the monthly IRR i solves 1,200,000 = Σ 107,200 / (1 + i)^k, k = 1…12,
    // i ≈ 1.0862 %; 12 i = 13.03 %; (1 + i)^12 − 1 = 13.84 %.
    const { nominal, effective } = annualizedRate(1_200_000, Array(12).fill(107_200));
    expect(percent(nominal)).toBe('13.03');
    expect(percent(effective)).toBe('13.84');
  });

  it('is exactly 0 for a 0 % plan', () => {
    expect(annualizedRate(1_000_000, [333_333, 333_333, 333_334])).toEqual({ nominal: 0, effective: 0 });
  });

  it('handles a single period: 10,000.00 repaid as 10,100.00 a month later is 1 % a month', () => {
    // i = 10,100 / 10,000 − 1 = 1 %; nominal 12 × 1 % = 12.00 %; effective 1.01^12 − 1 = 12.68 %.
    const { nominal, effective } = annualizedRate(1_000_000, [1_010_000]);
    expect(monthlyIrr(1_000_000, [1_010_000])).toBeCloseTo(0.01, 12);
    expect(percent(nominal)).toBe('12.00');
    expect(percent(effective)).toBe('12.68');
  });

  it('recovers 12 % from the 12,000.00 / 12-month annuity at 12 %', () => {
    const schedule = buildSchedule({ principal: 1_200_000, periods: 12, method: 'annuity', rate: 0.12, firstDueDate: '2026-01-15' });
    const { nominal, effective } = annualizedRate(
      1_200_000,
      schedule.map((row) => row.total),
    );
    expect(nominal).toBeCloseTo(0.12, 4);
    expect(percent(effective)).toBe('12.68');
  });

  it('is negative when less than the principal is repaid', () => {
    expect(annualizedRate(1_000_000, [500_000, 400_000]).nominal).toBeLessThan(0);
  });

  it('refuses a missing principal or no payments', () => {
    expect(() => annualizedRate(0, [100])).toThrow(RangeError);
    expect(() => annualizedRate(100, [])).toThrow(RangeError);
  });
});

describe('annualizedRate properties', () => {
  it('finds a monthly rate at which the payments are worth the principal', () => {
    fc.assert(
      fc.property(termsArb, (terms) => {
        const payments = buildSchedule(terms).map((row) => row.total);
        const i = monthlyIrr(terms.principal, payments);
        expect(Math.abs(presentValue(payments, i) - terms.principal) / terms.principal).toBeLessThan(1e-9);
      }),
      { numRuns: 200 },
    );
  });

  it('is never negative when the payments add up to at least the principal', () => {
    const flows = fc
      .array(fc.integer({ min: 0, max: 100_000_000 }), { minLength: 1, maxLength: 360 })
      .filter((payments) => payments.some((payment) => payment > 0))
      .chain((payments) => {
        const paid = payments.reduce((sum, payment) => sum + payment, 0);
        return fc.record({ payments: fc.constant(payments), principal: fc.integer({ min: Math.max(1, Math.floor(paid / 4)), max: paid }) });
      });
    fc.assert(
      fc.property(flows, ({ principal, payments }) => {
        const { nominal, effective } = annualizedRate(principal, payments);
        expect(nominal).toBeGreaterThanOrEqual(0);
        expect(effective).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 300 },
    );
  });

  it('gives back the annual rate of an annuity schedule (to 0.01 of a percentage point)', () => {
    const annuity = fc.record({
      principal: fc.integer({ min: 1_000_000, max: 10_000_000_000 }),
      periods: fc.integer({ min: 1, max: 360 }),
      rate: fc.integer({ min: 1, max: 10_000 }).map((bp) => bp / 10_000),
    });
    fc.assert(
      fc.property(annuity, ({ principal, periods, rate }) => {
        const schedule = buildSchedule({ principal, periods, method: 'annuity', rate, firstDueDate: '2026-01-31' });
        const { nominal } = annualizedRate(
          principal,
          schedule.map((row) => row.total),
        );
        expect(Math.abs(nominal - rate)).toBeLessThan(1e-4);
      }),
      { numRuns: 200 },
    );
  });
});
