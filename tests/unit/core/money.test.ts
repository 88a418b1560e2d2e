import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fenToDecimal, formatMoney, parseYuan, roundHalfUp } from '../../../lib/core/money';

describe('roundHalfUp', () => {
  // The written rule: snap to 15 significant digits, then round half away from zero.
  const byRule = (value: number) => {
    const snapped = Number(value.toPrecision(15));
    return Math.sign(snapped) * Math.floor(Math.abs(snapped) + 0.5) || 0;
  };

  it('is the written rule for any double, and for values a few units in the last place from one half', () => {
    const nearHalf = fc.tuple(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: -64, max: 64 })).map(([whole, steps]) => {
      let value = whole + 0.5;
      for (let i = 0; i < Math.abs(steps); i++) value = steps > 0 ? nextUp(value) : nextDown(value);
      return value;
    });
    const products = fc
      .tuple(fc.integer({ min: 1, max: 10_000_000_000 }), fc.double({ min: 0, max: 0.1, noNaN: true }))
      .map(([p, r]) => p * r);
    fc.assert(
      fc.property(fc.oneof(fc.double(), nearHalf, products), (value) => {
        expect(roundHalfUp(value)).toBe(byRule(value));
      }),
      { numRuns: 20_000 },
    );
  });

  it('rounds an exact half up to the next fen', () => {
    expect(roundHalfUp(0.5)).toBe(1);
    expect(roundHalfUp(1.5)).toBe(2);
    expect(roundHalfUp(2.5)).toBe(3); // half-up, not banker's rounding (which would give 2)
  });

  it('rounds anything below the half down, however close', () => {
    expect(roundHalfUp(2.4999999)).toBe(2);
    expect(roundHalfUp(2.49)).toBe(2);
    expect(roundHalfUp(0.4)).toBe(0);
  });

  it('leaves whole fen alone', () => {
    expect(roundHalfUp(0)).toBe(0);
    expect(roundHalfUp(107_200)).toBe(107_200);
  });

  it('is not moved by binary noise in products of decimal rates', () => {
    // 12,000.00 × 0.6 %: 7,200 fen exactly on paper.
    expect(roundHalfUp(1_200_000 * 0.006)).toBe(7200);
    // 1.005 × 100 is 100.49999999999999 in binary; on paper it is 100.5, which rounds up.
    expect(1.005 * 100).toBeLessThan(100.5);
    expect(roundHalfUp(1.005 * 100)).toBe(101);
    // 0.145 × 100 = 14.499999999999998 in binary, 14.5 on paper.
    expect(roundHalfUp(0.145 * 100)).toBe(15);
    // 60 fen at 10 %/12 a month: 0.5 fen on paper.
    expect(roundHalfUp(60 * (0.1 / 12))).toBe(1);
  });

  it('keeps large amounts exact to the fen', () => {
    // 100,000,000.00 yuan at a 5 % fee over 360 months: 1.8 × 10^12 fen; a half fen above still rounds up.
    expect(roundHalfUp(1_800_000_000_000.5)).toBe(1_800_000_000_001);
    expect(roundHalfUp(1_800_000_000_000.49)).toBe(1_800_000_000_000);
  });
});

describe('parseYuan', () => {
  it('reads grouped, symbol-prefixed, full-width and 元-suffixed amounts as fen', () => {
    expect(parseYuan('1,072.00')).toBe(107_200);
    expect(parseYuan('¥1,072.5')).toBe(107_250);
    expect(parseYuan('￥1072.50')).toBe(107_250);
    expect(parseYuan('１０７２．００')).toBe(107_200);
    expect(parseYuan('1072元')).toBe(107_200);
    expect(parseYuan(' 1072 ')).toBe(107_200);
    expect(parseYuan('0.05')).toBe(5);
  });

  it('returns null for text that is not an amount', () => {
    for (const text of ['', 'abc', '¥', '1.234', '-5', '1,07', '12,34,567', '1072.00.00', '一千', '1e3']) {
      expect(parseYuan(text), text).toBeNull();
    }
  });
});

describe('formatMoney', () => {
  it('writes 107,200 fen as ¥1,072.00 in Chinese and in English', () => {
    expect(formatMoney(107_200, 'zh-CN')).toBe('¥1,072.00');
    expect(formatMoney(107_200, 'en')).toBe('¥1,072.00');
  });

  it('always shows two decimals', () => {
    expect(formatMoney(5, 'en')).toBe('¥0.05');
    expect(formatMoney(123_456_789, 'zh-CN')).toBe('¥1,234,567.89');
  });

  it('writes any amount as the narrow-symbol CNY format of Intl does, in both languages', () => {
    // Small amounts, and any up to 10^13 fen (¥100 billion; Intl's division by 100 stays exact that far).
    const amounts = fc.oneof(fc.integer({ min: -1_000_000, max: 1_000_000 }), fc.integer({ min: -1e13, max: 1e13 }));
    for (const locale of ['zh-CN', 'en']) {
      const intl = new Intl.NumberFormat(locale, {
        style: 'currency',
        currency: 'CNY',
        currencyDisplay: 'narrowSymbol',
        minimumFractionDigits: 2,
        maximumFractionDigits: 2,
      });
      fc.assert(fc.property(amounts, (fen) => formatMoney(fen, locale) === intl.format(fen / 100)));
      for (const fen of [0, 1, 99, 100, 999_999, 100_000_000, -1, -107_200]) expect(formatMoney(fen, locale)).toBe(intl.format(fen / 100));
    }
  });
});

describe('fenToDecimal', () => {
  it('writes fen as a plain decimal without grouping', () => {
    expect(fenToDecimal(107_200)).toBe('1072.00');
    expect(fenToDecimal(5)).toBe('0.05');
    expect(fenToDecimal(-107_250)).toBe('-1072.50');
  });
});

/** The next double above `value`, and below it. */
function nextUp(value: number): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, value);
  const bits = view.getBigInt64(0);
  view.setBigInt64(0, value >= 0 ? bits + 1n : bits - 1n);
  return view.getFloat64(0);
}
function nextDown(value: number): number {
  return -nextUp(-value);
}
