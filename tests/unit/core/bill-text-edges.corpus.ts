import type { CorpusCase } from './bill-text.corpus';

/** Wording that sits close to another reading: each case names the reading it must not take. */
export const EDGE_CORPUS: CorpusCase[] = [
  {
    text: '【花呗】您本月账单1,024.00元明天到期，还款后可恢复额度',
    today: '2026-12-01',
    expected: [{ lender: 'huabei', amountDue: 102_400, dueDate: '2026-12-02' }],
    why: '额度 in a bill (还款后可恢复额度) does not make it marketing',
  },
  {
    text: '【招商银行】您12月账单￥1,234.56，最低￥123.45，到期日12月18日',
    today: '2026-12-01',
    expected: [{ lender: 'card', lenderName: '招商银行', amountDue: 123_456, minimumDue: 12_345, dueDate: '2026-12-18' }],
    why: 'a bare 最低 is the minimum; 12月账单 is the statement amount',
  },
  {
    text: '【招商银行】您的12月账单可分期，最高可领取100元红包，活动截止12月31日',
    today: '2026-12-01',
    expected: [],
    why: 'an offer to split a bill, with a ¥100 red packet and a closing date, is marketing, not a ¥100 bill',
  },
  {
    text: '【花呗】您本月需还款1000元，将于本月10日自动扣款\n\n【花呗】您下期需还款1000元，将于下月10日自动扣款',
    today: '2026-12-01',
    expected: [
      { lender: 'huabei', amountDue: 100_000, dueDate: '2026-12-10' },
      { lender: 'huabei', amountDue: 100_000, dueDate: '2027-01-10' },
    ],
    why: '本月10日 is the 10th of today’s month, 下月10日 of the next (2026-12 → 2027-01)',
  },
  {
    text: '【中信银行】您的信用卡本期应还1,000元（账单周期11月1日-11月30日），请于12月20日前还款',
    today: '2026-12-01',
    expected: [{ lender: 'card', lenderName: '中信银行', amountDue: 100_000, dueDate: '2026-12-20' }],
    why: 'the dates of the statement period are not the due date',
  },
  {
    text: '【平安银行】您尾号1234的信用卡11月账单已出，应还1,888.00元，最低应还188.80元，请于12月9日前还款。',
    today: '2026-12-01',
    expected: [{ lender: 'card', lenderName: '平安银行', amountDue: 188_800, minimumDue: 18_880, dueDate: '2026-12-09' }],
    why: '平安银行 card: 应还 after 账单已出 is the amount, 最低应还 the minimum',
  },
  {
    text: '【浦发银行】您的浦发信用卡本期账单应还款额￥3,600.00，最低还款额￥360.00，到期还款日2026年12月19日',
    today: '2026-12-01',
    expected: [{ lender: 'card', lenderName: '浦发银行', amountDue: 360_000, minimumDue: 36_000, dueDate: '2026-12-19' }],
    why: '浦发 card: 账单应还款额 labels the full amount',
  },
  {
    text: '【分期乐】您的第3期账单应还1,005.20元，共12期，还款日2026-12-16。',
    today: '2026-12-01',
    expected: [{ lender: 'fenqile', amountDue: 100_520, dueDate: '2026-12-16', period: 3, periods: 12 }],
    why: '第3期 and 共12期 apart in the sentence still give period 3 of 12',
  },
];
