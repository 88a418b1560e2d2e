import type { Fen } from './money';

export interface AnnualizedRate {
  /** 12 × the monthly IRR (what lenders must disclose as APR in China). */
  nominal: number;
  /** (1 + monthly IRR)^12 − 1. */
  effective: number;
}

/**
 * The true cost of a plan: the monthly internal rate of return `i` that makes the payments,
 * one a month from a month after the loan, worth the principal received today.
 */
export function annualizedRate(principal: Fen, payments: readonly Fen[]): AnnualizedRate {
  const i = monthlyIrr(principal, payments);
  return { nominal: 12 * i, effective: (1 + i) ** 12 - 1 };
}

function presentValue(payments: readonly Fen[], i: number): number {
  let value = 0;
  let discount = 1;
  for (const payment of payments) {
    discount /= 1 + i;
    value += payment * discount;
  }
  return value;
}

export function monthlyIrr(principal: Fen, payments: readonly Fen[]): number {
  if (principal <= 0 || payments.length === 0) throw new RangeError('annualizedRate needs a principal and payments');
  const paid = payments.reduce((sum, payment) => sum + payment, 0);
  if (paid === principal) return 0;
  // One payment a month later: principal·(1+i) = payment, exactly.
  if (payments.length === 1) return (payments[0] as Fen) / principal - 1;
  // Present value falls as i rises; bisect on a bracket, which never diverges the way Newton can.
  let low = -0.99;
  let high = 1;
  while (presentValue(payments, high) > principal && high < 1e6) high *= 2;
  for (let step = 0; step < 200 && high - low > 1e-14; step++) {
    const mid = (low + high) / 2;
    if (presentValue(payments, mid) > principal) low = mid;
    else high = mid;
  }
  return (low + high) / 2;
}

/** A payment `months` after the start (fractions allowed: 10 days is 10 / (365/12) months). */
export interface DatedFlow {
  months: number;
  amount: Fen;
}

/**
 * The monthly IRR of payments at any times: the `i` at which they are worth `amount` at the start.
 * `monthlyIrr` is the case of payments exactly one month apart from a month on.
 */
export function monthlyIrrAt(amount: Fen, flows: readonly DatedFlow[]): number {
  if (amount <= 0 || flows.length === 0) throw new RangeError('monthlyIrrAt needs an amount and payments');
  if (flows.reduce((sum, flow) => sum + flow.amount, 0) === amount) return 0;
  const worth = (i: number) => flows.reduce((sum, flow) => sum + flow.amount / (1 + i) ** flow.months, 0);
  let low = -0.99;
  let high = 1;
  while (worth(high) > amount && high < 1e6) high *= 2;
  for (let step = 0; step < 200 && high - low > 1e-14; step++) {
    const mid = (low + high) / 2;
    if (worth(mid) > amount) low = mid;
    else high = mid;
  }
  return (low + high) / 2;
}

/** `annualizedRate` of dated payments against `amount` received at the start. */
export function annualizedRateAt(amount: Fen, flows: readonly DatedFlow[]): AnnualizedRate {
  const i = monthlyIrrAt(amount, flows);
  return { nominal: 12 * i, effective: (1 + i) ** 12 - 1 };
}
