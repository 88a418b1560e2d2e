// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PlanCard } from '../../components/options/plan-card';
import { sendMessage } from '../../lib/messaging';
import { makePlan, payment } from '../unit/core/plan-factory';
import { command } from './command';
import { renderOptions } from './options-render';

vi.mock('../../lib/messaging', () => ({ sendMessage: vi.fn() }));
const send = vi.mocked(sendMessage as unknown as (...args: unknown[]) => Promise<unknown>);
beforeEach(() => send.mockReset());
afterEach(cleanup);

const TODAY = '2026-03-20';
// 12 × ¥1,072.00; periods 1 and 2 paid: 10 × 1,072.00 = ¥10,720.00 still owed.
const owing = makePlan({ payments: [payment(1, 107_200, '2026-01-10'), payment(2, 107_200, '2026-02-10')] });
const paidUp = makePlan({
  id: 'done',
  title: 'Paid phone',
  periods: 1,
  principal: 100_000,
  payments: [payment(1, 100_600, '2026-01-10')],
});

describe('archiving a plan that still owes money', () => {
  it('asks first, naming the amount, with focus on the answer; Escape declines and returns focus', async () => {
    renderOptions(<PlanCard plan={owing} today={TODAY} writable />, 'zh-CN');
    const archive = screen.getByRole('button', { name: '归档' });
    fireEvent.click(archive);
    const question = screen.getByRole('group', { name: '确认归档' });
    expect(question.textContent).toContain('「Xiaomi 15 Pro」还有 ¥10,720.00 没有还清');
    expect(archive.getAttribute('aria-expanded')).toBe('true');
    const yes = within(question).getByRole('button', { name: '仍要归档' });
    await waitFor(() => expect(document.activeElement).toBe(yes));
    fireEvent.keyDown(yes, { key: 'Escape' });
    expect(screen.queryByRole('group', { name: '确认归档' })).toBeNull();
    expect(document.activeElement).toBe(archive);
    expect(send).not.toHaveBeenCalled();
  });

  it('archives once confirmed', async () => {
    send.mockResolvedValue({ ok: true, value: { ...owing, archived: true } });
    renderOptions(<PlanCard plan={owing} today={TODAY} writable />, 'en');
    fireEvent.click(screen.getByRole('button', { name: 'Archive' }));
    expect(screen.getByRole('group', { name: 'Confirm archiving' }).textContent).toContain('still owes ¥10,720.00');
    fireEvent.click(screen.getByRole('button', { name: 'Archive anyway' }));
    await waitFor(() => expect(send).toHaveBeenCalledWith('archivePlan', command({ id: owing.id, archived: true })));
    expect(screen.queryByRole('group', { name: 'Confirm archiving' })).toBeNull();
  });

  it('archives a paid-up plan, and unarchives any plan, in one click', async () => {
    send.mockResolvedValue({ ok: true, value: paidUp });
    renderOptions(<PlanCard plan={paidUp} today={TODAY} writable />, 'en');
    fireEvent.click(screen.getByRole('button', { name: 'Archive' }));
    await waitFor(() => expect(send).toHaveBeenCalledWith('archivePlan', command({ id: 'done', archived: true })));
    cleanup();
    renderOptions(<PlanCard plan={{ ...owing, archived: true }} today={TODAY} writable />, 'en');
    fireEvent.click(screen.getByRole('button', { name: 'Unarchive' }));
    await waitFor(() => expect(send).toHaveBeenCalledWith('archivePlan', command({ id: owing.id, archived: false })));
  });
});
