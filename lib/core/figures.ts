import { addMonthsClamped, type IsoDate } from './dates';
import type { Fen } from './money';
import { type AnnualizedRate, annualizedRate } from './rate';
import { buildSchedule, type Installment, scheduleTotals } from './schedule';
import type { Plan, PlanDraft, Terms } from './schemas';
import { type InstallmentStatus, planStatus } from './status';
import { type PlanSummary, summarizePlan } from './summary';
import { termsIssues } from './terms';

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

/** How many periods fell due before `today`: what "earlier periods already paid" marks paid. */
export function periodsDueBefore(draft: Pick<PlanDraft, 'firstDueDate' | 'periods'>, today: IsoDate): number {
  let count = 0;
  while (count < draft.periods && addMonthsClamped(draft.firstDueDate, count) < today) count++;
  return count;
}
