import { storage } from '@wxt-dev/storage';
import { migratePlansV1toV2 } from './core/migrations';
import type { Plan, SentReminder, Settings } from './core/schemas';
import {
  PLANS_SPEC,
  parseStored,
  type QuarantineEntry,
  type Readable,
  SENT_LOG_SPEC,
  SETTINGS_SPEC,
  STORAGE_KEYS,
  type StoredImportProposal,
  type ValueSpec,
} from './stored-values';

// Every stored item, versioned, with its migrations. Only the background imports this file (it is
// the only writer); views read through lib/stored-values.ts. Values are validated with zod on every
// read; a value that fails is never replaced: it stays where it is, a copy goes to `quarantine`,
// and writes over it are refused until the user discards it explicitly.

export const PLANS_VERSION = 2;

export const plansItem = storage.defineItem<unknown>(`local:${STORAGE_KEYS.plans}`, {
  version: PLANS_VERSION,
  migrations: { 2: migratePlansV1toV2 },
});
export const settingsItem = storage.defineItem<unknown>(`local:${STORAGE_KEYS.settings}`, { version: 1 });
export const sentLogItem = storage.defineItem<unknown>(`local:${STORAGE_KEYS.sentLog}`, { version: 1 });
export const quarantineItem = storage.defineItem<QuarantineEntry[]>(`local:${STORAGE_KEYS.quarantine}`, { fallback: [], version: 1 });
/** A store page's plan the user has not confirmed yet. */
export const importProposalItem = storage.defineItem<StoredImportProposal>(`local:${STORAGE_KEYS.importProposal}`, { version: 1 });
/** The popup's precomputed view (lib/core/agenda.ts), rewritten on every reconcile. */
export const agendaItem = storage.defineItem<unknown>(`local:${STORAGE_KEYS.agenda}`, { version: 1 });
/** Plans and settings as they were before the last backup import, raw, for one restore. */
export const preImportItem = storage.defineItem<{ plans: unknown; settings: unknown }>(`local:${STORAGE_KEYS.preImport}`, { version: 1 });

interface ItemSpec<T> extends ValueSpec<T> {
  item: { key: string; getValue(): Promise<unknown>; setValue(value: unknown): Promise<void> };
}

export const PLANS: ItemSpec<Plan[]> = { ...PLANS_SPEC, item: plansItem };
export const SETTINGS: ItemSpec<Settings> = { ...SETTINGS_SPEC, item: settingsItem };
export const SENT_LOG: ItemSpec<SentReminder[]> = { ...SENT_LOG_SPEC, item: sentLogItem };

export type { Readable };

/** Reads an item; when it fails validation a copy of it is kept aside (once per distinct value). */
export async function readItem<T>(spec: ItemSpec<T>, now = Date.now()): Promise<Readable<T>> {
  const result = parseStored(spec, await spec.item.getValue());
  if (!result.ok) await keepAside(spec.key, result.raw, result.error, now);
  return result;
}

async function keepAside(key: string, raw: unknown, error: string, now: number): Promise<void> {
  const entries = await quarantineItem.getValue();
  const serialized = JSON.stringify(raw);
  if (entries.some((entry) => entry.key === key && JSON.stringify(entry.raw) === serialized)) return;
  await quarantineItem.setValue([...entries, { key, at: now, error, raw }]);
}

/** Writes a validated value; the callers are the background's single writer and its tests. */
export async function writeItem<T>(spec: ItemSpec<T>, value: T): Promise<void> {
  await spec.item.setValue(spec.schema.parse(value));
}
