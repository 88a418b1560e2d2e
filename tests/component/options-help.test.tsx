// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { HelpPage } from '../../components/options/help-page';
import { parseRoute, routeHref } from '../../components/options/use-hash-route';
import { makePlan } from '../unit/core/plan-factory';
import { renderOptions } from './options-render';

afterEach(cleanup);

describe('the help page', () => {
  it('gives the path in the app for binding a card and turning on auto-repay, hedged, for Xiaomi and the other lenders', () => {
    renderOptions(<HelpPage plans={[]} />);
    const step = (title: string) => screen.getByRole('heading', { name: title }).closest('li') as HTMLElement;
    expect(step('2. 绑定还款方式').textContent).toContain('天星金融（原小米金融）App「我的 → 银行卡」');
    expect(step('2. 绑定还款方式').textContent).toContain('各版本入口名称可能不同');
    const autoRepay = step('4. 开通自动还款').textContent;
    expect(autoRepay).toContain('「自动还款」');
    expect(autoRepay).toContain('支付宝 App「我的 → 花呗 → 设置 → 自动还款」');
    expect(autoRepay).toContain('入口以 App 当前版本为准');
  });

  it('lists each plan’s customer service in the checklist: its own number, else its lender’s site, else where to look', () => {
    const plans = [
      makePlan({ id: 'mi', title: '手机' }),
      makePlan({ id: 'own', title: '电视', contact: { phone: '400-100-0000', url: '' } }),
      makePlan({ id: 'card', title: '冰箱', lender: { kind: 'card', name: '招商银行' } }),
      makePlan({ id: 'old', title: '旧的', archived: true }),
    ];
    renderOptions(<HelpPage plans={plans} />);
    const contact = (id: string) => document.querySelector(`[data-contact="${id}"]`) as HTMLElement;
    expect(within(contact('mi')).getByRole('link', { name: '官方网站' }).getAttribute('href')).toBe('https://jr.mi.com/');
    expect(within(contact('own')).getByRole('link', { name: '客服电话：400-100-0000' }).getAttribute('href')).toBe('tel:4001000000');
    expect(contact('card').textContent).toContain('没有记下客服电话');
    expect(contact('old')).toBeNull();
  });

  it('opened from a late row or notification (#help/<plan>), shows that plan’s customer service only', () => {
    expect(parseRoute('#help/mi')).toEqual({ name: 'help', plan: 'mi' });
    expect(routeHref({ name: 'help', plan: 'mi' })).toBe('#help/mi');
    expect(parseRoute('#help')).toEqual({ name: 'help' });
    renderOptions(<HelpPage plans={[makePlan({ id: 'mi' }), makePlan({ id: 'other' })]} planId="mi" />);
    expect(document.querySelectorAll('[data-contact]')).toHaveLength(1);
    expect(document.querySelector('[data-contact="mi"]')).not.toBeNull();
  });
});
