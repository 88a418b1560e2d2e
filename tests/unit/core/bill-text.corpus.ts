import type { BillFact } from '../../../lib/core/bill-text';

/** A pasted text, the Beijing date it was pasted on, the bills it holds, and the working. */
export interface CorpusCase {
  text: string;
  today: string;
  expected: BillFact[];
  why: string;
}

// Messages written for these tests in the shapes lenders send (sender tag, card tail, 回复TD退订),
// one per case. Amounts: yuan × 100 = fen. Year-less dates: the first such date on or after
// today − 60 days (today 2026-12-01 → from 2026-10-02, so 12月18日 is 2026-12-18).
export const BILL_CORPUS: CorpusCase[] = [
  {
    text: '【招商银行】您尾号8821的招行信用卡12月账单已出，本期应还人民币3,256.80元，最低还款325.68元，到期还款日12月18日。详情可登录【掌上生活】App查看。',
    today: '2026-12-01',
    expected: [{ lender: 'card', lenderName: '招商银行', amountDue: 325_680, minimumDue: 32_568, dueDate: '2026-12-18' }],
    why: '招商银行 card: 本期应还 3,256.80 is the amount, 325.68 the minimum; 【掌上生活】 after 登录 is an app, not a sender',
  },
  {
    text: '【工商银行】尊敬的客户：您的工银信用卡(尾号0932)本期账单金额RMB12,480.00，最低还款额RMB1,248.00，请于2026年12月25日前还款。',
    today: '2026-12-01',
    expected: [{ lender: 'card', lenderName: '工商银行', amountDue: 1_248_000, minimumDue: 124_800, dueDate: '2026-12-25' }],
    why: '工商银行 card: RMB-prefixed statement 12,480.00 and minimum 1,248.00; the dated 2026年12月25日 is due',
  },
  {
    text: '【中国建设银行】您尾号5566的龙卡信用卡11月账单：应还款额5,000元，最低还款额500元，还款日2026/12/12。',
    today: '2026-12-01',
    expected: [{ lender: 'card', lenderName: '建设银行', amountDue: 500_000, minimumDue: 50_000, dueDate: '2026-12-12' }],
    why: '建设银行 card under its full name 中国建设银行: 5,000元 without decimals, due 2026/12/12; 11月账单 is a month, not a date',
  },
  {
    text: '【中信银行】您的中信信用卡本期应还款1,999.9元，最低应还199.99元，最后还款日12月8日，请按时还款，回复TD退订。',
    today: '2026-12-01',
    expected: [{ lender: 'card', lenderName: '中信银行', amountDue: 199_990, minimumDue: 19_999, dueDate: '2026-12-08' }],
    why: '中信 card: one decimal 1,999.9 is 199,990 fen; 最低应还 is the minimum, not the amount due',
  },
  {
    text: '【广发银行】尊敬的广发卡客户，您12月账单应还￥8,800.00，最低还款￥880.00，到期还款日2026-12-16。',
    today: '2026-12-01',
    expected: [{ lender: 'card', lenderName: '广发银行', amountDue: 880_000, minimumDue: 88_000, dueDate: '2026-12-16' }],
    why: '广发 card named 广发卡: a minimum payment marks a card bill; ￥ amounts and a dashed date',
  },
  {
    text: '【交通银行信用卡】您尾号3344的信用卡本期账单金额2,345.67元，最低还款234.57元，到期还款日12月27日，可登录买单吧App还款。',
    today: '2026-12-01',
    expected: [{ lender: 'card', lenderName: '交通银行', amountDue: 234_567, minimumDue: 23_457, dueDate: '2026-12-27' }],
    why: '交通银行信用卡 tag: a card of 交通银行, statement 2,345.67, minimum 234.57',
  },
  {
    text: '【广发银行】您的信用卡本期应还：￥２，３４５．００，最低还款：￥２３４．５０，还款日：１２／１８',
    today: '2026-12-01',
    expected: [{ lender: 'card', lenderName: '广发银行', amountDue: 234_500, minimumDue: 23_450, dueDate: '2026-12-18' }],
    why: 'full-width digits, comma, point, colon and slash read as ASCII: ２，３４５．００ is 234,500 fen, １２／１８ is 18 December',
  },
  {
    text: '【中信银行】您的信用卡11月账单人民币6800元，最低还款人民币680元，到期还款日为2026年12月5日',
    today: '2026-12-01',
    expected: [{ lender: 'card', lenderName: '中信银行', amountDue: 680_000, minimumDue: 68_000, dueDate: '2026-12-05' }],
    why: '人民币 before an amount without decimals: 6800元 is 680,000 fen',
  },
  {
    text: '【建设银行】您的龙卡信用卡本期账单金额3,000.00元，已还1,000.00元，剩余应还2,000.00元，最低还款300.00元，到期日12月22日。',
    today: '2026-12-01',
    expected: [{ lender: 'card', lenderName: '建设银行', amountDue: 200_000, minimumDue: 30_000, dueDate: '2026-12-22' }],
    why: 'a part-paid statement asks for what is left: 剩余应还 2,000.00 outranks the 3,000.00 statement',
  },
  {
    text: '【招商银行】您的信用卡账单应还2,000元，到期还款日11月20日，请尽快还款',
    today: '2026-12-01',
    expected: [{ lender: 'card', lenderName: '招商银行', amountDue: 200_000, dueDate: '2026-11-20' }],
    why: 'a year-less date 11 days ago is this year’s (2026-11-20 is after 2026-10-02), so the bill is overdue',
  },
  {
    text: '【招商银行】您的闪电贷本期应还款3,150.00元，还款日为2026年12月20日，请确保还款账户余额充足。',
    today: '2026-12-01',
    expected: [{ lender: 'other', lenderName: '招商银行', amountDue: 315_000, dueDate: '2026-12-20' }],
    why: 'a bank’s loan (闪电贷) is not a card: other, named after the bank',
  },
  {
    text: '【支付宝】您的花呗12月账单已出，本月应还1,580.00元，还款日12月10日，请确保余额宝或银行卡余额充足。如已还款请忽略。',
    today: '2026-12-01',
    expected: [{ lender: 'huabei', amountDue: 158_000, dueDate: '2026-12-10' }],
    why: '花呗 named in a 支付宝 message; 如已还款请忽略 is a condition, not a confirmation',
  },
  {
    text: '【花呗】本月账单1,024.00元明天到期，请及时还款，避免影响信用。',
    today: '2026-12-09',
    expected: [{ lender: 'huabei', amountDue: 102_400, dueDate: '2026-12-10' }],
    why: '明天 is today + 1: 2026-12-09 → 2026-12-10',
  },
  {
    text: '【花呗】本月应还842.00元，还款日1月10日',
    today: '2026-12-28',
    expected: [{ lender: 'huabei', amountDue: 84_200, dueDate: '2027-01-10' }],
    why: 'a year-less January date late in December is next year’s (2026-01-10 is before 2026-10-29)',
  },
  {
    text: '【花呗】本月应还500元，12月10日到期，若您已还款请忽略。',
    today: '2026-12-01',
    expected: [{ lender: 'huabei', amountDue: 50_000, dueDate: '2026-12-10' }],
    why: '若您已还款 is a condition: the reminder is still a bill',
  },
  {
    text: '【京东金融】您的白条本期待还金额为2,160.50元，最后还款日2026年12月15日，请按时还款，回复TD退订。',
    today: '2026-12-01',
    expected: [{ lender: 'baitiao', amountDue: 216_050, dueDate: '2026-12-15' }],
    why: '白条 → baitiao; 待还金额为 labels the amount',
  },
  {
    text: '[京东金融]京东白条分期提醒：您的第5/12期账单应还¥318.26，将于12月5日到期，可在京东金融App还款。',
    today: '2026-12-01',
    expected: [{ lender: 'baitiao', amountDue: 31_826, dueDate: '2026-12-05', period: 5, periods: 12 }],
    why: 'a square-bracket tag; 第5/12期 is period 5 of 12, not 12 May',
  },
  {
    text: '【京东金融】白条本期应还1,234.5元，12月15日前还款',
    today: '2026-12-01',
    expected: [{ lender: 'baitiao', amountDue: 123_450, dueDate: '2026-12-15' }],
    why: '1,234.5元 is 123,450 fen exactly (decimal string, no float multiplication)',
  },
  {
    text: '【京东金融】您有1笔账单已逾期5天，应还金额2,345.00元，逾期将影响您的信用记录，请尽快还款。',
    today: '2026-12-03',
    expected: [{ lender: 'baitiao', amountDue: 234_500, dueDate: '2026-11-28' }],
    why: '已逾期5天 on 2026-12-03 was due 2026-11-28; the 京东金融 tag alone means 白条; 1笔 is a count, not ¥1',
  },
  {
    text: '您的京东白条本期应还1,500.00元，请于12月9日前还款。【京东金融】',
    today: '2026-12-01',
    expected: [{ lender: 'baitiao', amountDue: 150_000, dueDate: '2026-12-09' }],
    why: 'a sender tag signed at the end of the message',
  },
  {
    text: '【分期乐】您本期账单应还款863.40元（第2期/共6期），还款日12月12日，逾期将产生罚息。',
    today: '2026-12-01',
    expected: [{ lender: 'fenqile', amountDue: 86_340, dueDate: '2026-12-12', period: 2, periods: 6 }],
    why: '分期乐 with 第2期/共6期 in full-width brackets',
  },
  {
    text: '【分期乐】您有1笔账单已逾期3天，逾期金额1,050.00元，请今日内还款以免影响征信。',
    today: '2026-12-01',
    expected: [{ lender: 'fenqile', amountDue: 105_000, dueDate: '2026-11-28' }],
    why: '已逾期3天 dates the bill (2026-12-01 − 3 = 2026-11-28); 今日内还款 is when to act, not the due date',
  },
  {
    text: '【小米金融】您的小米分期本期应还款额为459.00元（第3/12期），将于2026年12月8日自动扣款，请确保银行卡余额充足。',
    today: '2026-12-01',
    expected: [{ lender: 'xiaomi', amountDue: 45_900, dueDate: '2026-12-08', period: 3, periods: 12 }],
    why: '小米分期 → xiaomi; 应还款额为 labels 459.00; 第3/12期 in brackets',
  },
  {
    text: '【天星金融】尊敬的用户，您的随星借借款本月应还1,200元，还款日为12月20日，请按时还款。',
    today: '2026-12-01',
    expected: [{ lender: 'xiaomi', amountDue: 120_000, dueDate: '2026-12-20' }],
    why: '天星金融 is Xiaomi’s finance brand → xiaomi',
  },
  {
    text: '[天星金融]您的小米分期第2期/共6期应还款额300元将于12月8日自动扣款',
    today: '2026-12-01',
    expected: [{ lender: 'xiaomi', amountDue: 30_000, dueDate: '2026-12-08', period: 2, periods: 6 }],
    why: '将于…自动扣款 marks the due date; 第2期/共6期 the period',
  },
];
