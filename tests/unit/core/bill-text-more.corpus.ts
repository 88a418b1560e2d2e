import type { CorpusCase } from './bill-text.corpus';

/** Other lenders, messages that ask for nothing, and pastes holding several messages. */
export const OTHER_LENDER_CORPUS: CorpusCase[] = [
  {
    text: '【美团】您的美团月付11月账单共计356.20元，将于12月10日到期，请及时还款。',
    today: '2026-12-01',
    expected: [{ lender: 'other', lenderName: '美团月付', amountDue: 35_620, dueDate: '2026-12-10' }],
    why: '美团月付 → other named 美团月付; 账单共计 labels the amount',
  },
  {
    text: '【美团月付】今天是您的还款日，本期应还210.00元，请及时还款。',
    today: '2026-12-10',
    expected: [{ lender: 'other', lenderName: '美团月付', amountDue: 21_000, dueDate: '2026-12-10' }],
    why: '今天是您的还款日: due today',
  },
  {
    text: '【抖音支付】您的抖音月付账单¥628.00将于明天到期，请登录抖音App完成还款。',
    today: '2026-12-14',
    expected: [{ lender: 'other', lenderName: '抖音月付', amountDue: 62_800, dueDate: '2026-12-15' }],
    why: '抖音月付 → other; 明天 from 2026-12-14 is 2026-12-15',
  },
  {
    text: '【支付宝】您的借呗本期应还款2,033.33元，将于2026-12-09自动从余额宝或银行卡扣款。',
    today: '2026-12-01',
    expected: [{ lender: 'other', lenderName: '借呗', amountDue: 203_333, dueDate: '2026-12-09' }],
    why: '借呗 in a 支付宝 message is not 花呗: other named 借呗',
  },
  {
    text: '【京东金融】您的金条借款本期应还1,666.67元（第4/12期），还款日12月19日。',
    today: '2026-12-01',
    expected: [{ lender: 'other', lenderName: '京东金条', amountDue: 166_667, dueDate: '2026-12-19', period: 4, periods: 12 }],
    why: '京东金条 is a loan, not 白条: other named 京东金条',
  },
  {
    text: '【微众银行】您的微粒贷本期应还款600.00元，请于12月7日前存入尾号2211的银行卡。',
    today: '2026-12-01',
    expected: [{ lender: 'other', lenderName: '微粒贷', amountDue: 60_000, dueDate: '2026-12-07' }],
    why: 'a bank-sent loan with a product name (微粒贷) is named after the product',
  },
  {
    text: '【度小满】您的有钱花借款本期应还892.50元，还款日12月11日，请保持银行卡余额充足。',
    today: '2026-12-01',
    expected: [{ lender: 'other', lenderName: '有钱花', amountDue: 89_250, dueDate: '2026-12-11' }],
    why: '有钱花 → other named 有钱花',
  },
  {
    text: '【苏宁金融】您的任性付本期应还款458.00元，还款日12月9日。',
    today: '2026-12-01',
    expected: [{ lender: 'other', lenderName: '苏宁金融', amountDue: 45_800, dueDate: '2026-12-09' }],
    why: 'an unknown product falls back to the sender tag as the name',
  },
];

export const NOT_A_BILL_CORPUS: CorpusCase[] = [
  {
    text: '【招商银行】恭喜！您的信用卡额度已提升至50,000元，即日起至12月31日可领取还款立减金，回复TD退订',
    today: '2026-12-01',
    expected: [],
    why: 'a raised limit (额度) with a coupon to claim (领取) is marketing',
  },
  {
    text: '【京东金融】您有一张白条免息券待领取，12月10日前有效，最高可省100元，立即领取 3.cn/a1b2',
    today: '2026-12-01',
    expected: [],
    why: 'a coupon to claim is marketing, though it names 白条, money and a date',
  },
  {
    text: '【支付宝】您的借呗额度20,000元可借，日利率低至0.02%，限时优惠，戳 t.cn/x9 ',
    today: '2026-12-01',
    expected: [],
    why: 'a loan offer (额度, 可借, 优惠) is marketing',
  },
  {
    text: '【支付宝】验证码：386521，您正在进行花呗还款操作，5分钟内有效，切勿告诉他人。',
    today: '2026-12-01',
    expected: [],
    why: 'a verification code is never a bill, even for a repayment',
  },
  {
    text: '【菜鸟驿站】您的快递已到达小区驿站，取件码8-3-2011，请于12月3日前取件。',
    today: '2026-12-01',
    expected: [],
    why: 'a delivery notice is not a bill',
  },
  {
    text: '【招商银行】您尾号8821的信用卡于12月5日还款人民币3,256.80元成功，本期账单已还清。',
    today: '2026-12-06',
    expected: [],
    why: 'a repayment confirmation (已还清) is not a bill',
  },
  {
    text: '【京东金融】您已成功还款白条账单1,500.00元，本期已结清。',
    today: '2026-12-01',
    expected: [],
    why: 'a repayment confirmation (成功还款, 已结清) is not a bill',
  },
  {
    text: '【花呗】您本月应还0.00元，无需还款。',
    today: '2026-12-01',
    expected: [],
    why: 'a bill of ¥0 asks for nothing',
  },
  {
    text: '【中信银行】您的信用卡本期应还1,000元，请按时还款',
    today: '2026-12-01',
    expected: [],
    why: 'a bill without a due date gives no fact (a due date is part of every fact)',
  },
  {
    text: '【工商银行】您尾号0932卡12月1日10:23快捷支付支出(财付通)128.00元，余额3,210.55元。',
    today: '2026-12-01',
    expected: [],
    why: 'a card spending notice names money and a date but asks for no repayment',
  },
];

