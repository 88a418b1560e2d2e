import type { AgendaRow } from './agenda';
import { contactOf } from './lenders';
import type { DueItem } from './summary';

/** The popup's row for one open installment of a plan. */
export function agendaRow({ plan, status }: DueItem): AgendaRow {
  return {
    planId: plan.id,
    title: plan.title,
    lender: plan.lender,
    periods: plan.periods,
    autoRepay: plan.autoRepay,
    paymentMethod: plan.paymentMethod,
    repayUrl: plan.repayUrl,
    period: status.period,
    dueDate: status.dueDate,
    total: status.total,
    paid: status.paid,
    remaining: status.remaining,
    state: status.state,
    daysLate: status.daysLate,
    penalty: status.penalty,
    debitFailed: plan.debitFailed?.includes(status.period) ?? false,
    contact: contactOf(plan),
  };
}
