import { canonical } from '../core/backup';
import type { Payment, Plan, Terms } from '../core/schemas';
import { SoundPlanSchema } from '../core/terms';
import { type ClockState, type Hlc, stampOf, tick, wallOf } from './hlc';
import { isLive, latestChange, observeDoc, type PlanDoc, sortKeys, type TermsEntry, termsWritten } from './plan-registers';

// How a plan becomes its shared state (./plan-registers.ts: the registers and how they merge) and
// back: a plan shared for the first time, the changes this device made recorded with fresh stamps,
// the plan a merged state describes, and the user's pick between terms written concurrently.

/** Plan fields that are each their own last-writer-wins register. */
export const LWW_FIELDS = [
  'lender',
  'title',
  'autoRepay',
  'paymentMethod',
  'repayUrl',
  'graceDays',
  'penaltyDailyRate',
  'waivesFutureFeesOnPayoff',
  'archived',
  'contact',
  'orderNo',
  'debitFailed',
  'createdAt',
] as const satisfies ReadonlyArray<keyof Plan>;
type LwwField = (typeof LWW_FIELDS)[number];
/** The fields the state carries its own way: the id, the terms group, payments, skips, snoozes, and the bookkeeping time. */
type CarriedApart = 'id' | (typeof TERMS_FIELDS)[number] | 'payments' | 'skippedPeriods' | 'snoozes' | 'updatedAt';
/** Every plan field travels: a field added to the plan fails to compile here until sync carries it. */
const EVERY_FIELD_CARRIED: [Exclude<keyof Plan, LwwField | CarriedApart>] extends [never] ? true : never = true;
void EVERY_FIELD_CARRIED;
/** An optional field the plan leaves out is written as null (stored JSON keeps no undefined) and read back as absent. */
const fieldValue = (plan: Plan, field: LwwField): unknown => plan[field] ?? null;
const TERMS_FIELDS = ['principal', 'periods', 'method', 'rate', 'firstDueDate', 'remainderTo', 'card'] as const;
type TermsValue = Pick<Plan, (typeof TERMS_FIELDS)[number]>;

/** The terms group of a plan; a plan that is no card statement has no `card` key (stored JSON keeps no undefined). */
const termsOf = (plan: Plan): TermsValue =>
  Object.fromEntries(TERMS_FIELDS.flatMap((field) => (plan[field] === undefined ? [] : [[field, plan[field]]]))) as TermsValue;
const paymentEntry = (payment: Payment, at: Hlc): PlanDoc['p'][string] => [payment.period, payment.amount, payment.date, payment.note, at];

/** The terms applied: the latest written of those still standing. */
const appliedTerms = (doc: PlanDoc): TermsEntry | undefined => doc.t[0];

/** The plan the state describes, or null when it is deleted (or not a plan this version can use). */
export function planOfDoc(doc: PlanDoc): Plan | null {
  if (!isLive(doc)) return null;
  const terms = appliedTerms(doc);
  if (!terms) return null;
  const payments = Object.entries(doc.p)
    .filter(([id]) => !Object.hasOwn(doc.x, id))
    .map(([id, [period, amount, date, note]]) => ({ id, period, amount, date, note }))
    .sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : x.period - y.period || (x.id < y.id ? -1 : 1)));
  const fields = Object.fromEntries(
    LWW_FIELDS.flatMap((field) => {
      const value = doc.f[field]?.[0];
      return value === null || value === undefined ? [] : [[field, value]];
    }),
  );
  const skippedPeriods = Object.entries(doc.k)
    .filter(([, [on]]) => on === true)
    .map(([period]) => Number(period))
    .sort((x, y) => x - y);
  const snoozes = Object.entries(doc.z)
    .filter(([, [until]]) => typeof until === 'number')
    .map(([period, [until]]) => ({ period: Number(period), until: until as number }))
    .sort((x, y) => x.period - y.period);
  const createdAt = typeof fields.createdAt === 'number' ? fields.createdAt : 0;
  const candidate = {
    id: doc.id,
    ...fields,
    ...terms[0],
    payments,
    skippedPeriods,
    snoozes,
    updatedAt: Math.max(createdAt, wallOf(latestChange(doc) ?? stampOf(0, 0, '00000000'))),
  };
  const parsed = SoundPlanSchema.safeParse(candidate);
  return parsed.success ? parsed.data : null;
}

/** Terms as the register holds them: a card statement's part travels with its terms. */
export type TermsChoice = Terms & Pick<Plan, 'card'>;

/** Terms written on two devices without either seeing the other's: both values, the applied one first. */
export interface TermsConflict {
  planId: string;
  /** Whether the amounts differ (else another of the terms does). */
  amount: boolean;
  values: TermsChoice[];
}
export function termsConflict(doc: PlanDoc): TermsConflict | null {
  const distinct = [...new Map(doc.t.map((entry) => [canonical(entry[0]), entry[0] as TermsChoice])).values()];
  if (!isLive(doc) || distinct.length < 2) return null;
  return { planId: doc.id, amount: new Set(distinct.map((terms) => terms.principal)).size > 1, values: distinct };
}

