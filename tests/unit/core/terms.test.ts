import { describe, expect, it } from 'vitest';
import { buildSchedule, checkTerms, splitEvenly, TermsError } from '../../../lib/core/schedule';
import { MAX_FEE_RATE, type Terms } from '../../../lib/core/schemas';
import { termsIssues } from '../../../lib/core/terms';

describe('checkTerms', () => {
  const valid: Terms = { principal: 1_200_000, periods: 12, method: 'fee', rate: 0.006, firstDueDate: '2026-01-10' };

  const issuesOf = (terms: Terms): string[] => {
    try {
      buildSchedule(terms);
    } catch (error) {
      expect(error).toBeInstanceOf(TermsError);
      return (error as TermsError).issues;
    }
    throw new Error('expected a TermsError');
  };

  it('accepts terms a lender could offer', () => {
    expect(checkTerms(valid)).toEqual(valid);
    expect(() => buildSchedule({ ...valid, rate: 0.05 })).not.toThrow();
    expect(() => buildSchedule({ ...valid, principal: 12 })).not.toThrow();
    expect(() => buildSchedule({ ...valid, periods: 360 })).not.toThrow();
  });

  it('refuses a principal smaller than the number of periods (less than a fen each)', () => {
    expect(issuesOf({ ...valid, principal: 11 })).toEqual(['err.principalBelowPeriods']);
  });

  it('refuses 0 and 361 periods', () => {
    expect(issuesOf({ ...valid, periods: 0 })).toEqual(['err.periods']);
    expect(issuesOf({ ...valid, periods: 361 })).toEqual(['err.periods']);
    expect(issuesOf({ ...valid, periods: 1.5 })).toEqual(['err.periods']);
  });

  it('refuses a negative rate', () => {
    expect(issuesOf({ ...valid, method: 'annuity', rate: -0.01 })).toEqual(['err.rateNegative']);
  });

  it('refuses a fee above 5 % a period', () => {
    expect(issuesOf({ ...valid, rate: 0.0501 })).toEqual(['err.feeTooHigh']);
  });

  it('refuses an interest-free plan with a rate', () => {
    expect(issuesOf({ ...valid, method: 'interest-free', rate: 0.01 })).toEqual(['err.interestFreeRate']);
  });

  it('refuses a date that does not exist such as 30 February', () => {
    expect(issuesOf({ ...valid, firstDueDate: '2026-02-30' })).toEqual(['err.date']);
  });

  it('refuses a zero or fractional principal', () => {
    expect(issuesOf({ ...valid, principal: 0 })).toEqual(['err.moneyPositive']);
    expect(issuesOf({ ...valid, principal: 100.5 })).toEqual(['err.money']);
  });

  it('names every problem at once', () => {
    expect(issuesOf({ ...valid, periods: 0, rate: -1, firstDueDate: '2026-02-30' }).sort()).toEqual(
      ['err.date', 'err.periods', 'err.rateNegative'].sort(),
    );
    expect(issuesOf({ ...valid, principal: 5, method: 'interest-free', rate: 0.01 })).toEqual([
      'err.principalBelowPeriods',
      'err.interestFreeRate',
    ]);
  });
});

describe('splitEvenly', () => {
  it('gives ⌊amount/n⌋ to each part and the remainder to the last or first', () => {
    expect(splitEvenly(100, 3)).toEqual([33, 33, 34]);
    expect(splitEvenly(100, 3, 'first')).toEqual([34, 33, 33]);
    expect(splitEvenly(7, 1)).toEqual([7]);
  });
});

describe('termsIssues', () => {
  const valid: Terms = { principal: 1_200_000, periods: 12, method: 'fee', rate: 0.006, firstDueDate: '2026-01-10' };

  it('finds nothing wrong with terms a lender could offer', () => {
    expect(termsIssues(valid)).toEqual([]);
  });

  it('names the field of each problem a single field shows', () => {
    expect(termsIssues({ ...valid, periods: 0, firstDueDate: '2026-02-30' })).toEqual([
      { path: 'periods', key: 'err.periods' },
      { path: 'firstDueDate', key: 'err.date' },
    ]);
  });

  it('puts a principal of 0.11 over 12 periods at the principal, and a 9 % fee at the rate', () => {
    expect(termsIssues({ ...valid, principal: 11 })).toEqual([{ path: 'principal', key: 'err.principalBelowPeriods' }]);
    expect(termsIssues({ ...valid, rate: 0.09 })).toEqual([{ path: 'rate', key: 'err.feeTooHigh', params: { maxRate: 0.05 } }]);
    expect(termsIssues({ ...valid, method: 'interest-free', rate: 0.01 })).toEqual([{ path: 'rate', key: 'err.interestFreeRate' }]);
  });

  it('accepts a fee of exactly MAX_FEE_RATE (5 %) a period', () => {
    expect(MAX_FEE_RATE).toBe(0.05);
    expect(termsIssues({ ...valid, rate: MAX_FEE_RATE })).toEqual([]);
  });

  it('judges the terms together only once each field is valid on its own', () => {
    // 5 fen over 0 periods: the periods are wrong, so "too small to split" is not yet a question.
    expect(termsIssues({ ...valid, principal: 5, periods: 0 })).toEqual([{ path: 'periods', key: 'err.periods' }]);
  });
});
