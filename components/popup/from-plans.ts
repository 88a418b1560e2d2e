import type { AgendaRow } from '../../lib/core/agenda';
import { type AgendaSnapshot, buildAgendaSnapshot, laterRows } from '../../lib/core/agenda-snapshot';
import type { IsoDate } from '../../lib/core/dates';
import { scheduleOf } from '../../lib/core/schedule';
import { plansIfPlain } from '../../lib/storage/plan-checks';
import type { RawPlans } from '../../lib/storage/popup-prefetch';
import { readPlans } from '../../lib/storage/reader';

// The popup's slow path, in its own chunk: everything computed from the stored plans (only the plans are
// read: the options page's other values, the sent reminders and the quarantine, are no business of the popup's).

/**
 * The agenda computed from the plans. `raw`, the plans as the popup's prefetch read them, is used when
 * the hand-written checks pass (lib/storage/plan-checks.ts `plansIfPlain`); otherwise the full reader reads them.
 */
export async function snapshotFromPlans(today: IsoDate, raw?: RawPlans | null): Promise<AgendaSnapshot | null> {
  const plain = raw ? plansIfPlain(raw) : null;
  // Judged sound by the checks: their schedules need no second judgement.
  if (plain) return buildAgendaSnapshot(plain, today, scheduleOf);
  const plans = await readPlans();
  return plans.ok ? buildAgendaSnapshot(plans.value, today) : null;
}

export async function laterRowsFromPlans(today: IsoDate): Promise<AgendaRow[]> {
  const plans = await readPlans();
  return plans.ok ? laterRows(plans.value, today) : [];
}
