import type zh from '../zh-CN/names';

export default {
  appName: 'Repay Helper',
  'lender.xiaomi': 'Xiaomi Installments',
  'lender.huabei': 'Huabei',
  'lender.baitiao': 'JD Baitiao',
  'lender.fenqile': 'Fenqile',
  'lender.card': 'Credit card',
  'lender.other': 'Other',
  'payment.bank-card': 'Bank card',
  'payment.wechat': 'WeChat Pay',
  'payment.alipay': 'Alipay',
  'payment.other': 'Other',
  'state.unconfirmed': 'Debit to confirm',
  'repayWhere.xiaomi': 'Repay in the Tianxing Finance app',
  'repayWhere.huabei': 'Repay in the Alipay app',
  'repayWhere.baitiao': 'Repay in the JD Finance app',
  'repayWhere.fenqile': 'Repay in the Fenqile app',
  'repayWhere.card': 'Repay at your bank',
  'repayWhere.other': 'Repay in the lender’s app',
} satisfies Record<keyof typeof zh, string>;
