// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PlanDetail } from '../../components/options/plan-detail';
import { sendMessage } from '../../lib/messaging';
import { makePlan, payment } from '../unit/core/plan-factory';
import { command } from './command';
import { renderOptions } from './options-render';

vi.mock('../../lib/messaging', () => ({ sendMessage: vi.fn() }));
const send = vi.mocked(sendMessage as unknown as (...args: unknown[]) => Promise<unknown>);

// Periods 1 and 2 paid, 3 due 10 Mar: on 20 Mar it is 10 days late (no grace).
const TODAY = '2026-03-20';
const plan = makePlan({ payments: [payment(1, 107_200, '2026-01-10'), payment(2, 107_200, '2026-02-10')] });

beforeEach(() => send.mockReset());
afterEach(cleanup);

describe('plan detail', () => {
  it('shows each period’s state, with days late and the penalty so far', () => {
    renderOptions(<PlanDetail plan={plan} today={TODAY} />, 'en');
    const row = (period: number) => screen.getByRole('row', { name: new RegExp(`^${period}/12 `) });
    expect(within(row(1)).getByText('Paid')).toBeTruthy();
    // ¥1,072.00 × 0.05 % × 10 days = ¥5.36.
    expect(within(row(3)).getByText('Overdue 10 days, late charge about ¥5.36')).toBeTruthy();
    expect(within(row(4)).getByText('Upcoming')).toBeTruthy();
  });

  it('records a partial payment in fen, for the chosen period and date', async () => {
    send.mockResolvedValue({ ok: true, value: plan });
    renderOptions(<PlanDetail plan={plan} today={TODAY} />, 'en');
    fireEvent.click(screen.getByRole('button', { name: 'Record payment (period 3)' }));
    const form = screen.getByRole('form', { name: 'Record a payment for period 3' });
    const amount = within(form).getByLabelText('Amount paid (yuan)') as HTMLInputElement;
    expect(amount.value).toBe('1072.00');
    expect(document.activeElement).toBe(amount);
    fireEvent.input(amount, { target: { value: '0' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Record payment' }));
    expect(within(form).getByText('The amount must be more than 0')).toBeTruthy();
    expect(send).not.toHaveBeenCalled();
    fireEvent.input(amount, { target: { value: '500.5' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Record payment' }));
    await waitFor(() =>
      expect(send).toHaveBeenCalledWith('recordPayment', command({ planId: plan.id, period: 3, amount: 50_050, date: TODAY })),
    );
  });

  it('refuses more than the period owes until the user marks it as an overpayment', async () => {
    send.mockResolvedValue({ ok: true, value: plan });
    renderOptions(<PlanDetail plan={plan} today={TODAY} />, 'en');
    fireEvent.click(screen.getByRole('button', { name: 'Record payment (period 3)' }));
    const form = screen.getByRole('form', { name: 'Record a payment for period 3' });
    fireEvent.input(within(form).getByLabelText('Amount paid (yuan)'), { target: { value: '99999' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Record payment' }));
    expect(within(form).getByText(/More than this period still owes/)).toBeTruthy();
    expect(send).not.toHaveBeenCalled();
    fireEvent.click(within(form).getByLabelText('Overpayment (more than this period owes)'));
    fireEvent.click(within(form).getByRole('button', { name: 'Record payment' }));
    await waitFor(() =>
      expect(send).toHaveBeenCalledWith(
        'recordPayment',
        command({ planId: plan.id, period: 3, amount: 9_999_900, overpay: true, date: TODAY }),
      ),
    );
  });

  it('skips a period through the background and says so', async () => {
    send.mockResolvedValue({ ok: true, value: plan });
    renderOptions(<PlanDetail plan={plan} today={TODAY} />, 'zh-CN');
    fireEvent.click(screen.getByRole('button', { name: '跳过（第 4 期）' }));
    await waitFor(() => expect(send).toHaveBeenCalledWith('skipPeriod', command({ planId: plan.id, period: 4, skipped: true })));
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('已跳过第 4 期，不再提醒'));
  });

  it('quotes an early payoff: what is due plus the remaining principal and, for 小米分期, every remaining fee', () => {
    renderOptions(<PlanDetail plan={plan} today={TODAY} />, 'en');
    const payoff = screen.getByRole('region', { name: 'Pay off today' });
    // Period 3 in full (¥1,072.00) + principal of 4–12 (¥9,000.00) + fees of 4–12 (¥648.00)
    // + period 3's late charge, 10 days at 0.05 %: 107,200 × 0.0005 × 10 = 536 fen (¥5.36).
    expect(payoff.querySelector('[data-figure="payoff"]')?.textContent).toBe('¥10,725.36');
    expect(within(payoff).getByText('Late charges (estimate)').nextElementSibling?.textContent).toBe('¥5.36');
    expect(within(payoff).getByText(/^Paying off early saves no fees: the lender still charges every remaining period’s fee/)).toBeTruthy();
  });
});
