import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';
import type { IsoDate } from './dates';
import type { Fen } from './money';
import type { Plan } from './schemas';
import { isOpen, planStatus } from './status';

dayjs.extend(utc);

export interface CashflowSeries {
  plan: Plan;
  /** What is still owed on this plan in each month, aligned with `months`. */
  amounts: Fen[];
}

export interface Cashflow {
  /** `YYYY-MM`, starting with the month holding `today`. */
  months: string[];
  series: CashflowSeries[];
  totals: Fen[];
  max: Fen;
}

/**
 * What is due in each of the next `count` months, by active plan. Installments already late are owed
 * now, so they count in the first month rather than vanishing from the chart.
 */
export function cashflow(plans: readonly Plan[], today: IsoDate, count = 12): Cashflow {
  const start = dayjs.utc(today).startOf('month');
  const months = Array.from({ length: count }, (_, index) => start.add(index, 'month').format('YYYY-MM'));
  const indexOf = new Map(months.map((month, index) => [month, index]));
  const first = months[0] as string;
  const series: CashflowSeries[] = [];
  for (const plan of plans) {
    if (plan.archived) continue;
    const amounts: Fen[] = new Array(count).fill(0);
    for (const status of planStatus(plan, today)) {
      if (!isOpen(status)) continue;
      const month = status.dueDate.slice(0, 7);
      const index = month < first ? 0 : indexOf.get(month);
      if (index !== undefined) amounts[index] = (amounts[index] ?? 0) + status.remaining;
    }
    if (amounts.some((amount) => amount > 0)) series.push({ plan, amounts });
  }
  const totals = months.map((_, index) => series.reduce((sum, { amounts }) => sum + (amounts[index] ?? 0), 0));
  return { months, series, totals, max: Math.max(0, ...totals) };
}
