import { defineExtensionMessaging } from '@webext-core/messaging';
import type { z } from 'zod/mini';
import type { CommandError } from './core/commands';
import type { Plan, Settings } from './core/schemas';
import type {
  AddPlanInput,
  ArchivePlanInput,
  ImportBackupInput,
  ImportProposalSchema,
  PlanRefInput,
  RecordPaymentInput,
  RestorePlanInput,
  SkipPeriodInput,
  SnoozeInput,
  UndoPaymentInput,
  UpdatePlanInput,
} from './protocol';

// The one message protocol: names, payloads and answers. Payload schemas live in lib/protocol.ts and
// are checked in the background (lib/background/commands.ts).

export { ImportProposalSchema } from './protocol';
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