export const PASTE_CORPUS: CorpusCase[] = [
  {
    text: '【招商银行】您的信用卡本期应还1,000.00元，最低还款100.00元，到期还款日12月18日。\n\n【菜鸟驿站】您的包裹已到驿站，取件码5-2-1008。\n\n【支付宝】您的花呗本月应还520.00元，还款日12月10日。',
    today: '2026-12-01',
    expected: [
      { lender: 'card', lenderName: '招商银行', amountDue: 100_000, minimumDue: 10_000, dueDate: '2026-12-18' },
      { lender: 'huabei', amountDue: 52_000, dueDate: '2026-12-10' },
    ],
    why: 'messages split by blank lines give their bills in order, skipping the parcel between them',
  },
  {
    text: '【京东金融】您的白条本期应还300元，12月15日到期。【分期乐】您本期应还(第1/3期)666.67元，请于12月12日前还款。【招商银行】验证码：123456',
    today: '2026-12-01',
    expected: [
      { lender: 'baitiao', amountDue: 30_000, dueDate: '2026-12-15' },
      { lender: 'fenqile', amountDue: 66_667, dueDate: '2026-12-12', period: 1, periods: 3 },
    ],
    why: 'messages run together on one line are cut at each 【tag】',
  },
  {
    text: '【交通银行信用卡】您尾号3344的信用卡\n本期账单金额2,000.00元，最低还款200.00元\n到期还款日12月27日',
    today: '2026-12-01',
    expected: [{ lender: 'card', lenderName: '交通银行', amountDue: 200_000, minimumDue: 20_000, dueDate: '2026-12-27' }],
    why: 'one message wrapped over three lines stays one bill: no line but the first has a tag',
  },
  {
    text: '您的花呗本月应还1,200.00元，还款日12月10日\n您的京东白条本期应还800.00元，还款日12月15日',
    today: '2026-12-01',
    expected: [
      { lender: 'huabei', amountDue: 120_000, dueDate: '2026-12-10' },
      { lender: 'baitiao', amountDue: 80_000, dueDate: '2026-12-15' },
    ],
    why: 'two untagged lines that each hold an amount and a date are two bills',
  },
  {
    text: '您的借呗本期应还1,000.00元，将于12月9日自动扣款。【支付宝】您的抖音月付账单¥300.00将于12月12日到期。【抖音支付】',
    today: '2026-12-01',
    expected: [
      { lender: 'other', lenderName: '借呗', amountDue: 100_000, dueDate: '2026-12-09' },
      { lender: 'other', lenderName: '抖音月付', amountDue: 30_000, dueDate: '2026-12-12' },
    ],
    why: 'messages signed at the end are cut after each tag',
  },
  {
    text: '【招商银行】您的信用卡额度已提升，快来领取提额礼包！\n【花呗】您有1笔账单已逾期2天，逾期金额88.80元，请尽快还款。\n【京东金融】您已成功还款白条300.00元。',
    today: '2026-12-01',
    expected: [{ lender: 'huabei', amountDue: 8_880, dueDate: '2026-11-29' }],
    why: 'of marketing, an overdue notice and a confirmation, only the overdue notice is a bill (2026-12-01 − 2)',
  },
];
