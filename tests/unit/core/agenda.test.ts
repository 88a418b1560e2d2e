import { describe, expect, it } from 'vitest';
import { groupAgenda } from '../../../lib/core/agenda';
import { openInstallments } from '../../../lib/core/summary';
import { makePlan } from './plan-factory';

const sectionOf = (today: string, firstDueDate: string, graceDays = 0) => {
  const agenda = groupAgenda(openInstallments([makePlan({ firstDueDate, graceDays, periods: 3, principal: 30_000 })], today), today);
  return Object.entries(agenda).find(([, items]) => items[0]?.status.period === 1)?.[0];
};

describe('groupAgenda', () => {
  it('sorts by the lender’s date: late, today, the next 6 days, the rest of the month, later', () => {
    expect(sectionOf('2026-03-08', '2026-03-07')).toBe('overdue');
    expect(sectionOf('2026-03-08', '2026-03-07', 3)).toBe('overdue'); // in grace still counts as late
    expect(sectionOf('2026-03-08', '2026-03-08')).toBe('today');
    expect(sectionOf('2026-03-08', '2026-03-14')).toBe('week');
    expect(sectionOf('2026-03-08', '2026-03-15')).toBe('month');
    expect(sectionOf('2026-03-08', '2026-03-31')).toBe('month');
    expect(sectionOf('2026-03-08', '2026-04-01')).toBe('later');
  });

  it('keeps a week that crosses the month end in "this week"', () => {
    expect(sectionOf('2026-03-28', '2026-04-02')).toBe('week');
    expect(sectionOf('2026-03-28', '2026-04-04')).toBe('later');
  });
});
