import type { IsoDate } from './dates';
import type { Fen } from './money';
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

/**
 * The early-payoff quote on `today`. Installments already due are owed in full, with their estimated
 * late charges. From the current
 * period (the first not yet due) on, every method owes the remaining principal; on top of it
 * `fee` plans owe all remaining fees unless the lender waives future fees (then only the current
 * period's), interest methods owe the current period's interest, `interest-free` owes nothing more.
 */
export function payoffQuote(plan: Plan, today: IsoDate): PayoffQuote {
  const open = planStatus(plan, today).filter(isOpen);
  let principal = 0;
  let charges = 0;
  let onSchedule = 0;
  let penalty = 0;
  let current: InstallmentStatus | undefined;
  for (const status of open) {
    onSchedule += status.remaining;
    penalty += status.penalty;
    // Partial payments settle the period's charge first, as in summarizePlan.
    const chargeLeft = Math.max(0, status.remaining - status.principal);
    const principalLeft = status.remaining - chargeLeft;
    principal += principalLeft;
    const alreadyDue = status.dueDate <= today;
    const isCurrent = !alreadyDue && current === undefined;
    if (isCurrent) current = status;
    if (alreadyDue || isCurrent || (plan.method === 'fee' && !plan.waivesFutureFeesOnPayoff)) charges += chargeLeft;
  }
  const amount = principal + charges + penalty;
  // Penalties are owed either way, so they do not count against the saving.
  return { amount, principal, charges, penalty, onSchedule, saving: onSchedule + penalty - amount };
}
