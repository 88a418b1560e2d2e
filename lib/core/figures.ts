import { addMonthsClamped, type IsoDate } from './dates';
import type { Fen } from './money';
import { type AnnualizedRate, annualizedRate } from './rate';
import { buildSchedule, type Installment, scheduleTotals } from './schedule';
import { type Plan, type PlanDraft, type Terms, termsIssues } from './schemas';
import { type InstallmentStatus, planStatus } from './status';
import { type PlanSummary, summarizePlan } from './summary';

/** What terms cost: the schedule, its totals and the true annualized rate. */
export interface DraftFigures {
  schedule: Installment[];
  totals: { principal: Fen; interest: Fen; total: Fen };
  rate: AnnualizedRate;
}

/** The figures of terms `termsIssues` accepts (the editor's preview, a plan's card). Throws on others. */
export function draftFigures(terms: Terms): DraftFigures {
  const schedule = buildSchedule(terms);
  return {
    schedule,
    totals: scheduleTotals(schedule),
    rate: annualizedRate(
      terms.principal,
      schedule.map((row) => row.total),
    ),
  };
}

/** A stored plan's figures on `today`: the cost of its terms, and each installment as it stands. */
export interface PlanFigures extends DraftFigures {
  statuses: InstallmentStatus[];
  summary: PlanSummary;
}

/** Everything a plan's card and detail show; null for terms no schedule can be built from. */
export function planFigures(plan: Plan, today: IsoDate): PlanFigures | null {
  if (termsIssues(plan).length > 0) return null;
  const figures = draftFigures(plan);
  const statuses = planStatus(plan, today, figures.schedule);
  return { ...figures, statuses, summary: summarizePlan(statuses) };
}

/** Active plans by their next due date (finished ones last), then title; archived plans apart, likewise. */
export function sortPlans(plans: readonly Plan[], today: IsoDate): { active: Plan[]; archived: Plan[] } {
  const nextDue = new Map(plans.map((plan) => [plan.id, planFigures(plan, today)?.summary.next?.dueDate ?? '9999-12-31']));
  const byNext = (a: Plan, b: Plan) => (nextDue.get(a.id) ?? '').localeCompare(nextDue.get(b.id) ?? '') || a.title.localeCompare(b.title);
  return { active: plans.filter((plan) => !plan.archived).sort(byNext), archived: plans.filter((plan) => plan.archived).sort(byNext) };
}

/** How many periods fell due before `today`: what "earlier periods already paid" marks paid. */
export function periodsDueBefore(draft: Pick<PlanDraft, 'firstDueDate' | 'periods'>, today: IsoDate): number {
  let count = 0;
  while (count < draft.periods && addMonthsClamped(draft.firstDueDate, count) < today) count++;
  return count;
}
