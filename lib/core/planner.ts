import { addMonthsClamped, type IsoDate, monthBounds } from './dates';
import type { Fen } from './money';
import { settleFuture } from './payoff';
import { type Debt, type PayoffBasis, payoffBasis } from './payoff-basis';
import type { Plan } from './schemas';

// The payoff planner: which plan to clear first with money beyond the schedule, month by month, exact to
// the fen. Early payoff is settled by each plan's payoff rules (lib/core/payoff.ts); see the README.

export const PAYOFF_STRATEGIES = ['highest-cost', 'smallest-balance'] as const;
export type PayoffStrategy = (typeof PAYOFF_STRATEGIES)[number];

export interface PlannerInput {
  /** Paid on top of the schedule every month, from this month on. */
  extraPerMonth: Fen;
  /** Paid on top once, this month. */
  oneOff: Fen;
  strategy: PayoffStrategy;
}

/** What one plan receives in one month. */
export interface PlannerCell {
  /** Installments paid as scheduled. */
  scheduled: Fen;
  /** The early payoff, in the month the plan is cleared. */
  payoff: Fen;
}

export interface PlannerMonth {
  /** `YYYY-MM`; the first is today's month. */
  month: string;
  /** By plan, in `PlannerResult.order`. */
  cells: PlannerCell[];
  /** Everything paid this month under the plan. */
  paid: Fen;
  /** What the schedule alone asks this month. */
  asScheduled: Fen;
  /** Money set aside and not yet spent at the end of the month (waiting until it clears the next plan). */
  setAside: Fen;
}

export interface PlannerPlan {
  plan: Plan;
  /** Principal still owed today. */
  balance: Fen;
  /** The nominal rate of keeping it (`remainingCost`), null when nothing is left that is not already due. */
  rate: number | null;
  /** The month it is cleared early, or null when it runs its schedule. */
  clearedIn: string | null;
  /** Everything paid on it under the plan. */
  paid: Fen;
  /** Everything it costs as scheduled. */
  asScheduled: Fen;
}

export interface PlannerOutcome {
  /** The last month anything is paid; null when nothing is owed. */
  debtFreeMonth: string | null;
  paid: Fen;
  /** Fees and interest: what is paid beyond the principal owed today. */
  charges: Fen;
}

export interface PlannerResult {
  /** The plans in the order the strategy clears them. */
  order: PlannerPlan[];
  months: PlannerMonth[];
  planned: PlannerOutcome;
  asScheduled: PlannerOutcome;
  /** Set aside and never needed: every plan ran out before it was spent. */
  unspent: Fen;
}

const monthKey = (date: IsoDate) => date.slice(0, 7);
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
/** The order each strategy clears plans in, fixed today; ties go to the smaller balance, then the id. */
const ORDER: Record<PayoffStrategy, (a: PlannerPlan, b: PlannerPlan) => number> = {
  'highest-cost': (a, b) => (b.rate ?? -1) - (a.rate ?? -1) || a.balance - b.balance || byText(a.plan.id, b.plan.id),
  'smallest-balance': (a, b) => a.balance - b.balance || (b.rate ?? -1) - (a.rate ?? -1) || byText(a.plan.id, b.plan.id),
};

/**
 * The months `planPayoff` describes, `debts` in the order they are cleared: what each plan receives each
 * month, the month index each is cleared in (null: it runs its schedule) and what is paid on each in all.
 */
