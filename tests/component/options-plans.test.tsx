// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PlansPage } from '../../components/options/plans-page';
import { sendMessage } from '../../lib/messaging';
import { makePlan, payment } from '../unit/core/plan-factory';
import { command } from './command';
import { renderOptions } from './options-render';

vi.mock('../../lib/messaging', () => ({ sendMessage: vi.fn() }));
const send = vi.mocked(sendMessage as unknown as (...args: unknown[]) => Promise<unknown>);

const TODAY = '2026-03-20';
const phone = makePlan({
  payments: [payment(1, 107_200, '2026-01-09'), payment(2, 107_200, '2026-02-10'), payment(3, 107_200, '2026-03-10')],
});

beforeEach(() => send.mockReset());
afterEach(cleanup);

describe('plans list', () => {
  it('shows progress, what is left and the true cost of each plan', () => {
    renderOptions(<PlansPage plans={{ ok: true, value: [phone] }} today={TODAY} />, 'en');
    const card = screen.getByRole('article', { name: 'Xiaomi 15 Pro' });
    const figure = (name: string) => card.querySelector(`[data-figure="${name}"]`)?.textContent;
    expect(figure('paid')).toBe('Paid 3/12');
    expect(figure('remaining-principal')).toBe('¥9,000.00');
    expect(figure('remaining-total')).toBe('¥9,648.00');
    expect(figure('next')).toBe('¥1,072.00 on Apr 10, 2026');
    expect(figure('nominal')).toBe('13.03%');
    expect(figure('effective')).toBe('13.84%');
    expect(figure('cost')).toBe('¥864.00');
  });

  it('sums up every active plan, and what is late', () => {
    const behind = makePlan({
      id: 'behind',
      title: 'Laptop',
      payments: [payment(1, 107_200, '2026-01-10'), payment(2, 107_200, '2026-02-10')],
    });
    renderOptions(<PlansPage plans={{ ok: true, value: [phone, behind] }} today={TODAY} />, 'en');
    const figure = (name: string) => document.querySelector(`[data-figure="${name}"]`)?.textContent;
    expect(figure('portfolio-left')).toBe('¥20,368.00');
    // 10 April (both plans) falls in the 30 days from 20 March; March's only open installment is the late one, and
    // what is late counts as due now (the figures say so), so this month's figure holds it.
    expect(figure('portfolio-month')).toBe('¥1,072.00');
    expect(figure('portfolio-30')).toBe('¥3,216.00');
    expect(figure('portfolio-late')).toBe('1 installment, ¥1,072.00, up to 10 days late');
  });

  it('keeps archived plans apart, behind their own filter', () => {
    renderOptions(
      <PlansPage plans={{ ok: true, value: [phone, makePlan({ id: 'old', title: 'Old laptop', archived: true })] }} today={TODAY} />,
      'en',
    );
    expect(screen.queryByRole('article', { name: 'Old laptop' })).toBeNull();
    expect(screen.getByRole('radio', { name: 'Archived 1' })).toBeTruthy();
  });
});

describe('archiving a plan', () => {
  it('archives and unarchives through the background', async () => {
    send.mockResolvedValue({ ok: true, value: phone });
    const archived = { ...phone, id: 'old', title: 'Old laptop', archived: true };
    renderOptions(<PlansPage plans={{ ok: true, value: [phone, archived] }} today={TODAY} />, 'en');
    fireEvent.click(within(screen.getByRole('article', { name: 'Xiaomi 15 Pro' })).getByRole('button', { name: 'Archive' }));
    // It still owes money, so it asks first (tests/component/options-archive.test.tsx).
    fireEvent.click(screen.getByRole('button', { name: 'Archive anyway' }));
    await waitFor(() => expect(send).toHaveBeenCalledWith('archivePlan', command({ id: phone.id, archived: true })));
    fireEvent.click(screen.getByRole('radio', { name: /^Archived/ }));
    fireEvent.click(within(await screen.findByRole('article', { name: 'Old laptop' })).getByRole('button', { name: 'Unarchive' }));
    await waitFor(() => expect(send).toHaveBeenCalledWith('archivePlan', command({ id: 'old', archived: false })));
  });
});

describe('deleting a plan', () => {
  it('asks first, with focus on the question, and cancelling deletes nothing', async () => {
    renderOptions(<PlansPage plans={{ ok: true, value: [phone] }} today={TODAY} />, 'zh-CN');
    const remove = screen.getByRole('button', { name: '删除' });
    fireEvent.click(remove);
    expect(screen.getByText('删除「Xiaomi 15 Pro」及其全部还款记录？删除后几秒内可以撤销。')).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: '确认删除' })));
    fireEvent.click(screen.getByRole('button', { name: '取消' }));
    expect(document.activeElement).toBe(remove);
    expect(send).not.toHaveBeenCalled();
  });

  it('deletes on confirmation and offers an undo that restores the very same plan', async () => {
    send.mockResolvedValue({ ok: true, value: phone });
    renderOptions(<PlansPage plans={{ ok: true, value: [phone] }} today={TODAY} />, 'zh-CN');
    fireEvent.click(screen.getByRole('button', { name: '删除' }));
    fireEvent.click(screen.getByRole('button', { name: '确认删除' }));
    await waitFor(() => expect(send).toHaveBeenCalledWith('deletePlan', command({ id: phone.id })));
    const toast = screen.getByRole('status');
    await waitFor(() => expect(toast.textContent).toContain('已删除「Xiaomi 15 Pro」'));
    fireEvent.click(within(toast).getByRole('button', { name: '撤销' }));
    await waitFor(() => expect(send).toHaveBeenCalledWith('restorePlan', command({ plan: phone })));
    await waitFor(() => expect(toast.textContent).toContain('已恢复「Xiaomi 15 Pro」'));
  });

  it('says so when the delete is refused, and offers no undo', async () => {
    send.mockResolvedValue({ ok: false, error: { code: 'not-found', message: 'err.notFound' } });
    renderOptions(<PlansPage plans={{ ok: true, value: [phone] }} today={TODAY} />, 'en');
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    fireEvent.click(within(screen.getByRole('group', { name: 'Confirm deletion' })).getByRole('button', { name: 'Delete' }));
    expect((await screen.findByRole('alert')).textContent).toBe('This plan no longer exists; it may have been deleted');
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
  });
});
