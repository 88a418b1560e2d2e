import { daysBetween, type IsoDate } from '../core/dates';
import { isLateRow } from '../core/installment-state';
import { type Fen, roundHalfUp } from '../core/money';
import { DEFAULT_PENALTY_DAILY_RATE } from '../core/schemas';
import type { PageReading } from './read-page';

/**
 * How late the page says the user is and what that has cost by `today`: each unpaid row past its due date
 * × the default daily rate × its days late, rounded per row, which is how an imported plan's status counts
 * its late rows (lib/core/status.ts). Without such rows, the amount due over the days the notice names.
 */
export function lateCharge(reading: PageReading, today: IsoDate): { days: number; amount: Fen; penalty: Fen } | null {
  const rows = (reading.orders?.flatMap((order) => order.rows) ?? reading.plan).filter((row) => isLateRow(row, today));
  if (rows.length > 0) {
    const late = rows.map((row) => ({ amount: row.amount, days: daysBetween(row.dueDate, today) }));
    return {
      days: reading.overdueDays ?? Math.max(...late.map((row) => row.days)),
      amount: late.reduce((sum, row) => sum + row.amount, 0),
      penalty: late.reduce((sum, row) => sum + roundHalfUp(row.amount * DEFAULT_PENALTY_DAILY_RATE * row.days), 0),
    };
  }
  const { overdueDays: days, dueAmount: amount } = reading;
  if (!days || !amount) return null;
  return { days, amount, penalty: roundHalfUp(amount * DEFAULT_PENALTY_DAILY_RATE * days) };
}
