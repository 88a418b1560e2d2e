// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CardMinimum } from '../../components/options/card-minimum';
import { CashflowChart } from '../../components/options/cashflow-chart';
import { PayoffPanel } from '../../components/options/payoff-panel';
import { PayoffPlanPage } from '../../components/options/payoff-plan-page';
import { PlanningContext } from '../../components/options/planning-context';
import { readRateLines } from '../../components/options/planning-settings';
import { RateFigures } from '../../components/options/rate-figures';
import { SettingsPage } from '../../components/options/settings-page';
import { draftFigures } from '../../lib/core/figures';
import { DEFAULT_SETTINGS } from '../../lib/core/schemas';
import { sendMessage } from '../../lib/messaging';
import { makePlan, payment } from '../unit/core/plan-factory';
import { renderOptions } from './options-render';

vi.mock('../../lib/messaging', () => ({ sendMessage: vi.fn() }));
const send = vi.mocked(sendMessage as unknown as (...args: unknown[]) => Promise<unknown>);
beforeEach(() => send.mockReset());
afterEach(cleanup);

const paidThrough = (periods: number, amount: number) =>
  Array.from({ length: periods }, (_, index) => payment(index + 1, amount, '2026-01-01'));
// The worked example of tests/unit/core/planner.test.ts: A (fee, no waiver) and B (12 % annuity), on 1 March 2026.
const A = makePlan({ id: 'a', title: 'Phone', payments: paidThrough(2, 107_200) });
const B = makePlan({
  id: 'b',
  title: 'Laptop',
  method: 'annuity',
  rate: 0.12,
  firstDueDate: '2026-01-15',
  payments: paidThrough(2, 106_619),
});
const TODAY = '2026-03-01';

describe('early payoff panel', () => {
  it('says plainly that a fee plan without the waiver saves no fees, and that keeping it costs 0 %', () => {
    renderOptions(<PayoffPanel plan={A} today={TODAY} />);
    expect(screen.getByText(/^提前还清不省手续费/)).toBeTruthy();
    expect(document.querySelector('[data-figure="remaining-rate"]')?.textContent).toBe('0.00%');
  });

  it('names the waived fees and the remaining payments’ rate when the lender waives them', () => {
    renderOptions(<PayoffPanel plan={{ ...A, waivesFutureFeesOnPayoff: true }} today={TODAY} />, 'en');
    // 9 × 7,200 fees waived = ¥648.00; IRR of 10 × 1,072.00 against 10,072.00: 15.79 %.
    expect(screen.getByText('Paying off now saves ¥648.00: the lender waives the later periods’ fees.')).toBeTruthy();
    expect(document.querySelector('[data-figure="remaining-rate"]')?.textContent).toBe('15.79%');
  });
});

describe('rate warning lines', () => {
  const figures = (rate: number) => draftFigures({ principal: 1_200_000, periods: 12, method: 'fee', rate, firstDueDate: '2026-01-10' });
  const show = (rate: number, lines?: number[]) =>
    renderOptions(
      <PlanningContext.Provider value={lines ? { rateLines: lines } : {}}>
        <RateFigures rate={figures(rate).rate} cost={0} total={0} fee={rate} />
      </PlanningContext.Provider>,
    );

  it('shows a per-period fee beside its annual rate, unmarked under the lines', () => {
    show(0.006);
    expect(document.querySelector('[data-figure="per-period"]')?.textContent).toBe('每期 0.60%，折合年化约 13.03%');
    expect(document.querySelector('[data-rate-line]')).toBeNull();
  });

  it('marks the highest line reached: 2 % a month is past 36 %', () => {
    show(0.02);
    expect(document.querySelector('[data-rate-line]')?.textContent).toMatch(/达到或超过 36% 警戒线$/);
  });

  it('follows the user’s lines', () => {
    show(0.006, [0.12]);
    expect(document.querySelector('[data-rate-line]')?.textContent).toMatch(/12% 警戒线$/);
  });

  it('reads typed lines as percentages', () => {
    expect(readRateLines('36，24')).toEqual([0.24, 0.36]);
    expect(readRateLines('')).toEqual([]);
    expect(readRateLines('24 36 48 60')).toBeNull();
    expect(readRateLines('abc')).toBeNull();
    expect(readRateLines('0')).toBeNull();
  });
});

