// @vitest-environment happy-dom
import { cleanup, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PlanDetail } from '../../components/options/plan-detail';
import { makePlan } from '../unit/core/plan-factory';
import { renderOptions } from './options-render';

vi.mock('../../lib/messaging', () => ({ sendMessage: vi.fn() }));
afterEach(cleanup);

// ¥1,000.00 over 360 periods at 24 % annuity: period 350 clears the balance, 351–360 are ¥0.00 (tests/unit/core/nothing-due.test.ts).
const plan = makePlan({ principal: 100_000, periods: 360, method: 'annuity', rate: 0.24, firstDueDate: '2026-01-10' });

describe('plan detail: periods of ¥0.00', () => {
  it('reads “无需还款”, offers no action, and is not counted as paid', { timeout: 30_000 }, () => {
    renderOptions(<PlanDetail plan={plan} today="2026-01-01" />, 'zh-CN');
    // Rows by position: asking happy-dom for 360 rows by accessible name takes seconds each.
    const rows = [...document.querySelectorAll<HTMLElement>('table.schedule tbody tr')];
    expect(rows).toHaveLength(360);
    const row = (period: number) => {
      const found = rows[period - 1] as HTMLElement;
      expect(found.querySelector('th')?.textContent).toBe(`第 ${period}/360 期`);
      return found;
    };
    for (const period of [351, 360]) {
      expect(within(row(period)).getByText('无需还款')).toBeTruthy();
      expect(within(row(period)).queryAllByRole('button')).toEqual([]);
    }
    expect(within(row(350)).getByText('待还')).toBeTruthy();
    expect(rows.filter((tr) => tr.textContent?.includes('已还'))).toEqual([]);
    expect(document.querySelector('[data-figure="paid"]')?.textContent).toContain('已还 0/350 期，另有 10 期无需还款');
  });
});
