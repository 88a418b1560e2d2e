import { describe, expect, it } from 'vitest';
import { buildSchedule, type Installment, scheduleTotals } from '../../../lib/core/schedule';

const pick = (schedule: Installment[], key: keyof Installment) => schedule.map((row) => row[key]);

describe('buildSchedule: fee (分期手续费)', () => {
  it('charges 12,000.00 over 12 months at a 0.6 % fee 1,072.00 a month', () => {
    // Principal 1,200,000 / 12 = 100,000 fen a month.
    // Fee total = round(1,200,000 × 0.006 × 12) = 86,400 fen; 86,400 / 12 = 7,200 fen a month.
    // 100,000 + 7,200 = 107,200 fen = 1,072.00 a month.
    const schedule = buildSchedule({ principal: 1_200_000, periods: 12, method: 'fee', rate: 0.006, firstDueDate: '2026-01-10' });
    expect(schedule).toHaveLength(12);
    expect(schedule[0]).toEqual({
      period: 1,
      dueDate: '2026-01-10',
      principal: 100_000,
      interest: 7_200,
      total: 107_200,
      balanceAfter: 1_100_000,
    });
    expect(schedule[11]).toEqual({
      period: 12,
      dueDate: '2026-12-10',
      principal: 100_000,
      interest: 7_200,
      total: 107_200,
      balanceAfter: 0,
    });
    expect(new Set(pick(schedule, 'total'))).toEqual(new Set([107_200]));
    expect(scheduleTotals(schedule)).toEqual({ principal: 1_200_000, interest: 86_400, total: 1_286_400 });
  });

  it('puts the fen left over from principal and fee on the last period', () => {
    // 1,234.57 over 3 at 0.6 %: principal ⌊123,457 / 3⌋ = 41,152, last 123,457 − 2 × 41,152 = 41,153.
    // Fee total = round(123,457 × 0.006 × 3) = round(2,222.226) = 2,222; ⌊2,222 / 3⌋ = 740, last 2,222 − 1,480 = 742.
    const schedule = buildSchedule({ principal: 123_457, periods: 3, method: 'fee', rate: 0.006, firstDueDate: '2026-01-10' });
    expect(pick(schedule, 'principal')).toEqual([41_152, 41_152, 41_153]);
    expect(pick(schedule, 'interest')).toEqual([740, 740, 742]);
    expect(pick(schedule, 'total')).toEqual([41_892, 41_892, 41_895]);
    expect(pick(schedule, 'balanceAfter')).toEqual([82_305, 41_153, 0]);
  });

  it('rounds a fee total that ends in exactly half a fen up', () => {
    // 1,599.00 over 6 at 0.75 %: principal 159,900 / 6 = 26,650 a month.
    // Fee total = 159,900 × 0.0075 × 6 = 7,195.5 → 7,196; ⌊7,196 / 6⌋ = 1,199, last 7,196 − 5 × 1,199 = 1,201.
    const schedule = buildSchedule({ principal: 159_900, periods: 6, method: 'fee', rate: 0.0075, firstDueDate: '2025-12-05' });
    expect(pick(schedule, 'interest')).toEqual([1_199, 1_199, 1_199, 1_199, 1_199, 1_201]);
    expect(pick(schedule, 'total')).toEqual([27_849, 27_849, 27_849, 27_849, 27_849, 27_851]);
  });

  it('puts the left-over fen on the first period when asked', () => {
    const schedule = buildSchedule({
      principal: 123_457,
      periods: 3,
      method: 'fee',
      rate: 0.006,
      firstDueDate: '2026-01-10',
      remainderTo: 'first',
    });
    expect(pick(schedule, 'principal')).toEqual([41_153, 41_152, 41_152]);
    expect(pick(schedule, 'interest')).toEqual([742, 740, 740]);
    expect(pick(schedule, 'balanceAfter')).toEqual([82_304, 41_152, 0]);
  });

  it('splits 10,000.00 over 3 at a 0 % fee into 3,333.33, 3,333.33 and 3,333.34', () => {
    const schedule = buildSchedule({ principal: 1_000_000, periods: 3, method: 'fee', rate: 0, firstDueDate: '2026-01-10' });
    expect(pick(schedule, 'total')).toEqual([333_333, 333_333, 333_334]);
    expect(pick(schedule, 'interest')).toEqual([0, 0, 0]);
  });
});

