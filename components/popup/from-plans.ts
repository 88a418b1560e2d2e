import type { AgendaRow } from '../../lib/core/agenda';
import { type AgendaSnapshot, laterRowsOfPlans, snapshotOfPlans } from '../../lib/core/agenda-of-plans';
import type { IsoDate } from '../../lib/core/dates';
import { type Installment, scheduleOf } from '../../lib/core/installments';
import type { Plan } from '../../lib/core/schemas';
import { ext } from '../../lib/ext';
import { plansIfPlain } from '../../lib/storage/plan-checks';
import { type RawPlans, readRawPlans } from '../../lib/storage/raw-plans';

// The popup's slow path, in its own chunk: everything computed from the stored plans (only the plans are
// read: the options page's other values, the sent reminders and the quarantine, are no business of the popup's).
// Its static imports are zod-free and polyfill-free (the core's arithmetic, the hand-written plan checks):
// the full reader, with zod, the schemas and the polyfill, is loaded only when the checks refuse the plans.

/** The plans the popup's prefetch asked for, and whether a storage change has been heard since it started. */
export interface Prefetched {
  raw: RawPlans;
  changed: () => boolean;
}

/**
 * The stored plans, all judged sound: a raw read's (`prefetched`'s, else one made here) when the
 * hand-written checks accept it (lib/storage/plan-checks.ts `plansIfPlain`, which resolves with what
 * the reader would), else the full reader's (an older layout to migrate, a newer version's fields,
 * anything unreadable). Null when the reader cannot read them either. A prefetched read whose part
 * failed, or during which a change was heard, is read again. `accepted` is given each plan the checks
 * pass as its part arrives.
 */
async function soundPlans(prefetched?: Prefetched | null, accepted?: (plan: Plan) => void): Promise<Plan[] | null> {
  let plain = prefetched ? await plansIfPlain(prefetched.raw, accepted).catch(() => undefined) : undefined;
  if (prefetched?.changed()) plain = undefined;
  if (plain === undefined) plain = await plansIfPlain(await readRawPlans(ext.storage.local), accepted);
  if (plain) return plain;
  const { readPlans } = await import('../../lib/storage/reader');
  const plans = await readPlans();
  return plans.ok ? plans.value : null;
}

/**
 * The agenda computed from the plans. `prefetched`, the plans as the popup's prefetch asked for them,
 * spares a read when it is current. Either way every plan was judged sound (by the checks, held to
 * SoundPlanSchema, or by the reader, which validates with it): their schedules need no second judgement,
 * and the checked ones' are built as their part arrives.
 */
export async function snapshotFromPlans(today: IsoDate, prefetched?: Prefetched | null): Promise<AgendaSnapshot | null> {
  const schedules = new Map<Plan, Installment[]>();
  const plans = await soundPlans(prefetched, (plan) => schedules.set(plan, scheduleOf(plan)));
  return plans && snapshotOfPlans(plans, today, (plan) => schedules.get(plan) ?? scheduleOf(plan));
}

/** The rows after the listed 30 days, read as the agenda is: the hand-written checks first, the full reader if they refuse. */
export async function laterRowsFromPlans(today: IsoDate): Promise<AgendaRow[]> {
  const plans = await soundPlans();
  return plans ? laterRowsOfPlans(plans, today, scheduleOf) : [];
}
