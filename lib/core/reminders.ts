import type { AwaitedStatement, CardPlan } from './card-statement';
import { addDays, daysBetween, type IsoDate, lenderInstant, lenderToday } from './dates';
import { isLate } from './installment-state';
import type { Plan, SentReminder, Settings } from './schemas';
import type { InstallmentStatus } from './status';
import { compareText, type DueItem, openInstallments } from './summary';

export type ReminderKind = 'lead' | 'due' | 'overdue' | 'snooze' | 'confirm';

export interface Reminder {
  /**
   * Stable across runs: `planId:period:kind[-n]@dueDate`; the sent-log is keyed by it. The due date is
   * part of it so that correcting a plan's dates brings its reminders back instead of finding them sent.
   */
  id: string;
  kind: ReminderKind;
  fireAt: number;
  plan: Plan;
  status: InstallmentStatus;
}

export interface ReminderPlan {
  /** Reminders whose time has come and that the sent-log does not hold. */
  due: Reminder[];
  /** When the next reminder falls due after `now`, if any. */
  nextAt: number | null;
}

const DAY_MS = 24 * 60 * 60 * 1000;
/** A reminder this old is not sent late (the badge and popup still show the installment). */
export const STALE_AFTER_MS = 60 * DAY_MS;
/** Sent-log entries are kept this long; longer than STALE_AFTER_MS so nothing is ever sent twice. */
export const SENT_LOG_TTL_MS = 90 * DAY_MS;

/**
 * The reminders of one open installment around `now`: for each, only the latest one whose time has
 * come matters (a 1-day reminder supersedes the 3-day one missed while the computer slept), and the
 * earliest one still ahead. A snooze silences everything before its end and fires at its end.
 */
function installmentReminders(plan: Plan, status: InstallmentStatus, settings: Settings, now: number) {
  const key = `${plan.id}:${status.period}`;
  const at = (daysFromDue: number) => lenderInstant(addDays(status.dueDate, daysFromDue), settings.reminderHour);
  const id = (kind: string) => `${key}:${kind}@${status.dueDate}`;
  const candidates: Array<Omit<Reminder, 'plan' | 'status'>> = [];
  for (const days of settings.leadDays) {
    candidates.push(
      days === 0 ? { id: id('due'), kind: 'due', fireAt: at(0) } : { id: id(`lead-${days}`), kind: 'lead', fireAt: at(-days) },
    );
  }
  // An automatic debit is asked about the day after, whatever the settings; a failed one is nagged daily until paid.
  if (status.state === 'unconfirmed') candidates.push({ id: id('confirm'), kind: 'confirm', fireAt: at(1) });
  if (settings.overdueNag || plan.debitFailed?.includes(status.period)) {
    // Daily from the day after the due date: yesterday's (or the first) and the next one suffice.
    const today = lenderToday(now);
    const late = Math.max(1, daysBetween(status.dueDate, today));
    for (const day of [late - 1, late, late + 1]) {
      if (day >= 1) candidates.push({ id: id(`overdue-${day}`), kind: 'overdue', fireAt: at(day) });
    }
  }
  const snoozeUntil = Math.max(0, ...plan.snoozes.filter((s) => s.period === status.period).map((s) => s.until));
  if (snoozeUntil > 0) candidates.push({ id: id(`snooze-${snoozeUntil}`), kind: 'snooze', fireAt: snoozeUntil });

  let latest: (typeof candidates)[number] | null = null;
  let next: number | null = null;
  for (const candidate of candidates) {
    if (candidate.fireAt < snoozeUntil) continue;
    if (candidate.fireAt <= now) {
      if (!latest || candidate.fireAt > latest.fireAt) latest = candidate;
    } else if (next === null || candidate.fireAt < next) {
      next = candidate.fireAt;
    }
  }
  return { latest: latest && now - latest.fireAt < STALE_AFTER_MS ? latest : null, next };
}

/** The installment a reminder id is about: `planId:period:kind@dueDate` → `planId:period@dueDate`. */
const installmentOf = (id: string) => id.replace(/:[^:@]+@/, '@');

