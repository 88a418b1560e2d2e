import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { logSent, planReminders } from '../../../lib/core/reminders';
import { DEFAULT_SETTINGS, type SentReminder } from '../../../lib/core/schemas';
import { planAtInstant } from './arbitraries';
import { DAY, HOUR } from './reminder-times';

describe('planReminders properties (every method, any state of repayment, any instant)', () => {
  it('only sends reminders whose time has come, looks again later, and sends nothing twice at one instant', () => {
    fc.assert(
      fc.property(planAtInstant(), ({ plan, now }) => {
        const first = planReminders([plan], DEFAULT_SETTINGS, [], now);
        expect(first.due.filter((reminder) => reminder.fireAt > now)).toEqual([]);
        if (first.nextAt !== null) expect(first.nextAt).toBeGreaterThan(now);
        expect(planReminders([plan], DEFAULT_SETTINGS, logSent([], first.due, now), now).due).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('sends each reminder at most once when woken at every next time for 70 days (plans of up to 24 periods)', () => {
    fc.assert(
      fc.property(planAtInstant(24), fc.boolean(), ({ plan, now: start }, overdueNag) => {
        const settings = { ...DEFAULT_SETTINGS, overdueNag };
        let log: SentReminder[] = [];
        const ids: string[] = [];
        // Wake at each announced next time, or every 6 hours when there is none (the periodic sweep).
        for (let now = start, step = 0; now < start + 70 * DAY && step < 400; step++) {
          const { due, nextAt } = planReminders([plan], settings, log, now);
          ids.push(...due.map((reminder) => reminder.id));
          log = logSent(log, due, now);
          now = Math.min(nextAt ?? Number.POSITIVE_INFINITY, now + 6 * HOUR);
        }
        expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
      }),
      { numRuns: 40 },
    );
    // 40 stories of 70 days take about 2 s on a quiet 2-core machine: room for one shared with the other suites.
  }, 30_000);
});
