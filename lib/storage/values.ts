import { z } from 'zod/mini';
import type { AgendaSnapshot } from '../core/agenda-snapshot';
import { ImportProposalSchema } from '../core/import-proposal';
import { INSTALLMENT_STATES } from '../core/kinds';
import { MAX_PLANS } from '../core/limits';
import { migratePlansV1toV2, splitPlans } from '../core/migrations';
import {
  DEFAULT_SETTINGS,
  fen,
  isoDate,
  LenderKind,
  PaymentMethodSchema,
  type Plan,
  planId,
  SentReminderSchema,
  type Settings,
  SettingsSchema,
} from '../core/schemas';
import { SoundPlanSchema } from '../core/terms';
import { PLAN_ITEM_VERSION, planKey, STORAGE_KEYS, type StorageKey, VALUE_VERSIONS } from './keys';

// The schema of every value in storage.local, its migrations up to its version (./keys.ts says the key
// and the version): pure, imported by the background's items (./items.ts) and by the views' reader
// (./reader.ts) alike, so both see a value the same way.

export { planKey, STORAGE_KEYS, type StorageKey };

/** Plan ids in the order the user added them; each plan is stored under its own key (`planKey`). */
export const PlanIndexSchema = z.array(planId).check(
  z.refine((ids) => new Set(ids).size === ids.length, { error: 'err.duplicateId' }),
  z.maxLength(MAX_PLANS, { error: 'err.tooManyPlans' }),
);
/** Stored plans as one list (layouts up to version 2; still how backups and the pre-import copy hold them). */
export const PlansSchema = z.array(SoundPlanSchema);
export const SentLogSchema = z.array(SentReminderSchema);
export const QuarantineEntrySchema = z.object({ key: z.string(), at: z.int(), error: z.string(), raw: z.unknown() });
export type QuarantineEntry = z.infer<typeof QuarantineEntrySchema>;
export const StoredImportProposalSchema = z.extend(ImportProposalSchema, { receivedAt: z.int() });
export type StoredImportProposal = z.infer<typeof StoredImportProposalSchema>;

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
  state: z.enum(INSTALLMENT_STATES),
  daysLate: z.int(),
  penalty: fen,
  debitFailed: z.boolean(),
  contact: z.object({ phone: z.string(), url: z.string() }),
});
/**
 * What recent commands answered, by the id their sender gave them, so that a retry is answered with the
 * first result. A plan is kept by id (`plan`) and read again; other answers are small and kept as they were.
 */
export const ReceiptSchema = z.object({
  clientId: z.string(),
  at: z.int(),
  plan: z.optional(z.string()),
  result: z.optional(z.unknown()),
});
export type Receipt = z.infer<typeof ReceiptSchema>;
export const RECEIPTS_SPEC: ValueSpec<Receipt[]> = {
  key: STORAGE_KEYS.receipts,
  schema: z.array(ReceiptSchema),
  empty: () => [],
  version: VALUE_VERSIONS.receipts,
};

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

/** A stored value: its key, schema, empty value, and the version its schema describes with the migrations up to it. */
export interface ValueSpec<T> {
  key: string;
  schema: z.ZodMiniType<T>;
  empty: () => T;
  version: number;
  /** `migrations[v]` turns a version v−1 value into version v; pure, and safe on values that are not v−1. */
  migrations?: Record<number, (value: unknown) => unknown>;
}

/**
 * The plans: version 1 and 2 stored them as one list under `plans`; version 3 stores an index of ids
 * there and each plan under `plan:<id>` (the background's migration writes the items; see ./items.ts).
 */
export const PLAN_INDEX_SPEC: ValueSpec<string[]> = {
  key: STORAGE_KEYS.plans,
  schema: PlanIndexSchema,
  empty: () => [],
  version: VALUE_VERSIONS.plans,
  migrations: { 2: migratePlansV1toV2, 3: (value) => splitPlans(value)?.index ?? value },
};
const PLAN_ITEM_SPEC: ValueSpec<Plan | null> = {
  key: planKey(''),
  schema: z.nullable(SoundPlanSchema),
  empty: () => null,
  version: PLAN_ITEM_VERSION,
};

/**
 * A plan stored at `plan:<id>`: buildable terms, and the id of its key. Null when nothing is stored
 * there (the index named a plan whose deletion was interrupted).
 */
export function parsePlanItem(id: string, raw: unknown): Readable<Plan | null> {
  const read = parseStored(PLAN_ITEM_SPEC, raw);
  if (read.ok && read.value && read.value.id !== id) return { ok: false, raw, error: `id: err.planId (stored under ${id})` };
  return read;
}
export const SETTINGS_SPEC: ValueSpec<Settings> = {
  key: STORAGE_KEYS.settings,
  schema: SettingsSchema,
  empty: () => DEFAULT_SETTINGS,
  version: VALUE_VERSIONS.settings,
};
export const SENT_LOG_SPEC: ValueSpec<z.infer<typeof SentLogSchema>> = {
  key: STORAGE_KEYS.sentLog,
  schema: SentLogSchema,
  empty: () => [],
  version: VALUE_VERSIONS.sentLog,
};
/** Copies of unreadable values are capped, so they can never fill the 10 MB local area. */
export const QUARANTINE_CAPS = { entries: 20, bytes: 1024 * 1024 } as const;
export const QUARANTINE_SPEC: ValueSpec<QuarantineEntry[]> = {
  key: STORAGE_KEYS.quarantine,
  schema: z.array(QuarantineEntrySchema),
  empty: () => [],
  version: VALUE_VERSIONS.quarantine,
};
export const AGENDA_SPEC: ValueSpec<AgendaSnapshot | null> = {
  key: STORAGE_KEYS.agenda,
  schema: z.nullable(AgendaSnapshotSchema),
  empty: () => null,
  version: VALUE_VERSIONS.agenda,
};
export const IMPORT_PROPOSAL_SPEC: ValueSpec<StoredImportProposal | null> = {
  key: STORAGE_KEYS.importProposal,
  schema: z.nullable(StoredImportProposalSchema),
  empty: () => null,
  version: VALUE_VERSIONS.importProposal,
};

/**
 * Brings a raw value stored at `storedVersion` up to the spec's version, in memory. The background
 * runs the same migrations and writes the result; a view that reads before it has, sees the same value.
 */
export function migrateValue(spec: ValueSpec<unknown>, raw: unknown, storedVersion: number): unknown {
  let value = raw;
  for (let version = storedVersion + 1; version <= spec.version; version++) value = spec.migrations?.[version]?.(value) ?? value;
  return value;
}

/** Validates a raw stored value; an absent value is the empty value, never an error. */
export function parseStored<T>(spec: ValueSpec<T>, raw: unknown): Readable<T> {
  if (raw === null || raw === undefined) return { ok: true, value: spec.empty() };
  const parsed = spec.schema.safeParse(raw);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, raw, error: parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('\n') };
}
