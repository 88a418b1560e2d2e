import { storage } from '@wxt-dev/storage';
import { splitPlans } from '../core/migrations';
import type { Plan, SentReminder, Settings } from '../core/schemas';
import { VALUE_VERSIONS } from './keys';
import {
  AGENDA_SPEC,
  IMPORT_PROPOSAL_SPEC,
  PLAN_INDEX_SPEC,
  parseStored,
  planKey,
  QUARANTINE_CAPS,
  QUARANTINE_SPEC,
  type QuarantineEntry,
  type Readable,
  SENT_LOG_SPEC,
  SETTINGS_SPEC,
  STORAGE_KEYS,
  type StoredImportProposal,
  type ValueSpec,
} from './values';

// The background's stored items, versioned, with their migrations (defined once, in ./values.ts).
// Only the background imports this file: it is the only writer, and defining an item runs its
// migrations. Values are validated on every read; a value that fails is never replaced: it stays
// where it is, a copy goes to `quarantine`, and writes over it are refused until the user discards it.

/** The key @wxt-dev/storage names a storage.local value by. */
export const local = (key: string) => `local:${key}` as const;

const defineVersioned = <T>(spec: ValueSpec<T>, migrations = spec.migrations) =>
  storage.defineItem<unknown>(local(spec.key), { version: spec.version, ...(migrations ? { migrations } : {}) });

/** The plan index; its version 3 migration moves each plan of the old list to an item of its own. */
export const planIndexItem = defineVersioned(PLAN_INDEX_SPEC, {
  ...PLAN_INDEX_SPEC.migrations,
  3: async (value: unknown) => {
    const split = splitPlans(value);
    if (!split) return value;
    // The items first: a crash before the index is written runs this again on the unchanged list.
    const entries = Object.entries(split.items).map(([id, plan]) => ({ key: local(planKey(id)), value: plan }));
    if (entries.length > 0) await storage.setItems(entries);
    return split.index;
  },
});
export const settingsItem = defineVersioned(SETTINGS_SPEC);
const sentLogItem = defineVersioned(SENT_LOG_SPEC);
const quarantineItem = storage.defineItem<unknown>(local(QUARANTINE_SPEC.key), { version: QUARANTINE_SPEC.version });
/** A page's plan the user has not confirmed yet. */
export const importProposalItem = storage.defineItem<StoredImportProposal>(local(IMPORT_PROPOSAL_SPEC.key), {
  version: IMPORT_PROPOSAL_SPEC.version,
});
/** The popup's precomputed view (lib/core/agenda.ts), rewritten on every reconcile. */
export const agendaItem = storage.defineItem<unknown>(local(AGENDA_SPEC.key), { version: AGENDA_SPEC.version });
/** The plans list's head, made from the agenda and written with it (./plans-preview.ts). */
export const plansHeadItem = storage.defineItem<unknown>(local(STORAGE_KEYS.plansHead), { version: VALUE_VERSIONS.plansHead });
/** Plans (as one list) and settings as they were before the last backup import, raw, for one restore. */
export const preImportItem = storage.defineItem<{ plans: unknown; settings: unknown }>(local(STORAGE_KEYS.preImport), {
  version: VALUE_VERSIONS.preImport,
});

export interface ItemSpec<T> extends ValueSpec<T> {
  item: { key: string; getValue(): Promise<unknown>; setValue(value: unknown): Promise<void> };
}

export const PLAN_INDEX: ItemSpec<string[]> = { ...PLAN_INDEX_SPEC, item: planIndexItem };
export const SETTINGS: ItemSpec<Settings> = { ...SETTINGS_SPEC, item: settingsItem };
export const SENT_LOG: ItemSpec<SentReminder[]> = { ...SENT_LOG_SPEC, item: sentLogItem };

export type { Plan, Readable };

/** Reads an item; when it fails validation a copy of it is kept aside (once per distinct value). */
export async function readItem<T>(spec: ItemSpec<T>, now = Date.now()): Promise<Readable<T>> {
  return readStoredValue(spec, await spec.item.getValue(), now);
}

/** A value read from storage, judged by its spec: validated, and a copy kept aside when it fails. */
export async function readStoredValue<T>(spec: ItemSpec<T>, raw: unknown, now: number): Promise<Readable<T>> {
  const result = parseStored(spec, raw);
  if (!result.ok) await keepAside(spec.key, result.raw, result.error, now);
  return result;
}

/**
 * Keeps a copy of a value that failed validation (once per distinct value), within the quarantine's
 * caps: the oldest copies make room, and a value larger than the whole cap is not copied (it stays
 * where it is, and the views' export saves it). Never throws and never overwrites a quarantine it
 * cannot read: keeping a copy is a courtesy, recovery never depends on it. Returns whether it kept one.
 */
export async function keepAside(key: string, raw: unknown, error: string, now: number): Promise<boolean> {
  try {
    const stored = await quarantineItem.getValue();
    const read = parseStored(QUARANTINE_SPEC, stored);
    if (!read.ok) return false;
    const serialized = JSON.stringify(raw) ?? 'null';
    if (read.value.some((entry) => entry.key === key && JSON.stringify(entry.raw) === serialized)) return true;
    const entries = fitQuarantine([...read.value, { key, at: now, error, raw }]);
    if (!entries.some((entry) => entry.at === now && entry.key === key)) return false;
    await quarantineItem.setValue(entries);
    return true;
  } catch (failure) {
    console.error('[repay-helper] could not keep a copy of an unreadable value', failure);
    return false;
  }
}

/** The newest entries that fit in the quarantine's caps. */
function fitQuarantine(entries: QuarantineEntry[]): QuarantineEntry[] {
  const kept: QuarantineEntry[] = [];
  let bytes = 0;
  for (const entry of [...entries].reverse()) {
    bytes += JSON.stringify(entry).length;
    if (kept.length === QUARANTINE_CAPS.entries || bytes > QUARANTINE_CAPS.bytes) break;
    kept.unshift(entry);
  }
  return kept;
}

/** Writes a validated value; the callers are the background's single writer and its tests. */
export async function writeItem<T>(spec: ItemSpec<T>, value: T): Promise<void> {
  await spec.item.setValue(spec.schema.parse(value));
}
