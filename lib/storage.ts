import { storage } from '@wxt-dev/storage';
import { z } from 'zod/mini';
import { migratePlansV1toV2 } from './core/migrations';
import { DEFAULT_SETTINGS, type Plan, PlanSchema, SentReminderSchema, type Settings, SettingsSchema } from './core/schemas';
import type { ImportProposal } from './messaging';

// Every storage key lives here. Values are validated with zod on every read; a value that fails
// is never replaced: it stays where it is, a copy goes to `quarantine`, and writes to it are refused.

export const PLANS_VERSION = 2;

export const plansItem = storage.defineItem<unknown>('local:plans', {
  version: PLANS_VERSION,
  migrations: { 2: migratePlansV1toV2 },
});
export const settingsItem = storage.defineItem<unknown>('local:settings', { version: 1 });
export const sentLogItem = storage.defineItem<unknown>('local:sentLog', { version: 1 });

const QuarantineEntrySchema = z.object({ key: z.string(), at: z.int(), error: z.string(), raw: z.unknown() });
export type QuarantineEntry = z.infer<typeof QuarantineEntrySchema>;
export const quarantineItem = storage.defineItem<QuarantineEntry[]>('local:quarantine', { fallback: [], version: 1 });

/** A store page's plan the user has not confirmed yet (written by the background only). */
export const importProposalItem = storage.defineItem<ImportProposal & { receivedAt: number }>('local:importProposal', { version: 1 });
/** Plans and settings as they were before the last backup import, raw, for one restore. */
export const preImportItem = storage.defineItem<{ plans: unknown; settings: unknown }>('local:preImport', { version: 1 });

export const PlansSchema = z.array(PlanSchema);
export const SentLogSchema = z.array(SentReminderSchema);

export type Readable<T> = { ok: true; value: T } | { ok: false; raw: unknown; error: string };

interface ItemSpec<T> {
  item: { key: string; getValue(): Promise<unknown>; setValue(value: unknown): Promise<void> };
  schema: z.ZodMiniType<T>;
  empty: () => T;
}

export const PLANS: ItemSpec<Plan[]> = { item: plansItem, schema: PlansSchema, empty: () => [] };
export const SETTINGS: ItemSpec<Settings> = { item: settingsItem, schema: SettingsSchema, empty: () => DEFAULT_SETTINGS };
export const SENT_LOG: ItemSpec<z.infer<typeof SentLogSchema>> = { item: sentLogItem, schema: SentLogSchema, empty: () => [] };

/** Validates a raw stored value; an absent value is the item's empty value. */
export function parseStored<T>(spec: ItemSpec<T>, raw: unknown): Readable<T> {
  if (raw === null || raw === undefined) return { ok: true, value: spec.empty() };
  const parsed = spec.schema.safeParse(raw);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, raw, error: z.prettifyError(parsed.error) };
}

/** Reads an item; when it fails validation a copy of it is kept aside (once per distinct value). */
export async function readItem<T>(spec: ItemSpec<T>, now = Date.now()): Promise<Readable<T>> {
  const result = parseStored(spec, await spec.item.getValue());
  if (!result.ok) await keepAside(spec.item.key, result.raw, result.error, now);
  return result;
}

async function keepAside(key: string, raw: unknown, error: string, now: number): Promise<void> {
  const entries = await quarantineItem.getValue();
  const serialized = JSON.stringify(raw);
  if (entries.some((entry) => entry.key === key && JSON.stringify(entry.raw) === serialized)) return;
  await quarantineItem.setValue([...entries, { key, at: now, error, raw }]);
}

/** Writes a validated value; callers are the background's single writer and its tests. */
export async function writeItem<T>(spec: ItemSpec<T>, value: T): Promise<void> {
  await spec.item.setValue(spec.schema.parse(value));
}
