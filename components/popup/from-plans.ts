import type { AgendaRow } from '../../lib/core/agenda';
import { type AgendaSnapshot, laterRowsOfPlans, snapshotOfPlans } from '../../lib/core/agenda-of-plans';
import type { IsoDate } from '../../lib/core/dates';
import { scheduleOf } from '../../lib/core/installments';
import type { Plan } from '../../lib/core/schemas';
import { ext } from '../../lib/ext';
import { plansIfPlain } from '../../lib/storage/plan-checks';
import { type RawPlans, readRawPlans } from '../../lib/storage/raw-plans';

// The popup's slow path, in its own chunk: everything computed from the stored plans (only the plans are
// read: the options page's other values, the sent reminders and the quarantine, are no business of the popup's).
// Its static imports are zod-free and polyfill-free (the core's arithmetic, the hand-written plan checks):
// the full reader, with zod, the schemas and the polyfill, is loaded only when the checks refuse the plans.

/**
 * The stored plans, all judged sound: `raw` (or a raw read made here) when the hand-written checks
 * accept it (lib/storage/plan-checks.ts `plansIfPlain`, which returns what the reader would), else the
 * full reader's (an older layout to migrate, a newer version's fields, anything unreadable). Null when
 * the reader cannot read them either.
 */
async function soundPlans(raw?: RawPlans | null): Promise<Plan[] | null> {
  const plain = plansIfPlain(raw ?? (await readRawPlans(ext.storage.local)));
  if (plain) return plain;
  const { readPlans } = await import('../../lib/storage/reader');
  const plans = await readPlans();
  return plans.ok ? plans.value : null;
}

/**
 * The agenda computed from the plans. `raw`, the plans as the popup's prefetch read them, spares a read
 * when it is current. Either way every plan was judged sound (by the checks, held to SoundPlanSchema, or
 * by the reader, which validates with it): their schedules need no second judgement.
 */
export async function snapshotFromPlans(today: IsoDate, raw?: RawPlans | null): Promise<AgendaSnapshot | null> {
  const plans = await soundPlans(raw);
  return plans && snapshotOfPlans(plans, today, scheduleOf);
}

/** The rows after the listed 30 days, read as the agenda is: the hand-written checks first, the full reader if they refuse. */
export async function laterRowsFromPlans(today: IsoDate): Promise<AgendaRow[]> {
  const plans = await soundPlans();
  return plans ? laterRowsOfPlans(plans, today, scheduleOf) : [];
}
