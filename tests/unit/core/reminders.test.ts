import { describe, expect, it } from 'vitest';
import { logSent, planReminders } from '../../../lib/core/reminders';
import { DEFAULT_SETTINGS, type Plan, type SentReminder, type Settings } from '../../../lib/core/schemas';
import { makePlan, payment } from './plan-factory';
import { DAY, DUE, HOUR, LEAD_1, LEAD_3, NEXT_MONTH_LEAD_3, OVERDUE_1, OVERDUE_2, utc } from './reminder-times';

const NAG_OFF: Settings = { ...DEFAULT_SETTINGS, overdueNag: false };
const dueIds = (plans: Plan[], log: SentReminder[], now: number, settings: Settings = DEFAULT_SETTINGS) =>
  planReminders(plans, settings, log, now).due.map((reminder) => reminder.id);
const sent = (...ids: string[]): SentReminder[] => ids.map((id) => ({ id, at: LEAD_3 }));

describe('planReminders: lead and due-day reminders', () => {
  const plan = makePlan();

  it('reminds again after the user corrects the due date, even though the old date’s reminder was sent', () => {
    // The 3-day reminder for 10 January went out; the plan is then corrected to the 20th.
    const corrected = makePlan({ firstDueDate: '2026-01-20' });
    expect(dueIds([corrected], sent('plan-1:1:lead-3@2026-01-10'), LEAD_3 + 10 * DAY)).toEqual(['plan-1:1:lead-3@2026-01-20']);
  });

  it('sends nothing before the 3-day reminder and names its time as the next', () => {
    expect(planReminders([plan], DEFAULT_SETTINGS, [], LEAD_3 - 1)).toEqual({ due: [], nextAt: LEAD_3 });
  });

  it('reminds 3 days before at 9:00 in Shanghai, then looks again at the 1-day reminder', () => {
    const { due, nextAt } = planReminders([plan], DEFAULT_SETTINGS, [], LEAD_3);
    expect(due).toHaveLength(1);
    expect(due[0]).toMatchObject({
      id: 'plan-1:1:lead-3@2026-01-10',
      kind: 'lead',
      fireAt: LEAD_3,
      plan: { id: 'plan-1' },
      status: { period: 1 },
    });
    expect(nextAt).toBe(LEAD_1);
  });

  it('reminds 1 day before at 9:00', () => {
    const { due, nextAt } = planReminders([plan], DEFAULT_SETTINGS, sent('plan-1:1:lead-3@2026-01-10'), LEAD_1);
    expect(due.map(({ id, kind }) => ({ id, kind }))).toEqual([{ id: 'plan-1:1:lead-1@2026-01-10', kind: 'lead' }]);
    expect(nextAt).toBe(DUE);
  });

  it('reminds on the due day at 9:00', () => {
    const { due } = planReminders([plan], DEFAULT_SETTINGS, sent('plan-1:1:lead-3@2026-01-10', 'plan-1:1:lead-1@2026-01-10'), DUE);
    expect(due.map(({ id, kind }) => ({ id, kind }))).toEqual([{ id: 'plan-1:1:due@2026-01-10', kind: 'due' }]);
  });

  it('uses the reminder hour from the settings', () => {
    // 20:00 in Shanghai is 12:00 UTC.
    const settings = { ...DEFAULT_SETTINGS, reminderHour: 20 };
    expect(planReminders([plan], settings, [], LEAD_3).nextAt).toBe(utc('2026-01-07T12:00:00Z'));
    expect(dueIds([plan], [], utc('2026-01-07T12:00:00Z'), settings)).toEqual(['plan-1:1:lead-3@2026-01-10']);
  });

  it('sends only the 1-day reminder when the 3-day one was missed while the computer slept', () => {
    expect(dueIds([plan], [], LEAD_1 + 2 * HOUR)).toEqual(['plan-1:1:lead-1@2026-01-10']);
  });

  it('sends nothing for an installment paid before its reminder and waits for the next period', () => {
    const paid = makePlan({ payments: [payment(1, 107_200, '2026-01-05')] });
    expect(planReminders([paid], DEFAULT_SETTINGS, [], LEAD_1)).toEqual({ due: [], nextAt: NEXT_MONTH_LEAD_3 });
  });

  it('ignores archived plans', () => {
    expect(planReminders([makePlan({ archived: true })], DEFAULT_SETTINGS, [], DUE)).toEqual({ due: [], nextAt: null });
  });

  it('ignores skipped periods', () => {
    expect(dueIds([makePlan({ skippedPeriods: [1] })], [], DUE)).toEqual([]);
  });

  it('reminds about every plan due, earliest due date first', () => {
    const earlier = makePlan({ id: 'plan-0', title: 'Earlier', firstDueDate: '2026-01-09' });
    // At 9 Jan 9:00: plan-0 is due today, plan-1 due tomorrow.
    expect(dueIds([plan, earlier], [], LEAD_1)).toEqual(['plan-0:1:due@2026-01-09', 'plan-1:1:lead-1@2026-01-10']);
  });
});

