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
 * it, accepted), without judging them again: the popup builds a thousand schedules before its rows.
 */
export function scheduleOf(terms: Terms): Installment[] {
  const { principal, periods: n, firstDueDate } = terms;
  const remainderTo = terms.remainderTo ?? 'last';
  const dates = monthlyDates(firstDueDate, n);
  const due = (index: number) => dates[index] as IsoDate;
  const monthly = terms.rate / 12;

  const fromParts = (principals: Fen[], interest: (balanceBefore: Fen, index: number) => Fen) => {
    let balance = principal;
    return principals.map((part, index): Installment => {
      const charge = interest(balance, index);
      balance -= part;
      return { period: index + 1, dueDate: due(index), principal: part, interest: charge, total: part + charge, balanceAfter: balance };
    });
  };

  switch (terms.method) {
    case 'fee': {
      const fees = splitEvenly(roundHalfUp(principal * terms.rate * n), n, remainderTo);
      return fromParts(splitEvenly(principal, n, remainderTo), (_, index) => fees[index] as Fen);
    }
    case 'interest-free':
      return fromParts(splitEvenly(principal, n, remainderTo), () => 0);
    case 'equal-principal':
      return fromParts(splitEvenly(principal, n, remainderTo), (balance) => roundHalfUp(balance * monthly));
    case 'interest-first':
      return fromParts(
        Array.from({ length: n }, (_, index) => (index === n - 1 ? principal : 0)),
        () => roundHalfUp(principal * monthly),
      );
    case 'annuity':
      return annuity(principal, n, monthly, due);
  }
}

function annuity(principal: Fen, n: number, r: number, due: (index: number) => IsoDate): Installment[] {
  // A 0 % annuity is an even split; the closed form would divide by zero. (1 + r)^n − 1 comes from
  // expm1/log1p: subtracting 1 from (1 + r)^n cancels every digit when r is tiny (1e-14 a year).
  const growthMinusOne = Math.expm1(n * Math.log1p(r));
  const payment = r === 0 ? Math.floor(principal / n) : roundHalfUp((principal * r * (growthMinusOne + 1)) / growthMinusOne);
  let balance = principal;
  return Array.from({ length: n }, (_, index) => {
    const interest = roundHalfUp(balance * r);
    const last = index === n - 1;
    const part = last ? balance : Math.min(balance, payment - interest);
    balance -= part;
    return { period: index + 1, dueDate: due(index), principal: part, interest, total: part + interest, balanceAfter: balance };
  });
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
