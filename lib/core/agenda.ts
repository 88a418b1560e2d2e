import { addDays, type IsoDate, monthBounds } from './dates';
import { type InstallmentState, isLate } from './installment-state';
import type { Fen } from './money';
import type { Plan } from './schemas';
import type { DueItem } from './summary';

export const AGENDA_SECTIONS = ['overdue', 'today', 'week', 'month', 'later'] as const;
export type AgendaSection = (typeof AGENDA_SECTIONS)[number];

/** One open installment as the popup shows it: the plan's few fields it needs, and the status. */
export interface AgendaRow {
  planId: string;
  title: string;
  lender: Plan['lender'];
  periods: number;
  autoRepay: boolean;
  paymentMethod: Plan['paymentMethod'];
  repayUrl: string;
  period: number;
  dueDate: IsoDate;
  total: Fen;
  paid: Fen;
  remaining: Fen;
  state: InstallmentState;
  daysLate: number;
  penalty: Fen;
}

export type Agenda = Record<AgendaSection, AgendaRow[]>;

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
  };
}

/**
 * Sorts open installments into the popup's sections: late ones (in grace or overdue), due today,
 * due in the next 6 days, due later this calendar month, and everything after.
 */
export function groupAgenda(rows: readonly AgendaRow[], today: IsoDate): Agenda {
  const agenda: Agenda = { overdue: [], today: [], week: [], month: [], later: [] };
  const weekEnd = addDays(today, 6);
  const monthEnd = monthBounds(today).end;
  for (const row of rows) {
    const { dueDate } = row;
    if (isLate(row)) agenda.overdue.push(row);
    else if (dueDate === today) agenda.today.push(row);
    else if (dueDate <= weekEnd) agenda.week.push(row);
    else if (dueDate <= monthEnd) agenda.month.push(row);
    else agenda.later.push(row);
  }
  return agenda;
}
