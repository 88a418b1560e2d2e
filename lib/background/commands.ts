import type { ZodMiniType } from 'zod/mini';
import { canonical, parseBackup } from '../core/backup';
import * as plansCommands from '../core/commands';
import { type CommandContext, invalid } from '../core/commands';
import { lenderToday } from '../core/dates';
import type { FieldIssue } from '../core/schemas';
import { openInstallments } from '../core/summary';
import {
  COMMANDS,
  type CommandInput,
  type CommandName,
  type CommandOutput,
  type CommandResult,
  type StoreSnapshotEntry,
} from '../protocol';
import {
  importProposalItem,
  PLANS,
  plansItem,
  preImportItem,
  readItem,
  SENT_LOG,
  SETTINGS,
  settingsItem,
  writeItem,
} from '../storage/items';
import { changePlans } from './plans-store';

export interface CommandEnv {
  now: () => number;
  newId: () => string;
  /** Opens an extension page (the options page) in a tab. */
  openExtensionPage: (path: string) => Promise<void>;
}

type Handler<N extends CommandName> = (
  input: CommandInput<N>,
  env: CommandEnv,
  ctx: CommandContext,
) => Promise<CommandResult<CommandOutput<N>>>;

const ok = <T>(value: T): CommandResult<T> => ({ ok: true, value });
const failure = (code: 'unreadable' | 'conflict' | 'invalid', message: string, details?: FieldIssue[]): CommandResult<never> => ({
  ok: false,
  error: details ? { code, message, details } : { code, message },
});

/** What every command in lib/protocol.ts does, once its payload is checked; the compiler proves each has one. */
export const HANDLERS: { [N in CommandName]: Handler<N> } = {
  addPlan: (input, _env, ctx) =>
    changePlans(ctx.now, (plans) => plansCommands.addPlan(plans, input.draft, input.paidThroughPeriod ?? 0, ctx)),
  updatePlan: (input, _env, ctx) => changePlans(ctx.now, (plans) => plansCommands.updatePlan(plans, input.id, input.draft, ctx)),
  deletePlan: (input, _env, ctx) => changePlans(ctx.now, (plans) => plansCommands.deletePlan(plans, input.id)),
  restorePlan: (input, _env, ctx) => changePlans(ctx.now, (plans) => plansCommands.restorePlan(plans, input.plan)),
  archivePlan: (input, _env, ctx) => changePlans(ctx.now, (plans) => plansCommands.archivePlan(plans, input.id, input.archived, ctx)),
  recordPayment: (input, _env, ctx) => changePlans(ctx.now, (plans) => plansCommands.recordPayment(plans, input, ctx)),
  undoPayment: (input, _env, ctx) => changePlans(ctx.now, (plans) => plansCommands.undoPayment(plans, input.planId, input.paymentId, ctx)),
  skipPeriod: (input, _env, ctx) =>
    changePlans(ctx.now, (plans) => plansCommands.skipPeriod(plans, input.planId, input.period, input.skipped, ctx)),
  snooze: (input, _env, ctx) => changePlans(ctx.now, (plans) => plansCommands.snooze(plans, input.planId, input.period, input.until, ctx)),
  updateSettings: async (input, _env, ctx) => {
    // Settings that could not be read are kept, not overwritten; the user discards them explicitly.
    if (!(await readItem(SETTINGS, ctx.now)).ok) return failure('unreadable', 'err.unreadable');
    const settings = { ...input, leadDays: [...new Set(input.leadDays)].sort((a, b) => b - a) };
    await writeItem(SETTINGS, settings);
    return ok(settings);
  },
  importBackup: async (input) => {
    const parsed = parseBackup(input.backup);
    if (!parsed.ok) return failure('invalid', parsed.error, parsed.details);
    const current = { plans: await plansItem.getValue(), settings: await settingsItem.getValue() };
    // Importing what is already there (a double click, the same file twice) changes nothing, and must
    // not replace the one pre-import copy with the imported data.
    if (canonical(current) === canonical({ plans: parsed.backup.plans, settings: parsed.backup.settings })) {
      return ok({ plans: parsed.backup.plans.length });
    }
    // The raw current values (readable or not) are kept for one restore.
    await preImportItem.setValue(current);
    await writeItem(PLANS, parsed.backup.plans);
    await writeItem(SETTINGS, parsed.backup.settings);
    return ok({ plans: parsed.backup.plans.length });
  },
  restorePreImport: async () => {
    const previous = await preImportItem.getValue();
    if (!previous) return failure('conflict', 'err.noPreImport');
    await plansItem.setValue(previous.plans);
    await settingsItem.setValue(previous.settings);
    await preImportItem.removeValue();
    const restored = await readItem(PLANS);
    return ok({ plans: restored.ok ? restored.value.length : 0 });
  },
  discardUnreadable: async (input, _env, ctx) => {
    const spec = { plans: PLANS, settings: SETTINGS, sentLog: SENT_LOG }[input.key] as typeof PLANS;
    const read = await readItem(spec, ctx.now); // keeps a copy aside first when unreadable
    if (read.ok) return failure('conflict', 'err.invalid', [{ path: 'key', key: 'err.readableNothingToDiscard' }]);
    await spec.item.setValue(null);
    return ok(null);
  },
  dismissImportProposal: async () => {
    await importProposalItem.removeValue();
    return ok(null);
  },
  storeSnapshot: async (_input, _env, ctx) => {
    const read = await readItem(PLANS, ctx.now);
    if (!read.ok) return failure('unreadable', 'err.unreadable');
    const entries: StoreSnapshotEntry[] = openInstallments(read.value, lenderToday(ctx.now))
      .slice(0, 400)
      .map(({ plan, status }) => ({
        planId: plan.id,
        title: plan.title,
        lenderKind: plan.lender.kind,
        period: status.period,
        periods: plan.periods,
        dueDate: status.dueDate,
        amount: status.total,
        remaining: status.remaining,
        autoRepay: plan.autoRepay,
      }));
    return ok(entries);
  },
  proposeImport: async (input, env, ctx) => {
    await importProposalItem.setValue({ ...input, receivedAt: ctx.now });
    await env.openExtensionPage('/options.html#import-proposal');
    return ok(null);
  },
};

export function commandContext(env: CommandEnv): CommandContext {
  const now = env.now();
  return { now, today: lenderToday(now), newId: env.newId };
}

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
