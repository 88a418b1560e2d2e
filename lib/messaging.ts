import { defineExtensionMessaging } from '@webext-core/messaging';
import { z } from 'zod/mini';
import type { CommandError } from './core/commands';
import type { Plan, Settings } from './core/schemas';
import { isoDate, PlanDraftSchema, PlanSchema, planId, positiveFen, SettingsSchema } from './core/schemas';

// The one message protocol. Every payload is checked with the schema below on receipt
// (lib/background/router.ts); types come from the same schemas.

const period = z.int().check(z.minimum(1), z.maximum(360));

/** Earlier periods the user says were already paid when adding a plan (0 = none). */
export const AddPlanInput = z.object({
  draft: PlanDraftSchema,
  paidThroughPeriod: z.optional(z.int().check(z.minimum(0), z.maximum(360))),
});
export const UpdatePlanInput = z.object({ id: planId, draft: PlanDraftSchema });
export const PlanRefInput = z.object({ id: planId });
export const RestorePlanInput = z.object({ plan: PlanSchema });
export const ArchivePlanInput = z.object({ id: planId, archived: z.boolean() });
/** `amount` absent = pay what is still owed for the period. */
export const RecordPaymentInput = z.object({
  planId,
  period,
  amount: z.optional(positiveFen),
  date: isoDate,
  note: z.optional(z.string().check(z.maxLength(200))),
});
export const UndoPaymentInput = z.object({ planId, paymentId: z.string().check(z.minLength(1)) });
export const SkipPeriodInput = z.object({ planId, period, skipped: z.boolean() });
export const SnoozeInput = z.object({ planId, period, until: z.int() });
export const UpdateSettingsInput = SettingsSchema;
export const ImportBackupInput = z.object({ backup: z.unknown() });
export const MarkReminderPaidInput = z.object({ notificationId: z.string() });

/** What a store page read: offered to the user, who confirms it in the options page. */
export const ImportProposalSchema = z.object({
  sourceUrl: z.string().check(z.maxLength(2000)),
  title: z.string().check(z.maxLength(80)),
  installments: z
    .array(z.object({ period: z.optional(period), dueDate: isoDate, amount: positiveFen }))
    .check(z.minLength(1), z.maxLength(360)),
  /** Total periods if the page says so ("第 3/12 期"). */
  periods: z.optional(period),
});
export type ImportProposal = z.infer<typeof ImportProposalSchema>;

/** What a content script may learn: open installments of active plans, nothing else. */
export interface StoreSnapshotEntry {
  planId: string;
  title: string;
  lenderKind: Plan['lender']['kind'];
  period: number;
  periods: number;
  dueDate: string;
  amount: number;
  remaining: number;
  autoRepay: boolean;
}

export type CommandResult<T> = { ok: true; value: T } | { ok: false; error: CommandError };

export interface ProtocolMap {
  addPlan(input: z.infer<typeof AddPlanInput>): CommandResult<Plan>;
  updatePlan(input: z.infer<typeof UpdatePlanInput>): CommandResult<Plan>;
  deletePlan(input: z.infer<typeof PlanRefInput>): CommandResult<Plan>;
  restorePlan(input: z.infer<typeof RestorePlanInput>): CommandResult<Plan>;
  archivePlan(input: z.infer<typeof ArchivePlanInput>): CommandResult<Plan>;
  recordPayment(input: z.infer<typeof RecordPaymentInput>): CommandResult<Plan>;
  undoPayment(input: z.infer<typeof UndoPaymentInput>): CommandResult<Plan>;
  skipPeriod(input: z.infer<typeof SkipPeriodInput>): CommandResult<Plan>;
  snooze(input: z.infer<typeof SnoozeInput>): CommandResult<Plan>;
  updateSettings(input: Settings): CommandResult<Settings>;
  importBackup(input: z.infer<typeof ImportBackupInput>): CommandResult<{ plans: number }>;
  restorePreImport(): CommandResult<{ plans: number }>;
  /** Replaces a value that could not be read with the empty value; the original stays in quarantine. */
  discardUnreadable(input: { key: 'plans' | 'settings' | 'sentLog' }): CommandResult<null>;
  dismissImportProposal(): CommandResult<null>;
  // Content script → background: the only two it may send.
  storeSnapshot(): CommandResult<StoreSnapshotEntry[]>;
  proposeImport(input: ImportProposal): CommandResult<null>;
}

export type CommandName = keyof ProtocolMap;

/** Messages a content script is allowed to send; everything else from a web page's tab is refused. */
export const CONTENT_SCRIPT_COMMANDS: ReadonlySet<CommandName> = new Set<CommandName>(['storeSnapshot', 'proposeImport']);

export const messaging = defineExtensionMessaging<ProtocolMap>();
export const { sendMessage, onMessage } = messaging;
