// Kept free of imports so the popup, which only reads rows, shares the rule without the schedule code.

export type InstallmentState = 'paid' | 'skipped' | 'partly-paid' | 'upcoming' | 'due-today' | 'in-grace' | 'overdue';

/** The one rule for "late": past its due date and unpaid, in grace or overdue. */
export function isLate(installment: { state: InstallmentState }): boolean {
  return installment.state === 'in-grace' || installment.state === 'overdue';
}
