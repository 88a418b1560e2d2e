import type { IsoDate } from '../core/dates';
import { type ReminderPlan, remindersOf } from '../core/reminders';
import type { Plan, SentReminder, Settings } from '../core/schemas';
import { type InstallmentStatus, planStatus } from '../core/status';
import type { DueItem } from '../core/summary';

// Each plan's installments, computed once per stored version of it and day: the plans' cache hands the
// same object back while a plan is unchanged, so a reconcile after one change builds one schedule.

const statuses = new WeakMap<Plan, { today: IsoDate; statuses: InstallmentStatus[] }>();

export function cachedPlanStatus(plan: Plan, today: IsoDate): InstallmentStatus[] {
  const hit = statuses.get(plan);
  if (hit?.today === today) return hit.statuses;
  const computed = planStatus(plan, today);
  statuses.set(plan, { today, statuses: computed });
  return computed;
}

interface RemindersInput {
  plans: readonly Plan[];
  settings: Settings;
  sentLog: readonly SentReminder[];
  today: IsoDate;
  now: number;
}

let lastReminders: { input: RemindersInput; answer: ReminderPlan } | null = null;

const sameLog = (a: readonly SentReminder[], b: readonly SentReminder[]) =>
  a.length === b.length && a.every((entry, i) => entry.id === b[i]?.id && entry.at === b[i]?.at);

/** Whether `answer`, given for `before`, is remindersOf's answer for `input` too. */
function stillAnswers(before: RemindersInput, answer: ReminderPlan, input: RemindersInput): boolean {
  return (
    answer.due.length === 0 &&
    before.today === input.today &&
    before.now <= input.now &&
    (answer.nextAt === null || input.now < answer.nextAt) &&
    before.plans.length === input.plans.length &&
    before.plans.every((plan, i) => plan === input.plans[i]) &&
    JSON.stringify(before.settings) === JSON.stringify(input.settings) &&
    sameLog(before.sentLog, input.sentLog)
  );
}

/**
 * remindersOf over `open` (the open installments of `plans` on `today`), computed again only when it
 * could answer differently. Over the same plans (the same objects: the plans' cache hands them back
 * while unchanged), settings and sent-log, later on the same day and before the last answer's `nextAt`,
 * a last answer with nothing due still holds: no reminder's time came in between (`nextAt` is the
 * earliest), and a reminder whose time has come only leaves by going stale. An answer with something
 * due is logged, which changes the sent-log.
 */
export function cachedReminders(open: readonly DueItem[], input: RemindersInput): ReminderPlan {
  if (lastReminders && stillAnswers(lastReminders.input, lastReminders.answer, input)) return lastReminders.answer;
  const answer = remindersOf(open, input.settings, input.sentLog, input.now);
  // A copy of the log: the one kept in memory while the stored one is unreadable changes in place.
  lastReminders = { input: { ...input, sentLog: [...input.sentLog] }, answer };
  return answer;
}