describe('buildSchedule: interest-free', () => {
  it('splits 10,000.00 over 3 into 3,333.33, 3,333.33 and 3,333.34', () => {
    // ⌊1,000,000 / 3⌋ = 333,333; last = 1,000,000 − 666,666 = 333,334.
    const schedule = buildSchedule({ principal: 1_000_000, periods: 3, method: 'interest-free', rate: 0, firstDueDate: '2026-01-10' });
    expect(schedule).toEqual([
      { period: 1, dueDate: '2026-01-10', principal: 333_333, interest: 0, total: 333_333, balanceAfter: 666_667 },
      { period: 2, dueDate: '2026-02-10', principal: 333_333, interest: 0, total: 333_333, balanceAfter: 333_334 },
      { period: 3, dueDate: '2026-03-10', principal: 333_334, interest: 0, total: 333_334, balanceAfter: 0 },
    ]);
  });

  it('splits 10,000.00 over 3 into 3,333.34, 3,333.33 and 3,333.33 with the remainder first', () => {
    const schedule = buildSchedule({
      principal: 1_000_000,
      periods: 3,
      method: 'interest-free',
      rate: 0,
      firstDueDate: '2026-01-10',
      remainderTo: 'first',
    });
    expect(pick(schedule, 'total')).toEqual([333_334, 333_333, 333_333]);
    expect(pick(schedule, 'balanceAfter')).toEqual([666_666, 333_333, 0]);
  });
});

describe('buildSchedule: annuity (等额本息)', () => {
  // 12,000.00 over 12 at 12 % a year: r = 0.01, (1.01)^12 = 1.12682503013197,
  // payment = 1,200,000 × 0.01 × 1.12682503 / 0.12682503 = 106,618.546… → 106,619 fen = 1,066.19.
  const schedule = buildSchedule({ principal: 1_200_000, periods: 12, method: 'annuity', rate: 0.12, firstDueDate: '2026-01-15' });

  it('charges 1,066.19 a month for 12,000.00 over 12 months at 12 %', () => {
    expect(pick(schedule, 'total').slice(0, 11)).toEqual(Array(11).fill(106_619));
  });

  it('pays interest on the balance and the rest of the payment off the principal in the first two periods', () => {
    // Period 1: interest = 1,200,000 × 0.01 = 12,000; principal = 106,619 − 12,000 = 94,619;
    //           balance = 1,200,000 − 94,619 = 1,105,381.
    expect(schedule[0]).toEqual({
      period: 1,
      dueDate: '2026-01-15',
      principal: 94_619,
      interest: 12_000,
      total: 106_619,
      balanceAfter: 1_105_381,
    });
    // Period 2: interest = round(1,105,381 × 0.01) = round(11,053.81) = 11,054; principal = 106,619 − 11,054 = 95,565;
    //           balance = 1,105,381 − 95,565 = 1,009,816.
    expect(schedule[1]).toEqual({
      period: 2,
      dueDate: '2026-02-15',
      principal: 95_565,
      interest: 11_054,
      total: 106_619,
      balanceAfter: 1_009_816,
    });
  });

  it('clears the balance in the last period, which is a few fen smaller', () => {
    // Carrying on the same way, the balances after periods 3–11 are 913,295, 815,809, 717,348,
    // 617,902, 517,462, 416,018, 313,559, 210,076 and 105,558.
    // Period 12: interest = round(105,558 × 0.01) = round(1,055.58) = 1,056; principal = the whole 105,558;
    //            total = 106,614 (5 fen less than the others, from rounding the payment up); balance 0.
    expect(pick(schedule, 'balanceAfter')).toEqual([
      1_105_381, 1_009_816, 913_295, 815_809, 717_348, 617_902, 517_462, 416_018, 313_559, 210_076, 105_558, 0,
    ]);
    expect(schedule[11]).toEqual({
      period: 12,
      dueDate: '2026-12-15',
      principal: 105_558,
      interest: 1_056,
      total: 106_614,
      balanceAfter: 0,
    });
  });

  it('treats an almost-zero rate as an even split instead of piling the principal onto one period', () => {
    // 100,000,000.00 over 360 at 1e-14 a year: payment ≈ P / n = 27,777,777.78 → 27,777,778; interest rounds to 0;
    // the last period clears the rest: 10,000,000,000 − 359 × 27,777,778 = 27,777,698.
    for (const rate of [1e-14, 1e-17]) {
      const tiny = buildSchedule({ principal: 10_000_000_000, periods: 360, method: 'annuity', rate, firstDueDate: '2026-01-15' });
      expect(new Set(pick(tiny, 'total').slice(0, 359))).toEqual(new Set([27_777_778]));
      expect(tiny[359]?.total).toBe(27_777_698);
    }
  });

  it('splits a 0 % annuity evenly, remainder in the last period', () => {
    const zero = buildSchedule({ principal: 1_000_000, periods: 3, method: 'annuity', rate: 0, firstDueDate: '2026-01-15' });
    expect(pick(zero, 'total')).toEqual([333_333, 333_333, 333_334]);
    expect(pick(zero, 'interest')).toEqual([0, 0, 0]);
  });
});

