import type { IsoDate } from '../../lib/core/dates';
import { type AnnualizedRate, annualizedRate } from '../../lib/core/rate';
import { buildSchedule, scheduleTotals } from '../../lib/core/schedule';
import type { Plan } from '../../lib/core/schemas';
import { type InstallmentStatus, planStatus } from '../../lib/core/status';
import { type PlanSummary, summarizePlan } from '../../lib/core/summary';

export interface PlanFigures {
  statuses: InstallmentStatus[];
  summary: PlanSummary;
  totals: { principal: number; interest: number; total: number };
  rate: AnnualizedRate;
}

/** Everything a plan's card and detail show; null for terms no schedule can be built from. */
export function planFigures(plan: Plan, today: IsoDate): PlanFigures | null {
  try {
    const schedule = buildSchedule(plan);
    const statuses = planStatus(plan, today, schedule);
    return {
      statuses,
      summary: summarizePlan(statuses),
      totals: scheduleTotals(schedule),
      rate: annualizedRate(
        plan.principal,
        schedule.map((row) => row.total),
      ),
    };
  } catch {
    return null;
  }
}

/** Active plans by their next due date, then finished ones; archived plans apart. */
export function sortPlans(plans: readonly Plan[], today: IsoDate): { active: Plan[]; archived: Plan[] } {
  const nextDue = new Map(plans.map((plan) => [plan.id, planFigures(plan, today)?.summary.next?.dueDate ?? '9999-12-31']));
  const byNext = (a: Plan, b: Plan) => (nextDue.get(a.id) ?? '').localeCompare(nextDue.get(b.id) ?? '') || a.title.localeCompare(b.title);
  return { active: plans.filter((plan) => !plan.archived).sort(byNext), archived: plans.filter((plan) => plan.archived).sort(byNext) };
}