function runMonths(
  debts: readonly Debt[],
  today: IsoDate,
  input: PlannerInput,
  count: number,
): { months: PlannerMonth[]; cleared: Array<number | null>; paidOn: Fen[] } {
  const cleared: Array<number | null> = debts.map(() => null);
  const paidOn: Fen[] = debts.map(() => 0);
  // What a plan's installments in month m, due after `date`, ask: what clearing it on `date` frees that month.
  const dueAfter = (debt: Debt, month: number, date: IsoDate) =>
    debt.parts.reduce((sum, part, index) => (debt.monthOf[index] === month && part.dueDate > date ? sum + part.remaining : sum), 0);

  const start = monthBounds(today).start;
  const months: PlannerMonth[] = [];
  let setAside = 0;
  let next = 0;
  for (let m = 0; m < count; m++) {
    const date = m === 0 ? today : addMonthsClamped(start, m);
    setAside += input.extraPerMonth + (m === 0 ? input.oneOff : 0);
    const cells = debts.map((): PlannerCell => ({ scheduled: 0, payoff: 0 }));
    debts.forEach((debt, index) => {
      if (cleared[index] !== null) setAside += debt.due[m] ?? 0;
    });
    // Clear plans in order while the money set aside reaches the next one's payoff.
    while (next < debts.length) {
      const debt = debts[next] as Debt;
      const payoff = settleFuture(debt.parts, date, debt.keepsFees).amount;
      if (payoff > 0 && payoff > setAside) break;
      next++;
      if (payoff === 0) continue; // Nothing left to clear after today: it runs out on its own.
      setAside += dueAfter(debt, m, date) - payoff;
      cleared[next - 1] = m;
      (cells[next - 1] as PlannerCell).payoff = payoff;
    }
    debts.forEach((debt, index) => {
      const cell = cells[index] as PlannerCell;
      const clearedIn = cleared[index] ?? null;
      if (clearedIn === null || clearedIn > m) cell.scheduled = debt.due[m] ?? 0;
      else if (clearedIn === m) cell.scheduled = (debt.due[m] ?? 0) - dueAfter(debt, m, date);
      paidOn[index] = (paidOn[index] ?? 0) + cell.scheduled + cell.payoff;
    });
    const paid = cells.reduce((sum, cell) => sum + cell.scheduled + cell.payoff, 0);
    const asScheduled = debts.reduce((sum, debt) => sum + (debt.due[m] ?? 0), 0);
    months.push({ month: monthKey(date), cells, paid, asScheduled, setAside });
  }
  return { months, cleared, paidOn };
}

/**
 * Month by month from today's: each month's installments are paid as scheduled; the extra (and the one-off,
 * in the first month) is set aside, together with the installments no longer owed by plans already cleared
 * (they keep going to debt, the "snowball"). On the first day of each later month (today in the first), while
 * what is set aside clears the first plan in the strategy's order, that plan is paid off by its lender's
 * rules: everything already due as scheduled, the rest settled by `settleFuture`.
 */
export function planPayoff(
  plans: readonly Plan[],
  today: IsoDate,
  input: PlannerInput,
  basis: PayoffBasis = payoffBasis(plans, today),
): PlannerResult {
  const entryOf = (debt: Debt): PlannerPlan => ({
    plan: debt.plan,
    balance: debt.balance,
    rate: debt.rate,
    clearedIn: null,
    paid: 0,
    asScheduled: debt.asScheduled,
  });
  const debts = [...basis.debts].sort((a, b) => ORDER[input.strategy](entryOf(a), entryOf(b)));
  const { months, cleared, paidOn } = runMonths(debts, today, input, basis.count);
  const order = debts.map((debt, index): PlannerPlan => {
    const clearedIn = cleared[index] ?? null;
    return { ...entryOf(debt), clearedIn: clearedIn === null ? null : (months[clearedIn]?.month ?? null), paid: paidOn[index] ?? 0 };
  });

  const principal = debts.reduce((sum, debt) => sum + debt.balance, 0);
  const outcome = (amount: (month: PlannerMonth) => Fen): PlannerOutcome => {
    const paid = months.reduce((sum, month) => sum + amount(month), 0);
    const last = months.findLastIndex((month) => amount(month) > 0);
    return { debtFreeMonth: last < 0 ? null : (months[last]?.month ?? null), paid, charges: paid - principal };
  };
  return {
    order,
    months,
    planned: outcome((month) => month.paid),
    asScheduled: outcome((month) => month.asScheduled),
    unspent: months.at(-1)?.setAside ?? 0,
  };
}
