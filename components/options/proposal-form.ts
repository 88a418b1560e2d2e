import type { BillFact } from '../../lib/core/bill-text';
import { statementFollowedBy } from '../../lib/core/card-statement';
import { addMonthsClamped, type IsoDate, monthBounds } from '../../lib/core/dates';
import type { ImportProposal } from '../../lib/core/import-proposal';
import { isLateRow } from '../../lib/core/installment-state';
import { fenToDecimal } from '../../lib/core/money';
import type { Plan } from '../../lib/core/schemas';
import { lenderOfPage } from '../../lib/store-site/page-lender';
import { emptyForm, nextStatementForm, type PlanFormValues, withLender } from './plan-form';

/**
 * A store page shows what is due each period, not the principal or the fee rate, so the plan starts
 * as interest-free with the amounts read; the page tells the user to set the fee if there is one.
 */
export function formFromProposal(proposal: ImportProposal, today: IsoDate): PlanFormValues {
  const rows = [...proposal.installments].sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0));
  const first = rows[0];
  const periods = Math.max(proposal.periods ?? 0, rows.length, ...rows.map((row) => row.period ?? 0));
  // Rows without numbers on a page that names more periods than it lists are the last ones (what is left).
  const firstPeriod = first?.period ?? periods - rows.length + 1;
  const firstDueDate = first ? anchorOf(rows, firstPeriod) : emptyForm(today).firstDueDate;
  // Earlier periods count as paid only if no past row on the page says it is unpaid.
  const pastUnpaid = rows.some((row) => isLateRow(row, today));
  const average = rows.reduce((sum, row) => sum + row.amount, 0) / Math.max(1, rows.length);
  // A proposal stored before proposals named their lender came from a store page: its adapter says whose.
  const base = withLender(emptyForm(today), proposal.lender?.kind ?? lenderOfPage(proposal.sourceUrl) ?? 'other');
  return {
    ...base,
    lenderName: proposal.lender?.name ?? base.lenderName,
    title: proposal.title,
    periods: String(periods),
    method: 'interest-free',
    rate: '0',
    principal: fenToDecimal(Math.round(average * periods)),
    firstDueDate,
    earlierPaid: !pastUnpaid,
  };
}

/**
 * Period 1's due date. The anchor day is the latest day of the month among the rows: a plan due on
 * the 31st shows 02-28 and 04-30 too, and anchoring on those would move every later date earlier.
 */
function anchorOf(rows: ImportProposal['installments'], firstPeriod: number): IsoDate {
  const first = rows[0]?.dueDate as IsoDate;
  const day = Math.max(...rows.map((row) => Number(row.dueDate.slice(8, 10))));
  const month = addMonthsClamped(`${first.slice(0, 8)}01`, -(firstPeriod - 1));
  return `${month.slice(0, 8)}${String(Math.min(day, daysInMonth(month))).padStart(2, '0')}`;
}

function daysInMonth(date: IsoDate): number {
  return Number(monthBounds(date).end.slice(8, 10));
}

/**
 * A card's bill message (a bank names the minimum payment) is a statement, not an installment plan: its
 * amount, due date and minimum fill the statement's fields. When it is the next statement of one stored
 * (same bank, due near the date expected), it follows that one: its card, title and statement date come
 * from it. Otherwise the statement date, which messages seldom name, is left for the user to copy.
 */
export function withBillFacts(values: PlanFormValues, fact: BillFact, plans: readonly Plan[] = []): PlanFormValues {
  if (fact.lender !== 'card' || fact.minimumDue === undefined || fact.periods !== undefined) return values;
  const previous = fact.lenderName ? statementFollowedBy(plans, fact.lenderName, fact.dueDate) : undefined;
  return {
    ...(previous ? nextStatementForm(previous) : { ...values, isCard: true, statementDate: '' }),
    principal: fenToDecimal(fact.amountDue),
    firstDueDate: fact.dueDate,
    minimum: fenToDecimal(fact.minimumDue),
    earlierPaid: false,
  };
}
