import { addMonthsClamped, type IsoDate, monthBounds } from './dates';
import type { Fen } from './money';
import { buildSchedule, type Installment } from './schedule';
import { MAX_FEE_RATE, type RemainderTo, type RepaymentMethod, type Terms } from './schemas';
import { termsIssues } from './terms';

// A page that shows each period's principal and fee (or interest) says more than the amounts due: the
// method and rate that produced them. They are found by trying each method with the rates the rows
// allow and keeping the terms whose schedule (buildSchedule, the same one the plan will use) gives every
// row the page shows to the fen. Nothing is guessed: terms that miss a row are reported with that row.

/** One row as a page shows it: `principal` and `charge` (fee or interest) when the page has those columns. */
export interface ShownRow {
  period: number;
  dueDate: IsoDate;
  total: Fen;
  principal?: Fen | undefined;
  charge?: Fen | undefined;
}

/** Terms tried against the page, and the periods whose row they do not reproduce (none: an exact fit). */
export interface TermsFit {
  terms: Terms;
  differing: number[];
}

export interface Inference {
  /** The terms that reproduce every row shown, if any method does. */
  exact: TermsFit | null;
  /** The closest terms of each method tried, fewest differing rows first (exact ones included). */
  fits: TermsFit[];
}

const REMAINDERS: RemainderTo[] = ['last', 'first'];
const MAX_FITS = 3;

/** A rate written with as few decimals as reproduce the rows: 0.006, not 0.0060000001. */
function roundings(rate: number): number[] {
  const out: number[] = [];
  for (let d = 2; d <= 8; d++) out.push(Math.round(rate * 10 ** d) / 10 ** d);
  out.push(rate);
  return [...new Set(out)].filter((r) => r >= 0 && r <= 1);
}

/** Period 1's due date: the first row's month counted back, on the latest day any row shows (31 → 30 April). */
export function firstDueOf(rows: Pick<ShownRow, 'period' | 'dueDate'>[]): IsoDate {
  const first = rows[0] as Pick<ShownRow, 'period' | 'dueDate'>;
  const day = Math.max(...rows.map((row) => Number(row.dueDate.slice(8, 10))));
  const month = addMonthsClamped(`${first.dueDate.slice(0, 8)}01`, -(first.period - 1));
  const days = Number(monthBounds(month).end.slice(8, 10));
  return `${month.slice(0, 8)}${String(Math.min(day, days)).padStart(2, '0')}`;
}

/** The periods whose shown row `schedule` does not give, to the fen and the day. */
function differingRows(schedule: Installment[], rows: ShownRow[]): number[] {
  return rows
    .filter((row) => {
      const built = schedule[row.period - 1];
      if (!built) return true;
      return (
        built.dueDate !== row.dueDate ||
        built.total !== row.total ||
        (row.principal !== undefined && built.principal !== row.principal) ||
        (row.charge !== undefined && built.interest !== row.charge)
      );
    })
    .map((row) => row.period);
}

/** How `terms` fit the rows; null for terms no lender offers (a principal below the periods, a fee too high). */
function tryTerms(terms: Terms, rows: ShownRow[]): TermsFit | null {
  if (termsIssues(terms).length > 0) return null;
  return { terms, differing: differingRows(buildSchedule(terms), rows) };
}

/** The monthly rate an annuity of `payment` on `principal` over `n` periods implies (bisection). */
function annuityMonthlyRate(principal: Fen, payment: Fen, n: number): number | null {
  if (payment * n <= principal) return null;
  const pay = (r: number) => (principal * r) / (1 - (1 + r) ** -n);
  let low = 1e-9;
  let high = 1 / 12;
  if (pay(high) < payment) return null;
  for (let i = 0; i < 100; i++) {
    const mid = (low + high) / 2;
    if (pay(mid) < payment) low = mid;
    else high = mid;
  }
  return (low + high) / 2;
}

/** The rates worth trying for `method`, from the rows' own figures; the principal is known. */
function ratesFor(method: RepaymentMethod, principal: Fen, n: number, rows: ShownRow[]): number[] {
  const first = rows[0] as ShownRow;
  const charges = rows.map((row) => row.charge ?? row.total - (row.principal ?? row.total));
  switch (method) {
    case 'interest-free':
      return [0];
    case 'fee': {
      // The fee total is the sum when every period shows; else one period's fee times n, give or take the remainder.
      const totals =
        rows.length === n ? [charges.reduce((s, c) => s + c, 0)] : Array.from({ length: n }, (_, j) => (charges[0] ?? 0) * n + j);
      return totals.flatMap((fee) => roundings(fee / (principal * n))).filter((r) => r > 0 && r <= MAX_FEE_RATE);
    }
    case 'annuity': {
      const monthly = first.period === 1 ? [annuityMonthlyRate(principal, first.total, n)] : [];
      if (first.period === 1 && first.charge !== undefined) monthly.push(first.charge / principal);
      return monthly.flatMap((r) => (r && r > 0 ? roundings(r * 12) : []));
    }
    case 'equal-principal':
    case 'interest-first':
      return first.period === 1 && first.charge ? roundings((first.charge / principal) * 12) : [];
  }
}

/** The principal, if the rows give it: the sum of every period's principal, or one split part times n. */
function principalsOf(rows: ShownRow[], n: number): Fen[] {
  const parts = rows.map((row) => row.principal ?? (row.charge !== undefined ? row.total - row.charge : undefined));
  if (parts.some((p) => p === undefined)) return [];
  const known = parts as Fen[];
  if (rows.length === n) return [known.reduce((s, p) => s + p, 0)];
  // Part of the plan shown: an even split's principal is n × the base part plus at most n − 1 fen.
  const base = Math.min(...known);
  return Array.from({ length: n }, (_, j) => base * n + j);
}

const METHODS: RepaymentMethod[] = ['fee', 'interest-free', 'annuity', 'equal-principal', 'interest-first'];

/**
 * The terms that reproduce the rows a page shows (`rows` sorted by period, `periods` the plan's count),
 * else the nearest terms of each method with the rows they miss. Rows must carry period numbers; without
 * a principal or charge column there is nothing to infer and `fits` is empty.
 */
export function inferTerms(rows: readonly ShownRow[], periods: number): Inference {
  const sorted = [...rows].sort((a, b) => a.period - b.period);
  const principals = sorted.length > 0 ? principalsOf(sorted, periods) : [];
  if (principals.length === 0) return { exact: null, fits: [] };
  const firstDueDate = firstDueOf(sorted);
  const best = new Map<RepaymentMethod, TermsFit>();
  search: for (const method of METHODS) {
    for (const principal of principals) {
      for (const rate of ratesFor(method, principal, periods, sorted)) {
        for (const remainderTo of REMAINDERS) {
          const fit = tryTerms({ principal, periods, method, rate, firstDueDate, remainderTo }, sorted);
          const held = best.get(method);
          if (fit && (!held || fit.differing.length < held.differing.length)) best.set(method, fit);
          if (fit?.differing.length === 0) break search;
        }
      }
    }
  }
  const fits = [...best.values()].sort((a, b) => a.differing.length - b.differing.length).slice(0, MAX_FITS);
  const exact = fits[0]?.differing.length === 0 ? fits[0] : null;
  return { exact, fits };
}
