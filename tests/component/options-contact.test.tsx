// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PlanDetail } from '../../components/options/plan-detail';
import { PlanEditor } from '../../components/options/plan-editor';
import { emptyForm, formFromDraft } from '../../components/options/plan-form';
import type { Plan } from '../../lib/core/schemas';
import type { Locale } from '../../lib/i18n/translate';
import { sendMessage } from '../../lib/messaging';
import { makePlan } from '../unit/core/plan-factory';
import { command } from './command';
import { renderOptions } from './options-render';

vi.mock('../../lib/messaging', () => ({ sendMessage: vi.fn() }));
const send = vi.mocked(sendMessage as unknown as (...args: unknown[]) => Promise<unknown>);

// A plan's own customer service, entered in the plan editor: checked as typed, saved with the plan,
// shown on the plan's page; left empty, the lender's published one is named in the hint and applies.

const TODAY = '2026-11-25';
const onSaved = vi.fn();

function renderNew(locale: Locale) {
  return renderOptions(
    <PlanEditor initial={emptyForm(TODAY)} today={TODAY} heading="editor" onSaved={onSaved} onCancel={() => {}} />,
    locale,
  );
}
function renderEdit(plan: Plan, locale: Locale) {
  return renderOptions(
    <PlanEditor initial={formFromDraft(plan)} planId={plan.id} today={TODAY} heading="editor" onSaved={onSaved} onCancel={() => {}} />,
    locale,
  );
}
function type(label: string, value: string) {
  const input = screen.getByLabelText(label) as HTMLInputElement;
  fireEvent.input(input, { target: { value } });
  fireEvent.blur(input);
  return input;
}
/** The texts announced with an input whose ids end in `suffix` (its hint or its error). */
function described(input: HTMLElement, suffix: '-hint' | '-error'): string {
  const ids = input.getAttribute('aria-describedby')?.split(' ') ?? [];
  return ids
    .filter((id) => id.endsWith(suffix))
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');
}
function fillTerms() {
  type('计划名称', '小米 15');
  type('分期本金（元）', '6000');
  type('每期手续费率（%）', '0.6');
  type('首期还款日', '2026-12-10');
}

beforeEach(() => {
  send.mockReset();
  onSaved.mockReset();
});
afterEach(cleanup);

describe('customer service in the plan editor', () => {
  it('saves the phone and website entered, full-width digits made plain', async () => {
    const saved = makePlan();
    send.mockResolvedValue({ ok: true, value: saved });
    renderNew('zh-CN');
    fillTerms();
    type('客服电话（可选）', '（０１０）９５１８８ ');
    type('客服网址（可选）', ' https://help.example.com/service ');
    fireEvent.click(screen.getByRole('button', { name: '添加计划' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledWith(saved));
    expect(send).toHaveBeenCalledWith(
      'addPlan',
      command(
        expect.objectContaining({
          draft: expect.objectContaining({ contact: { phone: '(010)95188', url: 'https://help.example.com/service' } }),
        }),
      ),
    );
  });

  it('says what is wrong with a phone number or an address that is none, and sends nothing', async () => {
    renderNew('zh-CN');
    fillTerms();
    const phone = type('客服电话（可选）', '拨打 95188');
    const web = type('客服网址（可选）', 'javascript:alert(1)');
    expect(phone.getAttribute('aria-invalid')).toBe('true');
    expect(described(phone, '-error')).toBe('电话号码只能包含数字、空格和 + - ( )');
    expect(described(web, '-error')).toBe('请输入以 https://（或 http://）开头的网址');
    fireEvent.click(screen.getByRole('button', { name: '添加计划' }));
    await waitFor(() => expect(document.activeElement).toBe(phone));
    expect(send).not.toHaveBeenCalled();
  });

  it('says the same in English', () => {
    renderNew('en');
    const phone = type('Customer service phone (optional)', 'call 95188');
    const web = type('Customer service website (optional)', 'help.example.com');
    expect(described(phone, '-error')).toBe('A phone number may hold only digits, spaces and + - ( )');
    expect(described(web, '-error')).toBe('Enter a web address starting with https:// (or http://)');
  });

  it('names the lender’s published website in the hint while the field is empty, and none for a lender without one', () => {
    renderNew('zh-CN');
    const web = screen.getByLabelText('客服网址（可选）') as HTMLInputElement;
    expect(described(web, '-hint')).toBe('留空则显示小米分期官网 https://jr.mi.com/');
    expect(web.placeholder).toBe('https://jr.mi.com/');
    fireEvent.change(screen.getByLabelText('分期平台'), { target: { value: 'baitiao' } });
    expect(described(web, '-hint')).toBe('留空则显示京东白条官网 https://jr.jd.com/');
    fireEvent.change(screen.getByLabelText('分期平台'), { target: { value: 'card' } });
    expect(described(web, '-hint')).toBe('以 https:// 开头，逾期、扣款失败时的帮助里会给出这个网址');
    expect(web.placeholder).toBe('');
  });

  it('shows a stored contact for editing, and a cleared one is saved cleared (the lender’s applies again)', async () => {
    const plan = makePlan({ id: 'p1', contact: { phone: '400-100-5678', url: 'https://help.example.com/' } });
    send.mockResolvedValue({ ok: true, value: plan });
    renderEdit(plan, 'en');
    const phone = screen.getByLabelText('Customer service phone (optional)') as HTMLInputElement;
    expect(phone.value).toBe('400-100-5678');
    type('Customer service phone (optional)', '');
    type('Customer service website (optional)', '');
    fireEvent.click(screen.getByRole('button', { name: /save/i }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(send).toHaveBeenCalledWith(
      'updatePlan',
      command({ id: 'p1', draft: expect.objectContaining({ contact: { phone: '', url: '' } }) }),
    );
  });
});

describe('customer service on the plan’s page', () => {
  it('links the plan’s own phone (tel:) and website', () => {
    const plan = makePlan({ contact: { phone: '400 (100) 5678', url: 'https://help.example.com/' } });
    renderOptions(<PlanDetail plan={plan} today={TODAY} />, 'zh-CN');
    const call = screen.getByRole('link', { name: '客服电话：400 (100) 5678' });
    expect(call.getAttribute('href')).toBe('tel:4001005678');
    expect(screen.getByRole('link', { name: '客服网址' }).getAttribute('href')).toBe('https://help.example.com/');
  });

  it('falls back to the lender’s published website, and shows nothing when none is known', () => {
    renderOptions(<PlanDetail plan={makePlan({ contact: { phone: '', url: '' } })} today={TODAY} />, 'en');
    expect(screen.getByRole('link', { name: 'Customer service website' }).getAttribute('href')).toBe('https://jr.mi.com/');
    expect(screen.queryByRole('link', { name: /^Customer service:/ })).toBeNull();
    cleanup();
    renderOptions(<PlanDetail plan={makePlan({ lender: { kind: 'card', name: '招行' } })} today={TODAY} />, 'en');
    expect(screen.queryByRole('link', { name: /Customer service/ })).toBeNull();
  });
});
