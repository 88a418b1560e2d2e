// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PlanCard } from '../../components/options/plan-card';
import { PlanDetail } from '../../components/options/plan-detail';
import { PlanEditor } from '../../components/options/plan-editor';
import { emptyForm, formFromDraft, nextStatementForm } from '../../components/options/plan-form';
import { formFromProposal, withBillFacts } from '../../components/options/proposal-form';
import type { BillFact } from '../../lib/core/bill-text';
import { sendMessage } from '../../lib/messaging';
import { makePlan, makeStatement, payment, STATEMENT_PART } from '../unit/core/plan-factory';
import { command } from './command';
import { errorOf, renderOptions, typeInto as type } from './options-render';

vi.mock('../../lib/messaging', () => ({ sendMessage: vi.fn() }));
const send = vi.mocked(sendMessage as unknown as (...args: unknown[]) => Promise<unknown>);

const TODAY = '2026-12-06';
const CARD = STATEMENT_PART;
// ¥3,456.78 billed 5 December, due 23 December, minimum ¥345.68.
const STATEMENT = makeStatement();
const onSaved = vi.fn();

beforeEach(() => {
  send.mockReset();
  onSaved.mockReset();
});
afterEach(cleanup);

describe('entering a card statement', () => {
  it('offers the statement fields only for a card, in place of periods, method and rate', () => {
    renderOptions(<PlanEditor initial={emptyForm(TODAY)} today={TODAY} heading="new" onSaved={onSaved} onCancel={() => {}} />, 'zh-CN');
    expect(screen.queryByLabelText(/这是一期信用卡账单/)).toBeNull();
    fireEvent.change(screen.getByLabelText('分期平台'), { target: { value: 'card' } });
    fireEvent.click(screen.getByLabelText(/这是一期信用卡账单/));
    expect(screen.queryByLabelText('期数')).toBeNull();
    expect(screen.getByLabelText('账单日')).toBeTruthy();
    expect(screen.getByLabelText('最低还款额（元）')).toBeTruthy();
    expect(screen.getByLabelText('到期还款日')).toBeTruthy();
  });

  it('previews what paying only the minimum would cost, not a rate of 0 %', () => {
    renderOptions(
      <PlanEditor initial={formFromDraft(STATEMENT)} today={TODAY} heading="edit" onSaved={onSaved} onCancel={() => {}} />,
      'zh-CN',
    );
    expect(screen.getByText('只还最低还款额，预计利息 ¥51.33')).toBeTruthy();
    expect(document.querySelector('[data-figure="nominal"]')).toBeNull();
    // A minimum of the whole amount is paying in full: no estimate.
    type('最低还款额（元）', '3456.78');
    expect(screen.queryByText(/只还最低还款额/)).toBeNull();
  });

  it('sends one interest-free period with the statement part, in fen', async () => {
    send.mockResolvedValue({ ok: true, value: STATEMENT });
    renderOptions(<PlanEditor initial={emptyForm(TODAY)} today={TODAY} heading="new" onSaved={onSaved} onCancel={() => {}} />, 'zh-CN');
    fireEvent.change(screen.getByLabelText('分期平台'), { target: { value: 'card' } });
    fireEvent.click(screen.getByLabelText(/这是一期信用卡账单/));
    type('计划名称', '招行信用卡');
    type('本期账单金额（元）', '3,456.78');
    type('账单日', '2026-12-05');
    type('到期还款日', '2026-12-23');
    type('最低还款额（元）', '345.68');
    fireEvent.click(screen.getByRole('button', { name: '添加计划' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledWith(STATEMENT));
    expect(send).toHaveBeenCalledWith(
      'addPlan',
      command({
        paidThroughPeriod: 0,
        draft: expect.objectContaining({
          lender: { kind: 'card', name: '' },
          principal: 345_678,
          periods: 1,
          method: 'interest-free',
          rate: 0,
          firstDueDate: '2026-12-23',
          card: { statementDate: '2026-12-05', minimum: 34_568, dailyRate: 0.0005, basis: 'whole', repeat: true },
        }),
      }),
    );
  });

  it('says at the field what ties the statement together', () => {
    renderOptions(
      <PlanEditor initial={formFromDraft(STATEMENT)} today={TODAY} heading="edit" onSaved={onSaved} onCancel={() => {}} />,
      'zh-CN',
    );
    const minimum = type('最低还款额（元）', '4000');
    expect(errorOf(minimum)).toBe('最低还款额不能超过账单金额');
    type('最低还款额（元）', '345.68');
    const due = type('到期还款日', '2027-01-06');
    expect(errorOf(due)).toBe('到期还款日应在账单日之后、下一个账单日之前');
    const rate = type('日利率（%）', '0');
    expect(errorOf(rate)).toBe('日利率应大于 0，且不超过 1%，例如 0.05');
  });

  it('fills next month’s statement from the one it follows, amount and minimum left to enter', async () => {
    send.mockResolvedValue({ ok: true, value: STATEMENT });
    const initial = nextStatementForm(STATEMENT);
    renderOptions(<PlanEditor initial={initial} today={TODAY} heading="next" onSaved={onSaved} onCancel={() => {}} />, 'en');
    expect((screen.getByLabelText('Statement date') as HTMLInputElement).value).toBe('2027-01-05');
    expect((screen.getByLabelText('Due date') as HTMLInputElement).value).toBe('2027-01-23');
    expect((screen.getByLabelText('Statement amount (yuan)') as HTMLInputElement).value).toBe('');
    type('Statement amount (yuan)', '1234.56');
    type('Minimum payment (yuan)', '123.46');
    fireEvent.click(screen.getByRole('button', { name: 'Add plan' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(send).toHaveBeenCalledWith(
      'addPlan',
      command(
        expect.objectContaining({
          draft: expect.objectContaining({
            principal: 123_456,
            firstDueDate: '2027-01-23',
            card: { ...CARD, statementDate: '2027-01-05', minimum: 12_346, follows: 'cmb-dec' },
          }),
        }),
      ),
    );
  });
});

describe('a card statement in the plan list', () => {
  it('shows what is due and when, without the rate of 0 % an installment plan would show', () => {
    renderOptions(<PlanCard plan={STATEMENT} today={TODAY} writable />, 'zh-CN');
    expect(document.querySelector('[data-figure="next"]')?.textContent).toContain('¥3,456.78');
    expect(document.querySelector('[data-figure="nominal"]')).toBeNull();
    cleanup();
    renderOptions(<PlanCard plan={makePlan()} today={TODAY} writable />, 'zh-CN');
    expect(document.querySelector('[data-figure="nominal"]')).not.toBeNull();
  });
});

describe('a card statement’s page', () => {
  it('shows the minimum and what paying only the minimum costs, with its working', () => {
    renderOptions(<PlanDetail plan={STATEMENT} today={TODAY} />, 'zh-CN');
    // 345,678 × 0.0005 × 18 + 311,110 × 0.0005 × 13 = 5,133.317 fen → ¥51.33.
    expect(screen.getByText('只还最低还款额，预计利息 ¥51.33')).toBeTruthy();
    expect(screen.getByText(/最低还款额 ¥345\.68/)).toBeTruthy();
    expect(screen.getByText(/¥3,456\.78 × 0\.050% × 18 天/)).toBeTruthy();
    expect(screen.getByRole('link', { name: '录入下期账单' }).getAttribute('href')).toBe('#plan/cmb-dec/next');
  });

  it('drops the estimate once paid, says when the next statement is out, and hides the link once it is entered', () => {
    const paid = { ...STATEMENT, payments: [payment(1, 345_678, '2026-12-20')] };
    renderOptions(<PlanDetail plan={paid} today="2027-01-05" />, 'en');
    expect(screen.queryByText(/Paying only the minimum/)).toBeNull();
    expect(screen.getByText(/The statement of .* is out and not entered yet/)).toBeTruthy();
    cleanup();
    renderOptions(<PlanDetail plan={paid} today="2027-01-05" followed />, 'en');
    expect(screen.queryByRole('link', { name: 'Enter next statement' })).toBeNull();
  });
});

describe('a pasted card bill', () => {
  const fact: BillFact = { lender: 'card', lenderName: '招商银行', amountDue: 123_456, minimumDue: 12_346, dueDate: '2027-01-22' };
  const proposal = {
    sourceUrl: '',
    title: '招商银行信用卡账单',
    lender: { kind: 'card' as const, name: '招商银行' },
    installments: [{ dueDate: '2027-01-22', amount: 123_456 }],
  };

  it('is a statement whose date the user copies, when no stored statement awaits its next', () => {
    const values = withBillFacts(formFromProposal(proposal, TODAY), fact);
    expect(values).toMatchObject({ isCard: true, principal: '1234.56', minimum: '123.46', firstDueDate: '2027-01-22', statementDate: '' });
    expect(values.follows).toBeUndefined();
  });

  it('follows the stored statement it is the next of: its card, title and statement date', () => {
    const values = withBillFacts(formFromProposal(proposal, TODAY), fact, [STATEMENT]);
    expect(values).toMatchObject({
      isCard: true,
      title: '招行信用卡',
      principal: '1234.56',
      minimum: '123.46',
      firstDueDate: '2027-01-22',
      statementDate: '2027-01-05',
      follows: 'cmb-dec',
    });
  });
});
