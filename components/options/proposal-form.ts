import { addMonthsClamped, type IsoDate } from '../../lib/core/dates';
import { fenToDecimal } from '../../lib/core/money';
import type { ImportProposal } from '../../lib/messaging';
import { emptyForm, type PlanFormValues, withLender } from './plan-form';

/**
 * A store page shows what is due each period, not the principal or the fee rate, so the plan starts
 * as interest-free with the amounts read; the page tells the user to set the fee if there is one.
 */
export function formFromProposal(proposal: ImportProposal, today: IsoDate): PlanFormValues {
  const rows = [...proposal.installments].sort((a, b) => a.dueDate.localeCompare(b.dueDate));
  const first = rows[0];
  const periods = Math.max(proposal.periods ?? 0, rows.length, ...rows.map((row) => row.period ?? 0));
  const firstDueDate = first ? addMonthsClamped(first.dueDate, -((first.period ?? 1) - 1)) : emptyForm(today).firstDueDate;
  const average = rows.reduce((sum, row) => sum + row.amount, 0) / Math.max(1, rows.length);
  const fromXiaomi = /(^|\.)mi\.com$/i.test(hostOf(proposal.sourceUrl));
  const base = withLender(emptyForm(today), fromXiaomi ? 'xiaomi' : 'other');
  return {
    ...base,
    title: proposal.title,
    periods: String(periods),
    method: 'interest-free',
    rate: '0',
    principal: fenToDecimal(Math.round(average * periods)),
    firstDueDate,
    earlierPaid: true,
  };
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}
