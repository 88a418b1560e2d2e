import { type AgendaRow, agendaEnd } from './agenda';
import { agendaRow } from './agenda-row';
import type { IsoDate } from './dates';
import { type DueItem, openInstallmentsBy, type PortfolioSummary, sortDueItems, summarizePortfolio } from './due-items';
import { awaitsDebit, isLate } from './installment-state';
import type { Installment } from './installments';
import type { Fen } from './money';
import { openStatusOfSchedule } from './schedule-status';
import type { Plan } from './schemas';

// The agenda snapshot and its later rows, given how each plan's schedule is had (./agenda-snapshot.ts
// judges the terms by default, and re-exports all of this): zod-free, so the popup computing from plans
// its hand-written checks judged sound bundles no zod.

/** A plan's schedule: ./schedule.ts `buildSchedule`, or `scheduleOf` for plans already judged sound. */
export type ScheduleOfPlan = (plan: Plan) => Installment[];

/**
 * What the popup shows, computed by the background whenever plans change and at the lender's
 * midnight, so the popup reads a few kilobytes instead of every plan and schedule. Rows due after the
 * next 30 days are summed, not listed; the popup computes them from the plans when "later" is opened.
 */
export interface AgendaSnapshot {
  today: IsoDate;
  activePlans: number;
  rows: AgendaRow[];
  later: { count: number; total: Fen };
  summary: PortfolioSummary;
}

/** Listed in the snapshot: late or awaiting its debit, or due within 30 days; the rest is "later". */
const isListed = (row: Pick<AgendaRow, 'state' | 'dueDate'>, end: IsoDate) => isLate(row) || awaitsDebit(row) || row.dueDate <= end;

/**
 * `agendaSnapshotOf(openInstallments(plans, today), …)`, without sorting or making rows of the
 * installments it only sums (thousands, for the popup's few hundred rows): the listed ones are sorted
 * alone, which (the sort being stable) orders them as the whole list would. `schedule` is ./schedule.ts
 * `buildSchedule` (./agenda-snapshot.ts `buildAgendaSnapshot`), or `scheduleOf` for plans already judged sound.
 */
export function snapshotOfPlans(plans: readonly Plan[], today: IsoDate, schedule: ScheduleOfPlan): AgendaSnapshot {
  const end = agendaEnd(today);
  const open: DueItem[] = [];
  const listed: DueItem[] = [];
  const later = { count: 0, total: 0 };
  for (const plan of plans) {
    if (plan.archived) continue;
    for (const status of openStatusOfSchedule(plan, today, schedule(plan))) {
      const item = { plan, status };
      open.push(item);
      if (isListed(status, end)) listed.push(item);
      else {
        later.count++;
        later.total += status.remaining;
      }
    }
  }
  return {
    today,
    activePlans: activePlanCount(plans),
    rows: sortDueItems(listed).map(agendaRow),
    later,
    summary: summarizePortfolio(open, today),
  };
}

export const activePlanCount = (plans: readonly Plan[]) => plans.filter((plan) => !plan.archived).length;

/** `buildAgendaSnapshot` over open installments already computed for `today` (one status pass per run). */
export function agendaSnapshotOf(items: readonly DueItem[], activePlans: number, today: IsoDate): AgendaSnapshot {
  const rows: AgendaRow[] = [];
  const later = { count: 0, total: 0 };
  const end = agendaEnd(today);
  for (const item of items) {
    const row = agendaRow(item);
    if (isListed(row, end)) rows.push(row);
    else {
      later.count++;
      later.total += row.remaining;
    }
  }
  return { today, activePlans, rows, later, summary: summarizePortfolio(items, today) };
}

/** The rows the snapshot only sums: what the popup lists when "later" is opened. */
export function laterRowsOfPlans(plans: readonly Plan[], today: IsoDate, schedule: ScheduleOfPlan): AgendaRow[] {
  const end = agendaEnd(today);
  return openInstallmentsBy(plans, today, (plan, day) => openStatusOfSchedule(plan, day, schedule(plan)))
    .map(agendaRow)
    .filter((row) => !isListed(row, end));
}
