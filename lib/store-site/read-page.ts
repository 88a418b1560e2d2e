import type { IsoDate } from '../core/dates';
import type { Fen } from '../core/money';
import type { OrderWording, StoreAdapter } from './adapter';
import type { Mark } from './containers';
import { compactText, findAmounts, findDates, findPeriod, valueNear } from './parse-values';
import { type PlanRow, readPlanRows, textOf } from './read-plan';

/** Everything the page says about the user's repayments, validated into fen and ISO dates. */
export interface PageReading {
  dueAmount?: Fen;
  dueDate?: IsoDate;
  period?: number;
  periods?: number;
  overdue: boolean;
  autoRepay?: boolean;
  zeroLimit: boolean;
  /** The first order's rows (every order's are in `orders`). */
  plan: PlanRow[];
  /** Days late, when an overdue notice says how many. */
  overdueDays?: number;
  /** The account auto-repay debits (bank and last four digits). */
  account?: string;
  /** Each plan section the page shows, with what its order card says; absent when there is none. */
  orders?: PageOrder[];
}

/** One order on the page: its plan rows and what its card says about it. */
export interface PageOrder {
  orderNo?: string;
  product?: string;
  autoRepay?: boolean;
  account?: string;
  periods?: number;
  rows: PlanRow[];
}

/** How far above its plan section an order's card may start (number, product, auto-repay). */
const MAX_ORDER_CLIMB = 4;
const MAX_PRODUCT_ELEMENTS = 300;
const MAX_PRODUCT_CHARS = 60;

/** The largest element around `section` that holds no other plan section: the order's card. */
function orderScope(section: Element, others: Element[]): Element {
  let scope = section;
  for (let level = 0; level < MAX_ORDER_CLIMB; level++) {
    const parent = scope.parentElement;
    if (!parent || parent === parent.ownerDocument.body || parent === parent.ownerDocument.documentElement) break;
    if (others.some((other) => other !== section && parent.contains(other))) break;
    scope = parent;
  }
  return scope;
}

/** "<bank> ****1234" from an auto-repay line, or whichever part of it the line names. */
function accountOf(text: string, adapter: StoreAdapter): string | undefined {
  const words = adapter.order;
  // What follows the status words (`autoRepay.on` / `off`): the caption before them is no part of a bank's name.
  const compact = compactText(text).split(adapter.autoRepay.on).at(-1)?.split(adapter.autoRepay.off).at(-1) ?? '';
  const bank = words?.bank.exec(compact)?.[1];
  const tail = words?.tail.exec(compact)?.[1];
  const label = [bank, tail && `****${tail}`].filter(Boolean).join(' ');
  return label || undefined;
}

function productOf(scope: Element, words: OrderWording): string | undefined {
  for (const element of Array.from(scope.querySelectorAll('*')).slice(0, MAX_PRODUCT_ELEMENTS)) {
    const text = element.textContent ?? '';
    if (text.length > MAX_PRODUCT_CHARS) continue;
    // The record's schema refuses markup characters; a product name never needs them.
    const found = words.product.exec(textOf(element))?.[1]?.replace(/[<>]/g, '').trim();
    if (found) return found;
  }
  return undefined;
}

/** Each plan section's rows, with its order's number, product and auto-repay line. */
function readOrders(marks: Mark[], adapter: StoreAdapter, today: IsoDate): PageOrder[] {
  const sections = [...new Set(marks.filter((m) => m.kind === 'plan' && m.element !== m.hit.element).map((m) => m.element))];
  const outer = sections.filter((section) => !sections.some((other) => other !== section && other.contains(section)));
  const autoRepay = marks.filter((m) => m.kind === 'field' && m.hit.rule.role === 'autoRepay');
  const words = adapter.order;
  const orders: PageOrder[] = [];
  for (const section of outer) {
    const rows = readPlanRows(section, adapter.planRows, today);
    if (rows.length === 0) continue;
    const scope = orderScope(section, outer);
    const order: PageOrder = { rows };
    const numbers = words
      ? new Set(Array.from(compactText(textOf(scope)).matchAll(new RegExp(words.number, 'g')), (m) => m[1]))
      : new Set();
    if (numbers.size === 1) order.orderNo = [...numbers][0] as string;
    const product = words && productOf(scope, words);
    if (product) order.product = product;
    const line = autoRepay.find((m) => scope.contains(m.element));
    if (line) {
      const on = autoRepayOf(textOf(line.element), adapter);
      if (on !== undefined) order.autoRepay = on;
      const account = accountOf(textOf(line.element), adapter);
      if (account) order.account = account;
    }
    const lastPeriod = Math.max(0, ...rows.map((row) => row.period ?? 0));
    if (lastPeriod > 0 || rows.length > 1) order.periods = Math.max(lastPeriod, rows.length);
    orders.push(order);
  }
  return orders;
}

