import { compactText, findAmounts, findDates, findPeriod, valueNear } from '../../../lib/store-site/parse-values';

const amounts = (text: string) => findAmounts(text).map((a) => a.value);
const dates = (text: string, today = '2026-12-20') => findDates(text, today).map((d) => d.value);

describe('findAmounts', () => {
  it.each([
    ['¥1,234.56', 123456],
    ['￥1,234.56', 123456],
    ['1234.56元', 123456],
    ['1,234.56', 123456],
    ['1,234', 123400],
    ['¥ 99', 9900],
    ['1072.5', 107250],
    ['200元', 20000],
    ['￥１，２３４．５６', 123456],
    ['１０７２．００元', 107200],
    ['¥ 1,072 .00', 107200],
  ])('reads %s as %i fen', (text, fen) => {
    expect(amounts(text)).toEqual([fen]);
  });

  it('does not take bare integers, percentages or dates for money', () => {
    expect(amounts('第3期 共12期 已逾期 5 天 手续费率 0.6% 2027-01-10 客服 4001005678')).toEqual([]);
  });

  it('does not take a time or a countdown for money, and still reads an amount after a colon', () => {
    expect(amounts('还款倒计时 23:59:59.99 10:30 截止')).toEqual([]);
    expect(amounts('本期应还：1,072.00 还款倒计时 02:03:04.5')).toEqual([107200]);
  });

  it('reads every amount of a row in order', () => {
    expect(amounts('1/12 2027-01-10 本金 ¥1,000.00 手续费 ¥72.00 应还 ¥1,072.00')).toEqual([100000, 7200, 107200]);
  });

  it('keeps integer fen exact where floating point would drift', () => {
    expect(amounts('¥0.29 ¥1.15 ¥4.35')).toEqual([29, 115, 435]);
  });
});

describe('findDates', () => {
  it.each([
    ['2026-06-10', '2026-06-10'],
    ['2026/6/10', '2026-06-10'],
    ['2026.06.10', '2026-06-10'],
    ['2026年6月10日', '2026-06-10'],
    ['２０２６－０６－１０', '2026-06-10'],
    ['2026 年 6 月 10 日', '2026-06-10'],
  ])('reads %s', (text, iso) => {
    expect(dates(text)).toEqual([iso]);
  });

  it('does not read an amount followed by a period count as a date, and keeps the amount', () => {
    expect(dates('本期应还 ¥3216.10/12期')).toEqual([]);
    expect(amounts('本期应还 ¥3216.10/12期')).toEqual([321_610]);
    expect(dates('应还 1072.05 / 12期')).toEqual([]);
    expect(dates('最后还款日 2026/6/10')).toEqual(['2026-06-10']);
  });

  it('gives a year-less date the year that puts it nearest today', () => {
    expect(dates('1月10日', '2026-12-20')).toEqual(['2027-01-10']);
    expect(dates('12月10日', '2026-12-20')).toEqual(['2026-12-10']);
    expect(dates('11月30日', '2027-01-05')).toEqual(['2026-11-30']);
  });

  it('rejects dates that are not on the calendar', () => {
    expect(dates('2026-02-30 2026-13-01 2月30日')).toEqual([]);
  });

  it('does not read an amount as a date', () => {
    expect(dates('¥1,072.00 1234.56')).toEqual([]);
  });
});

describe('findPeriod', () => {
  it.each([
    ['第3期', { period: 3 }],
    ['第 3/12 期', { period: 3, periods: 12 }],
    ['3/12期', { period: 3, periods: 12 }],
    ['第３期／共１２期', { period: 3, periods: 12 }],
    ['共12期', { periods: 12 }],
    ['分12期', { periods: 12 }],
    ['2027/1/10 第2期', { period: 2 }],
  ])('reads %s', (text, info) => {
    expect(findPeriod(text)).toEqual(info);
  });

  it('drops a period beyond the total', () => {
    expect(findPeriod('第13/12期')).toEqual({ periods: 12 });
  });
});

describe('valueNear', () => {
  it('takes the value after the label, else the nearest before it', () => {
    const text = '¥99.00 本期应还 ¥1,072.00 最后还款日 2027-01-10';
    expect(valueNear(text, '本期应还', findAmounts)).toBe(107200);
    expect(valueNear('¥ 1,072 .00 本期 应还 (元)', '本期应还', findAmounts)).toBe(107200);
  });

  it('matches labels the page spaced out', () => {
    expect(valueNear('最 后 还 款 日 2027/1/10', '最后还款日', (t) => findDates(t, '2026-12-20'))).toBe('2027-01-10');
  });
});

it('compactText removes every kind of space and widens nothing', () => {
  expect(compactText(' 本期\u00a0应还\u3000：１０ ')).toBe('本期应还:10');
});
