import type zh from '../zh-CN/plan-words';

export default {
  'method.fee': 'Installment fee',
  'method.annuity': 'Equal payments (annuity)',
  'method.equal-principal': 'Equal principal',
  'method.interest-first': 'Interest first, principal last',
  'method.interest-free': 'Interest-free',
  'state.paid': 'Paid',
  'state.skipped': 'Skipped',
  'state.partly-paid': 'Partly paid',
  'state.upcoming': 'Upcoming',
  'state.due-today': 'Due today',
  'state.in-grace': 'In grace period',
  'state.overdue': 'Overdue',
  'state.nothing-due': 'Nothing to pay',
} satisfies Record<keyof typeof zh, string>;
