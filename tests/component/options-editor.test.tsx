// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PlanEditor } from '../../components/options/plan-editor';
import { emptyForm } from '../../components/options/plan-form';
import { DEFAULT_REPAY_URLS } from '../../lib/core/lenders';
import type { Locale } from '../../lib/i18n/translate';
import { sendMessage } from '../../lib/messaging';
import { makePlan } from '../unit/core/plan-factory';
import { command } from './command';
import { errorOf, renderOptions, typeInto as type } from './options-render';

vi.mock('../../lib/messaging', () => ({ sendMessage: vi.fn() }));
const send = vi.mocked(sendMessage as unknown as (...args: unknown[]) => Promise<unknown>);

const TODAY = '2026-11-25';
const onSaved = vi.fn();

function renderEditor(locale: Locale, today = TODAY) {
  return renderOptions(
    <PlanEditor initial={emptyForm(today)} today={today} heading="editor" onSaved={onSaved} onCancel={() => {}} />,
    locale,
  );
}
beforeEach(() => {
  send.mockReset();
  onSaved.mockReset();
});
afterEach(cleanup);

describe('plan editor validation', () => {
  it('says in Chinese what is wrong with each field, next to the field', () => {
    renderEditor('zh-CN');
    const principal = type('分期本金（元）', '十二块');
    const periods = type('期数', '0');
    const rate = type('每期手续费率（%）', '9');
    expect(principal.getAttribute('aria-invalid')).toBe('true');
    expect(errorOf(principal)).toBe('金额只能包含数字和小数点，例如 5999 或 5999.50');
    expect(errorOf(periods)).toBe('期数应为 1 到 360 的整数');
    // The fee check comes from checkTerms once everything else is valid.
    fireEvent.input(periods, { target: { value: '12' } });
    fireEvent.input(principal, { target: { value: '12000' } });
    expect(errorOf(rate)).toBe('每期手续费率不应超过 5%');
  });

  it('says the same in English', () => {
    renderEditor('en');
    const principal = type('Principal (yuan)', '-5');
    const url = type('Repayment page address (optional)', 'jr.mi.com');
    const grace = type('Grace days', '45');
    expect(errorOf(principal)).toBe('The amount cannot be negative');
    expect(errorOf(url)).toBe('Enter a web address starting with https:// (or http://)');
    expect(errorOf(grace)).toBe('Grace days must be 0 to 30');
  });

  it('shows no message for a field the user has not touched yet', () => {
    renderEditor('en');
    const title = screen.getByLabelText('Plan name');
    expect(title.getAttribute('aria-invalid')).toBe('false');
    expect(errorOf(title)).toBe('');
  });

  it('on submit marks every invalid field, focuses the first and sends nothing', async () => {
    renderEditor('zh-CN');
    fireEvent.click(screen.getByRole('button', { name: '添加计划' }));
    const title = screen.getByLabelText('计划名称');
    expect(errorOf(title)).toBe('请填写名称');
    expect(errorOf(screen.getByLabelText('分期本金（元）'))).toBe('请输入金额');
    expect(document.activeElement).toBe(title);
    expect(send).not.toHaveBeenCalled();
  });

  it('asks for the lender name when the lender is "other"', () => {
    renderEditor('en');
    fireEvent.change(screen.getByLabelText('Lender'), { target: { value: 'other' } });
    const name = type('Lender name', '');
    expect(errorOf(name)).toBe('Enter a name');
  });
});

