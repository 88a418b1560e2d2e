import type { IsoDate } from '../core/dates';
import type { Fen } from '../core/money';
import type { StoreAdapter } from './adapter';
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
  plan: PlanRow[];
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
  for (const { element, kind, hit } of marks) {
    if (kind === 'plan' && reading.plan.length === 0 && element !== hit.element) {
      reading.plan = readPlanRows(element, adapter.planRows, today);
    }
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
    } else if (hit.rule.role === 'autoRepay' && reading.autoRepay === undefined) {
      const compact = compactText(text);
      if (adapter.autoRepay.on.test(compact)) reading.autoRepay = true;
      else if (adapter.autoRepay.off.test(compact)) reading.autoRepay = false;
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