describe('settings', () => {
  it('saves the rate lines, the income and the threshold, and refuses what is not one', () => {
    send.mockResolvedValue({ ok: true, value: DEFAULT_SETTINGS });
    renderOptions(<SettingsPage settings={DEFAULT_SETTINGS} readable />, 'en');
    const lines = screen.getByLabelText('Rate warning lines (annual %)') as HTMLInputElement;
    expect(lines.value).toBe('24, 36');
    fireEvent.change(lines, { target: { value: '15.4, 24' } });
    expect(send).toHaveBeenLastCalledWith(
      'updateSettings',
      expect.objectContaining({ input: expect.objectContaining({ rateLines: [0.154, 0.24] }) }),
    );
    const income = screen.getByLabelText('Monthly income (yuan, optional)');
    fireEvent.change(income, { target: { value: '15,000' } });
    expect(send).toHaveBeenLastCalledWith(
      'updateSettings',
      expect.objectContaining({ input: expect.objectContaining({ monthlyIncome: 1_500_000 }) }),
    );
    const threshold = screen.getByLabelText('Warn when repayments exceed this share of income (%)');
    fireEvent.change(threshold, { target: { value: '150' } });
    expect(threshold.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Enter a number from 1 to 100.')).toBeTruthy();
  });
});

describe('monthly burden in the cash-flow chart', () => {
  it('marks the months above the share of income', () => {
    // Income ¥2,000.00 at 50 %: March owes A's 1,072.00 and B's 1,066.19 = 2,138.19 (107 %), over.
    renderOptions(
      <PlanningContext.Provider value={{ monthlyIncome: 200_000 }}>
        <CashflowChart plans={[A, B]} today={TODAY} />
      </PlanningContext.Provider>,
      'en',
    );
    expect(document.querySelector('[data-figure="burden"]')?.textContent).toBe('In 10 months repayments exceed 50% of the monthly income.');
    expect(document.querySelectorAll('[data-over-month]').length).toBe(10);
    expect(document.querySelector('[data-over-month="2026-03"]')).toBeTruthy();
  });
});

describe('payoff plan page', () => {
  it('compares a one-off with paying on schedule, clearing the costlier plan first', () => {
    renderOptions(<PayoffPlanPage plans={[A, B]} today={TODAY} />, 'en');
    expect(screen.getByText(/^The extra is not enough/)).toBeTruthy();
    fireEvent.input(screen.getByLabelText('One-off this month (yuan)'), { target: { value: '10199.14' } });
    // B cleared today saves 46,271 fen; debt-free in August instead of December.
    expect(screen.getByText('With this plan you are debt-free in August 2026, 4 months sooner, and pay ¥462.71 less.')).toBeTruthy();
    const order = screen.getByRole('table', { name: 'Order' });
    const rows = within(order).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.getAttribute('data-plan'))).toEqual(['b', 'a']);
    fireEvent.click(screen.getByLabelText('Smallest balance first'));
    expect(
      within(screen.getByRole('table', { name: 'Order' }))
        .getAllByRole('row')[1]
        ?.getAttribute('data-plan'),
    ).toBe('a');
  });

  it('says what is wrong with an amount that is not one', () => {
    renderOptions(<PayoffPlanPage plans={[A]} today={TODAY} />, 'en');
    const extra = screen.getByLabelText('Extra each month (yuan)');
    fireEvent.input(extra, { target: { value: '12.345' } });
    expect(extra.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Enter an amount of 0 or more with at most two decimals.')).toBeTruthy();
  });
});

describe('card minimum-payment estimate', () => {
  it('says what paying only the minimum costs, on the whole statement by default', () => {
    renderOptions(<CardMinimum />);
    const type = (label: string, value: string) => fireEvent.input(screen.getByLabelText(label), { target: { value } });
    type('账单日', '2026-03-05');
    type('到期还款日', '2026-03-25');
    type('本期账单金额（元）', '10,000');
    type('最低还款额（元）', '1000');
    // 10,000.00 × 0.05 % × 20 days + 9,000.00 × 0.05 % × 11 days = 100.00 + 49.50.
    expect(screen.getByText('只还最低还款额，预计利息 ¥149.50')).toBeTruthy();
    fireEvent.click(screen.getByLabelText('只对未还部分计息'));
    expect(screen.getByText('只还最低还款额，预计利息 ¥139.50')).toBeTruthy();
    type('最低还款额（元）', '20000');
    expect(screen.getByText('最低还款额不能大于账单金额。')).toBeTruthy();
  });
});
