import type zh from '../zh-CN/popup-more';

export default {
  'snooze.title': 'Remind me again',
  'snooze.laterToday': 'Today at {time}',
  'snooze.tomorrow': 'Tomorrow at {time}',
  'snooze.threeDaysBefore': '3 days before it is due ({date}, {time})',
  'snooze.dueDay': 'On the due day ({date}, {time})',
  'contact.none': 'No customer service number yet: add one in this plan’s settings.',
  'debit.title': 'No debit for {plan} period {period}',
  'debit.check': 'First check these three:',
  'debit.balance': 'is there enough money on the account ({account})?',
  'debit.limit': 'is the card over its per-payment or daily limit?',
  'debit.expired': 'has the bound card expired, been reported lost or replaced?',
  'debit.repayNow': 'Then repay by hand as soon as you can; do not wait for the next automatic debit.',
  'debit.daily': 'Until it is paid you get a reminder every day at {hour}:00 Beijing time.',
  'debit.checklist': 'Late payment checklist',
  'debit.close': 'Close',
  'late.title': '{plan} period {period} is past its due date',
} satisfies Record<keyof typeof zh, string>;
