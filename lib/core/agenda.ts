import { addDays, type IsoDate } from './day-numbers';
import { awaitsDebit, type InstallmentState, isLate } from './installment-state';
import type { Fen } from './money';
import type { Plan, PlanContact } from './schemas';

// A row from a plan lives in ./agenda-row.ts (re-exported here): the popup's first load groups rows, it never builds one.
export { agendaRow } from './agenda-row';

/** The popup lists every installment due within this many days (today included); later ones are folded. */
export const AGENDA_DAYS = 30;
/** The last day the popup lists and the header's "next 30 days" sums. */
export const agendaEnd = (today: IsoDate): IsoDate => addDays(today, AGENDA_DAYS - 1);

export const AGENDA_SECTIONS = ['confirm', 'overdue', 'today', 'week', 'days30', 'later'] as const;
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
  /** The user said this period's automatic debit failed (the failed-debit help applies). */
  debitFailed: boolean;
  /** The plan's customer service, or its lender's published one (both fields may be empty). */
  contact: PlanContact;
}

export type Agenda = Record<AgendaSection, AgendaRow[]>;

/**
 * Sorts open installments into the popup's sections: automatic debits to confirm, late ones (in grace or
 * overdue), due today, due in the next 6 days, due within 30 days, and everything after.
 */
export function groupAgenda(rows: readonly AgendaRow[], today: IsoDate): Agenda {
  const agenda: Agenda = { confirm: [], overdue: [], today: [], week: [], days30: [], later: [] };
  const weekEnd = addDays(today, 6);
  const listedEnd = agendaEnd(today);
  for (const row of rows) {
    const { dueDate } = row;
    if (awaitsDebit(row)) agenda.confirm.push(row);
    else if (isLate(row)) agenda.overdue.push(row);
    else if (dueDate === today) agenda.today.push(row);
    else if (dueDate <= weekEnd) agenda.week.push(row);
    else if (dueDate <= listedEnd) agenda.days30.push(row);
    else agenda.later.push(row);
  }
  return agenda;
}
