import type { FieldRole, LabelRule, StoreAdapter } from './adapter';
import { miAdapter } from './mi';

// The words of any lender's bill page (花呗, 京东白条, 分期乐, a bank's card statement), for "read this
// page" in the popup. The notation, statuses and column captions are the same Chinese as Xiaomi's, so
// they come from its adapter; only the labels are wider. A transaction list (交易明细) is not a plan:
// no label here points at one, and a bare table counts only with a plan's columns (`planRows.tableHeader`).

/** Other lenders' words for Xiaomi's plan sections and fields, by what they label; no action or brand (the page is not Xiaomi's). */
const WIDER_WORDS: Record<'plan' | FieldRole, readonly string[]> = {
  plan: ['分期计划', '待还明细'],
  dueAmount: ['本期账单金额', '本期应还金额', '应还金额', '应还总额'],
  dueDate: ['到期还款日', '还款截止日'],
  overdue: [],
  autoRepay: [],
};

const ruleOf = (group: 'plan' | FieldRole, text: string): LabelRule =>
  group === 'plan' ? { text, kind: 'plan' } : { text, kind: 'field', role: group };

/** For each of those, Xiaomi's own words first, then the wider ones. */
const labels = Object.entries(WIDER_WORDS).flatMap(([group, words]) => [
  ...miAdapter.labels.filter((rule) => (rule.role ?? rule.kind) === group),
  ...words.map((text) => ruleOf(group as 'plan' | FieldRole, text)),
]);

/** Its lender is read from the page's own words (see read-any-page.ts); it draws no panel (nameKey is unused). */
export const anyLenderAdapter: StoreAdapter = {
  ...miAdapter,
  id: 'any',
  lenderKind: 'other',
  matches: [],
  labels,
  // A table's header row names a plan's columns: its period, due date or amount due.
  planRows: { ...miAdapter.planRows, tableHeader: /期数|期次|还款日|应还/ },
};
