import type { AgendaRow } from '../../lib/core/agenda';
import { type AgendaSnapshot, laterRowsOfPlans, snapshotOfPlans } from '../../lib/core/agenda-of-plans';
import type { IsoDate } from '../../lib/core/dates';
import { scheduleOf } from '../../lib/core/installments';
import type { Plan } from '../../lib/core/schemas';
import { ext } from '../../lib/ext';
import { plansIfPlain } from '../../lib/storage/plan-checks';
import { plansOfIndex, readRawPlans } from '../../lib/storage/raw-plans';

// The popup's slow path, in its own chunk: everything computed from the stored plans (only the plans are
// read: the options page's other values, the sent reminders and the quarantine, are no business of the popup's).
// Its static imports are zod-free and polyfill-free (the core's arithmetic, the hand-written plan checks):
// the full reader, with zod, the schemas and the polyfill, is loaded only when the checks refuse the plans.

/**
 * The stored plans, all judged sound: read raw (completing `read`, a current read that holds the plans'
 * index, or anew) when the hand-written checks accept them (lib/storage/plan-checks.ts `plansIfPlain`,
 * which returns what the reader would), else the full reader's (an older layout to migrate, a newer
 * version's fields, anything unreadable). Null when the reader cannot read them either.
 */
async function soundPlans(read?: Record<string, unknown> | null): Promise<Plan[] | null> {
  const area = ext.storage.local;
  const plain = plansIfPlain(read ? await plansOfIndex(area, read, read) : await readRawPlans(area));
  if (plain) return plain;
  const { readPlans } = await import('../../lib/storage/reader');
  const plans = await readPlans();
  return plans.ok ? plans.value : null;
}

/**
 * The agenda computed from the plans. `read`, the popup's prefetched first read when it is current (the
 * values, the plans' index and any items its hint named), spares reading those again. Either way every
 * plan was judged sound (by the checks, held to SoundPlanSchema, or by the reader, which validates with
 * it): their schedules need no second judgement.
 */
export async function snapshotFromPlans(today: IsoDate, read?: Record<string, unknown> | null): Promise<AgendaSnapshot | null> {
  const plans = await soundPlans(read);
  return plans && snapshotOfPlans(plans, today, scheduleOf);
}

/** The rows after the listed 30 days, read as the agenda is: the hand-written checks first, the full reader if they refuse. */
export async function laterRowsFromPlans(today: IsoDate): Promise<AgendaRow[]> {
  const plans = await soundPlans();
  return plans ? laterRowsOfPlans(plans, today, scheduleOf) : [];
}
