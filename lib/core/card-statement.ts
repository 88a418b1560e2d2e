import { addMonthsClamped, daysBetween, type IsoDate } from './dates';
import { INTEREST_BASES } from './kinds';
import { type Fen, roundHalfUp } from './money';

export { INTEREST_BASES };

// What paying only a credit card's minimum costs. Most Chinese cards charge interest on the whole statement
// (全额计息) once it is not paid in full by the due date, from each purchase's posting date; some charge it only
// on the unpaid part. Purchases' own posting dates are not known here, so interest runs from the statement
// date: an estimate on the low side for the whole-statement rule.

export type InterestBasis = (typeof INTEREST_BASES)[number];

/** The cards' usual daily rate: 0.05 % a day (18.25 % a year). */
export const DEFAULT_CARD_DAILY_RATE = 0.0005;

export interface CardStatement {
  statementDate: IsoDate;
  dueDate: IsoDate;
  amount: Fen;
  minimum: Fen;
  /** Fraction per day (0.0005 = 0.05 %). */
  dailyRate: number;
  /** Whether interest runs on the whole statement (the stricter, and the default) or only on what is unpaid. */
  basis: InterestBasis;
}

export interface MinimumPaymentCost {
  /** Estimated interest until the next statement when only the minimum is paid, on the due date. */
  interest: Fen;
  nextStatementDate: IsoDate;
  /** Days from the statement date to the due date, and from the due date to the next statement. */
  daysToDue: number;
  daysAfterDue: number;
  unpaid: Fen;
}

/** Problems a statement can have, as i18n keys of the options page. */
export function statementProblems(statement: CardStatement): string[] {
  const problems: string[] = [];
  if (statement.amount <= 0) problems.push('card.badAmount');
  if (statement.minimum < 0 || statement.minimum > statement.amount) problems.push('card.badMinimum');
  if (statement.dueDate <= statement.statementDate || statement.dueDate >= addMonthsClamped(statement.statementDate, 1))
    problems.push('card.badDueDate');
  if (!(statement.dailyRate > 0 && statement.dailyRate <= 0.01)) problems.push('card.badRate');
  return problems;
}

/**
 * Paying only `minimum` on the due date, until the next statement (a month after this one):
 * whole statement: amount × rate × (due − statement date) + (amount − minimum) × rate × (next statement − due);
 * unpaid part only: (amount − minimum) × rate × (next statement − statement date). Rounded half-up to the fen.
 */
export function minimumPaymentCost(statement: CardStatement): MinimumPaymentCost {
  const nextStatementDate = addMonthsClamped(statement.statementDate, 1);
  const daysToDue = daysBetween(statement.statementDate, statement.dueDate);
  const daysAfterDue = daysBetween(statement.dueDate, nextStatementDate);
  const unpaid = statement.amount - statement.minimum;
  const accrued =
    statement.basis === 'whole'
      ? statement.amount * statement.dailyRate * daysToDue + unpaid * statement.dailyRate * daysAfterDue
      : unpaid * statement.dailyRate * (daysToDue + daysAfterDue);
  return { interest: roundHalfUp(accrued), nextStatementDate, daysToDue, daysAfterDue, unpaid };
}
