import { describe, expect, it } from 'vitest';
import { MAX_AMOUNT_FEN } from '../../../lib/core/limits';
import { readYuan } from '../../../lib/core/money';
import { termsIssues } from '../../../lib/core/terms';

const read = (text: string) => readYuan(text, MAX_AMOUNT_FEN);

describe('readYuan: a typed amount, or what is wrong with it', () => {
  it('reads amounts as people type them', () => {
    expect(read('5999')).toEqual({ ok: true, fen: 599_900 });
    expect(read('¥5,999.5')).toEqual({ ok: true, fen: 599_950 });
    expect(read('９９９，９９９，９９９.９９元')).toEqual({ ok: true, fen: MAX_AMOUNT_FEN });
  });

  it('asks for an amount when nothing is typed', () => {
    expect(read('  ')).toEqual({ ok: false, key: 'err.money' });
  });

  it('says a minus sign makes it negative (−5999, -5999, －5999)', () => {
    for (const text of ['-5999', '−5999', '－5999', '-5999.50']) expect(read(text)).toEqual({ ok: false, key: 'err.moneyNegative' });
  });

  it('says 5999.999 has more than two decimals', () => {
    expect(read('5999.999')).toEqual({ ok: false, key: 'err.moneyDecimals' });
    expect(read('0.001')).toEqual({ ok: false, key: 'err.moneyDecimals' });
  });

  it('says 1e9, 99999999999999 and ¥1,000,000,000 are over the limit', () => {
    for (const text of ['1e9', '99999999999999', '1,000,000,000', '1000000000.00']) {
      expect(read(text)).toEqual({ ok: false, key: 'err.moneyTooLarge' });
    }
  });

  it('says text that is no number is not an amount', () => {
    for (const text of ['十二块', '12a', '1.2.3', '1e5x']) expect(read(text)).toEqual({ ok: false, key: 'err.moneyFormat' });
  });
});

describe('terms issues name the limit they broke', () => {
  const terms = { principal: 1_200_000, periods: 12, method: 'annuity' as const, rate: 0.24, firstDueDate: '2026-01-10' };

  it('an annual rate of 500 % is over the 100 % cap, and says so', () => {
    expect(termsIssues({ ...terms, rate: 5 })).toEqual([{ path: 'rate', key: 'err.rateTooHigh', params: { maxRate: 1 } }]);
  });

  it('a fee of 500 % a period is judged by the fee cap of 5 %, not the yearly one', () => {
    expect(termsIssues({ ...terms, method: 'fee', rate: 5 })).toEqual([{ path: 'rate', key: 'err.feeTooHigh', params: { maxRate: 0.05 } }]);
  });

  it('a principal over the cap names the cap', () => {
    expect(termsIssues({ ...terms, principal: MAX_AMOUNT_FEN + 1 })).toEqual([
      { path: 'principal', key: 'err.moneyTooLarge', params: { maxFen: MAX_AMOUNT_FEN } },
    ]);
  });
});
