import { browser } from 'wxt/browser';
import type { Plan, Settings } from '../core/schemas';
import { metaKey, planIdOfKey, storedVersion } from './keys';
import { storedValuesAreNewer } from './newer';
import { cachedPlanItems } from './plan-cache';
import {
  migrateValue,
  PLAN_INDEX_SPEC,
  PlansSchema,
  parseStored,
  planKey,
  QUARANTINE_SPEC,
  type Readable,
  SENT_LOG_SPEC,
  SETTINGS_SPEC,
  type StorageKey,
  type ValueSpec,
} from './values';

// The one way views (popup, options, the store panel) read storage: read-only, validated, and never
// older than the migration the background is about to run. Every versioned value comes through one raw
// read (`readStamped`) and is judged by its stamp (./keys.ts `storedVersion`, as @wxt-dev/storage reads
// it): a value still stored at an older version (the background has not migrated it yet) is migrated
// here in memory with the same pure migrations; nothing is written. The fast paths (./popup-reader.ts,
// ./plans-preview.ts) take the same read and stamps, checked by hand; changes are followed through
// ./watch.ts.

/** Values and their version stamps as stored, in one round trip: judge them with `stampedValue` or `versionIn`. */
export async function readStamped(keys: readonly string[]): Promise<Record<string, unknown>> {
  return browser.storage.local.get(keys.flatMap((key) => [key, metaKey(key)]));
}

/** The version of `key`'s value in a `readStamped` read. */
export const versionIn = (raw: Record<string, unknown>, key: string): number => storedVersion(raw[metaKey(key)]);

/** A value of a `readStamped` read, migrated to its spec's version and validated. */
function stampedValue<T>(spec: ValueSpec<T>, raw: Record<string, unknown>): Readable<T> {
  const value = raw[spec.key];
  const current = value === undefined || value === null ? value : migrateValue(spec as ValueSpec<unknown>, value, versionIn(raw, spec.key));
  return parseStored(spec, current);
}

type ReadAll<S extends readonly ValueSpec<unknown>[]> = { [I in keyof S]: S[I] extends ValueSpec<infer T> ? Readable<T> : never };

/** Reads several values in one round trip, each migrated to its spec's version and validated. */
export async function readValues<const S extends readonly ValueSpec<unknown>[]>(specs: S): Promise<ReadAll<S>> {
  const raw = await readStamped(specs.map((spec) => spec.key));
  return specs.map((spec) => stampedValue(spec, raw)) as ReadAll<S>;
}

export interface StoredView {
  plans: Readable<Plan[]>;
  settings: Readable<Settings>;
  /** False while the reminders' sent-log cannot be read (the background does not write over it). */
  sentLogReadable: boolean;
  /** Data written by a newer version of the extension: shown, never changed, until it is updated. */
  newerData: boolean;
  /** Keys of values kept aside because they failed validation. */
  quarantined: string[];
}

/** The plans' list layout (versions 1 and 2), still stored until the background has migrated it. */
const LIST_LAYOUT: ValueSpec<Plan[]> = {
  key: PLAN_INDEX_SPEC.key,
  schema: PlansSchema,
  empty: () => [],
  version: 2,
  migrations: PLAN_INDEX_SPEC.migrations ?? {},
};

/**
 * Every plan, in either layout: the list of versions 1–2 (not migrated yet) or the index and one item
 * per plan. Unreadable when the index or any plan cannot be read: a partial list would look complete.
 */
export async function readPlans(): Promise<Readable<Plan[]>> {
  return (await plansIn(await readStamped([PLAN_INDEX_SPEC.key]))).plans;
}

/** The plans of a `readStamped` read of the index, and whether any was written by a newer version (fields this one does not know). */
async function plansIn(raw: Record<string, unknown>): Promise<{ plans: Readable<Plan[]>; newer: boolean }> {
  const stored = raw[PLAN_INDEX_SPEC.key];
  if (stored !== undefined && stored !== null && versionIn(raw, PLAN_INDEX_SPEC.key) < PLAN_INDEX_SPEC.version) {
    return { plans: stampedValue(LIST_LAYOUT, raw), newer: false };
  }
  const index = parseStored(PLAN_INDEX_SPEC, stored);
  if (!index.ok) return { plans: index, newer: false };
  const items = await cachedPlanItems(index.value);
  let newer = false;
  const plans: Plan[] = [];
  const unreadable: Record<string, unknown> = {};
  const errors: string[] = [];
  for (const [id, { read, newer: newerItem }] of items) {
    newer ||= newerItem;
    if (read.ok) {
      if (read.value) plans.push(read.value);
    } else {
      unreadable[planKey(id)] = read.raw;
      errors.push(read.error);
    }
  }
  return { plans: errors.length === 0 ? { ok: true, value: plans } : { ok: false, raw: unreadable, error: errors.join('\n') }, newer };
}

/** Which value a quarantined key belongs to, as the views name it (every `plan:<id>` is one of the plans). */
const quarantineGroup = (key: string) => (planIdOfKey(key) === null ? key : PLAN_INDEX_SPEC.key);

/** One read of everything the options page shows (and of what says whether a newer version wrote it). */
export async function readStoredView(): Promise<StoredView> {
  const raw = await readStamped([PLAN_INDEX_SPEC.key, SETTINGS_SPEC.key, SENT_LOG_SPEC.key, QUARANTINE_SPEC.key]);
  const { plans, newer } = await plansIn(raw);
  const quarantine = stampedValue(QUARANTINE_SPEC, raw);
  return {
    plans,
    settings: stampedValue(SETTINGS_SPEC, raw),
    sentLogReadable: stampedValue(SENT_LOG_SPEC, raw).ok,
    newerData: newer || storedValuesAreNewer(raw),
    quarantined: quarantine.ok ? [...new Set(quarantine.value.map((entry) => quarantineGroup(entry.key)))] : [],
  };
}

/** Everything as stored, raw, for saving unreadable values to a file before discarding them. */
export async function readEverythingRaw(): Promise<Record<string, unknown>> {
  return browser.storage.local.get(null);
}

/** Whether anything is stored under `key`. */
export async function hasValue(key: StorageKey): Promise<boolean> {
  const value = (await browser.storage.local.get(key))[key];
  return value !== undefined && value !== null;
}
