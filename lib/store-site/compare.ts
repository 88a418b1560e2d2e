import type { IsoDate } from '../core/dates';
import type { Fen } from '../core/money';
import type { LenderKind } from '../core/schemas';
import type { StoreSnapshotEntry } from '../protocol';
import { matchOrders, type OrderMatch } from './compare-orders';
import type { PageReading } from './read-page';

export type Mismatch = { field: 'amount'; page: Fen; stored: Fen; dueDate: IsoDate } | { field: 'date'; page: IsoDate; stored: IsoDate };

/** What the panel shows: the page compared with the user's stored plans. */
export interface Comparison {
  /** The stored plan the page is about (matched by dates and amounts), or the only plan of this lender. */
  plan?: { planId: string; title: string; matched: boolean };
  /** The next open installment: of that plan, else the lender's earliest. */
  next?: StoreSnapshotEntry;
  mismatches: Mismatch[];
  /** No stored plan matches what the page shows: worth offering an import. */
  untracked: boolean;
  /** Per order, when the page shows plan sections (`reading.orders`): each order's plan and differing rows. */
  orders?: OrderMatch[];
}

const MAX_MISMATCHES = 3;

/** The page may show the full installment or what is left of it after a part payment. */
const owes = (entry: StoreSnapshotEntry, amount: Fen) => amount === entry.amount || amount === entry.remaining;

function groupByPlan(entries: StoreSnapshotEntry[]): Map<string, StoreSnapshotEntry[]> {
  const plans = new Map<string, StoreSnapshotEntry[]>();
  for (const entry of [...entries].sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.period - b.period)) {
    plans.set(entry.planId, [...(plans.get(entry.planId) ?? []), entry]);
  }
  return plans;
}

function score(reading: PageReading, entries: StoreSnapshotEntry[]): number {
  const unpaid = reading.plan.filter((row) => !row.paid);
  let total = 2 * unpaid.filter((row) => entries.some((e) => e.dueDate === row.dueDate && owes(e, row.amount))).length;
  if (reading.dueDate && entries.some((e) => e.dueDate === reading.dueDate)) total += 1;
  const { dueAmount } = reading;
  if (dueAmount !== undefined && entries.some((e) => owes(e, dueAmount))) total += 1;
  return total;
}

function mismatchesOf(reading: PageReading, entries: StoreSnapshotEntry[], all: StoreSnapshotEntry[]): Mismatch[] {
  const out: Mismatch[] = [];
  const [first] = entries;
  if (!first) return out;
  const onPageDate = entries.find((e) => e.dueDate === reading.dueDate);
  if (reading.dueDate && !onPageDate) out.push({ field: 'date', page: reading.dueDate, stored: first.dueDate });
  const reference = onPageDate ?? first;
  const { dueAmount } = reading;
  if (dueAmount !== undefined && !owes(reference, dueAmount)) {
    // One bill may cover several plans due the same day: the sum of them is right too.
    const sameDay = all.filter((e) => e.dueDate === reference.dueDate);
    const sums = [sameDay.reduce((s, e) => s + e.amount, 0), sameDay.reduce((s, e) => s + e.remaining, 0)];
    if (!sums.includes(dueAmount)) out.push({ field: 'amount', page: dueAmount, stored: reference.remaining, dueDate: reference.dueDate });
  }
  for (const row of reading.plan) {
    const entry = entries.find((e) => e.dueDate === row.dueDate);
    if (row.paid || !entry || owes(entry, row.amount)) continue;
    if (!out.some((m) => m.field === 'amount' && m.dueDate === row.dueDate)) {
      out.push({ field: 'amount', page: row.amount, stored: entry.remaining, dueDate: row.dueDate });
    }
  }
  return out.slice(0, MAX_MISMATCHES);
}

/** Compares the page with the lender's open installments; `entries` null = the snapshot was unavailable. */
export function comparePage(reading: PageReading, entries: StoreSnapshotEntry[] | null, lenderKind: LenderKind): Comparison {
  const own = (entries ?? []).filter((e) => e.lenderKind === lenderKind);
  const plans = groupByPlan(own);
  if (reading.orders && reading.orders.length > 0) return compareOrders(reading.orders, plans, own);
  let best: { entries: StoreSnapshotEntry[]; score: number } | undefined;
  for (const planEntries of plans.values()) {
    const s = score(reading, planEntries);
    if (s > 0 && (!best || s > best.score)) best = { entries: planEntries, score: s };
  }
  const only = plans.size === 1 ? plans.values().next().value : undefined;
  const candidate = best?.entries ?? only;
  const next = candidate?.[0] ?? [...own].sort((a, b) => a.dueDate.localeCompare(b.dueDate))[0];
  const result: Comparison = { mismatches: candidate ? mismatchesOf(reading, candidate, own) : [], untracked: !best };
  if (next) result.next = next;
  if (candidate?.[0]) result.plan = { planId: candidate[0].planId, title: candidate[0].title, matched: Boolean(best) };
  return result;
}

/** A page of orders: each is matched on its own; the next payment is the first matched order's, else the lender's earliest. */
function compareOrders(
  orders: NonNullable<PageReading['orders']>,
  plans: Map<string, StoreSnapshotEntry[]>,
  own: StoreSnapshotEntry[],
): Comparison {
  const matches = matchOrders(orders, plans);
  const matched = matches.find((m) => m.plan)?.plan;
  const next = matched ? plans.get(matched.planId)?.[0] : [...own].sort((a, b) => a.dueDate.localeCompare(b.dueDate))[0];
  const result: Comparison = { mismatches: [], untracked: matches.some((m) => !m.plan), orders: matches };
  if (next) result.next = next;
  if (matched) result.plan = { ...matched, matched: true };
  return result;
}
