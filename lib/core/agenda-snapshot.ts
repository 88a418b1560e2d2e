import { type AgendaRow, agendaRow } from './agenda';
import { type IsoDate, monthBounds } from './dates';
import { isLate } from './installment-state';
import type { Fen } from './money';
import type { Plan } from './schemas';
import { type DueItem, openInstallments, type PortfolioSummary, summarizePortfolio } from './summary';

// Kept apart from agenda.ts so the popup, which only reads snapshots, does not bundle the schedule code.

/**
 * What the popup shows, computed by the background whenever plans change and at the lender's
 * midnight, so the popup reads a few kilobytes instead of every plan and schedule. Rows after this
 * month are summed, not listed; the popup computes them from the plans when "later" is opened.
 */
export interface AgendaSnapshot {
  today: IsoDate;
  activePlans: number;
  rows: AgendaRow[];
  later: { count: number; total: Fen };
  summary: PortfolioSummary;
}

/** Listed in the snapshot: late, or due by the end of `today`'s month; the rest is "later". */
const isListed = (row: AgendaRow, today: IsoDate) => isLate(row) || row.dueDate <= monthBounds(today).end;

export function buildAgendaSnapshot(plans: readonly Plan[], today: IsoDate): AgendaSnapshot {
  return agendaSnapshotOf(openInstallments(plans, today), activePlanCount(plans), today);
}

export const activePlanCount = (plans: readonly Plan[]) => plans.filter((plan) => !plan.archived).length;

/** `buildAgendaSnapshot` over open installments already computed for `today` (one status pass per run). */
export function agendaSnapshotOf(items: readonly DueItem[], activePlans: number, today: IsoDate): AgendaSnapshot {
  const rows: AgendaRow[] = [];
  const later = { count: 0, total: 0 };
  for (const item of items) {
    const row = agendaRow(item);
    if (isListed(row, today)) rows.push(row);
    else {
      later.count++;
      later.total += row.remaining;
    }
  }
  return { today, activePlans, rows, later, summary: summarizePortfolio(items, today) };
}

/** The rows the snapshot only sums: what the popup lists when "later" is opened. */
export function laterRows(plans: readonly Plan[], today: IsoDate): AgendaRow[] {
  return openInstallments(plans, today)
    .map(agendaRow)
    .filter((row) => !isListed(row, today));
}
