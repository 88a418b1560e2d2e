import { type IsoDate, monthBounds } from '../../lib/core/dates';
import { type PlanFigures, planFigures } from '../../lib/core/figures';
import { isLate } from '../../lib/core/installment-state';
import type { KindNames } from '../../lib/core/labels';
import type { Plan } from '../../lib/core/schemas';
import { isOpen } from '../../lib/core/status';
import { compareByNextDue } from '../../lib/storage/plans-head';

// The plans list's model: each plan's figures once per stored version of it, the order, the filters and
// the search. Nothing here re-runs per keystroke but the string match.

const figuresCache = new WeakMap<Plan, { today: IsoDate; figures: PlanFigures | null }>();

/** `planFigures`, computed once per plan object and day: storage hands out a new object when a plan changes. */
export function cachedPlanFigures(plan: Plan, today: IsoDate): PlanFigures | null {
  const hit = figuresCache.get(plan);
  if (hit?.today === today) return hit.figures;
  const figures = planFigures(plan, today);
  figuresCache.set(plan, { today, figures });
  return figures;
}

export const PLAN_FILTERS = ['all', 'late', 'month', 'archived'] as const;
export type PlanFilter = (typeof PLAN_FILTERS)[number];

export interface PlanRow {
  plan: Plan;
  figures: PlanFigures | null;
  /** The next open installment's due date; finished plans sort last. */
  nextDue: IsoDate;
  late: boolean;
  /** Something not yet late is due by the end of this month: what the strip's "due this month" adds up. */
  dueThisMonth: boolean;
}

const FINISHED = '9999-12-31';

/** Every plan as a row, by next due date (finished last), then title: the order the list has always had. */
export function planRows(plans: readonly Plan[], today: IsoDate): PlanRow[] {
  const monthEnd = monthBounds(today).end;
  const rows = plans.map((plan): PlanRow => {
    const figures = cachedPlanFigures(plan, today);
    const statuses = figures?.statuses ?? [];
    return {
      plan,
      figures,
      nextDue: figures?.summary.next?.dueDate ?? FINISHED,
      late: (figures?.summary.late.length ?? 0) > 0,
      dueThisMonth: statuses.some((status) => isOpen(status) && !isLate(status) && status.dueDate <= monthEnd),
    };
  });
  return rows.sort((a, b) => compareByNextDue(a.nextDue, a.plan.title, b.nextDue, b.plan.title));
}

/** Archived plans stay out of every filter but their own, as they stayed out of the list before filters. */
export function inFilter(row: PlanRow, filter: PlanFilter): boolean {
  if (filter === 'archived') return row.plan.archived;
  if (row.plan.archived) return false;
  return filter === 'all' || (filter === 'late' ? row.late : row.dueThisMonth);
}

/** How many of `rows` each filter holds. */
export function countByFilter(rows: readonly PlanRow[]): Record<PlanFilter, number> {
  const counts = { all: 0, late: 0, month: 0, archived: 0 };
  for (const row of rows) for (const filter of PLAN_FILTERS) if (inFilter(row, filter)) counts[filter]++;
  return counts;
}

/** Case-, width- and compatibility-insensitive text to search in: "ＸＩＡＯＭＩ" finds "xiaomi". */
export function foldForSearch(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/** What a plan is found by: its title, the lender's own name and the lender kind's name. */
export function searchIndex(rows: readonly PlanRow[], names: KindNames): Map<Plan, string> {
  return new Map(
    rows.map(({ plan }) => [plan, foldForSearch(`${plan.title}\n${plan.lender.name}\n${names(`lender.${plan.lender.kind}`)}`)]),
  );
}

/** Rows whose indexed text holds every word of `query` (none: every row). */
export function searchRows(rows: readonly PlanRow[], index: Map<Plan, string>, query: string): readonly PlanRow[] {
  const words = foldForSearch(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return rows;
  return rows.filter(({ plan }) => {
    const text = index.get(plan) ?? '';
    return words.every((word) => text.includes(word));
  });
}
