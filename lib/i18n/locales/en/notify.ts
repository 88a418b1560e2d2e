import type zh from '../zh-CN/notify';

export default {
  'title.lead#one': 'Due tomorrow: {plan}',
  'title.lead#other': 'Due in {count} days: {plan}',
  'title.due': 'Due today: {plan}',
  'title.late#one': '1 day overdue: {plan}',
  'title.late#other': '{count} days overdue: {plan}',
  'title.group': 'Repayment reminder: {count} payments due',
  'line.repay': 'Repay {amount} by {date}',
  'line.autoRepay': 'Make sure {account} holds {amount} before {date}',
  'line.late': '{amount} is overdue ({count} d), penalty so far about {penalty}. Repay as soon as you can',
  'line.inGrace': '{amount} was due {count} d ago (grace period). Repay as soon as you can',
  'line.group': '{plan}: {line}',
  'button.markPaid': 'Mark paid',
  'button.markAllPaid': 'Mark all paid',
  'button.repayNow': 'Repay now',
  period: 'period {period}/{periods}',
  paidNote: 'Marked paid from a reminder',
} satisfies Record<keyof typeof zh, string>;
