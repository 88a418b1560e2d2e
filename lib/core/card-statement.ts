import { addMonthsClamped, daysBetween, type IsoDate } from './dates';
import { INTEREST_BASES } from './kinds';
import { type Fen, roundHalfUp } from './money';
import type { CardStatementTerms, Plan } from './schemas';

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

// A stored statement is a plan of one period with a `card` part (see CardStatementSchema): its amount is the
// principal and its due date the first due date, so reminders, the agenda and payments treat it as any
// installment. What follows is what only a statement has: the estimate above, and next month's statement.

export type CardPlan = Plan & { card: CardStatementTerms };

export const isCardStatement = (plan: Plan): plan is CardPlan => plan.card !== undefined;

/** A stored statement (or a draft of one) as the estimate's input. */
export function statementOf(plan: Pick<Plan, 'principal' | 'firstDueDate'> & { card: CardStatementTerms }): CardStatement {
  const { statementDate, minimum, dailyRate, basis } = plan.card;
  return { statementDate, dueDate: plan.firstDueDate, amount: plan.principal, minimum, dailyRate, basis };
}

/**
 * Next month's statement of the same card: both dates a month on (a day past the month's end is its last
 * day; banks let cardholders choose statement days up to the 28th), the amount and minimum still to enter.
 */
export function nextStatementDates(plan: CardPlan): { statementDate: IsoDate; dueDate: IsoDate } {
  return { statementDate: addMonthsClamped(plan.card.statementDate, 1), dueDate: addMonthsClamped(plan.firstDueDate, 1) };
}

/** A statement set to repeat whose next one is not entered yet, and the date that next one comes out. */
export interface AwaitedStatement {
  plan: CardPlan;
  statementDate: IsoDate;
}

/** The statements set to repeat and not yet followed (no plan follows them); archived ones await nothing. */
export function statementsAwaited(plans: readonly Plan[]): AwaitedStatement[] {
  const followed = new Set(plans.flatMap((plan) => (plan.card?.follows ? [plan.card.follows] : [])));
  return plans.flatMap((plan) =>
    isCardStatement(plan) && plan.card.repeat && !plan.archived && !followed.has(plan.id)
      ? [{ plan, statementDate: nextStatementDates(plan).statementDate }]
      : [],
  );
}

/** Those whose next statement is out: its date has come, in the lender's calendar. */
export const statementsToEnter = (plans: readonly Plan[], today: IsoDate): AwaitedStatement[] =>
  statementsAwaited(plans).filter(({ statementDate }) => statementDate <= today);

/** How far a new bill's due date may fall from the one expected of a card's next statement and still be it. */
const SAME_STATEMENT_DAYS = 10;

/**
 * The stored statement a new bill of `bank` due on `dueDate` follows: a statement of that bank awaiting its
 * next one, whose next due date is within SAME_STATEMENT_DAYS of the bill's (the nearest, if several).
 */
export function statementFollowedBy(plans: readonly Plan[], bank: string, dueDate: IsoDate): CardPlan | undefined {
  let best: { plan: CardPlan; distance: number } | undefined;
  for (const { plan } of statementsAwaited(plans)) {
    if (plan.lender.kind !== 'card' || plan.lender.name !== bank) continue;
    const distance = Math.abs(daysBetween(nextStatementDates(plan).dueDate, dueDate));
    if (distance <= SAME_STATEMENT_DAYS && (!best || distance < best.distance)) best = { plan, distance };
  }
  return best?.plan;
}
