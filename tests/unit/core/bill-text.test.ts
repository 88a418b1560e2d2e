import { describe, expect, it } from 'vitest';
import { parseBillText, readPeriod } from '../../../lib/core/bill-text';
import { readAmounts } from '../../../lib/core/bill-text-amount';
import { readDueDate, resolveYearless } from '../../../lib/core/bill-text-date';
import { readLender } from '../../../lib/core/bill-text-lender';
import { splitMessages } from '../../../lib/core/bill-text-split';
import { BILL_CORPUS } from './bill-text.corpus';
import { EDGE_CORPUS } from './bill-text-edges.corpus';
import { NOT_A_BILL_CORPUS, OTHER_LENDER_CORPUS, PASTE_CORPUS } from './bill-text-more.corpus';

describe('parseBillText on the corpus', () => {
  describe.each([
    ['bank cards, 花呗, 白条, 分期乐 and 小米', BILL_CORPUS],
    ['other lenders', OTHER_LENDER_CORPUS],
    ['messages that ask for nothing', NOT_A_BILL_CORPUS],
    ['pastes of several messages', PASTE_CORPUS],
    ['wording close to another reading', EDGE_CORPUS],
  ])('%s', (_, corpus) => {
    it.each(corpus)('$why', ({ text, today, expected }) => {
      expect(parseBillText(text, today)).toEqual(expected);
    });
  });
});

describe('readAmounts: money as written, to exact fen', () => {
  it('reads grouped, one-decimal, two-decimal and whole amounts without float error', () => {
    expect(readAmounts('本期应还1,234.5元').amountDue).toBe(123_450);
    expect(readAmounts('本期应还1,234.56元').amountDue).toBe(123_456);
    expect(readAmounts('本期应还0.29元').amountDue).toBe(29); // 0.29 × 100 = 28.999999999999996 in binary
    expect(readAmounts('本期应还1200元').amountDue).toBe(120_000);
    expect(readAmounts('应还款额:RMB 12,345,678.90').amountDue).toBe(1_234_567_890);
  });

  it('reads ¥, ￥, RMB and 人民币 alike', () => {
    for (const text of ['应还¥88.80', '应还￥88.80', '应还RMB88.80', '应还人民币88.80元', '应还 88.80 元']) {
      expect(readAmounts(text).amountDue, text).toBe(8_880);
    }
  });

  it('reads full-width digits and punctuation once the paste is normalised', () => {
    expect(parseBillText('【花呗】本月应还８，８８８．８０元，还款日１２月１０日', '2026-12-01')).toEqual([
      { lender: 'huabei', amountDue: 888_880, dueDate: '2026-12-10' },
    ]);
  });

  it('reads 1.2万元 as 12,000 yuan', () => {
    expect(readAmounts('本期应还1.2万元').amountDue).toBe(1_200_000);
  });

  it('takes the full amount as due and the minimum as the minimum, in either order', () => {
    expect(readAmounts('最低还款100元，本期应还1,000元')).toEqual({ amountDue: 100_000, minimumDue: 10_000 });
    expect(readAmounts('账单金额1,000元，最低应还100元')).toEqual({ amountDue: 100_000, minimumDue: 10_000 });
  });

  it('takes a lone minimum as both the amount due and the minimum', () => {
    expect(readAmounts('最低还款额150.00元')).toEqual({ amountDue: 15_000, minimumDue: 15_000 });
  });

  it('drops a minimum larger than the amount due, which cannot be right', () => {
    expect(readAmounts('本期应还100元，最低还款500元')).toEqual({ amountDue: 10_000 });
  });

  it('does not read dates, counts, periods or rates after a label as money', () => {
    expect(readAmounts('应还12月10日')).toEqual({});
    expect(readAmounts('待还3期')).toEqual({});
    expect(readAmounts('应还款享8折')).toEqual({});
    expect(readAmounts('账单日1日')).toEqual({});
  });

  it('ignores malformed groups and three-decimal numbers rather than guessing', () => {
    expect(readAmounts('本期应还1,23,456元')).toEqual({});
    expect(readAmounts('本期应还12.345元')).toEqual({});
  });

  it('skips a foreign-currency statement', () => {
    expect(readAmounts('美元账单12.00，本期应还人民币300.00元').amountDue).toBe(30_000);
  });
});

describe('readDueDate: dates as written, in Beijing days', () => {
  const today = '2026-12-01';

  it('reads dated, dashed, slashed, year-less and month/day forms', () => {
    expect(readDueDate('请于2026年12月10日前还款', today)).toBe('2026-12-10');
    expect(readDueDate('还款日2026-12-10', today)).toBe('2026-12-10');
    expect(readDueDate('还款日2026/12/20', today)).toBe('2026-12-20');
    expect(readDueDate('还款日12月10日', today)).toBe('2026-12-10');
    expect(readDueDate('还款日12月10号', today)).toBe('2026-12-10');
    expect(readDueDate('到期日12/15', today)).toBe('2026-12-15');
  });

  it('counts 今天, 明天 and 后天 from today, across a month end', () => {
    expect(readDueDate('今天到期', '2026-11-30')).toBe('2026-11-30');
    expect(readDueDate('明天到期', '2026-11-30')).toBe('2026-12-01');
    expect(readDueDate('后天到期', '2026-12-31')).toBe('2027-01-02');
  });

  it('reads 本月N日 and 下月N日 in today’s month and the next', () => {
    expect(readDueDate('将于本月10日扣款', '2026-12-01')).toBe('2026-12-10');
    expect(readDueDate('将于下月10日扣款', '2026-12-01')).toBe('2027-01-10');
    expect(readDueDate('将于下月31日扣款', '2027-01-15')).toBeNull(); // no 31 February
  });

  it('dates 已逾期N天 N days before today', () => {
    expect(readDueDate('您有1笔账单已逾期3天', '2026-03-02')).toBe('2026-02-27');
  });

  it('prefers the due date to the statement date and the statement period', () => {
    expect(readDueDate('账单日11月30日，到期还款日12月18日', today)).toBe('2026-12-18');
    expect(readDueDate('您11月1日-11月30日的账单，请于12月18日前还款', today)).toBe('2026-12-18');
  });

  it('reads no due date from statement dates alone, nor from an impossible date', () => {
    expect(readDueDate('账单日11月30日', today)).toBeNull();
    expect(readDueDate('还款日2月30日', today)).toBeNull();
    expect(readDueDate('还款日2026-13-01', today)).toBeNull();
  });
});

