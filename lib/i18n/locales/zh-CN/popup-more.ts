// The popup's rarely shown words (the snooze menu, the late-payment help), loaded only with those parts.

export default {
  'snooze.title': '什么时候再提醒',
  'snooze.laterToday': '今天 {time}',
  'snooze.tomorrow': '明天 {time}',
  'snooze.threeDaysBefore': '到期前 3 天（{date} {time}）',
  'snooze.dueDay': '到期当天（{date} {time}）',
  'contact.none': '还没有记下这笔分期的客服电话：可在贷款方的 App 或官网里找到客服入口。',
  'debit.title': '{plan} 第 {period} 期没有扣款成功',
  'debit.check': '先检查这三点：',
  'debit.balance': '扣款账户（{account}）余额是否足够；',
  'debit.limit': '银行卡是否超过单笔或单日支付限额；',
  'debit.expired': '绑定的银行卡是否已过期、挂失或换过卡。',
  'debit.repayNow': '然后尽快手动还款，不要等下一次自动扣款。',
  'debit.daily': '还清之前，每天 {hour}:00（北京时间）提醒一次。',
  'debit.checklist': '逾期检查清单',
  'debit.close': '关闭',
  'late.title': '{plan} 第 {period} 期已过还款日',
  'toast.snoozedUntil': '将在 {date} {time}（北京时间）再提醒',
} as const;
