import { storage } from '@wxt-dev/storage';
import type { Change, CommandError } from '../core/commands';
import { MAX_PLANS } from '../core/limits';
import type { Plan } from '../core/schemas';
import { SoundPlanSchema } from '../core/terms';
import type { CommandResult } from '../protocol';
import { keepAside, local, PLAN_INDEX, planIndexItem, readItem } from '../storage/items';
import { metaKey } from '../storage/keys';
import { planHasUnknownFields } from '../storage/newer';
import { cachedPlanItems } from '../storage/plan-cache';
import { PlanIndexSchema, parsePlanItem, planKey, type Readable } from '../storage/values';
import { type Answer, planAnswer, resultAnswer, type StorageEntry } from './receipts';

// The plans as the background reads and writes them: one item per plan plus the index of their ids.
// A command reads and writes only the plan it changes (and the index when it adds or removes one).
// An item that fails validation is never written over: it is kept aside and commands on it are refused.

export const UNREADABLE: CommandError = { code: 'unreadable', message: 'err.unreadable' };
const NOT_FOUND: CommandError = { code: 'not-found', message: 'err.notFound' };
const TOO_MANY: CommandError = { code: 'conflict', message: 'err.tooManyPlans' };
export const NEWER_DATA: CommandError = { code: 'conflict', message: 'err.newerData' };

const itemKey = (id: string) => local(planKey(id));
/** The index with its version stamp, as the storage library writes it, to go in the same write as the items. */
export const indexEntries = (ids: string[]) => [
  { key: local(PLAN_INDEX.key), value: PlanIndexSchema.parse(ids) },
  { key: local(metaKey(PLAN_INDEX.key)), value: { v: PLAN_INDEX.version } },
];

/** How a command writes: its entries in one storage write, with the receipt of its answer (./receipts.ts). */
export interface Writer {
  now: number;
  commit(entries: StorageEntry[], answer: Answer): Promise<void>;
}

/** `newer`: some plan has fields this version does not know (written by a newer version). */
export type PlansRead = { ok: true; plans: Plan[]; unreadable: string[]; newer: boolean } | { ok: false };

/**
 * Every stored plan, in the index's order; ids whose item cannot be read are listed apart. Each plan is
 * read and validated once per stored value (../storage/plan-cache.ts): a reconcile after one change
 * reads the index and that plan, not all of them.
 */
export async function readPlans(now: number, indexRead?: Readable<string[]>): Promise<PlansRead> {
  // A reconcile hands in the index it read along with the other items it needs (./reconcile-reads.ts).
  const index = indexRead ?? (await readItem(PLAN_INDEX, now));
  if (!index.ok) return { ok: false };
  const items = await cachedPlanItems(index.value);
  const plans: Plan[] = [];
  const unreadable: string[] = [];
  let newer = false;
  for (const [id, { read, newer: newerItem }] of items) {
    newer ||= newerItem;
    if (!read.ok) {
      unreadable.push(id);
      await keepAside(planKey(id), read.raw, read.error, now);
    } else if (read.value) plans.push(read.value);
  }
  return { ok: true, plans, unreadable, newer };
}

/** One plan, by id; null when there is none. */
export async function readPlan(id: string, now: number, stored?: unknown): Promise<{ ok: true; plan: Plan | null } | { ok: false }> {
  await planIndexItem.getMeta(); // resolves once the layout migration has run
  const raw = stored === undefined ? await storage.getItem(itemKey(id)) : stored;
  const read = parsePlanItem(id, raw);
  if (read.ok) return { ok: true, plan: read.value };
  await keepAside(planKey(id), read.raw, read.error, now);
  return { ok: false };
}

/** Reads one plan, applies a pure change and writes the plan back: nothing else is read or written. */
export async function changePlan(id: string, writer: Writer, apply: (plan: Plan) => Change): Promise<CommandResult<Plan>> {
  await planIndexItem.getMeta(); // resolves once the layout migration has run
  const raw = await storage.getItem(itemKey(id));
  // Writing back a plan a newer version wrote would strip the fields it added.
  if (planHasUnknownFields(raw)) return { ok: false, error: NEWER_DATA };
  const read = await readPlan(id, writer.now, raw);
  if (!read.ok) return { ok: false, error: UNREADABLE };
  if (!read.plan) return { ok: false, error: NOT_FOUND };
  const change = apply(read.plan);
  if (!change.ok) return change;
  const plan = SoundPlanSchema.parse(change.plan);
  await writer.commit([{ key: itemKey(plan.id), value: plan }], planAnswer(plan));
  return { ok: true, value: plan };
}

/** Stores a new plan (or puts a deleted one back) and its id in the index, in one write. */
export async function putPlan(change: Change, writer: Writer): Promise<CommandResult<Plan>> {
  if (!change.ok) return change;
  const index = await readItem(PLAN_INDEX, writer.now);
  if (!index.ok) return { ok: false, error: UNREADABLE };
  const plan = SoundPlanSchema.parse(change.plan);
  const ids = index.value.includes(plan.id) ? index.value : [...index.value, plan.id];
  if (ids.length > MAX_PLANS) return { ok: false, error: TOO_MANY };
  await writer.commit([{ key: itemKey(plan.id), value: plan }, ...indexEntries(ids)], planAnswer(plan));
  return { ok: true, value: plan };
}

/** Removes a plan: from the index first, so an interrupted removal leaves at worst an unlisted item. */
export async function removePlan(id: string, writer: Writer): Promise<CommandResult<Plan>> {
  const index = await readItem(PLAN_INDEX, writer.now);
  if (!index.ok) return { ok: false, error: UNREADABLE };
  const read = await readPlan(id, writer.now);
  if (!read.ok) return { ok: false, error: UNREADABLE };
  if (!read.plan || !index.value.includes(id)) return { ok: false, error: NOT_FOUND };
  const removed: CommandResult<Plan> = { ok: true, value: read.plan };
  // The removed plan itself is the answer a retry needs: the undo puts it back.
  await writer.commit(indexEntries(index.value.filter((candidate) => candidate !== id)), resultAnswer(removed));
  await storage.removeItem(itemKey(id));
  return removed;
}

/**
 * Replaces every plan (a backup import, or the restore of the copy taken before one). Entries that do
 * not validate are stored as they are, to be reported unreadable, never dropped.
 */
export async function replaceAllPlans(index: string[], items: Record<string, unknown>, now: number): Promise<void> {
  const previous = await readItem(PLAN_INDEX, now);
  const stale = previous.ok ? previous.value.filter((id) => !Object.hasOwn(items, id)) : [];
  await storage.setItems([...Object.entries(items).map(([id, plan]) => ({ key: itemKey(id), value: plan })), ...indexEntries(index)]);
  if (stale.length > 0) await storage.removeItems(stale.map(itemKey));
}

/** The plans as one raw list, readable or not, in the index's order (for the pre-import copy). */
export async function rawPlanList(): Promise<unknown> {
  const index = await planIndexItem.getValue();
  const ids = PlanIndexSchema.safeParse(index);
  if (!ids.success) return index;
  const items = await storage.getItems(ids.data.map(itemKey));
  return items.map((item) => item.value).filter((value) => value !== null && value !== undefined);
}

/** Stores exactly these plans (validated), replacing all others. */
export async function writeAllPlans(plans: readonly Plan[], now: number): Promise<void> {
  const valid = plans.map((plan) => SoundPlanSchema.parse(plan));
  await replaceAllPlans(
    valid.map((plan) => plan.id),
    Object.fromEntries(valid.map((plan) => [plan.id, plan])),
    now,
  );
}
