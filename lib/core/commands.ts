import type { z } from 'zod/mini';
import { addMonthsClamped, type IsoDate } from './dates';
import { type FieldIssue, issuesOf } from './field-issues';
import type { Plan, PlanDraft } from './schemas';
import { snoozeTooLong } from './snooze';
import { planStatus } from './status';
import { termsIssues } from './terms';

// Pure plan commands: each takes the one plan it changes and returns its next state, or an error whose
// message is an i18n key. The background's single writer applies them one at a time and stores only
// the plan that changed.

export type ErrorCode = 'invalid' | 'not-found' | 'unreadable' | 'forbidden' | 'conflict' | 'internal';
export interface CommandError {
  code: ErrorCode;
  message: string;
  /** Which field is wrong and why, for views to show at the field or in words. */
  details?: FieldIssue[];
}
export type Change = { ok: true; plan: Plan } | { ok: false; error: CommandError };
export interface CommandContext {
  now: number;
  today: IsoDate;
  newId: () => string;
}

const fail = (code: ErrorCode, message: string, details?: FieldIssue[]): Change & { ok: false } => ({
  ok: false,
  error: details ? { code, message, details } : { code, message },
});
const changed = (plan: Plan): Change => ({ ok: true, plan });

/** Turns zod issues into a command error naming each field and its i18n key. */
export function invalid(error: z.core.$ZodError): Change & { ok: false } {
  return fail('invalid', 'err.invalid', issuesOf(error));
}

function termsProblem(draft: PlanDraft): (Change & { ok: false }) | null {
  const issues = termsIssues(draft);
  return issues.length > 0 ? fail('invalid', 'err.invalid', issues) : null;
}

const noSuchPeriod = (): Change & { ok: false } => fail('invalid', 'err.invalid', [{ path: 'period', key: 'err.noSuchPeriod' }]);

/** The earlier of two dates (ISO dates compare as strings; Math.min would not). */
function notAfter(date: IsoDate, last: IsoDate): IsoDate {
  if (date > last) return last;
  return date;
}

export function addPlan(draft: PlanDraft, paidThroughPeriod: number, ctx: CommandContext): Change {
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
  // Periods the user says were paid before the plan was entered are recorded as paid on their due dates,
  // or today for those not yet due (a store page marks a future row 已还 when it was paid early): no
  // payment is ever dated in the future, as recordPayment refuses too.
  const paidThrough = Math.min(paidThroughPeriod, draft.periods);
  plan.payments = planStatus(plan, ctx.today)
    .slice(0, paidThrough)
    .filter((row) => row.total > 0) // a period of ¥0.00 asks for nothing: no payment of 0 to record
    .map((row) => ({
      id: ctx.newId(),
      period: row.period,
      amount: row.total,
      date: notAfter(row.dueDate, ctx.today),
      note: '',
    }));
  return changed(plan);
}

export function updatePlan(plan: Plan, draft: PlanDraft, ctx: CommandContext): Change {
  const problem = termsProblem(draft);
  if (problem) return problem;
  // Payments and skips beyond a shortened plan would point at periods that no longer exist.
  const inRange = (period: number) => period <= draft.periods;
  // A draft without a statement part makes the plan an installment plan again: the part is not kept.
  const { card: _statement, ...kept } = plan;
  return changed({
    ...kept,
    ...draft,
    payments: plan.payments.filter((payment) => inRange(payment.period)),
    skippedPeriods: plan.skippedPeriods.filter(inRange),
    snoozes: plan.snoozes.filter((snooze) => inRange(snooze.period)),
    updatedAt: ctx.now,
  });
}

export function archivePlan(plan: Plan, archived: boolean, ctx: CommandContext): Change {
  return changed({ ...plan, archived, updatedAt: ctx.now });
}

export interface PaymentInput {
  /** More than the period still owes is refused unless the user says it is an overpayment. */
  overpay?: boolean | undefined;
  period: number;
  /** Absent: whatever is still owed for the period. */
  amount?: number | undefined;
  date: IsoDate;
  note?: string | undefined;
}

/** How long before the first due date a payment can be: the purchase itself, a month or two earlier. */
export const PAYMENT_LEAD_MONTHS = 3;

export function recordPayment(plan: Plan, input: PaymentInput, ctx: CommandContext): Change {
  const status = planStatus(plan, ctx.today).find((row) => row.period === input.period);
  if (!status) return noSuchPeriod();
  if (input.date > ctx.today) return fail('invalid', 'err.invalid', [{ path: 'date', key: 'err.paymentInFuture' }]);
  if (input.date < addMonthsClamped(plan.firstDueDate, -PAYMENT_LEAD_MONTHS))
    return fail('invalid', 'err.invalid', [{ path: 'date', key: 'err.paymentBeforePlan' }]);
  const amount = input.amount ?? status.remaining;
  if (amount <= 0) return fail('conflict', 'err.alreadyPaid');
  if (amount > status.remaining && !input.overpay) return fail('invalid', 'err.invalid', [{ path: 'amount', key: 'err.overpayment' }]);
  const payment = { id: ctx.newId(), period: input.period, amount, date: input.date, note: input.note ?? '' };
  return changed({
    ...plan,
    payments: [...plan.payments, payment],
    snoozes: plan.snoozes.filter((snooze) => snooze.period !== input.period),
    updatedAt: ctx.now,
  });
}

export function undoPayment(plan: Plan, paymentId: string, ctx: CommandContext): Change {
  if (!plan.payments.some((payment) => payment.id === paymentId)) return fail('not-found', 'err.notFound');
  return changed({ ...plan, payments: plan.payments.filter((payment) => payment.id !== paymentId), updatedAt: ctx.now });
}

export function skipPeriod(plan: Plan, period: number, skipped: boolean, ctx: CommandContext): Change {
  if (period > plan.periods) return noSuchPeriod();
  const others = plan.skippedPeriods.filter((candidate) => candidate !== period);
  return changed({ ...plan, skippedPeriods: skipped ? [...others, period].sort((a, b) => a - b) : others, updatedAt: ctx.now });
}

export function snooze(plan: Plan, period: number, until: number, ctx: CommandContext): Change {
  if (period > plan.periods) return noSuchPeriod();
  if (until <= ctx.now) return fail('invalid', 'err.snoozePast');
  if (snoozeTooLong(until, ctx.now)) return fail('invalid', 'err.invalid', [{ path: 'until', key: 'err.snoozeTooLong' }]);
  return changed({ ...plan, snoozes: [...plan.snoozes.filter((s) => s.period !== period), { period, until }], updatedAt: ctx.now });
}

/**
 * The user's answer to "did the automatic debit go through?" for a period past its due date: yes records
 * what it owed as paid on the due date; no marks the debit failed, so the period is late as usual.
 */
export function confirmDebit(plan: Plan, period: number, succeeded: boolean, ctx: CommandContext): Change {
  const status = planStatus(plan, ctx.today).find((row) => row.period === period);
  if (!status) return noSuchPeriod();
  const failed = (plan.debitFailed ?? []).filter((candidate) => candidate !== period);
  if (!succeeded) return changed({ ...plan, debitFailed: [...failed, period].sort((a, b) => a - b), updatedAt: ctx.now });
  if (status.remaining === 0) return fail('conflict', 'err.alreadyPaid');
  const date = notAfter(status.dueDate, ctx.today);
  const paid = recordPayment(plan, { period, date }, ctx);
  return paid.ok ? changed({ ...paid.plan, debitFailed: failed }) : paid;
}