describe('plan editor live preview', () => {
  it('shows the schedule, the true annual rates and the cost as the user types', () => {
    renderEditor('en');
    const preview = screen.getByRole('complementary', { name: 'Preview' });
    expect(within(preview).queryByRole('table')).toBeNull();
    type('Plan name', 'Xiaomi 15 Pro');
    type('Principal (yuan)', '12,000');
    type('Fee per period (%)', '0.6');
    expect(within(preview).getByText('About ¥1,072.00 a period, 12 periods')).toBeTruthy();
    expect(preview.querySelector('[data-figure="nominal"]')?.textContent).toBe('13.03%');
    expect(preview.querySelector('[data-figure="effective"]')?.textContent).toBe('13.84%');
    expect(preview.querySelector('[data-figure="cost"]')?.textContent).toBe('¥864.00');
    expect(preview.querySelector('[data-figure="total"]')?.textContent).toBe('¥12,864.00');
    const rows = within(within(preview).getByRole('table')).getAllByRole('row');
    expect(rows).toHaveLength(13);
    expect(rows[1]?.textContent).toContain('¥1,000.00¥72.00¥1,072.00');

    type('Fee per period (%)', '0.5');
    expect(preview.querySelector('[data-figure="cost"]')?.textContent).toBe('¥720.00');
  });

  it('ignores a rate typed before switching to interest-free, whose rate field is hidden', () => {
    renderEditor('en');
    type('Plan name', 'Phone');
    type('Principal (yuan)', '3000');
    type('Fee per period (%)', '0.6');
    fireEvent.change(screen.getByLabelText('How it is charged'), { target: { value: 'interest-free' } });
    expect(screen.queryByLabelText('Fee per period (%)')).toBeNull();
    expect(document.querySelector('#preview-figures [data-figure="cost"]')?.textContent).toBe('¥0.00');
  });

  it('defaults 小米分期 to its repayment page and shows the zero-limit note', () => {
    renderEditor('zh-CN');
    expect((screen.getByLabelText('还款页面网址（可选）') as HTMLInputElement).value).toBe(DEFAULT_REPAY_URLS.xiaomi);
    expect(screen.getByText('额度显示为 0 也要按期还款。')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('分期平台'), { target: { value: 'huabei' } });
    expect((screen.getByLabelText('还款页面网址（可选）') as HTMLInputElement).value).toBe('');
  });
});

describe('plan editor submission', () => {
  it('sends addPlan with the draft in fen and marks past periods paid when asked', async () => {
    const saved = makePlan();
    send.mockResolvedValue({ ok: true, value: saved });
    renderEditor('zh-CN');
    type('计划名称', 'Xiaomi 15 Pro');
    type('分期本金（元）', '¥12,000.00');
    type('每期手续费率（%）', '0.6');
    type('首期还款日', '2026-09-10');
    // 10 Sep, 10 Oct and 10 Nov are before 25 Nov.
    const earlier = screen.getByLabelText('首期还款日已过：第 1–3 期已还清') as HTMLInputElement;
    expect(earlier.checked).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: '添加计划' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledWith(saved));
    expect(send).toHaveBeenCalledWith(
      'addPlan',
      command(
        expect.objectContaining({
          paidThroughPeriod: 3,
          draft: expect.objectContaining({
            title: 'Xiaomi 15 Pro',
            principal: 1_200_000,
            rate: 0.006,
            periods: 12,
            firstDueDate: '2026-09-10',
          }),
        }),
      ),
    );
  });

  it('shows the background’s refusal in the user’s language and stays open', async () => {
    send.mockResolvedValue({ ok: false, error: { code: 'internal', message: 'err.internal' } });
    renderEditor('en');
    type('Plan name', 'Laptop');
    type('Principal (yuan)', '6000');
    type('Fee per period (%)', '0');
    fireEvent.click(screen.getByRole('button', { name: 'Add plan' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Something went wrong; nothing was changed. Please try again');
    expect(onSaved).not.toHaveBeenCalled();
  });
});

describe('plan editor: terms judged together', () => {
  it('shows a principal too small to split at the principal, not at the periods', () => {
    renderEditor('en');
    // ¥0.11 over 12 periods is less than a fen a period.
    const principal = type('Principal (yuan)', '0.11');
    const periods = type('Number of periods', '12');
    type('Fee per period (%)', '0.6');
    expect(errorOf(principal)).toBe('The principal is too small to split (at least ¥0.01 per period)');
    expect(periods.getAttribute('aria-invalid')).toBe('false');
  });
});
