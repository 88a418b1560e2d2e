import { describe, expect, it } from 'vitest';
import { cachedPlanStatus, cachedReminders } from '../../../lib/background/status-cache';
import { lenderToday } from '../../../lib/core/dates';
import { logSent, type ReminderPlan, remindersOf } from '../../../lib/core/reminders';
import { DEFAULT_SETTINGS, type SentReminder, type Settings } from '../../../lib/core/schemas';
import { openInstallments } from '../../../lib/core/summary';
import { makePlan } from '../core/plan-factory';
import { at } from './harness';

// The reconcile's reminders, computed again only when they could differ: checked against remindersOf
// itself every 10 minutes over days with reminders due, late installments, a snooze and an auto-debit.

const PLANS = [
  makePlan({ id: 'due', firstDueDate: '2026-06-10' }),
  makePlan({ id: 'late', firstDueDate: '2026-06-05' }),
  makePlan({ id: 'snoozed', firstDueDate: '2026-06-11', snoozes: [{ period: 1, until: at('2026-06-09', 15, 30) }] }),
  makePlan({ id: 'debit', firstDueDate: '2026-06-09', autoRepay: true }),
  makePlan({ id: 'failed', firstDueDate: '2026-06-01', autoRepay: true, debitFailed: [1] }),
];

const summary = ({ due, nextAt }: ReminderPlan) => ({ due: due.map((reminder) => reminder.id), nextAt });

function walk(settings: Settings, from: number, to: number, step: number, log: SentReminder[] = []) {
  let sentLog = log;
  let last: ReminderPlan | null = null;
  let reused = 0;
  let sent = 0;
  for (let now = from; now <= to; now += step) {
    const today = lenderToday(now);
    const open = openInstallments(PLANS, today, cachedPlanStatus);
    const answer = cachedReminders(open, { plans: PLANS, settings, sentLog, today, now });
    expect(summary(answer), new Date(now).toISOString()).toEqual(summary(remindersOf(open, settings, sentLog, now)));
    if (answer === last) reused++;
    last = answer;
    if (answer.due.length > 0) {
      sent += answer.due.length;
      sentLog = logSent(sentLog, answer.due, now);
    }
  }
  return { reused, sent, sentLog };
}

describe('cachedReminders', () => {
  it('answers as remindersOf does at every moment, reusing its answer while nothing can have changed', () => {
    const { reused, sent } = walk(DEFAULT_SETTINGS, at('2026-06-06', 0), at('2026-06-12', 0), 10 * 60_000);
    expect(sent).toBeGreaterThan(5);
    expect(reused).toBeGreaterThan(700); // of 865 moments
  });

  it('answers again when the settings change, and when the clock goes back', () => {
    const first = walk(DEFAULT_SETTINGS, at('2026-06-09', 8), at('2026-06-09', 18), 30 * 60_000);
    const changed = walk(
      { ...DEFAULT_SETTINGS, reminderHour: 20, overdueNag: false },
      at('2026-06-09', 18),
      at('2026-06-10', 22),
      30 * 60_000,
      first.sentLog,
    );
    // Back to the morning with the same log: what was due then is reconsidered, not taken from the evening.
    walk(DEFAULT_SETTINGS, at('2026-06-10', 6), at('2026-06-10', 22), 30 * 60_000, changed.sentLog);
  });
});