describe('planReminders: overdue', () => {
  const plan = makePlan();
  const beforeOverdue = sent('plan-1:1:lead-3@2026-01-10', 'plan-1:1:lead-1@2026-01-10', 'plan-1:1:due@2026-01-10');

  it('nags daily at 9:00 after the due date when the overdue nag is on', () => {
    expect(dueIds([plan], beforeOverdue, OVERDUE_1)).toEqual(['plan-1:1:overdue-1@2026-01-10']);
    expect(planReminders([plan], DEFAULT_SETTINGS, [...beforeOverdue, ...sent('plan-1:1:overdue-1@2026-01-10')], OVERDUE_1).nextAt).toBe(
      OVERDUE_2,
    );
    expect(dueIds([plan], [...beforeOverdue, ...sent('plan-1:1:overdue-1@2026-01-10')], OVERDUE_2)).toEqual([
      'plan-1:1:overdue-2@2026-01-10',
    ]);
  });

  it('sends yesterday’s missed overdue reminder on waking before today’s reminder hour', () => {
    // Asleep through 11 Jan 9:00; woken 12 Jan 8:30 in Shanghai (00:30 UTC).
    expect(dueIds([plan], beforeOverdue, OVERDUE_2 - 30 * 60 * 1000)).toEqual(['plan-1:1:overdue-1@2026-01-10']);
  });

  it('keeps nagging a month later, once a day', () => {
    // 10 Feb 9:00 is 31 days after 10 Jan. Period 2 is due the same day, so it is reminded too.
    expect(dueIds([plan], [], utc('2026-02-10T01:00:00Z'))).toEqual(['plan-1:1:overdue-31@2026-01-10', 'plan-1:2:due@2026-02-10']);
  });

  it('sends nothing after the due day when the overdue nag is off', () => {
    const { due, nextAt } = planReminders([plan], NAG_OFF, beforeOverdue, OVERDUE_1);
    expect(due).toEqual([]);
    expect(nextAt).toBe(NEXT_MONTH_LEAD_3);
    expect(dueIds([plan], beforeOverdue, OVERDUE_1 + 5 * DAY, NAG_OFF)).toEqual([]);
  });

  it('does not send a reminder more than 60 days late', () => {
    const single = makePlan({ periods: 1, principal: 100_000 });
    // The due-day reminder (10 Jan 9:00) missed: still sent 59 days later, not 61 days later.
    expect(dueIds([single], sent('plan-1:1:lead-3@2026-01-10', 'plan-1:1:lead-1@2026-01-10'), DUE + 59 * DAY, NAG_OFF)).toEqual([
      'plan-1:1:due@2026-01-10',
    ]);
    expect(dueIds([single], sent('plan-1:1:lead-3@2026-01-10', 'plan-1:1:lead-1@2026-01-10'), DUE + 61 * DAY, NAG_OFF)).toEqual([]);
  });
});

