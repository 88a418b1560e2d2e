import type { ZodMiniType } from 'zod/mini';
import * as plansCommands from '../core/commands';
import { type CommandContext, invalid } from '../core/commands';
import { leadDaysInOrder } from '../core/lead-days';
import { COMMANDS, type CommandInput, type CommandName, type CommandOutput, type CommandResult } from '../protocol';
import { importProposalItem, readItem, SETTINGS, writeItem } from '../storage/items';
import { discardUnreadable, importBackup, restorePreImport } from './data-commands';
import { changePlan, putPlan, removePlan, type Writer } from './plans-store';
import { readTab } from './read-tab';
import { failure, ok } from './results';
import { STORE_PAGE_HANDLERS } from './store-page';
import { SYNC_HANDLERS } from './sync-commands';

export interface CommandEnv {
  now: () => number;
  newId: () => string;
  /** Opens an extension page (the options page) in a tab. */
  openExtensionPage: (path: string) => Promise<void>;
}

/** A command's context in the background: the core's (time, ids) and how it writes (with its receipt). */
export interface RunContext extends CommandContext, Writer {}

export type Handler<N extends CommandName> = (
  input: CommandInput<N>,
  env: CommandEnv,
  ctx: RunContext,
) => Promise<CommandResult<CommandOutput<N>>>;

/** What every command in lib/protocol.ts does, once its payload is checked; the compiler proves each has one. */
export const HANDLERS: { [N in CommandName]: Handler<N> } = {
  addPlan: (input, _env, ctx) => putPlan(plansCommands.addPlan(input.draft, input.paidThroughPeriod ?? 0, ctx), ctx),
  updatePlan: (input, _env, ctx) => changePlan(input.id, ctx, (plan) => plansCommands.updatePlan(plan, input.draft, ctx)),
  deletePlan: (input, _env, ctx) => removePlan(input.id, ctx),
  /** Undo of a delete: puts the plan back as it was (replacing one with the same id, if any). */
  restorePlan: (input, _env, ctx) => putPlan({ ok: true, plan: input.plan }, ctx),
  archivePlan: (input, _env, ctx) => changePlan(input.id, ctx, (plan) => plansCommands.archivePlan(plan, input.archived, ctx)),
  recordPayment: (input, _env, ctx) => changePlan(input.planId, ctx, (plan) => plansCommands.recordPayment(plan, input, ctx)),
  undoPayment: (input, _env, ctx) => changePlan(input.planId, ctx, (plan) => plansCommands.undoPayment(plan, input.paymentId, ctx)),
  skipPeriod: (input, _env, ctx) =>
    changePlan(input.planId, ctx, (plan) => plansCommands.skipPeriod(plan, input.period, input.skipped, ctx)),
  snooze: (input, _env, ctx) => changePlan(input.planId, ctx, (plan) => plansCommands.snooze(plan, input.period, input.until, ctx)),
  confirmDebit: (input, _env, ctx) =>
    changePlan(input.planId, ctx, (plan) => plansCommands.confirmDebit(plan, input.period, input.succeeded, ctx)),
  updateSettings: async (input, _env, ctx) => {
    // Settings that could not be read are kept, not overwritten; the user discards them explicitly.
    if (!(await readItem(SETTINGS, ctx.now)).ok) return failure('unreadable', 'err.unreadable');
    const settings = { ...input, leadDays: leadDaysInOrder(input.leadDays) };
    await writeItem(SETTINGS, settings);
    return ok(settings);
  },
  importBackup: (input, _env, ctx) => importBackup(input.backup, ctx.now),
  restorePreImport: (_input, _env, ctx) => restorePreImport(ctx.now),
  discardUnreadable: (input, _env, ctx) => discardUnreadable(input.key, ctx.now),
  dismissImportProposal: async () => {
    await importProposalItem.removeValue();
    return ok(null);
  },
  ...STORE_PAGE_HANDLERS,
  ...SYNC_HANDLERS,
  readThisPage: readTab,
};

/** Validates a payload against its command's schema; an error names every field in i18n keys. */
export function checkInput<N extends CommandName>(
  name: N,
  raw: unknown,
): { ok: true; input: CommandInput<N> } | { ok: false; result: CommandResult<never> } {
  const parsed = (COMMANDS[name].input as ZodMiniType<CommandInput<N>>).safeParse(raw);
  if (parsed.success) return { ok: true, input: parsed.data };
  const outcome = invalid(parsed.error);
  return { ok: false, result: outcome.ok ? failure('invalid', 'err.invalid') : outcome };
}
