import { browser } from 'wxt/browser';
import { z } from 'zod/mini';
import type { AgendaSnapshot } from './core/agenda-snapshot';
import {
  DEFAULT_SETTINGS,
  fen,
  isoDate,
  LenderKind,
  PaymentMethodSchema,
  type Plan,
  SentReminderSchema,
  type Settings,
  SettingsSchema,
  SoundPlanSchema,
} from './core/schemas';
import type { ImportProposal } from './protocol';
import { STORAGE_KEYS } from './storage-keys';

// The keys and schemas of stored values, and the read-only access views use. The versioned item
// definitions (with migrations) are in lib/storage.ts and run in the background, the only writer:
// importing this file never migrates or writes anything.

export { STORAGE_KEYS };

export const PlansSchema = z.array(SoundPlanSchema);
export const SentLogSchema = z.array(SentReminderSchema);
export const QuarantineEntrySchema = z.object({ key: z.string(), at: z.int(), error: z.string(), raw: z.unknown() });
export type QuarantineEntry = z.infer<typeof QuarantineEntrySchema>;
export type StoredImportProposal = ImportProposal & { receivedAt: number };

const AgendaRowSchema = z.object({
  planId: z.string(),
  title: z.string(),
  lender: z.object({ kind: LenderKind, name: z.string() }),
  periods: z.int(),
  autoRepay: z.boolean(),
  paymentMethod: PaymentMethodSchema,
  repayUrl: z.string(),
  period: z.int(),
  dueDate: isoDate,
  total: fen,
  paid: fen,
  remaining: fen,
  state: z.enum(['paid', 'skipped', 'partly-paid', 'upcoming', 'due-today', 'in-grace', 'overdue']),
  daysLate: z.int(),
  penalty: fen,
});
/** The popup's view, written by the background (lib/core/agenda.ts says what it holds). */
export const AgendaSnapshotSchema: z.ZodMiniType<AgendaSnapshot> = z.object({
  today: isoDate,
  activePlans: z.int(),
  rows: z.array(AgendaRowSchema),
  later: z.object({ count: z.int(), total: fen }),
  summary: z.object({
    dueWithin7Days: fen,
    dueThisMonth: fen,
    dueWithin30Days: fen,
    overdueTotal: fen,
    overdueCount: z.int(),
    maxDaysLate: z.int(),
    penaltyTotal: fen,
  }),
});

export type Readable<T> = { ok: true; value: T } | { ok: false; raw: unknown; error: string };

export interface ValueSpec<T> {
  key: (typeof STORAGE_KEYS)[keyof typeof STORAGE_KEYS];
  schema: z.ZodMiniType<T>;
  empty: () => T;
}

export const PLANS_SPEC: ValueSpec<Plan[]> = { key: 'plans', schema: PlansSchema, empty: () => [] };
export const SETTINGS_SPEC: ValueSpec<Settings> = { key: 'settings', schema: SettingsSchema, empty: () => DEFAULT_SETTINGS };
export const SENT_LOG_SPEC: ValueSpec<z.infer<typeof SentLogSchema>> = { key: 'sentLog', schema: SentLogSchema, empty: () => [] };

/** Validates a raw stored value; an absent value is the empty value, never an error. */
export function parseStored<T>(spec: ValueSpec<T>, raw: unknown): Readable<T> {
  if (raw === null || raw === undefined) return { ok: true, value: spec.empty() };
  const parsed = spec.schema.safeParse(raw);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, raw, error: parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('\n') };
}

export interface StoredView {
  plans: Readable<Plan[]>;
  settings: Readable<Settings>;
  /** Keys of values kept aside because they failed validation. */
  quarantined: string[];
}

/** One read of everything a view shows. */
export async function readStoredView(): Promise<StoredView> {
  const raw = await browser.storage.local.get([STORAGE_KEYS.plans, STORAGE_KEYS.settings, STORAGE_KEYS.quarantine]);
  const quarantine = z.array(QuarantineEntrySchema).safeParse(raw[STORAGE_KEYS.quarantine] ?? []);
  return {
    plans: parseStored(PLANS_SPEC, raw[STORAGE_KEYS.plans]),
    settings: parseStored(SETTINGS_SPEC, raw[STORAGE_KEYS.settings]),
    quarantined: quarantine.success ? [...new Set(quarantine.data.map((entry) => entry.key))] : [],
  };
}

/** Raw values as stored, for saving an unreadable value to a file before discarding it. */
export async function readRaw(keys: readonly string[]): Promise<Record<string, unknown>> {
  return browser.storage.local.get([...keys]);
}
