import type { z } from 'zod/mini';
import type { IsoDate } from './dates';
import { type FieldIssue, issuesOf, type Plan, type PlanDraft, termsIssues } from './schemas';
import { planStatus } from './status';

// Pure plan commands: each takes the current plans and returns the next plans, or an error whose
// message is an i18n key. The background's single writer applies them one at a time.

export type ErrorCode = 'invalid' | 'not-found' | 'unreadable' | 'forbidden' | 'conflict' | 'internal';
export interface CommandError {
  code: ErrorCode;
  message: string;
  /** Which field is wrong and why, for views to show at the field or in words. */
  details?: FieldIssue[];
}
export type Outcome<T> = { ok: true; plans: Plan[]; value: T } | { ok: false; error: CommandError };
export interface CommandContext {
  now: number;
  today: IsoDate;
  newId: () => string;
}

const fail = (code: ErrorCode, message: string, details?: FieldIssue[]): Outcome<never> => ({
  ok: false,
  error: details ? { code, message, details } : { code, message },
});

/** Turns zod issues into a command error naming each field and its i18n key. */
export function invalid(error: z.core.$ZodError): Outcome<never> {
  return fail('invalid', 'err.invalid', issuesOf(error));
}

function termsProblem(draft: PlanDraft): Outcome<never> | null {
  const issues = termsIssues(draft);
  return issues.length > 0 ? fail('invalid', 'err.invalid', issues) : null;
}

const noSuchPeriod = (): Outcome<never> => fail('invalid', 'err.invalid', [{ path: 'period', key: 'err.noSuchPeriod' }]);

function withPlan<T>(plans: Plan[], id: string, change: (plan: Plan) => Outcome<T> | Plan): Outcome<T | Plan> {
  const index = plans.findIndex((plan) => plan.id === id);
  const plan = plans[index];
  if (!plan) return fail('not-found', 'err.notFound');
  const result = change(plan);
  if ('ok' in result) return result;
  const next = plans.slice();
  next[index] = result;
  return { ok: true, plans: next, value: result };
}

export function addPlan(plans: Plan[], draft: PlanDraft, paidThroughPeriod: number, ctx: CommandContext): Outcome<Plan> {
  const problem = termsProblem(draft);
  if (problem) return problem;
  const plan: Plan = {
    ...draft,
    id: ctx.newId(),
    payments: [],
    skippedPeriods: [],
    snoozes: [],
    archived: false,
    createdAt: ctx.now,
    updatedAt: ctx.now,
  };
  // Periods the user says were paid before the plan was entered are recorded as paid on their due dates.
  const paidThrough = Math.min(paidThroughPeriod, draft.periods);
  plan.payments = planStatus(plan, ctx.today)
    .slice(0, paidThrough)
    .map((row) => ({ id: ctx.newId(), period: row.period, amount: row.total, date: row.dueDate, note: '' }));
  return { ok: true, plans: [...plans, plan], value: plan };
}

export function updatePlan(plans: Plan[], id: string, draft: PlanDraft, ctx: CommandContext): Outcome<Plan> {
  const problem = termsProblem(draft);
  if (problem) return problem;
  return withPlan(plans, id, (plan) => {
    // Payments and skips beyond a shortened plan would point at periods that no longer exist.
    const inRange = (period: number) => period <= draft.periods;
    return {
      ...plan,
      ...draft,
      payments: plan.payments.filter((payment) => inRange(payment.period)),
      skippedPeriods: plan.skippedPeriods.filter(inRange),
      snoozes: plan.snoozes.filter((snooze) => inRange(snooze.period)),
      updatedAt: ctx.now,
    };
  }) as Outcome<Plan>;
}

export function deletePlan(plans: Plan[], id: string): Outcome<Plan> {
  const plan = plans.find((candidate) => candidate.id === id);
  if (!plan) return fail('not-found', 'err.notFound');
  return { ok: true, plans: plans.filter((candidate) => candidate.id !== id), value: plan };
}

/** Undo of a delete: puts the plan back as it was (replacing one with the same id, if any). */
export function restorePlan(plans: Plan[], plan: Plan): Outcome<Plan> {
  return { ok: true, plans: [...plans.filter((candidate) => candidate.id !== plan.id), plan], value: plan };
}

export function archivePlan(plans: Plan[], id: string, archived: boolean, ctx: CommandContext): Outcome<Plan> {
  return withPlan(plans, id, (plan) => ({ ...plan, archived, updatedAt: ctx.now })) as Outcome<Plan>;
}

export interface PaymentInput {
  planId: string;
  period: number;
  /** Absent: whatever is still owed for the period. */
  amount?: number | undefined;
  date: IsoDate;
  note?: string | undefined;
}

export function recordPayment(plans: Plan[], input: PaymentInput, ctx: CommandContext): Outcome<Plan> {
  return withPlan(plans, input.planId, (plan) => {
    const status = planStatus(plan, ctx.today).find((row) => row.period === input.period);
    if (!status) return noSuchPeriod();
    const amount = input.amount ?? status.remaining;
    if (amount <= 0) return fail('conflict', 'err.alreadyPaid');
    const payment = { id: ctx.newId(), period: input.period, amount, date: input.date, note: input.note ?? '' };
    return {
      ...plan,
      payments: [...plan.payments, payment],
      snoozes: plan.snoozes.filter((snooze) => snooze.period !== input.period),
      updatedAt: ctx.now,
    };
  }) as Outcome<Plan>;
}

export function undoPayment(plans: Plan[], planId: string, paymentId: string, ctx: CommandContext): Outcome<Plan> {
  return withPlan(plans, planId, (plan) => {
    if (!plan.payments.some((payment) => payment.id === paymentId)) return fail('not-found', 'err.notFound');
    return { ...plan, payments: plan.payments.filter((payment) => payment.id !== paymentId), updatedAt: ctx.now };
  }) as Outcome<Plan>;
}

export function skipPeriod(plans: Plan[], planId: string, period: number, skipped: boolean, ctx: CommandContext): Outcome<Plan> {
  return withPlan(plans, planId, (plan) => {
    if (period > plan.periods) return noSuchPeriod();
    const others = plan.skippedPeriods.filter((candidate) => candidate !== period);
    return { ...plan, skippedPeriods: skipped ? [...others, period].sort((a, b) => a - b) : others, updatedAt: ctx.now };
  }) as Outcome<Plan>;
}

export function snooze(plans: Plan[], planId: string, period: number, until: number, ctx: CommandContext): Outcome<Plan> {
  return withPlan(plans, planId, (plan) => {
    if (period > plan.periods) return noSuchPeriod();
    if (until <= ctx.now) return fail('invalid', 'err.snoozePast');
    return { ...plan, snoozes: [...plan.snoozes.filter((s) => s.period !== period), { period, until }], updatedAt: ctx.now };
  }) as Outcome<Plan>;
}
