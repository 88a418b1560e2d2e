import { describe, expect, it } from 'vitest';
import { draftFigures } from '../../../lib/core/figures';
import { lineReached, monthlyBurden, rateLinesOf } from '../../../lib/core/rate-lines';

describe('rate warning lines', () => {
  it('default to 24 % and 36 %, and sort the user’s own', () => {
    expect(rateLinesOf({})).toEqual([0.24, 0.36]);
    expect(rateLinesOf({ rateLines: [0.36, 0.15, 0.36] })).toEqual([0.15, 0.36]);
    expect(rateLinesOf({ rateLines: [] })).toEqual([]);
  });

  it('mark the highest line a rate is at or above', () => {
    expect(lineReached(0.2399, [0.24, 0.36])).toBeNull();
    expect(lineReached(0.24, [0.24, 0.36])).toBe(0.24);
    expect(lineReached(0.3599, [0.24, 0.36])).toBe(0.24);
    expect(lineReached(0.4, [0.24, 0.36])).toBe(0.36);
    expect(lineReached(0.4, [])).toBeNull();
  });

  it('judge a real plan by its true rate, not its per-period fee', () => {
    // A 0.6 % a month fee over 12 months is 13.03 % a year: under both lines. 1.5 % a month over 12 is 31.72 %,
    // at the 24 % line; 2 % a month over 12 is 41.70 %, past 36 %.
    const nominal = (rate: number) =>
      draftFigures({ principal: 1_200_000, periods: 12, method: 'fee', rate, firstDueDate: '2026-01-10' }).rate.nominal;
    expect(nominal(0.006)).toBeCloseTo(0.1303, 4);
    expect(lineReached(nominal(0.006), [0.24, 0.36])).toBeNull();
    expect(lineReached(nominal(0.015), [0.24, 0.36])).toBe(0.24);
    expect(lineReached(nominal(0.02), [0.24, 0.36])).toBe(0.36);
  });

  it('do not flip on binary noise at the line', () => {
    expect(lineReached(0.24 - 1e-12, [0.24])).toBe(0.24);
    expect(lineReached(0.36 + 1e-12, [0.36])).toBe(0.36);
  });
});

describe('monthly burden', () => {
  it('is nothing without an income', () => {
    expect(monthlyBurden([100_000], {})).toBeNull();
  });

  it('is each month’s repayments over the income, marked above the threshold (default 50 %)', () => {
    // Income ¥15,000.00: ¥7,500.00 is exactly half (not above); ¥7,500.01 is above.
    expect(monthlyBurden([750_000, 750_001, 0], { monthlyIncome: 1_500_000 })).toEqual([
      { share: 0.5, over: false },
      { share: 750_001 / 1_500_000, over: true },
      { share: 0, over: false },
    ]);
  });

  it('uses the user’s threshold, without binary noise at the line', () => {
    // 35 % of ¥15,000.00 is ¥5,250.00.
    expect(monthlyBurden([525_000, 525_001], { monthlyIncome: 1_500_000, burdenThreshold: 0.35 })?.map((month) => month.over)).toEqual([
      false,
      true,
    ]);
  });
});
