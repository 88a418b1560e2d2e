import { addDays, type IsoDate, monthBounds } from './dates';
import { isLate } from './status';
import type { DueItem } from './summary';

export const AGENDA_SECTIONS = ['overdue', 'today', 'week', 'month', 'later'] as const;
export type AgendaSection = (typeof AGENDA_SECTIONS)[number];
export type Agenda = Record<AgendaSection, DueItem[]>;

/**
 * Sorts open installments into the popup's sections: late ones (in grace or overdue), due today,
 * due in the next 6 days, due later this calendar month, and everything after.
 */
export function groupAgenda(items: readonly DueItem[], today: IsoDate): Agenda {
  const agenda: Agenda = { overdue: [], today: [], week: [], month: [], later: [] };
  const weekEnd = addDays(today, 6);
  const monthEnd = monthBounds(today).end;
  for (const item of items) {
    const { dueDate } = item.status;
    if (isLate(item.status)) agenda.overdue.push(item);
    else if (dueDate === today) agenda.today.push(item);
    else if (dueDate <= weekEnd) agenda.week.push(item);
    else if (dueDate <= monthEnd) agenda.month.push(item);
    else agenda.later.push(item);
  }
  return agenda;
}
