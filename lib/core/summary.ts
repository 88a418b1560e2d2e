import type { IsoDate } from './dates';
import { type DueItem, openInstallmentsBy, type StatusOf } from './due-items';
import { isLate } from './installment-state';
import type { Fen } from './money';
import type { Plan } from './schemas';
import { type InstallmentStatus, isOpen, planStatus } from './status';

// One plan's progress, and the open installments of many (./due-items.ts, zod-free, re-exported here).
export {
  compareText,
  type DueItem,
  type PortfolioSummary,
  sortDueItems,
  summarizePortfolio,
} from './due-items';

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

/** Every open installment of active plans, earliest first; `statusOf` may be a cached `planStatus` (the background's). */
export function openInstallments(plans: readonly Plan[], today: IsoDate, statusOf: StatusOf = planStatus): DueItem[] {
  return openInstallmentsBy(plans, today, statusOf);
}
