// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SECTION_ROWS } from '../../components/popup/agenda-view';
import { PopupApp } from '../../components/popup/popup-app';
import { loadPopupData } from '../../components/popup/popup-data';
import { buildAgendaSnapshot } from '../../lib/core/agenda-snapshot';
import { DEFAULT_SETTINGS } from '../../lib/core/schemas';
import { sendMessage } from '../../lib/messaging';
import { makePlan, payment } from '../unit/core/plan-factory';
import { command } from './command';
import { NOW, show } from './popup-render';

vi.mock('../../lib/messaging', () => ({ sendMessage: vi.fn() }));
const send = vi.mocked(sendMessage as unknown as (...args: unknown[]) => Promise<unknown>);

beforeEach(() => {
  fakeBrowser.reset();
  send.mockReset();
});
afterEach(cleanup);

describe('popup sections', () => {
  it('puts each open installment in its section: overdue, today, this week, the next 30 days, later (collapsed)', async () => {
    await show([
      makePlan({ id: 'late', title: 'Late phone', firstDueDate: '2026-03-01' }),
      makePlan({ id: 'today', title: 'Today band', firstDueDate: '2026-03-08', periods: 3, principal: 30_000 }),
      makePlan({ id: 'week', title: 'Week watch', firstDueDate: '2026-03-14', periods: 3, principal: 60_000 }),
      makePlan({ id: 'month', title: 'Month TV', firstDueDate: '2026-03-31', periods: 3, principal: 90_000 }),
    ]);
    const titles = (name: string) =>
      within(screen.getByRole('region', { name }))
        .getAllByRole('listitem')
        .map((row) => row.querySelector('.row__name')?.textContent);
    expect(titles('Overdue')).toEqual(['Xiaomi Installments · Late phone']);
    expect(titles('Today')).toEqual(['Xiaomi Installments · Today band']);
    expect(titles('This week')).toEqual(['Xiaomi Installments · Week watch']);
    // 8 March + 29 days = 6 April: the late phone's period 2 (1 April) is listed too, though next month.
    expect(titles('Next 30 days')).toEqual(['Xiaomi Installments · Month TV', 'Xiaomi Installments · Late phone']);
    // Later holds what lies beyond, closed until asked for.
    const later = screen.getByText('Later').closest('details') as HTMLDetailsElement;
    expect(later.open).toBe(false);
    expect(later.querySelectorAll('.row')).toHaveLength(0);
    expect(screen.getByRole('alert').textContent).toContain('¥1,072.00 overdue, 7 d late; penalty so far about ¥3.75.');
  });

  it('shows the first rows of a long section and the rest on request', async () => {
    const many = Array.from({ length: SECTION_ROWS + 5 }, (_, i) =>
      makePlan({ id: `p${i}`, title: `Plan ${i}`, firstDueDate: '2026-03-01' }),
    );
    await show(many);
    const overdue = screen.getByRole('region', { name: 'Overdue' });
    expect(within(overdue).getAllByRole('listitem')).toHaveLength(SECTION_ROWS);
    fireEvent.click(within(overdue).getByRole('button', { name: 'Show 5 more' }));
    expect(within(overdue).getAllByRole('listitem')).toHaveLength(SECTION_ROWS + 5);
  });

  it('says so when the stored plans cannot be read, and lists nothing', async () => {
    await fakeBrowser.storage.local.set({ plans: [{ id: 'broken' }], settings: { ...DEFAULT_SETTINGS, language: 'en' } });
    render(<PopupApp now={NOW} />);
    expect(await screen.findByRole('heading', { name: 'Saved data could not be read' })).toBeTruthy();
    expect(screen.queryAllByRole('listitem')).toHaveLength(0);
  });

  it('welcomes a new user with what to do', async () => {
    await show([], 'zh-CN');
    // The welcome loads with its words (it is seen once), a turn after the popup's first render.
    expect(await screen.findByRole('heading', { name: '还没有分期计划' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '添加第一笔分期' })).toBeTruthy();
  });
});

