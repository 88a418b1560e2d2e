import { type IsoDate, monthlyDates } from './dates';
import { type Fen, roundHalfUp } from './money';
import type { RemainderTo, Terms } from './schemas';

// A schedule's arithmetic, apart from the judging of terms (./schedule.ts `buildSchedule`, which
// re-exports all of this): zod-free, so that the popup, computing from plans its hand-written checks
// judged sound, builds their schedules without bundling zod.

export interface Installment {
  period: number;
  dueDate: IsoDate;
  principal: Fen;
  /** Fee (手续费) for `fee` plans, interest (利息) otherwise. */
  interest: Fen;
  total: Fen;
  balanceAfter: Fen;
}

/** Splits `amount` into `n` whole-fen parts of ⌊amount/n⌋, the remainder added to the first or last. */
export function splitEvenly(amount: Fen, n: number, remainderTo: RemainderTo = 'last'): Fen[] {
  const base = Math.floor(amount / n);
  const extraAt = remainderTo === 'first' ? 0 : n - 1;
  return Array.from({ length: n }, (_, index) => (index === extraAt ? amount - base * (n - 1) : base));
}

/**
 * `buildSchedule` of terms already judged sound (a plan SoundPlanSchema, or the popup's checks held to
 * it, accepted), without judging them again: the popup builds a thousand schedules before its rows, so
 * each is one loop, with no closure or intermediate list per period.
 */
export function scheduleOf(terms: Terms): Installment[] {
  const { principal, periods: n, method } = terms;
  const dates = monthlyDates(terms.firstDueDate, n);
  const monthly = terms.rate / 12;
  if (method === 'annuity') return annuity(principal, n, monthly, dates);
  const remainderTo = terms.remainderTo ?? 'last';
  // Principal: ⌊P/n⌋ a period, the remainder with the first or last (splitEvenly); all at the end when interest comes first.
  const base = Math.floor(principal / n);
  const extraAt = remainderTo === 'first' ? 0 : n - 1;
  // Fees: the whole fee split the same way; interest-first: the same interest every period.
  const fees = method === 'fee' ? splitEvenly(roundHalfUp(principal * terms.rate * n), n, remainderTo) : null;
  const flatInterest = method === 'interest-first' ? roundHalfUp(principal * monthly) : 0;
  const rows: Installment[] = [];
  let balance = principal;
  for (let index = 0; index < n; index++) {
    let part: Fen;
    let charge: Fen;
    if (method === 'interest-first') {
      part = index === n - 1 ? principal : 0;
      charge = flatInterest;
    } else {
      part = index === extraAt ? principal - base * (n - 1) : base;
      charge = fees ? (fees[index] as Fen) : method === 'equal-principal' ? roundHalfUp(balance * monthly) : 0;
    }
    balance -= part;
    rows.push({
      period: index + 1,
      dueDate: dates[index] as IsoDate,
      principal: part,
      interest: charge,
      total: part + charge,
      balanceAfter: balance,
    });
  }
  return rows;
}

function annuity(principal: Fen, n: number, r: number, dates: readonly IsoDate[]): Installment[] {
  // A 0 % annuity is an even split; the closed form would divide by zero. (1 + r)^n − 1 comes from
  // expm1/log1p: subtracting 1 from (1 + r)^n cancels every digit when r is tiny (1e-14 a year).
  const growthMinusOne = Math.expm1(n * Math.log1p(r));
  const payment = r === 0 ? Math.floor(principal / n) : roundHalfUp((principal * r * (growthMinusOne + 1)) / growthMinusOne);
  const rows: Installment[] = [];
  let balance = principal;
  for (let index = 0; index < n; index++) {
    const interest = roundHalfUp(balance * r);
    const part = index === n - 1 ? balance : Math.min(balance, payment - interest);
    balance -= part;
    rows.push({
      period: index + 1,
      dueDate: dates[index] as IsoDate,
      principal: part,
      interest,
      total: part + interest,
      balanceAfter: balance,
    });
  }
  return rows;
}

export function scheduleTotals(schedule: readonly Installment[]): { principal: Fen; interest: Fen; total: Fen } {
  let principal = 0;
  let interest = 0;
  for (const row of schedule) {
    principal += row.principal;
    interest += row.interest;
  }
  return { principal, interest, total: principal + interest };
}
