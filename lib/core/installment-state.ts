// Kept free of imports so the popup, which only reads rows, shares the rule without the schedule code.

export type InstallmentState =
  | 'paid'
  | 'skipped'
  | 'partly-paid'
  | 'upcoming'
  | 'due-today'
  | 'in-grace'
  | 'overdue'
  /** A period of ¥0.00 (payment rounding cleared the balance early): nothing to pay, and not paid either. */
  | 'nothing-due'
  /** Auto-repay, past its due date, unpaid: did the debit go through? Not late until the user says no. */
  | 'unconfirmed';

/** The one rule for "late": past its due date and unpaid, in grace or overdue. */
export function isLate(installment: { state: InstallmentState }): boolean {
  return installment.state === 'in-grace' || installment.state === 'overdue';
}

/** An auto-repay installment past its due date whose debit the user has not yet confirmed or denied. */
export const awaitsDebit = (installment: { state: InstallmentState }): boolean => installment.state === 'unconfirmed';

/** A row a page shows (or an import proposal carries) as late: marked unpaid and past its due date; a row that does not say is not. */
export function isLateRow(row: { paid?: boolean | undefined; dueDate: string }, today: string): boolean {
  return row.paid === false && row.dueDate < today;
}
