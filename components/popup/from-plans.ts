import type { AgendaRow } from '../../lib/core/agenda';
import { type AgendaSnapshot, buildAgendaSnapshot, laterRows } from '../../lib/core/agenda-snapshot';
import type { IsoDate } from '../../lib/core/dates';
import { readPlans } from '../../lib/storage/reader';

// The popup's slow path, in its own chunk: everything computed from the stored plans (only the plans are
// read: the options page's other values, the sent reminders and the quarantine, are no business of the popup's).

export async function snapshotFromPlans(today: IsoDate): Promise<AgendaSnapshot | null> {
  const plans = await readPlans();
  return plans.ok ? buildAgendaSnapshot(plans.value, today) : null;
}

export async function laterRowsFromPlans(today: IsoDate): Promise<AgendaRow[]> {
  const plans = await readPlans();
  return plans.ok ? laterRows(plans.value, today) : [];
}