describe('buildSchedule: equal-principal (等额本金)', () => {
  it('repays 1,000.00 of 12,000.00 a month with interest on the falling balance at 12 %', () => {
    // Principal 1,200,000 / 12 = 100,000 a month; r = 0.01; interest_k = balance before × 0.01:
    // 12,000, 11,000, …, 1,000; totals 112,000 down to 101,000; interest in all = 78,000.
    const schedule = buildSchedule({
      principal: 1_200_000,
      periods: 12,
      method: 'equal-principal',
      rate: 0.12,
      firstDueDate: '2026-01-15',
    });
    expect(pick(schedule, 'principal')).toEqual(Array(12).fill(100_000));
    expect(pick(schedule, 'interest')).toEqual([12_000, 11_000, 10_000, 9_000, 8_000, 7_000, 6_000, 5_000, 4_000, 3_000, 2_000, 1_000]);
    expect(schedule[0]?.total).toBe(112_000);
    expect(schedule[11]?.total).toBe(101_000);
    expect(scheduleTotals(schedule).interest).toBe(78_000);
  });

  it('rounds each period’s interest half-up at 10 % a year', () => {
    // 10,000.00 over 3, r = 0.1 / 12: principal 333,333, 333,333, 333,334.
    // Interest: 1,000,000 / 120 = 8,333.33 → 8,333; 666,667 / 120 = 5,555.56 → 5,556; 333,334 / 120 = 2,777.78 → 2,778.
    const schedule = buildSchedule({ principal: 1_000_000, periods: 3, method: 'equal-principal', rate: 0.1, firstDueDate: '2026-01-15' });
    expect(pick(schedule, 'principal')).toEqual([333_333, 333_333, 333_334]);
    expect(pick(schedule, 'interest')).toEqual([8_333, 5_556, 2_778]);
    expect(pick(schedule, 'total')).toEqual([341_666, 338_889, 336_112]);
  });
});

describe('buildSchedule: interest-first (先息后本)', () => {
  it('charges only interest until the last period, which adds the whole principal', () => {
    // 10,000.00 at 12 %: interest = 1,000,000 × 0.01 = 10,000 a month; period 3 adds 1,000,000.
    const schedule = buildSchedule({ principal: 1_000_000, periods: 3, method: 'interest-first', rate: 0.12, firstDueDate: '2026-01-15' });
    expect(schedule).toEqual([
      { period: 1, dueDate: '2026-01-15', principal: 0, interest: 10_000, total: 10_000, balanceAfter: 1_000_000 },
      { period: 2, dueDate: '2026-02-15', principal: 0, interest: 10_000, total: 10_000, balanceAfter: 1_000_000 },
      { period: 3, dueDate: '2026-03-15', principal: 1_000_000, interest: 10_000, total: 1_010_000, balanceAfter: 0 },
    ]);
  });

  it('rounds the monthly interest half-up', () => {
    // 10,000.00 at 10 %: 1,000,000 × 0.1 / 12 = 8,333.33 → 8,333 a month.
    const schedule = buildSchedule({ principal: 1_000_000, periods: 2, method: 'interest-first', rate: 0.1, firstDueDate: '2026-01-15' });
    expect(pick(schedule, 'total')).toEqual([8_333, 1_008_333]);
  });
});

describe('buildSchedule: due dates', () => {
  const dueDates = (firstDueDate: string, periods: number) =>
    pick(buildSchedule({ principal: 1_000_000, periods, method: 'interest-free', rate: 0, firstDueDate }), 'dueDate');

  it('clamps a 31st due day to 29 February in a leap year (2028), then returns to the 31st', () => {
    expect(dueDates('2028-01-31', 5)).toEqual(['2028-01-31', '2028-02-29', '2028-03-31', '2028-04-30', '2028-05-31']);
  });

  it('clamps a 31st due day to 28 February in a common year (2027), then returns to the 31st', () => {
    expect(dueDates('2027-01-31', 5)).toEqual(['2027-01-31', '2027-02-28', '2027-03-31', '2027-04-30', '2027-05-31']);
  });

  it('still falls on the 31st two years later (counted from the anchor, not the previous date)', () => {
    expect(dueDates('2027-01-31', 25).at(-1)).toBe('2029-01-31');
  });
});
