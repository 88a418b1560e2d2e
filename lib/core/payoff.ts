import { daysBetween, type IsoDate } from './dates';
import type { Fen } from './money';
import { type AnnualizedRate, annualizedRateAt } from './rate';
import type { Plan } from './schemas';
import { type InstallmentStatus, isOpen, planStatus } from './status';

export interface PayoffQuote {
  /** What clears the plan today. */
  amount: Fen;
  principal: Fen;
  /** Fees or interest included in `amount`. */
  charges: Fen;
  /** Estimated late charges on overdue installments so far, included in `amount` (the lender's figure may differ). */
  penalty: Fen;
  /** What the open installments would cost if paid on schedule. */
  onSchedule: Fen;
  /** onSchedule − amount (0 when early payoff saves nothing, as with most fee plans). */
  saving: Fen;
}

/** One open installment, split the way payoff settles it: partial payments settle the period's charge first. */
export interface OpenPart {
  dueDate: IsoDate;
  remaining: Fen;
  principalLeft: Fen;
  chargeLeft: Fen;
  penalty: Fen;
}

/** The open installments of `statuses`, each split into what is left of its principal and its charge. */
export function openParts(statuses: readonly InstallmentStatus[]): OpenPart[] {
  return statuses.filter(isOpen).map((status) => {
    const chargeLeft = Math.max(0, status.remaining - status.principal);
    return {
      dueDate: status.dueDate,
      remaining: status.remaining,
      principalLeft: status.remaining - chargeLeft,
      chargeLeft,
      penalty: status.penalty,
    };
  });
}

/** Whether paying off keeps the charges of periods after the current one (a fee plan whose lender does not waive them). */
export const keepsFutureFees = (plan: Pick<Plan, 'method' | 'waivesFutureFeesOnPayoff'>): boolean =>
  plan.method === 'fee' && !plan.waivesFutureFeesOnPayoff;

/**
 * What clears the installments not yet due on `date` (those due by then are owed in full either way):
 * their principal; the current period's charge (the first not yet due); and the later periods' charges only
 * when `keepsFutureFees`. `onSchedule` is what the same installments cost if paid as scheduled.
 */
export function settleFuture(
  parts: readonly OpenPart[],
  date: IsoDate,
  keepsFees: boolean,
): { amount: Fen; principal: Fen; onSchedule: Fen } {
  let principal = 0;
  let charges = 0;
  let onSchedule = 0;
  let current = true;
  for (const part of parts) {
    if (part.dueDate <= date) continue;
    principal += part.principalLeft;
    onSchedule += part.remaining;
    if (current || keepsFees) charges += part.chargeLeft;
    current = false;
  }
  return { amount: principal + charges, principal, onSchedule };
}

/**
 * The early-payoff quote on `today`. Installments already due are owed in full, with their estimated
 * late charges. From the current
 * period (the first not yet due) on, every method owes the remaining principal; on top of it
 * `fee` plans owe all remaining fees unless the lender waives future fees (then only the current
 * period's), interest methods owe the current period's interest, `interest-free` owes nothing more.
 */
export function payoffQuote(plan: Plan, today: IsoDate): PayoffQuote {
  const parts = openParts(planStatus(plan, today));
  const future = settleFuture(parts, today, keepsFutureFees(plan));
  let principal = future.principal;
  let charges = future.amount - future.principal;
  let onSchedule = 0;
  let penalty = 0;
  for (const part of parts) {
    onSchedule += part.remaining;
    penalty += part.penalty;
    if (part.dueDate > today) continue;
    principal += part.principalLeft;
    charges += part.chargeLeft;
  }
  const amount = principal + charges + penalty;
  // Penalties are owed either way, so they do not count against the saving.
  return { amount, principal, charges, penalty, onSchedule, saving: onSchedule + penalty - amount };
}

/** Why early payoff saves what it saves: the words the payoff panel and the planner use. */
export type SavingKind = 'waived-fees' | 'interest' | 'fees-kept' | 'interest-free';

export const savingKind = (plan: Pick<Plan, 'method' | 'waivesFutureFeesOnPayoff'>): SavingKind =>
  plan.method === 'interest-free'
    ? 'interest-free'
    : plan.method !== 'fee'
      ? 'interest'
      : plan.waivesFutureFeesOnPayoff
        ? 'waived-fees'
        : 'fees-kept';

/** Days in an average month: the unit that makes a rate over dated payments comparable with the plans' monthly IRR. */
export const DAYS_PER_MONTH = 365 / 12;

export interface RemainingCost {
  /** What clears the installments not yet due today (what the remaining payments are weighed against). */
  payoff: Fen;
  /** The same installments paid as scheduled. */
  onSchedule: Fen;
  /** What keeping the plan costs over paying it off: the IRR of the scheduled payments against `payoff`. */
  rate: AnnualizedRate;
}

/**
 * The rate the remaining payments cost: paying `payoff` today instead of the installments not yet due, on
 * their due dates, is a loan of `payoff` repaid by them; its IRR (months of 365/12 days) is that cost.
 * A fee plan whose lender keeps the fees costs 0 % to keep: paying it off early saves nothing. Null when
 * nothing is left that is not already due.
 */
export function remainingCost(
  plan: Plan,
  today: IsoDate,
  statuses: readonly InstallmentStatus[] = planStatus(plan, today),
): RemainingCost | null {
  const parts = openParts(statuses).filter((part) => part.dueDate > today);
  if (parts.length === 0) return null;
  const { amount: payoff, onSchedule } = settleFuture(parts, today, keepsFutureFees(plan));
  if (payoff === 0) return null;
  const flows = parts.map((part) => ({ months: daysBetween(today, part.dueDate) / DAYS_PER_MONTH, amount: part.remaining }));
  return { payoff, onSchedule, rate: annualizedRateAt(payoff, flows) };
}
