import { agendaEnd } from './agenda';
import { addDays, type IsoDate, monthBounds } from './dates';
import { isLate } from './installment-state';
import type { Fen } from './money';
import { type InstallmentStatus, isOpen } from './schedule-status';
import type { Plan } from './schemas';

// The open installments of many plans and their totals, given how each plan's installments stand
// (./summary.ts `openInstallments` uses `planStatus` by default, and re-exports all of this): zod-free,
// for the popup's computation from plans its hand-written checks judged sound.

export interface DueItem {
  plan: Plan;
  status: InstallmentStatus;
}

/** How one plan's installments stand on a day: `planStatus`, a cached one (the background's), or one over `scheduleOf` (the popup's). */
export type StatusOf = (plan: Plan, today: IsoDate) => InstallmentStatus[];

/** Every open installment of active plans, earliest first, as `statusOf` has them. */
export function openInstallmentsBy(plans: readonly Plan[], today: IsoDate, statusOf: StatusOf): DueItem[] {
  const items: DueItem[] = [];
  for (const plan of plans) {
    if (plan.archived) continue;
    for (const status of statusOf(plan, today)) if (isOpen(status)) items.push({ plan, status });
  }
  return sortDueItems(items);
}

/** Earliest first, then by title and period (a stable sort: equal items keep their plans' order). */
export function sortDueItems(items: DueItem[]): DueItem[] {
  // ISO dates order as plain strings; localeCompare (ICU) made this sort the popup's slowest step.
  return items.sort(
    (a, b) =>
      compareText(a.status.dueDate, b.status.dueDate) || compareText(a.plan.title, b.plan.title) || a.status.period - b.status.period,
  );
}

/** Plain code-unit order: stable, fast, and the same in every locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** "Due" figures include what is late: money owed now is owed this week, this month and within 30 days. */
export interface PortfolioSummary {
  dueWithin7Days: Fen;
  dueThisMonth: Fen;
  dueWithin30Days: Fen;
  overdueTotal: Fen;
  overdueCount: number;
  /** Largest days-late among late installments. */
  maxDaysLate: number;
  penaltyTotal: Fen;
}

/** Totals across plans on `today`: "this week" is today and the 6 days after it; late money counts in each. */
export function summarizePortfolio(items: readonly DueItem[], today: IsoDate): PortfolioSummary {
  const week = addDays(today, 6);
  const days30 = agendaEnd(today);
  const month = monthBounds(today).end;
  const summary: PortfolioSummary = {
    dueWithin7Days: 0,
    dueThisMonth: 0,
    dueWithin30Days: 0,
    overdueTotal: 0,
    overdueCount: 0,
    maxDaysLate: 0,
    penaltyTotal: 0,
  };
  for (const { status } of items) {
    const { dueDate, remaining } = status;
    if (isLate(status)) {
      summary.overdueTotal += remaining;
      summary.overdueCount++;
      summary.maxDaysLate = Math.max(summary.maxDaysLate, status.daysLate);
      summary.penaltyTotal += status.penalty;
    }
    if (dueDate <= week) summary.dueWithin7Days += remaining;
    if (dueDate <= month) summary.dueThisMonth += remaining;
    if (dueDate <= days30) summary.dueWithin30Days += remaining;
  }
  return summary;
}
