import { daysBetween, type IsoDate } from './dates';
import type { InstallmentState } from './installment-state';
import type { Installment } from './installments';
import { type Fen, roundHalfUp } from './money';
import type { Plan } from './schemas';

// How each installment of a schedule stands on a day, apart from where the schedule comes from
// (./status.ts `planStatus` builds and judges it, and re-exports all of this): zod-free, for the popup's
// computation from plans its hand-written checks judged sound.

export interface InstallmentStatus extends Installment {
  state: InstallmentState;
  paid: Fen;
  /** What is still owed for this period (never negative). */
  remaining: Fen;
  /** Days past the due date (0 until then). */
  daysLate: number;
  /** Late charge so far: remaining × the plan's daily rate × days late, once grace has run out. */
  penalty: Fen;
}

/** Every installment of `plan`'s `schedule` as it stands on `today` (the lender's date): ./status.ts `planStatus`'s computation. */
export function statusOfSchedule(plan: Plan, today: IsoDate, schedule: readonly Installment[]): InstallmentStatus[] {
  const standing = standingOf(plan, today);
  return schedule.map((row) => standing(row, false));
}

/**
 * The open installments only (`statusOfSchedule(…).filter(isOpen)`): what the agenda lists and sums. A
 * period paid, skipped or of ¥0 gets no status at all (most of a long-standing user's periods are paid).
 */
export function openStatusOfSchedule(plan: Plan, today: IsoDate, schedule: readonly Installment[]): InstallmentStatus[] {
  const standing = standingOf(plan, today);
  const open: InstallmentStatus[] = [];
  for (const row of schedule) {
    const status = standing(row, true);
    if (status) open.push(status);
  }
  return open;
}

/** How one row of `plan`'s schedule stands on `today`; with `openOnly`, undefined for a row that is not open. */
function standingOf(plan: Plan, today: IsoDate) {
  const paidByPeriod = new Map<number, Fen>();
  for (const payment of plan.payments) paidByPeriod.set(payment.period, (paidByPeriod.get(payment.period) ?? 0) + payment.amount);
  const skipped = new Set(plan.skippedPeriods);
  // An automatic debit is taken on the due date: until the user says it failed, the day after asks, not blames.
  const failed = new Set(plan.debitFailed);
  function standing(row: Installment, openOnly: false): InstallmentStatus;
  function standing(row: Installment, openOnly: boolean): InstallmentStatus | undefined;
  function standing(row: Installment, openOnly: boolean): InstallmentStatus | undefined {
    const paid = paidByPeriod.get(row.period) ?? 0;
    const remaining = Math.max(0, row.total - paid);
    let state: InstallmentState;
    let daysLate = 0;
    let penalty = 0;
    if (row.total === 0) state = 'nothing-due';
    else if (remaining === 0) state = 'paid';
    else if (skipped.has(row.period)) state = 'skipped';
    else if (today < row.dueDate) state = paid > 0 ? 'partly-paid' : 'upcoming';
    else if (today === row.dueDate) state = 'due-today';
    else {
      // Only late rows pay for the date arithmetic: the popup computes thousands of these per open.
      daysLate = daysBetween(row.dueDate, today);
      if (plan.autoRepay && paid === 0 && !failed.has(row.period)) state = 'unconfirmed';
      else state = daysLate <= plan.graceDays ? 'in-grace' : 'overdue';
      if (state === 'overdue') penalty = roundHalfUp(remaining * plan.penaltyDailyRate * daysLate);
    }
    // Nothing-due, paid and skipped rows are the ones with nothing remaining.
    if (openOnly && (remaining === 0 || state === 'skipped')) return undefined;
    return { ...row, state, paid, remaining: state === 'skipped' ? 0 : remaining, daysLate, penalty };
  }
  return standing;
}

/** True while the installment still wants money from the user. */
export function isOpen(status: InstallmentStatus): boolean {
  return status.remaining > 0;
}
