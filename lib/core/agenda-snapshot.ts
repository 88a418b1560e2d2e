import type { AgendaRow } from './agenda';
import { type AgendaSnapshot, laterRowsOfPlans, type ScheduleOfPlan, snapshotOfPlans } from './agenda-of-plans';
import type { IsoDate } from './dates';
import { buildSchedule } from './schedule';
import type { Plan } from './schemas';

// Kept apart from agenda.ts so the popup, which only reads snapshots, does not bundle the schedule code.
// The computation is ./agenda-of-plans.ts (zod-free, for the popup's computation from plans it checked by
// hand); here the schedules are built, and the terms judged, by default.
export { type AgendaSnapshot, activePlanCount, agendaSnapshotOf } from './agenda-of-plans';

/** `snapshotOfPlans`, each plan's schedule built from its terms judged (`buildSchedule`) unless `schedule` says otherwise. */
export function buildAgendaSnapshot(plans: readonly Plan[], today: IsoDate, schedule: ScheduleOfPlan = buildSchedule): AgendaSnapshot {
  return snapshotOfPlans(plans, today, schedule);
}

/** The rows the snapshot only sums: what the popup lists when "later" is opened. */
export function laterRows(plans: readonly Plan[], today: IsoDate): AgendaRow[] {
  return laterRowsOfPlans(plans, today, buildSchedule);
}
