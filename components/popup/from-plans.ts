import { type AgendaRow, agendaRow } from '../../lib/core/agenda';
import { type AgendaSnapshot, buildAgendaSnapshot } from '../../lib/core/agenda-snapshot';
import { type IsoDate, monthBounds } from '../../lib/core/dates';
import { openInstallments } from '../../lib/core/summary';
import { readStoredView } from '../../lib/stored-values';

// The popup's slow path, in its own chunk: everything computed from the stored plans.

export async function snapshotFromPlans(today: IsoDate): Promise<AgendaSnapshot | null> {
  const { plans } = await readStoredView();
  return plans.ok ? buildAgendaSnapshot(plans.value, today) : null;
}

export async function laterRowsFromPlans(today: IsoDate): Promise<AgendaRow[]> {
  const { plans } = await readStoredView();
  if (!plans.ok) return [];
  const monthEnd = monthBounds(today).end;
  return openInstallments(plans.value, today)
    .map(agendaRow)
    .filter((row) => row.dueDate > monthEnd && row.state !== 'in-grace' && row.state !== 'overdue');
}
