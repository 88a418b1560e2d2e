import { z } from 'zod/mini';
import { canonical } from '../core/backup';
import { CardStatementSchema, isoDate, type Payment, type Plan, planId, type Terms } from '../core/schemas';
import { SoundPlanSchema } from '../core/terms';
import { type ClockState, deviceOf, type Hlc, maxStamp, observe, STAMP, stampOf, tick, wallOf } from './hlc';
import { LwwMapSchema, mergeLww, stampOfEntry } from './lww';

// A plan as the devices share it: a state that merges with any other state of the same plan in any
// order, any grouping and any number of times to the same result (tests/unit/sync/merge.test.ts).
// - fields: last writer wins, per field, by hybrid-clock stamp (./hlc.ts);
// - terms (amount, periods, method, rate, first due date, and a card statement's part, which the rules tie to
//   them): one register whose concurrent values are all kept (each with the latest stamp it had seen from
//   every device) until someone writes over them: two devices that both changed the amount show both
//   amounts, the later one applied, until the user picks. Applied together, never mixed: a statement's
//   dates from one device and another's terms could break the rules that tie them, and an unusable state
//   would read as a deletion;
// - payments: a set by id; a payment undone is kept as a tombstone, so it never comes back;
// - skips and snoozes: last writer wins per period;
// - a deletion: a tombstone stamp. Changes older than it are covered by it; a change made after it (on a
//   device that had not seen it yet) brings the plan back whole, so nothing entered is lost.
// Compact keys keep a plan small in the browser's sync storage (8 KB an item, 100 KB in all).

const stamp = z.string().check(z.regex(STAMP));
const TermsValueSchema = z.object({
  principal: z.number(),
  periods: z.number(),
  method: z.string(),
  rate: z.number(),
  firstDueDate: z.string(),
  remainderTo: z.string(),
  card: z.optional(CardStatementSchema),
});
/** A terms value, the stamp of its write and the latest stamp its writer had seen from each device. */
const TermsEntrySchema = z.tuple([TermsValueSchema, stamp, z.array(stamp)]);
export type TermsEntry = z.infer<typeof TermsEntrySchema>;
/** period, amount, date, note, stamp. */
const PaymentEntrySchema = z.tuple([z.int(), z.int(), isoDate, z.string(), stamp]);

export const PlanDocSchema = z.object({
  v: z.literal(1),
  id: planId,
  f: LwwMapSchema,
  t: z.array(TermsEntrySchema),
  p: z.record(z.string(), PaymentEntrySchema),
  x: z.record(z.string(), stamp),
  k: LwwMapSchema,
  z: LwwMapSchema,
  d: z.optional(stamp),
});
export type PlanDoc = z.infer<typeof PlanDocSchema>;

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

// ---------------------------------------------------------------------------------------------- merge

/** Whether `entry` was written before `by` was (its writer had seen it): then `by` replaces it. */
const dominated = (entry: TermsEntry, by: TermsEntry) =>
  entry[1] !== by[1] && by[2].some((seen) => deviceOf(seen) === deviceOf(entry[1]) && seen >= entry[1]);

function mergeTerms(a: readonly TermsEntry[], b: readonly TermsEntry[]): TermsEntry[] {
  const byStamp = new Map<Hlc, TermsEntry>();
  for (const entry of [...a, ...b]) {
    const held = byStamp.get(entry[1]);
    if (!held || canonical(entry) > canonical(held)) byStamp.set(entry[1], entry);
  }
  const all = [...byStamp.values()];
  return all.filter((entry) => !all.some((other) => dominated(entry, other))).sort((x, y) => (x[1] < y[1] ? 1 : -1));
}

function mergeRecords<V>(a: Record<string, V>, b: Record<string, V>, pick: (x: V, y: V) => V): Record<string, V> {
  const out: Record<string, V> = { ...a };
  for (const [key, value] of Object.entries(b)) out[key] = Object.hasOwn(out, key) ? pick(out[key] as V, value) : value;
  return sortKeys(out);
}
const sortKeys = <V>(record: Record<string, V>): Record<string, V> =>
  Object.fromEntries(Object.entries(record).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)));
const later = <V>(x: V, y: V): V => {
  const [sx, sy] = [stampOfValue(x), stampOfValue(y)];
  if (sx !== sy) return sx > sy ? x : y;
  return canonical(x) >= canonical(y) ? x : y;
};
const stampOfValue = (value: unknown): Hlc => (typeof value === 'string' ? value : ((value as unknown[]).at(-1) as Hlc));

/** The state that holds everything both hold: commutative, associative and idempotent. */
export function mergePlanDocs(a: PlanDoc, b: PlanDoc): PlanDoc {
  const deleted = maxStamp(a.d, b.d);
  return {
    v: 1,
    id: a.id,
    f: mergeLww(a.f, b.f),
    t: mergeTerms(a.t, b.t),
    p: mergeRecords(a.p, b.p, later),
    x: mergeRecords(a.x, b.x, later),
    k: mergeLww(a.k, b.k),
    z: mergeLww(a.z, b.z),
    ...(deleted ? { d: deleted } : {}),
  };
}

// ------------------------------------------------------------------------------------- what it says

/** The latest stamp of anything written to the plan (its deletion aside). */
export function latestChange(doc: PlanDoc): Hlc | undefined {
  let latest: Hlc | undefined;
  const see = (value: Hlc) => {
    latest = maxStamp(latest, value);
  };
  for (const entry of Object.values(doc.f)) see(stampOfEntry(entry));
  for (const entry of doc.t) see(entry[1]);
  for (const entry of Object.values(doc.p)) see(entry[4]);
  for (const value of Object.values(doc.x)) see(value);
  for (const entry of Object.values(doc.k)) see(stampOfEntry(entry));
  for (const entry of Object.values(doc.z)) see(stampOfEntry(entry));
  return latest;
}

/** A deleted plan stays deleted unless something was written to it after its deletion. */
export const isLive = (doc: PlanDoc): boolean => doc.d === undefined || (latestChange(doc) ?? '') > doc.d;

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

// ----------------------------------------------------------------------------------- local changes

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
  let current = clock;
  for (const seen of allStamps(doc)) current = observe(current, seen);
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
  if (!shared || canonical(termsOf(shared)) !== canonical(terms)) {
    const at = next();
    const seen = new Map<string, Hlc>();
    for (const entry of doc.t) for (const s of entry[2]) seen.set(deviceOf(s), maxStamp(seen.get(deviceOf(s)), s) as Hlc);
    seen.set(clock.device, at);
    out.t = [[terms, at, [...seen.values()].sort()]];
  }
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
  let current = clock;
  for (const seen of allStamps(doc)) current = observe(current, seen);
  const ticked = tick(current, now);
  const seen = new Map<string, Hlc>();
  for (const entry of doc.t) for (const s of entry[2]) seen.set(deviceOf(s), maxStamp(seen.get(deviceOf(s)), s) as Hlc);
  seen.set(clock.device, ticked.stamp);
  const value = { ...terms, remainderTo: terms.remainderTo ?? 'last' };
  return { doc: { ...doc, t: [[value, ticked.stamp, [...seen.values()].sort()]] }, clock: ticked.clock };
}

function allStamps(doc: PlanDoc): Hlc[] {
  const latest = latestChange(doc);
  return [latest, doc.d, ...doc.t.flatMap((entry) => entry[2])].filter((s): s is Hlc => s !== undefined);
}

/** Whether two states hold the same (their canonical forms are equal). */
export const sameDoc = (a: unknown, b: unknown): boolean => canonical(a) === canonical(b);
