import { z } from 'zod/mini';
import type { CommandError } from './core/commands';
import { ImportProposalSchema } from './core/import-proposal';
import { MAX_PERIODS } from './core/limits';
import {
  isoDate,
  type Plan,
  PlanDraftSchema,
  periodNumber as period,
  planId,
  positiveFen,
  type Settings,
  SettingsSchema,
} from './core/schemas';
import { SoundPlanSchema } from './core/terms';
import { PageTokenSchema, type StorePageRecord, StorePageReportSchema } from './store-site/page-record';
import { ChooseTermsInput, SetSyncInput } from './sync/inputs';
import type { SyncPreview, SyncStatus } from './sync/status';

// The command table: every command the background accepts, defined once. Its payload schema, who may
// send it, whether it changes data and the type of its answer; the message map (ProtocolMap, below), the
// sender rule, the read-only rule and the handlers' types (lib/background/commands.ts) derive from it.
// Views import only types from this file (`import type`), so the schemas stay out of their bundles; the
// background checks every payload here.

/** Extension pages (popup, options) or a content script running in a web page's tab. */
export type SenderKind = 'extension' | 'content-script';

export type CommandResult<T> = { ok: true; value: T } | { ok: false; error: CommandError };

interface CommandSpec<I, O> {
  input: z.ZodMiniType<I>;
  from: readonly SenderKind[];
  /** False for a query: it changes nothing the user owns, so it is answered in read-only mode and needs no receipt. */
  changesData: boolean;
  /** Type-only: the answer's value. */
  output?: O;
}

const EXTENSION_ONLY = ['extension'] as const;
/** The store page's content script reports what its page says, and nothing else. */
const CONTENT_SCRIPT_ONLY = ['content-script'] as const;
const specOf =
  (changesData: boolean) =>
  <O>() =>
  <I>(input: z.ZodMiniType<I>, from: readonly SenderKind[] = EXTENSION_ONLY): CommandSpec<I, O> => ({ input, from, changesData });
/** `command<Answer>()(payloadSchema, senders)`: the answer's type is named, the payload's inferred. */
const command = specOf(true);
/** `query<Answer>()(payloadSchema, senders)`: the same, for a command that changes nothing the user owns. */
const query = specOf(false);

const none = z.optional(z.undefined());

/** What the store panel (an extension frame) compares its page with: open installments of the Xiaomi plans. */
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
  /** The plan's own terms and order number: a page's order is matched to its plan by these. */
  principal?: number;
  firstDueDate?: string;
  orderNo?: string;
}

export const COMMANDS = {
  addPlan: command<Plan>()(
    z.object({
      draft: PlanDraftSchema,
      /** Earlier periods the user says were already paid when adding the plan (0 = none). */
      paidThroughPeriod: z.optional(z.int().check(z.minimum(0), z.maximum(MAX_PERIODS))),
    }),
  ),
  updatePlan: command<Plan>()(z.object({ id: planId, draft: PlanDraftSchema })),
  deletePlan: command<Plan>()(z.object({ id: planId })),
  /** Undo of a delete. */
  restorePlan: command<Plan>()(z.object({ plan: SoundPlanSchema })),
  archivePlan: command<Plan>()(z.object({ id: planId, archived: z.boolean() })),
  recordPayment: command<Plan>()(
    z.object({
      planId,
      period,
      /** Absent: pay what is still owed for the period. */
      amount: z.optional(positiveFen),
      /** The user says the amount is more than the period owes on purpose (paying ahead). */
      overpay: z.optional(z.boolean()),
      date: isoDate,
      note: z.optional(z.string().check(z.maxLength(200))),
    }),
  ),
  undoPayment: command<Plan>()(z.object({ planId, paymentId: z.string().check(z.minLength(1)) })),
  skipPeriod: command<Plan>()(z.object({ planId, period, skipped: z.boolean() })),
  snooze: command<Plan>()(z.object({ planId, period, until: z.int() })),
  /** "Did the automatic debit go through?": yes records the payment, no starts the failed-debit help. */
  confirmDebit: command<Plan>()(z.object({ planId, period, succeeded: z.boolean() })),
  updateSettings: command<Settings>()(SettingsSchema),
  importBackup: command<{ plans: number }>()(z.object({ backup: z.unknown() })),
  restorePreImport: command<{ plans: number }>()(none),
  /** Replaces a value that could not be read with the empty value; the original stays in quarantine. */
  discardUnreadable: command<null>()(z.object({ key: z.enum(['plans', 'settings', 'sentLog']) })),
  /** Opt-in sync through the browser's own sync storage (lib/sync): on or off, its preview and status, a pass, a conflict's pick. */
  setSync: command<SyncStatus>()(SetSyncInput),
  syncPreview: query<SyncPreview>()(none),
  syncStatus: query<SyncStatus>()(none),
  syncNow: command<{ retryAt: number | null }>()(none),
  chooseSyncTerms: command<Plan>()(ChooseTermsInput),
  dismissImportProposal: query<null>()(none),
  storeSnapshot: query<StoreSnapshotEntry[]>()(none),
  /** From the store panel's frame, on the user's click: the page itself cannot reach it. */
  proposeImport: query<null>()(ImportProposalSchema),
  storePageRead: query<null>()(StorePageReportSchema, CONTENT_SCRIPT_ONLY),
  /** The panel frame asks for its page's reading by the token in its address. */
  storePageOf: query<StorePageRecord | null>()(z.object({ token: PageTokenSchema })),
  /** The popup's "read this page", on the user's click: the tab is read once; 0 installments: nothing found. */
  readThisPage: query<{ installments: number }>()(z.object({ tabId: z.int().check(z.minimum(0)) })),
};

export type CommandName = keyof typeof COMMANDS;
export type CommandInput<N extends CommandName> = (typeof COMMANDS)[N] extends CommandSpec<infer I, unknown> ? I : never;
export type CommandOutput<N extends CommandName> = (typeof COMMANDS)[N] extends CommandSpec<unknown, infer O> ? O : never;

/**
 * What travels for one command: its input, and the id its sender gave it. A retry carries the same id,
 * so the background answers it with the first result instead of applying the command twice.
 */
export interface CommandMessage<I> {
  clientId: string;
  input: I;
}
export const CommandMessageSchema = z.object({
  clientId: z.string().check(z.regex(/^[A-Za-z0-9_-]{8,64}$/)),
  // Optional: a command without input arrives without the key (JSON drops `undefined`).
  input: z.optional(z.unknown()),
});

/** The message map @webext-core/messaging types its calls with. */
export type ProtocolMap = { [N in CommandName]: (message: CommandMessage<CommandInput<N>>) => CommandResult<CommandOutput<N>> };

/** Whether `sender` may send `name`: extension pages anything, a web page's content script only its few. */
export function maySend(name: CommandName, sender: SenderKind): boolean {
  return COMMANDS[name].from.includes(sender);
}

/** Whether `name` changes what the user owns: refused in read-only mode, and answered once per client id. */
export function changesData(name: CommandName): boolean {
  return COMMANDS[name].changesData;
}