describe('the agenda the background keeps', () => {
  const phone = makePlan({ id: 'phone', title: 'Phone', firstDueDate: '2026-03-10' });
  const band = makePlan({ id: 'band', title: 'Band', firstDueDate: '2026-03-10' });

  it('is what the popup shows when it is today’s, without reading the plans', async () => {
    await fakeBrowser.storage.local.set({ agenda: buildAgendaSnapshot([phone], '2026-03-08') });
    await show([band]);
    expect(screen.getByRole('region', { name: 'This week' }).textContent).toContain('Phone');
    expect(screen.queryByText(/Band/)).toBeNull();
  });

  it('is ignored once the day has changed: the popup computes from the plans instead', async () => {
    await fakeBrowser.storage.local.set({ agenda: buildAgendaSnapshot([phone], '2026-03-07') });
    await show([band]);
    expect(screen.getByRole('region', { name: 'This week' }).textContent).toContain('Band');
  });

  it('written while the popup’s first read is still out, is painted with its words (the read and the strings arrive together)', async () => {
    await fakeBrowser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, language: 'en' } });
    // A first read that never answers: only the reload the background's write starts can paint.
    render(<PopupApp now={NOW} initial={new Promise(() => {})} />);
    await fakeBrowser.storage.local.set({ agenda: buildAgendaSnapshot([phone], '2026-03-08') });
    expect((await screen.findByRole('region', { name: 'This week' })).textContent).toContain('Phone');
    await waitFor(() => expect(document.title).toBe('Repay Helper'));
  });

  it('is loaded with the strings of the language the settings pick, so no render waits for words', async () => {
    await fakeBrowser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, language: 'zh-CN' } });
    const data = await loadPopupData(NOW);
    expect(data.locale).toBe('zh-CN');
    expect(data.t('title')).toBe('还款助手');
  });

  it('lists the later installments when "Later" is opened', async () => {
    await fakeBrowser.storage.local.set({ agenda: buildAgendaSnapshot([phone], '2026-03-08') });
    await show([phone]);
    const later = screen.getByText('Later').closest('details') as HTMLDetailsElement;
    expect(later.textContent).toContain('11');
    later.open = true;
    fireEvent(later, new Event('toggle'));
    await waitFor(() => expect(later.querySelectorAll('.row')).toHaveLength(11));
  });
});

describe('mark paid', () => {
  it('records the payment through the background and offers an undo that removes it', async () => {
    const plan = makePlan({ firstDueDate: '2026-03-08' });
    await show([plan]);
    const recorded = { ...plan, payments: [payment(1, 107_200, '2026-03-08')] };
    send.mockResolvedValueOnce({ ok: true, value: recorded }).mockResolvedValueOnce({ ok: true, value: plan });
    fireEvent.click(screen.getByRole('button', { name: 'Mark paid: Xiaomi Installments · Xiaomi 15 Pro period 1' }));
    await waitFor(() => expect(send).toHaveBeenCalledWith('recordPayment', command({ planId: 'plan-1', period: 1, date: '2026-03-08' })));
    const status = await screen.findByText('Recorded the payment for Xiaomi 15 Pro period 1');
    fireEvent.click(within(status.parentElement as HTMLElement).getByRole('button', { name: 'Undo' }));
    await waitFor(() =>
      expect(send).toHaveBeenLastCalledWith('undoPayment', command({ planId: 'plan-1', paymentId: recorded.payments[0]?.id })),
    );
    expect(await screen.findByText('Undone')).toBeTruthy();
  });

  it('says why when the background refuses', async () => {
    await show([makePlan({ firstDueDate: '2026-03-08' })]);
    send.mockResolvedValueOnce({ ok: false, error: { code: 'unreadable', message: 'err.unreadable' } });
    fireEvent.click(screen.getByRole('button', { name: 'Mark paid: Xiaomi Installments · Xiaomi 15 Pro period 1' }));
    expect(await screen.findByText('That did not work: Saved data could not be read; it was kept exactly as it was')).toBeTruthy();
  });
});
