import type { LabelRule, StoreAdapter } from './adapter';
import { miAdapter } from './mi';

// The words of any lender's bill page (花呗, 京东白条, 分期乐, a bank's card statement), for "read this
// page" in the popup. The notation, statuses and column captions are the same Chinese as Xiaomi's, so
// they come from its adapter; only the labels are wider. A transaction list (交易明细) is not a plan:
// no label here points at one, and a bare table counts only with a plan's columns (PLAN_COLUMNS).

const labels: LabelRule[] = [
  { text: '还款计划', kind: 'plan' },
  { text: '还款明细', kind: 'plan' },
  { text: '分期明细', kind: 'plan' },
  { text: '分期计划', kind: 'plan' },
  { text: '待还明细', kind: 'plan' },
  { text: '本期应还', kind: 'field', role: 'dueAmount' },
  { text: '本月应还', kind: 'field', role: 'dueAmount' },
  { text: '本期账单金额', kind: 'field', role: 'dueAmount' },
  { text: '本期应还金额', kind: 'field', role: 'dueAmount' },
  { text: '应还金额', kind: 'field', role: 'dueAmount' },
  { text: '应还总额', kind: 'field', role: 'dueAmount' },
  { text: '待还金额', kind: 'field', role: 'dueAmount' },
  { text: '最后还款日', kind: 'field', role: 'dueDate' },
  { text: '到期还款日', kind: 'field', role: 'dueDate' },
  { text: '还款截止日', kind: 'field', role: 'dueDate' },
  { text: '逾期', kind: 'field', role: 'overdue' },
  { text: '自动还款', kind: 'field', role: 'autoRepay' },
];

/** Its lender is read from the page's own words (see read-any-page.ts); it draws no panel (nameKey is unused). */
export const anyLenderAdapter: StoreAdapter = { ...miAdapter, id: 'any', lenderKind: 'other', matches: [], labels };

/** A table's header row names a plan's columns: its period, due date or amount due. */
export const PLAN_COLUMNS = /期数|期次|还款日|应还/;