/** Which reminders to send at `now` and when to look again. Pure: the caller sends and logs. */
export function planReminders(plans: readonly Plan[], settings: Settings, sentLog: readonly SentReminder[], now: number): ReminderPlan {
  return remindersOf(openInstallments(plans, lenderToday(now)), settings, sentLog, now);
}

/** `planReminders` over open installments already computed for `now`'s date (one status pass per run). */
export function remindersOf(open: readonly DueItem[], settings: Settings, sentLog: readonly SentReminder[], now: number): ReminderPlan {
  const sent = new Set(sentLog.map((entry) => entry.id));
  const today = lenderToday(now);
  // One reminder per installment per day: changing the lead days must not make another one due today.
  const remindedToday = new Set(sentLog.filter((entry) => lenderToday(entry.at) === today).map((entry) => installmentOf(entry.id)));
  const due: Reminder[] = [];
  let nextAt: number | null = null;
  for (const { plan, status } of open) {
    const { latest, next } = installmentReminders(plan, status, settings, now);
    const repeat = latest && latest.kind !== 'snooze' && remindedToday.has(installmentOf(latest.id));
    if (latest && !sent.has(latest.id) && !repeat) due.push({ ...latest, plan, status });
    if (next !== null && (nextAt === null || next < nextAt)) nextAt = next;
  }
  due.sort((a, b) => compareText(a.status.dueDate, b.status.dueDate) || compareText(a.id, b.id));
  return { due, nextAt };
}

/** The sent-log after sending `reminders` at `now`, with entries past their TTL dropped. */
export function logSent(sentLog: readonly SentReminder[], reminders: readonly Pick<Reminder, 'id'>[], now: number): SentReminder[] {
  const kept = sentLog.filter((entry) => now - entry.at < SENT_LOG_TTL_MS);
  const known = new Set(kept.map((entry) => entry.id));
  for (const { id } of reminders) if (!known.has(id)) kept.push({ id, at: now });
  return kept;
}

/** Installments counted on the badge: open, not skipped, due within the longest lead window. */
export function badgeCount(plans: readonly Plan[], settings: Settings, now: number): { count: number; overdue: number } {
  const today = lenderToday(now);
  return badgeCountOf(openInstallments(plans, today), settings, today);
}

/** `badgeCount` over open installments already computed for `today`. */
export function badgeCountOf(open: readonly DueItem[], settings: Settings, today: IsoDate): { count: number; overdue: number } {
  const horizon = addDays(today, Math.max(0, ...settings.leadDays));
  let count = 0;
  let overdue = 0;
  for (const { status } of open) {
    if (status.dueDate > horizon) continue;
    count++;
    if (isLate(status)) overdue++;
  }
  return { count, overdue };
}

/** "Next month's card statement is out: enter it", for a statement set to repeat (see statementsAwaited). */
export interface StatementReminder {
  /** `planId:1:statement@nextStatementDate`, logged like the installments' reminders. */
  id: string;
  fireAt: number;
  plan: CardPlan;
  statementDate: IsoDate;
}

/** The reminders of the awaited statements (statementsAwaited) due at `now` and not yet sent: on the next statement's date at the reminder hour. */
export function statementReminders(
  awaited: readonly AwaitedStatement[],
  settings: Settings,
  sentLog: readonly SentReminder[],
  now: number,
): { due: StatementReminder[]; nextAt: number | null } {
  const sent = new Set(sentLog.map((entry) => entry.id));
  const due: StatementReminder[] = [];
  let nextAt: number | null = null;
  for (const { plan, statementDate } of awaited) {
    const fireAt = lenderInstant(statementDate, settings.reminderHour);
    const id = `${plan.id}:1:statement@${statementDate}`;
    if (fireAt > now) nextAt = nextAt === null ? fireAt : Math.min(nextAt, fireAt);
    else if (!sent.has(id) && now - fireAt < STALE_AFTER_MS) due.push({ id, fireAt, plan, statementDate });
  }
  return { due, nextAt };
}