/** A plan as this device first shares it: stamped at its own last change, so the newer copy wins. */
export function docOfPlan(plan: Plan, device: string): PlanDoc {
  const at = stampOf(plan.updatedAt, 0, device);
  return {
    v: 1,
    id: plan.id,
    f: sortKeys(Object.fromEntries(LWW_FIELDS.map((field) => [field, [fieldValue(plan, field), at]]))),
    t: [[termsOf(plan), at, [at]]],
    p: sortKeys(Object.fromEntries(plan.payments.map((payment) => [payment.id, paymentEntry(payment, at)]))),
    x: {},
    k: sortKeys(Object.fromEntries(plan.skippedPeriods.map((period) => [String(period), [true, at]]))),
    z: sortKeys(Object.fromEntries(plan.snoozes.map((snooze) => [String(snooze.period), [snooze.until, at]]))),
  };
}

/**
 * Records in the state what changed on this device: the plan as stored here now (null: deleted here)
 * against what the state says. Each changed field, payment, skip or snooze gets a fresh stamp.
 */
export function recordLocal(doc: PlanDoc, plan: Plan | null, clock: ClockState, now: number): { doc: PlanDoc; clock: ClockState } {
  let current = observeDoc(clock, doc);
  let stamp: Hlc | null = null;
  // Stamped when the change was made (the plan's own time, never past now), not when it is first seen
  // here: a change made while sync was off does not outrank a later one made elsewhere meanwhile.
  const madeAt = plan ? Math.min(plan.updatedAt, now) : now;
  const next = (): Hlc => {
    if (stamp) return stamp;
    const ticked = tick(current, madeAt);
    current = ticked.clock;
    stamp = ticked.stamp;
    return stamp;
  };
  const shared = planOfDoc(doc);
  if (!plan) return { doc: shared ? { ...doc, d: next() } : doc, clock: current };
  const out: PlanDoc = { ...doc, f: { ...doc.f }, p: { ...doc.p }, x: { ...doc.x }, k: { ...doc.k }, z: { ...doc.z } };
  for (const field of LWW_FIELDS) {
    // Back from a deletion: every field is written again, after it.
    if (!shared || canonical(fieldValue(shared, field)) !== canonical(fieldValue(plan, field)))
      out.f[field] = [fieldValue(plan, field), next()];
  }
  const terms = termsOf(plan);
  if (!shared || canonical(termsOf(shared)) !== canonical(terms)) out.t = termsWritten(doc, terms, next(), clock.device);
  const local = new Map(plan.payments.map((payment) => [payment.id, payment]));
  for (const payment of plan.payments) {
    // A payment undone on another device stays undone: this device's copy goes when the merge arrives.
    if (Object.hasOwn(out.x, payment.id)) continue;
    const held = out.p[payment.id];
    if (!held || canonical(held.slice(0, 4)) !== canonical(paymentEntry(payment, '').slice(0, 4)))
      out.p[payment.id] = paymentEntry(payment, next());
  }
  for (const payment of shared?.payments ?? []) if (!local.has(payment.id)) out.x[payment.id] = next();
  const skipped = new Set(plan.skippedPeriods);
  const sharedSkips = new Set(shared?.skippedPeriods ?? []);
  for (const period of new Set([...skipped, ...sharedSkips])) {
    if (skipped.has(period) !== sharedSkips.has(period)) out.k[String(period)] = [skipped.has(period), next()];
  }
  const snoozes = new Map(plan.snoozes.map((snooze) => [snooze.period, snooze.until]));
  const sharedSnoozes = new Map((shared?.snoozes ?? []).map((snooze) => [snooze.period, snooze.until]));
  for (const period of new Set([...snoozes.keys(), ...sharedSnoozes.keys()])) {
    if (snoozes.get(period) !== sharedSnoozes.get(period)) out.z[String(period)] = [snoozes.get(period) ?? null, next()];
  }
  if (!stamp) return { doc, clock: current };
  return {
    doc: { ...out, f: sortKeys(out.f), p: sortKeys(out.p), x: sortKeys(out.x), k: sortKeys(out.k), z: sortKeys(out.z) },
    clock: current,
  };
}

/** The user's choice between conflicting terms: written over every value standing. */
export function chooseTerms(doc: PlanDoc, terms: TermsChoice, clock: ClockState, now: number): { doc: PlanDoc; clock: ClockState } {
  const ticked = tick(observeDoc(clock, doc), now);
  const value = { ...terms, remainderTo: terms.remainderTo ?? 'last' };
  return { doc: { ...doc, t: termsWritten(doc, value, ticked.stamp, clock.device) }, clock: ticked.clock };
}
