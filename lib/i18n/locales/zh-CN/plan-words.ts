// A plan's repayment methods and its installments' states, as the options page names them (the popup
// names one state only, in ./names.ts).
export default {
  'method.fee': '分期手续费',
  'method.annuity': '等额本息',
  'method.equal-principal': '等额本金',
  'method.interest-first': '先息后本',
  'method.interest-free': '免息',
  'state.paid': '已还',
  'state.skipped': '已跳过',
  'state.partly-paid': '部分已还',
  'state.upcoming': '待还',
  'state.due-today': '今天到期',
  'state.in-grace': '宽限期内',
  'state.overdue': '已逾期',
  'state.nothing-due': '无需还款',
} as const;
