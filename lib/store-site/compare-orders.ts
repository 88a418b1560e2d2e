import type { IsoDate } from '../core/dates';
import { firstDueOf, inferTerms } from '../core/infer-terms';
import type { Fen } from '../core/money';
import type { StoreSnapshotEntry } from '../protocol';
import type { PageOrder } from './read-page';

// Which stored plan each order on the page is. An order is one plan: it is known by its order number
// when the page prints one, else by its principal, period count and first due date together. A due date
// alone says nothing (most of a user's Xiaomi orders fall due on the same day of the month), so an order
// that matches no plan by these is a new plan to import, never a mismatch with someone else's rows.

/** A row of a matched order that the stored plan has otherwise. */
export type RowMismatch =
  | { field: 'amount'; period?: number; dueDate: IsoDate; page: Fen; stored: Fen }
  | { field: 'date'; period?: number; page: IsoDate; stored: IsoDate };

export interface OrderMatch {
  /** The stored plan this order is, if any. */
  plan?: { planId: string; title: string };
  /** Rows of that plan the page shows otherwise, in period order. */
  mismatches: RowMismatch[];
}

/** What the page says identifies the order's plan; any part may be unknown. */
export interface OrderKey {
  orderNo?: string;
  principal?: Fen;
  periods?: number;
  firstDueDate?: IsoDate;
}

/** The page may show the full installment or what is left of it after a part payment. */
const owes = (entry: StoreSnapshotEntry, amount: Fen) => amount === entry.amount || amount === entry.remaining;

export function orderKey(order: PageOrder): OrderKey {
  const key: OrderKey = {};
  if (order.orderNo) key.orderNo = order.orderNo;
  if (order.periods) key.periods = order.periods;
  const numbered = order.rows.filter((row) => row.period !== undefined).sort((a, b) => (a.period ?? 0) - (b.period ?? 0));
  if (numbered.length > 0 && numbered.length === order.rows.length) {
    key.firstDueDate = firstDueOf(numbered as { period: number; dueDate: IsoDate }[]);
    const shown = numbered.map((row) => ({
      period: row.period as number,
      dueDate: row.dueDate,
      total: row.amount,
      principal: row.principal,
      charge: row.charge,
    }));
    const principal = order.periods ? inferTerms(shown, order.periods).exact?.terms.principal : undefined;
    if (principal !== undefined) key.principal = principal;
    else if (order.periods && numbered.length === order.periods && numbered.every((row) => row.principal !== undefined)) {
      key.principal = numbered.reduce((sum, row) => sum + (row.principal ?? 0), 0);
    }
  }
  return key;
}

/** Whether the stored plan (any of its entries) is the order the key describes. */
function sameOrder(key: OrderKey, entry: StoreSnapshotEntry): boolean {
  if (key.orderNo && entry.orderNo) return key.orderNo === entry.orderNo;
  if (key.firstDueDate === undefined && key.principal === undefined) return false;
  return (
    (key.periods === undefined || key.periods === entry.periods) &&
    (key.firstDueDate === undefined || entry.firstDueDate === undefined || key.firstDueDate === entry.firstDueDate) &&
    (key.principal === undefined || entry.principal === undefined || key.principal === entry.principal)
  );
}

/** The unpaid rows the stored plan agrees with: how much a page without numbers or terms says it is this plan. */
function agreeing(order: PageOrder, entries: StoreSnapshotEntry[]): number {
  return order.rows.filter((row) => !row.paid && entries.some((e) => e.dueDate === row.dueDate && owes(e, row.amount))).length;
}

function rowMismatches(order: PageOrder, entries: StoreSnapshotEntry[]): RowMismatch[] {
  const out: RowMismatch[] = [];
  for (const row of order.rows) {
    if (row.paid) continue;
    const entry = row.period !== undefined ? entries.find((e) => e.period === row.period) : entries.find((e) => e.dueDate === row.dueDate);
    if (!entry) continue;
    const period = row.period !== undefined ? { period: row.period } : {};
    if (entry.dueDate !== row.dueDate) out.push({ field: 'date', ...period, page: row.dueDate, stored: entry.dueDate });
    else if (!owes(entry, row.amount))
      out.push({ field: 'amount', ...period, dueDate: row.dueDate, page: row.amount, stored: entry.remaining });
  }
  return out;
}

/** Each order's plan among `plans` (open installments grouped by plan), one plan per order at most. */
export function matchOrders(orders: PageOrder[], plans: Map<string, StoreSnapshotEntry[]>): OrderMatch[] {
  const taken = new Set<string>();
  return orders.map((order) => {
    const key = orderKey(order);
    const free = [...plans.values()].filter((entries) => !taken.has((entries[0] as StoreSnapshotEntry).planId));
    const byNumber = key.orderNo ? free.find((entries) => entries[0]?.orderNo === key.orderNo) : undefined;
    const byTerms = free
      .filter((entries) => sameOrder(key, entries[0] as StoreSnapshotEntry))
      .sort((a, b) => agreeing(order, b) - agreeing(order, a));
    // Neither number nor terms on the page: every unpaid row it shows must be the plan's.
    const unpaid = order.rows.filter((row) => !row.paid).length;
    const byRows =
      key.firstDueDate === undefined && key.principal === undefined && !key.orderNo && unpaid > 0
        ? free.find((entries) => agreeing(order, entries) === unpaid)
        : undefined;
    const entries = byNumber ?? byTerms[0] ?? byRows;
    const first = entries?.[0];
    if (!entries || !first) return { mismatches: [] };
    taken.add(first.planId);
    return { plan: { planId: first.planId, title: first.title }, mismatches: rowMismatches(order, entries) };
  });
}