function autoRepayOf(text: string, adapter: StoreAdapter): boolean | undefined {
  const compact = compactText(text);
  if (adapter.autoRepay.on.test(compact)) return true;
  if (adapter.autoRepay.off.test(compact)) return false;
  return undefined;
}

/** Period info ("3/12") sits near the amount, not always inside the marked field. */
const MAX_PERIOD_CONTEXT = 200;

function periodNear(element: Element): ReturnType<typeof findPeriod> {
  const own = findPeriod(textOf(element));
  if (own.period !== undefined || !element.parentElement) return own;
  const around = textOf(element.parentElement);
  return around.length <= MAX_PERIOD_CONTEXT ? findPeriod(around) : own;
}

/** Reads the marked fields, the first plan section with rows, and the zero-limit notices. */
export function readPage(marks: Mark[], zeroLimit: Element[], adapter: StoreAdapter, today: IsoDate): PageReading {
  const reading: PageReading = { overdue: false, zeroLimit: false, plan: [] };
  const orders = readOrders(marks, adapter, today);
  if (orders.length > 0) {
    reading.orders = orders;
    reading.plan = (orders[0] as PageOrder).rows;
  }
  for (const { element, kind, hit } of marks) {
    if (kind !== 'field') continue;
    const text = textOf(element);
    const label = hit.rule.text;
    if (hit.rule.role === 'dueAmount' && reading.dueAmount === undefined) {
      reading.dueAmount = valueNear(text, label, findAmounts);
      const { period, periods } = periodNear(element);
      reading.period ??= period;
      reading.periods ??= periods;
    } else if (hit.rule.role === 'dueDate' && reading.dueDate === undefined) {
      reading.dueDate = valueNear(text, label, (t) => findDates(t, today));
    } else if (hit.rule.role === 'overdue') {
      const compact = compactText(text);
      const { late, notLate } = adapter.overdue;
      if (!notLate.test(compact) && (late.test(compact) || (valueNear(text, label, findAmounts) ?? 0) > 0)) reading.overdue = true;
      const days = Number(adapter.overdue.days?.exec(compact)?.[1] ?? 0);
      if (reading.overdue && days > 0) reading.overdueDays = Math.max(reading.overdueDays ?? 0, days);
    } else if (hit.rule.role === 'autoRepay' && reading.autoRepay === undefined) {
      const on = autoRepayOf(text, adapter);
      if (on !== undefined) reading.autoRepay = on;
      const account = accountOf(text, adapter);
      if (account) reading.account = account;
    }
  }
  reading.zeroLimit = zeroLimit.some(
    (element) => element.isConnected && adapter.zeroLimit.some((pattern) => pattern.test(compactText(element.textContent ?? ''))),
  );
  const lastPeriod = Math.max(0, ...reading.plan.map((row) => row.period ?? 0));
  if (reading.periods === undefined && reading.plan.length > 1) reading.periods = Math.max(lastPeriod, reading.plan.length);
  return reading;
}

/** True when the page said anything worth a panel. */
export function hasReading(reading: PageReading): boolean {
  return (
    reading.dueAmount !== undefined || reading.dueDate !== undefined || reading.plan.length > 0 || reading.zeroLimit || reading.overdue
  );
}
