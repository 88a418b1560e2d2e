// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PlanEditor } from '../../components/options/plan-editor';
import { emptyForm } from '../../components/options/plan-form';
import { RateFigures } from '../../components/options/rate-figures';
import zh from '../../lib/i18n/locales/zh-CN/options';
import store from '../../lib/i18n/locales/zh-CN/store';
import { renderOptions } from './options-render';

vi.mock('../../lib/messaging', () => ({ sendMessage: vi.fn() }));
afterEach(cleanup);

describe('zh-CN wording', () => {
  it('a single past period reads “第 1 期已还清”, not “第 1–1 期”', () => {
    const today = '2026-11-25';
    const values = { ...emptyForm(today), title: '手机', principal: '1200', rate: '0.6', firstDueDate: '2026-11-10' };
    renderOptions(<PlanEditor initial={values} today={today} heading="editor" onSaved={() => {}} onCancel={() => {}} />, 'zh-CN');
    expect(screen.getByLabelText('首期还款日已过：第 1 期已还清')).toBeTruthy();
  });

  it('several past periods read as a range', () => {
    const today = '2026-11-25';
    const values = { ...emptyForm(today), title: '手机', principal: '1200', rate: '0.6', firstDueDate: '2026-09-10' };
    renderOptions(<PlanEditor initial={values} today={today} heading="editor" onSaved={() => {}} onCancel={() => {}} />, 'zh-CN');
    expect(screen.getByLabelText('首期还款日已过：第 1–3 期已还清')).toBeTruthy();
  });

  it('the two annual rates have names a reader tells apart, each with one line saying what it is', () => {
    renderOptions(<RateFigures rate={{ nominal: 0.1303, effective: 0.1384 }} cost={72_000} total={1_272_000} />, 'zh-CN');
    const terms = [...document.querySelectorAll('dt')].map((dt) => dt.textContent);
    expect(terms).toEqual(expect.arrayContaining(['年化利率（IRR，单利）', '实际年化利率（复利）']));
    expect(screen.getByText(zh['figures.nominalHint'])).toBeTruthy();
    expect(screen.getByText(zh['figures.effectiveHint'])).toBeTruthy();
  });

  it('a plan card in the list keeps to the names, without the explanations', () => {
    renderOptions(<RateFigures brief rate={{ nominal: 0.1303, effective: 0.1384 }} cost={72_000} total={1_272_000} />, 'zh-CN');
    expect(screen.getByText('年化利率（IRR，单利）')).toBeTruthy();
    expect(screen.queryByText(zh['figures.nominalHint'])).toBeNull();
  });

  it('the store button and the help name the same action', () => {
    const help = Object.values(zh).join('\n');
    expect(help).toContain('添加到还款助手');
    expect(help).not.toContain('导入到还款助手');
    expect(store.importButton).toBe('添加到还款助手');
  });
});
