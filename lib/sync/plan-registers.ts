import { z } from 'zod/mini';
import { canonical } from '../core/backup';
import { CardStatementSchema, isoDate, planId } from '../core/schemas';
import { type ClockState, deviceOf, type Hlc, maxStamp, observe, STAMP } from './hlc';
import { LwwMapSchema, mergeLww, stampOfEntry } from './lww';

// A plan as the devices share it: registers that merge with any other state of the same plan in any
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
// Compact keys keep a plan small in the browser's sync storage (8 KB an item, 100 KB in all). How a plan
// becomes such a state and back is ./plan-doc.ts.

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
/** A record with its keys in order, so that equal states compare equal. */
export const sortKeys = <V>(record: Record<string, V>): Record<string, V> =>
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

// ------------------------------------------------------------------------------------------- stamps

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

/** The clock after seeing every stamp in the state: what this device writes next is later than all of them. */
export function observeDoc(clock: ClockState, doc: PlanDoc): ClockState {
  const stamps = [latestChange(doc), doc.d, ...doc.t.flatMap((entry) => entry[2])].filter((s): s is Hlc => s !== undefined);
  return stamps.reduce((current, seen) => observe(current, seen), clock);
}

/** The terms register after `device` writes `value` at `at` over every value standing (it has seen them all). */
export function termsWritten(doc: PlanDoc, value: TermsEntry[0], at: Hlc, device: string): TermsEntry[] {
  const seen = new Map<string, Hlc>();
  for (const entry of doc.t) for (const s of entry[2]) seen.set(deviceOf(s), maxStamp(seen.get(deviceOf(s)), s) as Hlc);
  seen.set(device, at);
  return [[value, at, [...seen.values()].sort()]];
}

/** Whether two states hold the same (their canonical forms are equal). */
export const sameDoc = (a: unknown, b: unknown): boolean => canonical(a) === canonical(b);
