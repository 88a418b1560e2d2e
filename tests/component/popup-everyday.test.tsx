// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { sendMessage } from '../../lib/messaging';
import { makePlan, payment } from '../unit/core/plan-factory';
import { command } from './command';
import { show } from './popup-render';

vi.mock('../../lib/messaging', () => ({ sendMessage: vi.fn() }));
const send = vi.mocked(sendMessage as unknown as (...args: unknown[]) => Promise<unknown>);

/** 2026-03-08 10:00 in Shanghai. */
/** The first row showing `name` (a plan may have a later period listed too). */
const ROW = (name: string) => screen.getAllByText(name)[0]?.closest('li') as HTMLElement;

beforeEach(() => {
  fakeBrowser.reset();
  send.mockReset();
});
afterEach(cleanup);

describe('a paid row leaves at once', () => {
  it('is gone before the background answers, and undo brings it back', async () => {
    const plan = makePlan({ firstDueDate: '2026-03-20' });
    await show([plan]);
    let answer: (value: unknown) => void = () => {};
    send.mockReturnValueOnce(new Promise((resolve) => (answer = resolve))).mockResolvedValueOnce({ ok: true, value: plan });
    fireEvent.click(screen.getByRole('button', { name: 'Mark paid: Xiaomi Installments · Xiaomi 15 Pro period 1' }));
    // No second click is possible: the row left with the first.
    expect(screen.queryByRole('button', { name: 'Mark paid: Xiaomi Installments · Xiaomi 15 Pro period 1' })).toBeNull();
    answer({ ok: true, value: { ...plan, payments: [payment(1, 107_200, '2026-03-08')] } });
    const status = await screen.findByText('Recorded the payment for Xiaomi 15 Pro period 1');
    fireEvent.click(within(status.parentElement as HTMLElement).getByRole('button', { name: 'Undo' }));
    expect(await screen.findByRole('button', { name: 'Mark paid: Xiaomi Installments · Xiaomi 15 Pro period 1' })).toBeTruthy();
  });

  it('comes back with the reason when the background refuses', async () => {
    await show([makePlan({ firstDueDate: '2026-03-20' })]);
    send.mockResolvedValueOnce({ ok: false, error: { code: 'conflict', message: 'err.alreadyPaid' } });
    fireEvent.click(screen.getByRole('button', { name: 'Mark paid: Xiaomi Installments · Xiaomi 15 Pro period 1' }));
    expect(await screen.findByText(/That did not work/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Mark paid: Xiaomi Installments · Xiaomi 15 Pro period 1' })).toBeTruthy();
  });
});

describe('the header’s figures', () => {
  it('count what is late in "this month", and say so', async () => {
    // 1,072.00 late since 1 March (last month's money is owed now) and 1,000.00 due 20 March.
    await show([
      makePlan({ id: 'late', title: 'Late', firstDueDate: '2026-02-28' }),
      makePlan({ id: 'tv', title: 'TV', method: 'interest-free', rate: 0, principal: 300_000, periods: 3, firstDueDate: '2026-03-20' }),
    ]);
    const month = screen.getByText('Due this month (incl. late)').nextElementSibling;
    // Period 1 (28 Feb) and period 2 (28 Mar) of the late plan, and the TV's 1,000.00.
    expect(month?.textContent).toBe('¥3,144.00');
  });

  it('keep the plain labels when nothing is late', async () => {
    await show([makePlan({ firstDueDate: '2026-03-20' })]);
    expect(screen.getByText('Due this month').nextElementSibling?.textContent).toBe('¥1,072.00');
  });
});

describe('"Repay now" per lender kind', () => {
  it('on a bank-card plan without an address says where to repay and opens the help, never jr.mi.com', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await show([makePlan({ id: 'card', lender: { kind: 'card', name: '招商银行' }, repayUrl: '', firstDueDate: '2026-03-20' })]);
    fireEvent.click(within(ROW('招商银行 · Xiaomi 15 Pro')).getByRole('button', { name: 'Repay at your bank' }));
    await waitFor(() => expect(create).toHaveBeenCalledWith({ url: expect.stringMatching(/options\.html#help\/card$/) }));
    expect(JSON.stringify(create.mock.calls)).not.toContain('jr.mi.com');
  });

  it('on a Xiaomi plan opens Xiaomi’s repayment site', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await show([makePlan({ repayUrl: '', firstDueDate: '2026-03-20' })]);
    fireEvent.click(screen.getByRole('button', { name: 'Repay now: Xiaomi Installments · Xiaomi 15 Pro' }));
    await waitFor(() => expect(create).toHaveBeenCalledWith({ url: 'https://jr.mi.com/' }));
  });
});

describe('snooze', () => {
  it('offers later today, tomorrow, 3 days before and the due day, by keyboard, and sends the chosen time', async () => {
    await show([makePlan({ firstDueDate: '2026-03-20' })]);
    const toggle = screen.getByRole('button', { name: 'Remind later: Xiaomi Installments · Xiaomi 15 Pro period 1' });
    fireEvent.click(toggle);
    const menu = await screen.findByRole('group', { name: 'Remind me again' });
    const options = within(menu).getAllByRole('button');
    expect(options.map((option) => option.textContent)).toEqual([
      'Today at 13:00',
      'Tomorrow at 09:00',
      '3 days before it is due (Mar 17, 09:00)',
      'On the due day (Mar 20, 09:00)',
    ]);
    await waitFor(() => expect(document.activeElement).toBe(options[0]));
    fireEvent.keyDown(options[1] as HTMLElement, { key: 'Escape' });
    expect(screen.queryByRole('group', { name: 'Remind me again' })).toBeNull();
    expect(document.activeElement).toBe(toggle);

    send.mockResolvedValueOnce({ ok: true, value: makePlan() });
    fireEvent.click(toggle);
    fireEvent.click(
      within(await screen.findByRole('group', { name: 'Remind me again' })).getByText('3 days before it is due (Mar 17, 09:00)'),
    );
    // 17 March 09:00 in Shanghai is 01:00 UTC.
    await waitFor(() =>
      expect(send).toHaveBeenCalledWith('snooze', command({ planId: 'plan-1', period: 1, until: Date.parse('2026-03-17T01:00:00Z') })),
    );
    expect(await screen.findByText('Will remind you on Mar 17 at 09:00 Beijing time')).toBeTruthy();
  });

  it("keeps one menu open: another row's toggle moves it there, its own toggle closes it", async () => {
    await show([makePlan({ firstDueDate: '2026-03-20' }), makePlan({ id: 'plan-2', title: 'Redmi K80', firstDueDate: '2026-03-25' })]);
    const first = screen.getByRole('button', { name: 'Remind later: Xiaomi Installments · Xiaomi 15 Pro period 1' });
    const second = screen.getByRole('button', { name: 'Remind later: Xiaomi Installments · Redmi K80 period 1' });
    fireEvent.click(first);
    const menu = await screen.findByRole('group', { name: 'Remind me again' });
    expect(first.getAttribute('aria-expanded')).toBe('true');
    expect(first.getAttribute('aria-controls')).toBe(menu.id);
    expect(ROW('Xiaomi Installments · Xiaomi 15 Pro').contains(menu)).toBe(true);

    fireEvent.click(second);
    await waitFor(() => expect(screen.getAllByRole('group', { name: 'Remind me again' })).toHaveLength(1));
    const moved = screen.getByRole('group', { name: 'Remind me again' });
    expect(ROW('Xiaomi Installments · Redmi K80').contains(moved)).toBe(true);
    expect(first.getAttribute('aria-expanded')).toBe('false');
    expect(second.getAttribute('aria-expanded')).toBe('true');

    fireEvent.click(second);
    await waitFor(() => expect(screen.queryByRole('group', { name: 'Remind me again' })).toBeNull());
    expect(second.getAttribute('aria-expanded')).toBe('false');
  });
});

describe('auto-repay the day after the due date', () => {
  const auto = makePlan({
    id: 'auto',
    firstDueDate: '2026-03-07',
    autoRepay: true,
    paymentMethod: { kind: 'bank-card', label: '招行 ****1234' },
  });

  it('reads "待确认扣款", not overdue, and asks whether the debit went through', async () => {
    await show([auto], 'zh-CN');
    const section = screen.getByRole('region', { name: '待确认扣款' });
    expect(within(section).getByText('自动扣款成功了吗？')).toBeTruthy();
    expect(screen.queryByRole('region', { name: '已逾期' })).toBeNull();
    expect(screen.queryByText(/逾期 1 天/)).toBeNull();
  });

  it('yes records the payment and the row leaves', async () => {
    await show([auto]);
    send.mockResolvedValueOnce({ ok: true, value: { ...auto, payments: [payment(1, 107_200, '2026-03-07')] } });
    fireEvent.click(screen.getByRole('button', { name: 'Yes, debited: Xiaomi Installments · Xiaomi 15 Pro period 1' }));
    await waitFor(() => expect(send).toHaveBeenCalledWith('confirmDebit', command({ planId: 'auto', period: 1, succeeded: true })));
    expect(screen.queryByText('Did the automatic debit go through?')).toBeNull();
    expect(await screen.findByText('Recorded the automatic debit for Xiaomi 15 Pro period 1')).toBeTruthy();
  });

  it('no opens the failed-debit help: what to check, repay now, customer service, the daily reminder', async () => {
    await show([auto]);
    send.mockResolvedValueOnce({ ok: true, value: { ...auto, debitFailed: [1] } });
    fireEvent.click(screen.getByRole('button', { name: 'No debit: Xiaomi Installments · Xiaomi 15 Pro period 1' }));
    await waitFor(() => expect(send).toHaveBeenCalledWith('confirmDebit', command({ planId: 'auto', period: 1, succeeded: false })));
    const help = await screen.findByRole('region', { name: 'No debit for Xiaomi Installments · Xiaomi 15 Pro period 1' });
    expect(help.textContent).toContain('is there enough money on the account (招行 ****1234)?');
    expect(help.textContent).toContain('per-payment or daily limit');
    expect(help.textContent).toContain('expired');
    expect(help.textContent).toContain('every day at 9:00');
    expect(within(help).getByRole('link', { name: 'Customer service website' }).getAttribute('href')).toBe('https://jr.mi.com/');
    expect(within(help).getByRole('button', { name: 'Repay now' })).toBeTruthy();
    await waitFor(() => expect(document.activeElement?.id).toBe('late-help-title'));
    fireEvent.click(within(help).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('region', { name: /No debit for/ })).toBeNull();
  });
});

describe('late rows', () => {
  it('show the customer service and reach the checklist', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await show([makePlan({ id: 'late', contact: { phone: '400-100-0000', url: '' }, firstDueDate: '2026-03-01' })]);
    const row = ROW('Xiaomi Installments · Xiaomi 15 Pro');
    expect(within(row).getByRole('link', { name: 'Customer service: 400-100-0000' }).getAttribute('href')).toBe('tel:4001000000');
    fireEvent.click(within(row).getByRole('button', { name: 'Late, what to do: Xiaomi Installments · Xiaomi 15 Pro period 1' }));
    const help = await screen.findByRole('region', { name: 'Xiaomi Installments · Xiaomi 15 Pro period 1 is past its due date' });
    fireEvent.click(within(help).getByRole('button', { name: 'Late payment checklist' }));
    await waitFor(() => expect(create).toHaveBeenCalledWith({ url: expect.stringMatching(/options\.html#help\/late$/) }));
  });
});

describe('rows across a storage change', () => {
  it('keeps an unchanged row’s elements, and so the focus, and draws a changed row anew', async () => {
    const phone = makePlan({ firstDueDate: '2026-03-20' });
    const redmi = makePlan({ id: 'plan-2', title: 'Redmi K80', firstDueDate: '2026-03-25' });
    await show([phone, redmi]);
    const toggle = screen.getByRole('button', { name: 'Remind later: Xiaomi Installments · Xiaomi 15 Pro period 1' });
    const other = screen.getByRole('button', { name: 'Remind later: Xiaomi Installments · Redmi K80 period 1' });
    toggle.focus();

    await fakeBrowser.storage.local.set({ plans: [phone, { ...redmi, title: 'Redmi K90' }] });
    expect(await screen.findByRole('button', { name: 'Remind later: Xiaomi Installments · Redmi K90 period 1' })).toBeTruthy();
    expect(screen.queryByText('Xiaomi Installments · Redmi K80')).toBeNull();
    expect(other.isConnected).toBe(false);
    expect(toggle.isConnected).toBe(true);
    expect(document.activeElement).toBe(toggle);
  });
});
