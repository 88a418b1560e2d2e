// The names both the popup and the options page show (the options page's other words for a plan are in
// ./plan-words.ts: the popup's first load carries only these).
export default {
  appName: '还款助手',
  'lender.xiaomi': '小米分期',
  'lender.huabei': '花呗',
  'lender.baitiao': '京东白条',
  'lender.fenqile': '分期乐',
  'lender.card': '信用卡',
  'lender.other': '其他',
  'payment.bank-card': '银行卡',
  'payment.wechat': '微信支付',
  'payment.alipay': '支付宝',
  'payment.other': '其他',
  'state.unconfirmed': '待确认扣款',
  'repayWhere.xiaomi': '在天星金融（原小米金融）App 还款',
  'repayWhere.huabei': '在支付宝 App 还款',
  'repayWhere.baitiao': '在京东金融 App 还款',
  'repayWhere.fenqile': '在分期乐 App 还款',
  'repayWhere.card': '在发卡银行 App 还款',
  'repayWhere.other': '在贷款方的 App 或网站还款',
} as const;