describe('resolveYearless: the first such date on or after today − 60 days', () => {
  it('keeps a date exactly 60 days back in this year, and moves one 61 days back to next year', () => {
    // 2026-12-01 − 60 days = 2026-10-02.
    expect(resolveYearless(10, 2, '2026-12-01')).toBe('2026-10-02');
    expect(resolveYearless(10, 1, '2026-12-01')).toBe('2027-10-01');
  });

  it('reads a January date in late December as next January', () => {
    expect(resolveYearless(1, 10, '2026-12-28')).toBe('2027-01-10');
  });

  it('reads a December date in early January as last December', () => {
    // 2027-01-05 − 60 days = 2026-11-06, so 12月20日 is 2026-12-20.
    expect(resolveYearless(12, 20, '2027-01-05')).toBe('2026-12-20');
  });

  it('finds the next 29 February, even across 2100, which is no leap year', () => {
    expect(resolveYearless(2, 29, '2026-12-01')).toBe('2028-02-29');
    expect(resolveYearless(2, 29, '2097-01-01')).toBe('2104-02-29');
  });
});

describe('readPeriod', () => {
  it('reads 第k/n期, 第k期/共n期 and k/n期', () => {
    expect(readPeriod('第3/12期')).toEqual({ period: 3, periods: 12 });
    expect(readPeriod('第3期/共12期')).toEqual({ period: 3, periods: 12 });
    expect(readPeriod('3/12期')).toEqual({ period: 3, periods: 12 });
  });

  it('keeps a lone period or plan length', () => {
    expect(readPeriod('第4期账单')).toEqual({ period: 4 });
    expect(readPeriod('分12期')).toEqual({ periods: 12 });
  });

  it('drops a period past the plan’s end, and period 0', () => {
    expect(readPeriod('第13/12期')).toEqual({});
    expect(readPeriod('第0期')).toEqual({});
  });
});

describe('readLender', () => {
  it('maps products to their kinds', () => {
    expect(readLender('【京东金融】白条账单')).toEqual({ lender: 'baitiao' });
    expect(readLender('【支付宝】花呗账单')).toEqual({ lender: 'huabei' });
    expect(readLender('【分期乐】账单')).toEqual({ lender: 'fenqile' });
    expect(readLender('【天星金融】账单')).toEqual({ lender: 'xiaomi' });
    expect(readLender('您的小米分期账单')).toEqual({ lender: 'xiaomi' });
  });

  it('names a bank card after its bank, however the message names it', () => {
    expect(readLender('【招商银行】信用卡')).toEqual({ lender: 'card', lenderName: '招商银行' });
    expect(readLender('您的招行信用卡')).toEqual({ lender: 'card', lenderName: '招商银行' });
    expect(readLender('【中国工商银行】信用卡')).toEqual({ lender: 'card', lenderName: '工商银行' });
    expect(readLender('您的浙商银行信用卡')).toEqual({ lender: 'card', lenderName: '浙商银行' });
  });

  it('names other lenders by product, or by sender tag when the product is unknown', () => {
    expect(readLender('【美团】月付账单')).toEqual({ lender: 'other', lenderName: '美团月付' });
    expect(readLender('【支付宝】借呗')).toEqual({ lender: 'other', lenderName: '借呗' });
    expect(readLender('【某某消费金融】您的借款')).toEqual({ lender: 'other', lenderName: '某某消费金融' });
    expect(readLender('您的借款')).toEqual({ lender: 'other' });
  });
});

describe('splitMessages', () => {
  it('does not cut at an app named in brackets mid-sentence', () => {
    expect(splitMessages('【招商银行】本期应还1元，请通过【掌上生活】App还款')).toHaveLength(1);
  });

  it('keeps a line without a tag with the message before it when that message lacks a date', () => {
    expect(splitMessages('【花呗】本月应还500元\n还款日12月10日')).toEqual(['【花呗】本月应还500元\n还款日12月10日']);
  });

  it('gives nothing for empty or blank text', () => {
    expect(parseBillText('', '2026-12-01')).toEqual([]);
    expect(parseBillText(' \n\n\t', '2026-12-01')).toEqual([]);
  });

  it('gives nothing when today is not a date', () => {
    expect(parseBillText('【花呗】本月应还500元，还款日12月10日', 'tomorrow')).toEqual([]);
  });
});
