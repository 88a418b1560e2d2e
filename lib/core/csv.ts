import type { IsoDate } from './dates';
import type { InstallmentState } from './installment-state';
import { fenToDecimal } from './money';
import type { Plan } from './schemas';
import { planStatus } from './status';

// Schedules and payments as CSV for a spreadsheet, or as evidence for customer service. RFC 4180: fields
// separated by commas, records by CRLF, a field quoted when it holds a comma, quote or line break, quotes
// doubled. Amounts are yuan with two decimals, dates YYYY-MM-DD. The file starts with a UTF-8 byte-order
// mark, without which Excel reads Chinese as mojibake.

/** Excel takes a UTF-8 file for its local code page unless it starts with this mark. */
export const CSV_BOM = '\uFEFF';

/**
 * A spreadsheet runs a cell that starts with = + - @ (or a tab or carriage return) as a formula, so a
 * plan titled `=HYPERLINK(…)` could act when the file is opened. Such a cell gets a leading apostrophe
 * (OWASP's advice for CSV injection); our own amounts and dates never start with one.
 */
function defused(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/** One field as RFC 4180 writes it. */
function field(cell: string): string {
  const safe = defused(cell);
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** Rows as CSV text with CRLF after each record, the header first. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => `${row.map(field).join(',')}\r\n`).join('');
}

export const SCHEDULE_COLUMNS = ['plan', 'lender', 'period', 'dueDate', 'principal', 'charge', 'total', 'paid', 'state'] as const;
export const PAYMENT_COLUMNS = ['plan', 'lender', 'period', 'date', 'amount', 'note'] as const;

/** The words a CSV is written in: column headings, lender and state names in the user's language. */
export interface CsvWords {
  schedule: Record<(typeof SCHEDULE_COLUMNS)[number], string>;
  payments: Record<(typeof PAYMENT_COLUMNS)[number], string>;
  lender: (plan: Plan) => string;
  state: (state: InstallmentState) => string;
}

/** Every period of each plan as it stands on `today`: what it asks, what was paid, and its state. */
export function scheduleCsv(plans: readonly Plan[], today: IsoDate, words: CsvWords): string {
  const rows = plans.flatMap((plan) =>
    planStatus(plan, today).map((status) => [
      plan.title,
      words.lender(plan),
      String(status.period),
      status.dueDate,
      fenToDecimal(status.principal),
      fenToDecimal(status.interest),
      fenToDecimal(status.total),
      fenToDecimal(status.paid),
      words.state(status.state),
    ]),
  );
  return toCsv([SCHEDULE_COLUMNS.map((column) => words.schedule[column]), ...rows]);
}

/** Every recorded payment of each plan, by date. */
export function paymentsCsv(plans: readonly Plan[], words: CsvWords): string {
  const rows = plans.flatMap((plan) =>
    [...plan.payments]
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.period - b.period))
      .map((payment) => [plan.title, words.lender(plan), String(payment.period), payment.date, fenToDecimal(payment.amount), payment.note]),
  );
  return toCsv([PAYMENT_COLUMNS.map((column) => words.payments[column]), ...rows]);
}
