import { daysBetween, type IsoDate } from './dates';
import { type Fen, roundHalfUp } from './money';
import { buildSchedule, type Installment } from './schedule';
import type { Plan } from './schemas';

export type InstallmentState = 'paid' | 'skipped' | 'partly-paid' | 'upcoming' | 'due-today' | 'in-grace' | 'overdue';

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

/** Every installment of `plan` as it stands on `today` (the lender's date). */
export function planStatus(plan: Plan, today: IsoDate, schedule: Installment[] = buildSchedule(plan)): InstallmentStatus[] {
  const paidByPeriod = new Map<number, Fen>();
  for (const payment of plan.payments) paidByPeriod.set(payment.period, (paidByPeriod.get(payment.period) ?? 0) + payment.amount);
  const skipped = new Set(plan.skippedPeriods);
  return schedule.map((row) => {
    const paid = paidByPeriod.get(row.period) ?? 0;
    const remaining = Math.max(0, row.total - paid);
    const daysLate = Math.max(0, daysBetween(row.dueDate, today));
    const base = { ...row, paid, remaining, daysLate: 0, penalty: 0 };
    if (remaining === 0) return { ...base, state: 'paid' };
    if (skipped.has(row.period)) return { ...base, state: 'skipped', remaining: 0 };
    if (today < row.dueDate) return { ...base, state: paid > 0 ? 'partly-paid' : 'upcoming' };
    if (today === row.dueDate) return { ...base, state: 'due-today' };
    if (daysLate <= plan.graceDays) return { ...base, daysLate, state: 'in-grace' };
    return { ...base, daysLate, state: 'overdue', penalty: roundHalfUp(remaining * plan.penaltyDailyRate * daysLate) };
  });
}

/** True while the installment still wants money from the user. */
export function isOpen(status: InstallmentStatus): boolean {
  return status.remaining > 0;
}

/** Past its due date and unpaid (in grace or overdue). */
export function isLate(status: InstallmentStatus): boolean {
  return status.state === 'in-grace' || status.state === 'overdue';
}
