import type zh from '../zh-CN/popup-more';

export default {
  'snooze.title': 'Remind me again',
  'snooze.laterToday': 'Today at {time}',
  'snooze.tomorrow': 'Tomorrow at {time}',
  'snooze.threeDaysBefore': '3 days before it is due ({date}, {time})',
  'snooze.dueDay': 'On the due day ({date}, {time})',
  'contact.none': 'No customer service number is known for this plan: the lender’s app or website shows how to reach it.',
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
  'toast.snoozedUntil': 'Will remind you on {date} at {time} Beijing time',
} satisfies Record<keyof typeof zh, string>;
