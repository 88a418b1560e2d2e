import { addDays, type IsoDate, lenderInstant, lenderToday } from './dates';

/** "Remind me tomorrow": the next lender day at the user's reminder hour. */
export function snoozeUntil(today: IsoDate, reminderHour: number): number {
  return lenderInstant(addDays(today, 1), reminderHour);
}

export const SNOOZE_KINDS = ['laterToday', 'tomorrow', 'threeDaysBefore', 'dueDay'] as const;
export type SnoozeKind = (typeof SNOOZE_KINDS)[number];
export interface SnoozeChoice {
  kind: SnoozeKind;
  until: number;
}

/** "Later today" is this long from now, and offered only while it still falls on the same lender day. */
export const LATER_TODAY_MS = 3 * 60 * 60 * 1000;
/** The furthest a snooze may reach (the background refuses longer ones: reminders put off that long are lost). */
export const MAX_SNOOZE_MS = 30 * 24 * 60 * 60 * 1000;

/** Whether a snooze reaches past the furthest allowed at `now`. */
export const snoozeTooLong = (until: number, now: number): boolean => until > now + MAX_SNOOZE_MS;

/** The plan without the snoozes that reach too far: a plan from elsewhere (sync) is reminded of again, never silenced. */
export function withinSnoozeLimit<T extends { snoozes: ReadonlyArray<{ until: number }> }>(plan: T, now: number): T {
  return plan.snoozes.some((snooze) => snoozeTooLong(snooze.until, now))
    ? { ...plan, snoozes: plan.snoozes.filter((snooze) => !snoozeTooLong(snooze.until, now)) }
    : plan;
}

/**
 * When a reminder of an installment due on `dueDate` can be put off to, at `now`: later today, tomorrow,
 * 3 days before the due date and on the due day, each at the reminder hour. Only times still ahead, in
 * order, without repeats; a late installment is offered later today and tomorrow.
 */
export function snoozeChoices(now: number, dueDate: IsoDate, reminderHour: number): SnoozeChoice[] {
  const today = lenderToday(now);
  const laterToday = now + LATER_TODAY_MS;
  const candidates: SnoozeChoice[] = [
    { kind: 'laterToday', until: lenderToday(laterToday) === today ? laterToday : 0 },
    { kind: 'tomorrow', until: snoozeUntil(today, reminderHour) },
    { kind: 'threeDaysBefore', until: lenderInstant(addDays(dueDate, -3), reminderHour) },
    { kind: 'dueDay', until: lenderInstant(dueDate, reminderHour) },
  ];
  const choices: SnoozeChoice[] = [];
  for (const choice of candidates) {
    const last = choices[choices.length - 1];
    if (choice.until <= now || snoozeTooLong(choice.until, now) || (last && choice.until <= last.until)) continue;
    choices.push(choice);
  }
  return choices;
}
