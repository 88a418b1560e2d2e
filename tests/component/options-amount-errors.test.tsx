// @vitest-environment happy-dom
import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PlanEditor } from '../../components/options/plan-editor';
import { emptyForm } from '../../components/options/plan-form';
import type { Locale } from '../../lib/i18n/translate';
import { renderOptions } from './options-render';

vi.mock('../../lib/messaging', () => ({ sendMessage: vi.fn() }));
afterEach(cleanup);

const TODAY = '2026-11-25';
function renderEditor(locale: Locale) {
  renderOptions(<PlanEditor initial={emptyForm(TODAY)} today={TODAY} heading="editor" onSaved={() => {}} onCancel={() => {}} />, locale);
}
/** Types into the field and returns the message announced with it. */
function typeAndRead(label: RegExp, value: string): string {
  const input = screen.getByLabelText(label);
  fireEvent.input(input, { target: { value } });
  fireEvent.blur(input);
  const ids = input.getAttribute('aria-describedby')?.split(' ') ?? [];
  return ids
    .filter((id) => id.endsWith('-error'))
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');
}

describe('plan editor: an amount that was typed but is wrong says what is wrong', () => {
  it.each([
    ['-5999', '金额不能为负'],
    ['5999.999', '金额最多保留两位小数（精确到分）'],
    ['1e9', '金额不能超过 ¥999,999,999.99'],
    ['99999999999999', '金额不能超过 ¥999,999,999.99'],
    ['', '请输入金额'],
  ])('%s → %s', (typed, message) => {
    renderEditor('zh-CN');
    expect(typeAndRead(/^分期本金/, typed)).toBe(message);
  });

  it('names the yearly cap for an annuity rate of 500 %', () => {
    renderEditor('zh-CN');
    fireEvent.change(screen.getByLabelText(/^计费方式/), { target: { value: 'annuity' } });
    expect(typeAndRead(/^年利率/, '500')).toBe('费率过高：年利率不能超过 100%');
  });

  it('says the same in English', () => {
    renderEditor('en');
    expect(typeAndRead(/^Principal/, '-5999')).toBe('The amount cannot be negative');
    expect(typeAndRead(/^Principal/, '99999999999999')).toBe('The amount cannot exceed ¥999,999,999.99');
  });
});
