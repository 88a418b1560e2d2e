import { z } from 'zod/mini';
import { canonical, parseBackup } from '../core/backup';
import * as plansCommands from '../core/commands';
import { type CommandContext, invalid } from '../core/commands';
import { lenderToday } from '../core/dates';
import { openInstallments } from '../core/summary';
import type { CommandName, CommandResult, ProtocolMap, StoreSnapshotEntry } from '../messaging';
import {
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
  UpdateSettingsInput,
} from '../protocol';
import { importProposalItem, PLANS, plansItem, preImportItem, readItem, SENT_LOG, SETTINGS, settingsItem, writeItem } from '../storage';
import { changePlans } from './plans-store';

type Input<N extends CommandName> = Parameters<ProtocolMap[N]>[0];
type Output<N extends CommandName> = ReturnType<ProtocolMap[N]>;

export interface CommandEnv {
  now: () => number;
  newId: () => string;
  /** Opens an extension page (the options page) in a tab. */
  openExtensionPage: (path: string) => Promise<void>;
}

interface Handler<N extends CommandName> {
  input: z.ZodMiniType<Input<N>>;
  run: (input: Input<N>, env: CommandEnv, ctx: CommandContext) => Promise<Output<N>>;
}

const none = z.optional(z.undefined()) as unknown as z.ZodMiniType<undefined>;
const ok = <T>(value: T): CommandResult<T> => ({ ok: true, value });
const failure = (code: 'unreadable' | 'conflict' | 'invalid', message: string, details?: string[]): CommandResult<never> => ({
  ok: false,
  error: details ? { code, message, details } : { code, message },
});

/** Every command: its payload schema and what it does. The router validates, then queues `run`. */
export const HANDLERS: { [N in CommandName]: Handler<N> } = {
  addPlan: {
    input: AddPlanInput,
    run: (input, _env, ctx) =>
      changePlans(ctx.now, (plans) => plansCommands.addPlan(plans, input.draft, input.paidThroughPeriod ?? 0, ctx)),
  },
  updatePlan: {
    input: UpdatePlanInput,
    run: (input, _env, ctx) => changePlans(ctx.now, (plans) => plansCommands.updatePlan(plans, input.id, input.draft, ctx)),
  },
  deletePlan: {
    input: PlanRefInput,
    run: (input, _env, ctx) => changePlans(ctx.now, (plans) => plansCommands.deletePlan(plans, input.id)),
  },
  restorePlan: {
    input: RestorePlanInput,
    run: (input, _env, ctx) => changePlans(ctx.now, (plans) => plansCommands.restorePlan(plans, input.plan)),
  },
  archivePlan: {
    input: ArchivePlanInput,
    run: (input, _env, ctx) => changePlans(ctx.now, (plans) => plansCommands.archivePlan(plans, input.id, input.archived, ctx)),
  },
  recordPayment: {
    input: RecordPaymentInput,
    run: (input, _env, ctx) => changePlans(ctx.now, (plans) => plansCommands.recordPayment(plans, input, ctx)),
  },
  undoPayment: {
    input: UndoPaymentInput,
    run: (input, _env, ctx) => changePlans(ctx.now, (plans) => plansCommands.undoPayment(plans, input.planId, input.paymentId, ctx)),
  },
  skipPeriod: {
    input: SkipPeriodInput,
    run: (input, _env, ctx) =>
      changePlans(ctx.now, (plans) => plansCommands.skipPeriod(plans, input.planId, input.period, input.skipped, ctx)),
  },
  snooze: {
    input: SnoozeInput,
    run: (input, _env, ctx) => changePlans(ctx.now, (plans) => plansCommands.snooze(plans, input.planId, input.period, input.until, ctx)),
  },
  updateSettings: {
    input: UpdateSettingsInput,
    run: async (input, _env, ctx) => {
      // Settings that could not be read are kept, not overwritten; the user discards them explicitly.
      if (!(await readItem(SETTINGS, ctx.now)).ok) return failure('unreadable', 'err.unreadable');
      const settings = { ...input, leadDays: [...new Set(input.leadDays)].sort((a, b) => b - a) };
      await writeItem(SETTINGS, settings);
      return ok(settings);
    },
  },
  importBackup: {
    input: ImportBackupInput,
    run: async (input) => {
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
  },
  restorePreImport: {
    input: none,
    run: async () => {
      const previous = await preImportItem.getValue();
      if (!previous) return failure('conflict', 'err.noPreImport');
      await plansItem.setValue(previous.plans);
      await settingsItem.setValue(previous.settings);
      await preImportItem.removeValue();
      const restored = await readItem(PLANS);
      return ok({ plans: restored.ok ? restored.value.length : 0 });
    },
  },
  discardUnreadable: {
    input: z.object({ key: z.enum(['plans', 'settings', 'sentLog']) }),
    run: async (input, _env, ctx) => {
      const spec = { plans: PLANS, settings: SETTINGS, sentLog: SENT_LOG }[input.key] as typeof PLANS;
      const read = await readItem(spec, ctx.now); // keeps a copy aside first when unreadable
      if (read.ok) return failure('conflict', 'err.invalid', ['the stored value is readable; nothing to discard']);
      await spec.item.setValue(null);
      return ok(null);
    },
  },
  dismissImportProposal: {
    input: none,
    run: async () => {
      await importProposalItem.removeValue();
      return ok(null);
    },
  },
  storeSnapshot: {
    input: none,
    run: async (_input, _env, ctx) => {
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
  },
  proposeImport: {
    input: ImportProposalSchema,
    run: async (input, env, ctx) => {
      await importProposalItem.setValue({ ...input, receivedAt: ctx.now });
      await env.openExtensionPage('/options.html#import-proposal');
      return ok(null);
    },
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
): { ok: true; input: Input<N> } | { ok: false; result: CommandResult<never> } {
  const parsed = (HANDLERS[name].input as z.ZodMiniType<Input<N>>).safeParse(raw);
  if (parsed.success) return { ok: true, input: parsed.data };
  const outcome = invalid(parsed.error);
  return { ok: false, result: outcome.ok ? failure('invalid', 'err.invalid') : outcome };
}
