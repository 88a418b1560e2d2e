import type { IsoDate } from './dates';
import type { Fen } from './money';
import { keepsFutureFees, type OpenPart, openParts, remainingCost } from './payoff';
import type { Plan } from './schemas';
import { planStatus } from './status';
import { termsIssues } from './terms';

// What the payoff planner (./planner.ts) starts from: each plan's open installments on a day, by month.

/** One plan as the planner sees it today: what it owes, when, and how its lender settles an early payoff. */
export interface Debt {
  plan: Plan;
  balance: Fen;
  rate: number | null;
  asScheduled: Fen;
  parts: OpenPart[];
  /** Month index of each part: what is already due counts in the first month. */
  monthOf: number[];
  /** What its schedule asks in each month. */
  due: Fen[];
  keepsFees: boolean;
}

/** Everything the planner needs from the plans on `today`, whatever the extra and the strategy (compute it once). */
export interface PayoffBasis {
  today: IsoDate;
  debts: readonly Debt[];
  /** Months from today's to the last one anything is due in. */
  count: number;
}

/** The plans with money still owed today (not archived, terms a schedule can be built from), ready to plan. */
export function payoffBasis(plans: readonly Plan[], today: IsoDate): PayoffBasis {
  const [startYear, startMonth] = today.split('-').map(Number) as [number, number];
  const monthIndex = (date: IsoDate) => {
    const [year, month] = date.split('-').map(Number) as [number, number];
    return Math.max(0, (year - startYear) * 12 + (month - startMonth));
  };
  const found: Array<Omit<Debt, 'due'>> = [];
  for (const plan of plans) {
    if (plan.archived || termsIssues(plan).length > 0) continue;
    const statuses = planStatus(plan, today);
    const parts = openParts(statuses);
    if (parts.length === 0) continue;
    found.push({
      plan,
      balance: parts.reduce((sum, part) => sum + part.principalLeft, 0),
      rate: remainingCost(plan, today, statuses)?.rate.nominal ?? null,
      asScheduled: parts.reduce((sum, part) => sum + part.remaining, 0),
      parts,
      monthOf: parts.map((part) => monthIndex(part.dueDate)),
      keepsFees: keepsFutureFees(plan),
    });
  }
  const count = found.reduce((max, debt) => Math.max(max, (debt.monthOf.at(-1) ?? 0) + 1), 0);
  const debts = found.map((debt): Debt => {
    const due: Fen[] = new Array(count).fill(0);
    debt.parts.forEach((part, index) => {
      const month = debt.monthOf[index] as number;
      due[month] = (due[month] ?? 0) + part.remaining;
    });
    return { ...debt, due };
  });
  return { today, debts, count };
}