describe('planReminders: idempotence', () => {
  const plan = makePlan();

  it('sends nothing when planned again at the same instant after logging what was sent', () => {
    const now = LEAD_3 + 5 * 60 * 1000;
    const first = planReminders([plan], DEFAULT_SETTINGS, [], now);
    expect(first.due).toHaveLength(1);
    const log = logSent([], first.due, now);
    expect(planReminders([plan], DEFAULT_SETTINGS, log, now)).toEqual({ due: [], nextAt: first.nextAt });
  });

  it('sends each reminder exactly once when checked every hour from 1 to 13 January', () => {
    let log: SentReminder[] = [];
    const fired: Array<[string, number]> = [];
    for (let now = utc('2026-01-01T00:00:00Z'); now <= utc('2026-01-13T00:00:00Z'); now += HOUR) {
      const { due } = planReminders([plan], DEFAULT_SETTINGS, log, now);
      for (const reminder of due) fired.push([reminder.id, now]);
      log = logSent(log, due, now);
    }
    expect(fired).toEqual([
      ['plan-1:1:lead-3@2026-01-10', LEAD_3],
      ['plan-1:1:lead-1@2026-01-10', LEAD_1],
      ['plan-1:1:due@2026-01-10', DUE],
      ['plan-1:1:overdue-1@2026-01-10', OVERDUE_1],
      ['plan-1:1:overdue-2@2026-01-10', OVERDUE_2],
    ]);
  });
});

describe('planReminders: changing the lead days', () => {
  const plan = makePlan();

  it('does not send a second reminder for the same installment on the same day', () => {
    // 3-day reminder sent at 09:00 on 7 January; at 10:00 the user adds a 5-day lead, whose time has
    // passed and which the log does not hold: it would be due now, but the installment was reminded today.
    const log = logSent([], [{ id: 'plan-1:1:lead-3@2026-01-10' }], LEAD_3);
    expect(dueIds([plan], log, LEAD_3 + HOUR, { ...DEFAULT_SETTINGS, leadDays: [5, 1, 0] })).toEqual([]);
    // The next day's reminder still comes.
    expect(dueIds([plan], log, LEAD_3 + DAY, { ...DEFAULT_SETTINGS, leadDays: [5, 2, 1, 0] })).toEqual(['plan-1:1:lead-2@2026-01-10']);
  });

  it('still lets a snooze that ends later the same day remind again', () => {
    const snoozed = makePlan({ snoozes: [{ period: 1, until: LEAD_3 + 3 * HOUR }] });
    const log = logSent([], [{ id: 'plan-1:1:lead-3@2026-01-10' }], LEAD_3);
    expect(dueIds([snoozed], log, LEAD_3 + 3 * HOUR)).toEqual([`plan-1:1:snooze-${LEAD_3 + 3 * HOUR}@2026-01-10`]);
  });
});

describe('planReminders: snooze', () => {
  // Snoozed on 9 Jan until 14:00 in Shanghai (06:00 UTC).
  const until = utc('2026-01-09T06:00:00Z');
  const plan = makePlan({ snoozes: [{ period: 1, until }] });
  const log = sent('plan-1:1:lead-3@2026-01-10');

  it('silences reminders until the snooze ends and names its end as the next time', () => {
    expect(planReminders([plan], DEFAULT_SETTINGS, log, LEAD_1)).toEqual({ due: [], nextAt: until });
  });

  it('fires once when the snooze ends, then waits for the due-day reminder', () => {
    const atEnd = planReminders([plan], DEFAULT_SETTINGS, log, until);
    expect(atEnd.due.map(({ id, kind }) => ({ id, kind }))).toEqual([{ id: `plan-1:1:snooze-${until}@2026-01-10`, kind: 'snooze' }]);
    const logged = logSent(log, atEnd.due, until);
    expect(planReminders([plan], DEFAULT_SETTINGS, logged, until + HOUR)).toEqual({ due: [], nextAt: DUE });
    expect(dueIds([plan], logged, DUE)).toEqual(['plan-1:1:due@2026-01-10']);
  });

  it('only silences the snoozed period', () => {
    const other = makePlan({ snoozes: [{ period: 2, until: utc('2026-02-09T06:00:00Z') }] });
    expect(dueIds([other], log, LEAD_1)).toEqual(['plan-1:1:lead-1@2026-01-10']);
  });
});
