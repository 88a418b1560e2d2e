import { agendaEnd } from './agenda';
import { addDays, type IsoDate, monthBounds } from './dates';
import { isLate } from './installment-state';
import type { Fen } from './money';
import type { Plan } from './schemas';
import { type InstallmentStatus, isOpen, planStatus } from './status';

export interface PlanSummary {
  /** Periods paid or skipped; a period of ¥0.00 is neither. */
  paidCount: number;
  /** Periods of ¥0.00 at the end of a schedule whose rounding cleared the balance early. */
  nothingDue: number;
  periods: number;
  remainingPrincipal: Fen;
  remainingTotal: Fen;
  next: InstallmentStatus | null;
  late: InstallmentStatus[];
}

/** Progress of one plan. Partial payments settle the period's fee or interest first, then principal. */
export function summarizePlan(statuses: readonly InstallmentStatus[]): PlanSummary {
  let paidCount = 0;
  let nothingDue = 0;
  let remainingPrincipal = 0;
  let remainingTotal = 0;
  let next: InstallmentStatus | null = null;
  const late: InstallmentStatus[] = [];
  for (const status of statuses) {
    if (status.state === 'nothing-due') nothingDue++;
    if (!isOpen(status)) {
      if (status.state !== 'nothing-due') paidCount++;
      continue;
    }
    remainingTotal += status.remaining;
    remainingPrincipal += Math.min(status.principal, status.remaining);
    next ??= status;
    if (isLate(status)) late.push(status);
  }
  return { paidCount, nothingDue, periods: statuses.length, remainingPrincipal, remainingTotal, next, late };
}

/** "已还 350/350 期，另有 10 期无需还款": the periods that ask for money, paid out of all of them. */
export function paidProgress(summary: PlanSummary): { paid: number; periods: number; none: number } {
  return { paid: summary.paidCount, periods: summary.periods - summary.nothingDue, none: summary.nothingDue };
}

export interface DueItem {
  plan: Plan;
  status: InstallmentStatus;
}

/** Every open installment of active plans, earliest first; `statusOf` may be a cached `planStatus` (the background's). */
export function openInstallments(plans: readonly Plan[], today: IsoDate, statusOf = planStatus): DueItem[] {
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
