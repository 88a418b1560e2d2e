import type { ImportProposal } from '../../lib/core/import-proposal';
import { type Inference, inferTerms, type ShownRow, type TermsFit } from '../../lib/core/infer-terms';
import { fenToDecimal } from '../../lib/core/money';
import type { PlanFormValues } from './plan-form';

// What a store page's proposal says beyond the amounts due: the terms its principal and fee (or interest)
// columns reproduce, the auto-repay line, the order number and the rows it marks repaid.

/** The terms the page's rows imply, or null when the page shows no principal or fee column (or rows without numbers). */
export function inferProposalTerms(proposal: ImportProposal): Inference | null {
  const rows: ShownRow[] = [];
  for (const row of proposal.installments) {
    if (row.period === undefined || (row.principal === undefined && row.charge === undefined)) return null;
    rows.push({ period: row.period, dueDate: row.dueDate, total: row.amount, principal: row.principal, charge: row.charge });
  }
  if (rows.length === 0) return null;
  const periods = Math.max(proposal.periods ?? 0, ...rows.map((row) => row.period));
  const inference = inferTerms(rows, periods);
  return inference.fits.length > 0 ? inference : null;
}

/** The last period p such that every row the page shows up to p is marked repaid (0: none). */
export function paidThroughOf(proposal: ImportProposal): number {
  const numbered = proposal.installments.filter((row) => row.period !== undefined).sort((a, b) => (a.period ?? 0) - (b.period ?? 0));
  let through = 0;
  for (const row of numbered) {
    if (row.paid !== true) break;
    through = row.period ?? through;
  }
  return through;
}

const percent = (fraction: number) => String(Number((fraction * 100).toFixed(8)));

/** The form `base` with the page's terms (`fit`, when the user takes them), auto-repay, account, order and paid marks. */
export function withPageFacts(base: PlanFormValues, proposal: ImportProposal, fit: TermsFit | null): PlanFormValues {
  const form: PlanFormValues = { ...base };
  if (fit) {
    const { terms } = fit;
    form.principal = fenToDecimal(terms.principal);
    form.periods = String(terms.periods);
    form.method = terms.method;
    form.rate = percent(terms.rate);
    form.firstDueDate = terms.firstDueDate;
    form.remainderTo = terms.remainderTo ?? 'last';
  }
  if (proposal.autoRepay !== undefined) form.autoRepay = proposal.autoRepay;
  if (proposal.account) {
    form.paymentKind = 'bank-card';
    form.paymentLabel = proposal.account;
  }
  if (proposal.orderNo) form.orderNo = proposal.orderNo;
  if (proposal.installments.some((row) => row.paid !== undefined)) form.paidThroughPeriod = paidThroughOf(proposal);
  return form;
}
