import type { AgendaRow } from '../core/agenda';
import type { AgendaSnapshot } from '../core/agenda-snapshot';
import type { IsoDate } from '../core/dates';
import type { PortfolioSummary } from '../core/due-items';
import type { Fen } from '../core/money';
import { count, date, listOf, shape, text } from './checks';

// The head of the options page's plans list, made from the background's agenda snapshot
// (../core/agenda-snapshot.ts), which lists every open installment of the active plans that is late or
// due within 30 days. The list is ordered by next due date, then title (components/options/plan-rows.ts):
// every plan in the agenda comes before every plan that is not, and the agenda orders them exactly. The
// agenda is ~460 KB at 2,000 plans; its head is a few KB. The background stores it with the agenda
// (../background/agenda-writer.ts); the page reads its first screenful from it (./plans-preview.ts).
// Pure and zod-free: both sides import it.

const titles = new Intl.Collator();

/** What the head is made from: the agenda's day, counts and sums, and each row's plan, title, due date and amount left. */
export type HeadAgenda = Pick<AgendaSnapshot, 'today' | 'activePlans' | 'later' | 'summary'> & {
  rows: Array<Pick<AgendaRow, 'planId' | 'title' | 'dueDate' | 'remaining'>>;
};

/** What the plans page's strip shows: how many installments are open, what they leave to pay, and the portfolio's sums. */
export interface PortfolioFigures {
  open: number;
  left: Fen;
  summary: PortfolioSummary;
}

/** A plan the agenda names, with its next due date (its earliest open installment). */
export interface HeadPlan {
  planId: string;
  nextDue: IsoDate;
  title: string;
}

/** How many of the list's first plans the head holds: the plans page's first screenful (a test holds PAGE_SIZE to it). */
export const PLANS_HEAD_SIZE = 20;

/** The stored head of the plans list (key `plansHead`), written with the agenda it is made from. */
export interface PlansHead {
  today: IsoDate;
  activePlans: number;
  /** How many plans the agenda names. */
  named: number;
  /** The first of them in the list's order, at most PLANS_HEAD_SIZE. */
  first: HeadPlan[];
  /** Over every open installment of the active plans: the agenda's rows and the "later" ones it only counts and sums. */
  portfolio: PortfolioFigures;
}

/** The list's order: next due date (ISO dates order as plain strings), then title in the page's collation. */
export function compareByNextDue(aDue: IsoDate, aTitle: string, bDue: IsoDate, bTitle: string): number {
  return aDue < bDue ? -1 : aDue > bDue ? 1 : titles.compare(aTitle, bTitle);
}

/** Each plan the agenda names, with its next due date, in the list's order. Complete only for the plans that have one within the agenda's reach. */
function agendaOrder(rows: HeadAgenda['rows']): HeadPlan[] {
  const plans = new Map<string, HeadPlan>();
  for (const { planId, dueDate, title } of rows) {
    const seen = plans.get(planId);
    if (!seen) plans.set(planId, { planId, nextDue: dueDate, title });
    else if (dueDate < seen.nextDue) seen.nextDue = dueDate;
  }
  return [...plans.values()].sort((a, b) => compareByNextDue(a.nextDue, a.title, b.nextDue, b.title));
}

/** The head of the list the agenda tells, holding its first `size` plans. */
export function plansHeadOf({ today, activePlans, rows, later, summary }: HeadAgenda, size = PLANS_HEAD_SIZE): PlansHead {
  const order = agendaOrder(rows);
  const left = rows.reduce((sum, row) => sum + row.remaining, later.total);
  return {
    today,
    activePlans,
    named: order.length,
    first: order.slice(0, size),
    portfolio: { open: rows.length + later.count, left, summary },
  };
}

/**
 * The first `size` plans of the unfiltered list (all active plans), or null when the head cannot tell
 * them: it holds fewer than `size`, and they are not every active plan.
 */
export function firstPlans(
  { first, named, activePlans }: Pick<PlansHead, 'first' | 'named' | 'activePlans'>,
  size: number,
): HeadPlan[] | null {
  if (first.length >= size) return first.slice(0, size);
  return first.length === named && named === activePlans ? first : null;
}

// The head is checked by hand, with the popup's combinators (./checks.ts; a zod schema would add to the
// page's first load); the full read that follows validates every plan with zod.
const head = shape({
  today: date,
  activePlans: count,
  named: count,
  first: listOf(shape({ planId: text, nextDue: date, title: text })),
  portfolio: shape({
    open: count,
    left: count,
    summary: shape({
      dueWithin7Days: count,
      dueThisMonth: count,
      dueWithin30Days: count,
      overdueTotal: count,
      overdueCount: count,
      maxDaysLate: count,
      penaltyTotal: count,
    }),
  }),
});

/** A stored head as the preview uses it: its day, counts, first plans (no more than it names) and figures. */
export const isPlansHead = (value: unknown): value is PlansHead =>
  head(value) && (value as PlansHead).first.length <= (value as PlansHead).named;
