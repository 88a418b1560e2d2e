import { describe, expect, it } from 'vitest';
import { badgeCount } from '../../../lib/core/reminders';
import { DEFAULT_SETTINGS } from '../../../lib/core/schemas';
import { makePlan, payment } from './plan-factory';
import { DUE, OVERDUE_1, utc } from './reminder-times';

describe('badgeCount', () => {
  it('counts open installments due within 3 days and those already late', () => {
    // 8 Jan in Shanghai: plan-1's 10 Jan is within 3 days; plan-2's 5 Jan is overdue; plan-3's 12 Jan is 4 days out.
    const plans = [
      makePlan(),
      makePlan({ id: 'plan-2', firstDueDate: '2026-01-05' }),
      makePlan({ id: 'plan-3', firstDueDate: '2026-01-12' }),
      makePlan({ id: 'plan-4', firstDueDate: '2026-01-09', archived: true }),
      makePlan({ id: 'plan-5', firstDueDate: '2026-01-09', payments: [payment(1, 107_200, '2026-01-01')] }),
      makePlan({ id: 'plan-6', firstDueDate: '2026-01-09', skippedPeriods: [1] }),
    ];
    expect(badgeCount(plans, DEFAULT_SETTINGS, utc('2026-01-08T02:00:00Z'))).toEqual({ count: 2, overdue: 1 });
  });

  it('counts an installment due today without calling it overdue', () => {
    expect(badgeCount([makePlan()], DEFAULT_SETTINGS, DUE)).toEqual({ count: 1, overdue: 0 });
    expect(badgeCount([makePlan()], DEFAULT_SETTINGS, OVERDUE_1)).toEqual({ count: 1, overdue: 1 });
  });

  it('counts by the date in Shanghai, not in UTC', () => {
    // 16:00 UTC on 6 Jan is already 7 Jan in Shanghai: 10 Jan comes within 3 days.
    expect(badgeCount([makePlan()], DEFAULT_SETTINGS, utc('2026-01-06T15:59:59Z')).count).toBe(0);
    expect(badgeCount([makePlan()], DEFAULT_SETTINGS, utc('2026-01-06T16:00:00Z')).count).toBe(1);
  });
});
