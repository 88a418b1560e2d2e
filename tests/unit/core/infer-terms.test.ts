import { describe, expect, it } from 'vitest';
import { addMonthsClamped } from '../../../lib/core/dates';
import { inferTerms, type ShownRow } from '../../../lib/core/infer-terms';
import { buildSchedule } from '../../../lib/core/schedule';
import type { Terms } from '../../../lib/core/schemas';

/** Rows as a page with 本金 / 手续费 (or 利息) / 应还 columns shows them. */
const row = (period: number, principal: number, charge: number, first = '2027-01-10'): ShownRow => ({
  period,
  dueDate: addMonthsClamped(first, period - 1),
  principal,
  charge,
  total: principal + charge,
});

/** What a page built from `terms` shows: every row's principal, charge and total. */
const pageOf = (terms: Terms): ShownRow[] =>
  buildSchedule(terms).map(({ period, dueDate, principal, interest, total }) => ({ period, dueDate, principal, charge: interest, total }));

describe('inferTerms', () => {
  it('reads a 0.6 % fee off 12 rows of 1,000.00 + 72.00', () => {
    // Principal Σ = 12 × 100,000 = 1,200,000; fee Σ = 12 × 7,200 = 86,400; 86,400 / (1,200,000 × 12) = 0.006.
    const rows = Array.from({ length: 12 }, (_, i) => row(i + 1, 100_000, 7_200));
    const { exact } = inferTerms(rows, 12);
    expect(exact).toEqual({
      terms: { principal: 1_200_000, periods: 12, method: 'fee', rate: 0.006, firstDueDate: '2027-01-10', remainderTo: 'last' },
      differing: [],
    });
  });

  it('finds the fen left over on the first period (remainderTo first)', () => {
    // 5,999.00 over 6 at 0.5 %: principal ⌊599,900 / 6⌋ = 99,983, first 599,900 − 5 × 99,983 = 99,985.
    // Fee Σ = round(599,900 × 0.005 × 6) = 17,997; ⌊17,997 / 6⌋ = 2,999, first 17,997 − 5 × 2,999 = 3,002.
    const rows = [row(1, 99_985, 3_002), ...[2, 3, 4, 5, 6].map((k) => row(k, 99_983, 2_999))];
    const { exact } = inferTerms(rows, 6);
    expect(exact?.terms).toMatchObject({ principal: 599_900, method: 'fee', rate: 0.005, remainderTo: 'first' });
  });

  it('reads an annuity (等额本息) at 12 % a year off its interest column', () => {
    // 10,000.00 over 12 at 1 % a month: payment = round(1,000,000 × 0.01 × 1.01¹² / (1.01¹² − 1)) = 88,849.
    // Period 1: interest 10,000, principal 78,849; period 2: interest round(921,151 × 0.01) = 9,212.
    const rows = pageOf({ principal: 1_000_000, periods: 12, method: 'annuity', rate: 0.12, firstDueDate: '2027-03-15' });
    expect(rows.slice(0, 2)).toEqual([
      { period: 1, dueDate: '2027-03-15', principal: 78_849, charge: 10_000, total: 88_849 },
      { period: 2, dueDate: '2027-04-15', principal: 79_637, charge: 9_212, total: 88_849 },
    ]);
    const { exact } = inferTerms(rows, 12);
    expect(exact?.terms).toMatchObject({ principal: 1_000_000, method: 'annuity', rate: 0.12, firstDueDate: '2027-03-15' });
  });

  it('reads equal principal (等额本金) at 12 % a year', () => {
    // 12,000.00 over 12: principal 100,000 a month; interest 1 = 1,200,000 × 0.01 = 12,000, then 11,000, 10,000 …
    const rows = pageOf({ principal: 1_200_000, periods: 12, method: 'equal-principal', rate: 0.12, firstDueDate: '2027-01-10' });
    expect(rows.map((r) => r.charge).slice(0, 3)).toEqual([12_000, 11_000, 10_000]);
    expect(inferTerms(rows, 12).exact?.terms).toMatchObject({ method: 'equal-principal', rate: 0.12 });
  });

  it('calls rows with no fee interest-free', () => {
    const rows = [1, 2, 3].map((k) => row(k, 33_300, 0));
    expect(inferTerms(rows, 3).exact?.terms).toMatchObject({ principal: 99_900, method: 'interest-free', rate: 0 });
  });

  it('infers the whole plan from the periods still to pay (4 to 12 of 12)', () => {
    const rows = Array.from({ length: 9 }, (_, i) => row(i + 4, 100_000, 7_200));
    const { exact } = inferTerms(rows, 12);
    expect(exact?.terms).toMatchObject({ principal: 1_200_000, method: 'fee', rate: 0.006, firstDueDate: '2027-01-10' });
  });

  it('anchors on the 31st when a page shows 02-28 and 03-31', () => {
    const rows = [
      { period: 1, dueDate: '2027-01-31', principal: 50_000, charge: 0, total: 50_000 },
      { period: 2, dueDate: '2027-02-28', principal: 50_000, charge: 0, total: 50_000 },
      { period: 3, dueDate: '2027-03-31', principal: 50_000, charge: 0, total: 50_000 },
    ];
    expect(inferTerms(rows, 3).exact?.terms.firstDueDate).toBe('2027-01-31');
  });

  it('names the rows no method reproduces, with the nearest terms', () => {
    // Period 3 charges 75.00 where every other period charges 72.00: no single fee rate gives that.
    const rows = Array.from({ length: 12 }, (_, i) => row(i + 1, 100_000, i === 2 ? 7_500 : 7_200));
    const { exact, fits } = inferTerms(rows, 12);
    expect(exact).toBeNull();
    expect(fits[0]).toMatchObject({ terms: { method: 'fee', rate: 0.006 }, differing: [3] });
  });

  it('infers nothing from amounts alone', () => {
    const rows = [1, 2].map((period) => ({ period, dueDate: `2027-0${period}-10`, total: 107_200 }));
    expect(inferTerms(rows, 12)).toEqual({ exact: null, fits: [] });
  });
});
